/** A progress bar on stderr while a file is validated in this process; nothing when stderr is not a terminal. */
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../services/imports/import-file.js';

export function createImportProgress(stream: NodeJS.WriteStream = process.stderr): { onProgress?: (p: ImportProgress) => void; stop(): void } {
  if (!stream.isTTY) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'Validasi [{bar}] {value}/{total} baris', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(p) {
      if (!started) {
        bar.start(Math.max(p.total, p.done), 0);
        started = true;
      }
      bar.setTotal(Math.max(p.total, p.done));
      bar.update(p.done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
