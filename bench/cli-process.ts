/**
 * The `talenta` command as a user runs it, for benchmarks that time whole processes: the compiled `bin/talenta.js`
 * in its own process, with its own DATA_DIR and port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/talenta.js', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs one command to its end; a non-zero exit fails the benchmark with the command's own message. */
export function runTalenta(args: string[], env: NodeJS.ProcessEnv): string {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`talenta ${args[0]} failed (exit ${child.status}): ${child.stderr.trim()}`);
  return child.stdout;
}

export interface RunningServer {
  child: ChildProcess;
  /** Everything printed on stdout so far. */
  output(): string;
  /** Peak resident memory of the process so far (Linux `VmHWM`), 0 where /proc is not available. */
  peakRssMb(): number;
  /** SIGINT, then resolves when the process has exited. */
  stop(): Promise<void>;
}

/** Starts `talenta serve …` in the background; the caller polls the URL it listens on. */
export function startTalenta(args: string[], env: NodeJS.ProcessEnv): RunningServer {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => out,
    peakRssMb() {
      try {
        const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Math.round(Number(kb) / 1024) : 0;
      } catch {
        return 0;
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

/** Polls `url` until it answers 200; @returns milliseconds since `since`. */
export async function waitForOk(url: string, since: number, timeoutMs: number, server?: RunningServer): Promise<number> {
  for (;;) {
    if (server && server.child.exitCode !== null) throw new Error(`server exited early (code ${server.child.exitCode})`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return performance.now() - since;
    if (performance.now() - since > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
