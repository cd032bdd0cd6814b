/**
 * A program beside the server that does nothing but take fresh memory, touch every page, build short-lived objects
 * and let it all go, at the lowest priority in a process of its own: the kind of work a review does, with none of the
 * server's code in it. How much it slows the server's answers is the machine's share of the responsiveness rows:
 * on a guest whose page faults and memory traffic stall its other vCPU (docs/benchmarks.md, "What sits under the
 * tail") it moves the p99 as a review does, though it shares no thread, heap or lock with the server.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** Runs until killed: 32 MB of fresh pages and 200,000 objects per round, as a review's blobs and rows are. */
const CHURN = `
for (let sink = 0; ; ) {
  const pages = Buffer.allocUnsafeSlow(32 * 1024 * 1024);
  for (let i = 0; i < pages.length; i += 4096) pages[i] = i & 255;
  const rows = [];
  for (let i = 0; i < 200000; i++) rows.push({ i, text: 'x' + i });
  sink += pages[4096] + rows.length;
}`;

export interface MemoryChurn {
  stop(): Promise<void>;
}

/** Starts the churn under `nice -n 19` (every thread of it, V8's helpers too); null where there is no `nice`. */
export async function startMemoryChurn(): Promise<MemoryChurn | null> {
  if (process.platform !== 'linux') return null;
  const child = spawn('nice', ['-n', '19', process.execPath, '-e', CHURN], { stdio: 'ignore' });
  const started = await Promise.race([once(child, 'spawn').then(() => true), once(child, 'error').then(() => false)]);
  if (!started) return null;
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
