/**
 * The `talenta` command as an operator runs it: the compiled `bin/talenta.js` in its own process, with only the
 * settings a test gives (plus PATH and HOME). The global setup has compiled dist/ from the current sources.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait-for.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env };
}

export interface CommandRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs one command to its end (killed after `timeoutMs`). */
export function talenta(args: string[], env: Record<string, string>, timeoutMs = 60_000): CommandRun {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['bin/talenta.js', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: baseEnv(env),
    timeout: timeoutMs,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Sends `signal` and resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `talenta serve` and resolves once it prints its URL. */
export async function startServe(env: Record<string, string>, args: string[] = [], timeoutMs = 120_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['bin/talenta.js', 'serve', ...args], {
    cwd: REPO_ROOT,
    env: baseEnv({ PORT: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await waitFor(
    () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`serve exited early:\n${output}`);
      return /Talenta berjalan di (http:\/\/\S+)/.exec(output)?.[1];
    },
    () => `serve to print its URL:\n${output}`,
    timeoutMs,
  ).catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  return {
    child,
    url,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
