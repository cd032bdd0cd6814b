/**
 * Shows a review's progress while the CLI waits for it: a bar on a terminal, plain "progres N%" lines otherwise
 * (logs, CI), each printed only when the value changes.
 */
import cliProgress from 'cli-progress';

export interface ProgressDisplay {
  update(percent: number, status: string): void;
  stop(): void;
}

export function createProgressDisplay(stream: NodeJS.WriteStream = process.stderr): ProgressDisplay {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'Tinjauan [{bar}] {percentage}% | {status}', stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(100, 0, { status: 'QUEUED' });
    return {
      update: (percent, status) => bar.update(percent, { status }),
      stop: () => bar.stop(),
    };
  }
  let last = '';
  return {
    update(percent, status) {
      const line = `progres ${percent}% (${status})`;
      if (line !== last) stream.write(`${line}\n`);
      last = line;
    },
    stop() {},
  };
}
