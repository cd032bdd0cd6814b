/**
 * Where a command does its work. On the embedded database exactly one process may open the data, so when
 * `talenta serve` runs on `DATA_DIR` every command acts through it (its admin channel); only when no process holds
 * the data does the command open the database itself (cli/local-session.ts, loaded only then). With PostgreSQL
 * several processes share the database, and commands open it directly.
 *
 * This module stays cheap to load: a command that talks to a running server loads no database, no validation
 * library and no service code.
 */
import { DataDirBusyError, describeOwner, readLiveOwner, type DataDirOwner } from '../db/data-dir-lock.js';
import { readLocalSettings } from '../lib/config.js';
import { callServer } from './admin-channel/admin-client.js';
import { CliError } from './cli-error.js';
import type { OperationInput, OperationName, OperationOutput } from './operations/catalog.js';

export interface AdminSession {
  /** `server`: a running `talenta serve` does the work; `local`: this process opened the database. */
  readonly where: 'server' | 'local';
  /** The owner that does the work, for messages: `talenta serve (pid 4242, …)` or `proses ini`. */
  readonly worker: string;
  /** True when jobs requested in this session run in this process (local, without Redis): wait for them. */
  readonly jobsRunHere: boolean;
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
  /** Resolves once this process has no job left (only meaningful when {@link jobsRunHere}). */
  jobsIdle(): Promise<void>;
}

export interface SessionOptions {
  /** Run requested jobs in this process when it opens the database itself without Redis (`talenta review`). */
  runJobs?: boolean;
}

/**
 * How long a command waits for a server that holds the data but has not opened its admin channel yet (a first
 * start creates and migrates the database).
 */
const STARTING_SERVER_WAIT_MS = 30_000;

async function reachableOwner(dataDir: string): Promise<DataDirOwner | null> {
  // A duration, not the time of day: the monotonic clock.
  const started = performance.now();
  let told = false;
  for (;;) {
    const owner = readLiveOwner(dataDir);
    if (!owner || owner.adminSocket || owner.command !== 'talenta serve') return owner;
    const waited = performance.now() - started;
    if (waited > STARTING_SERVER_WAIT_MS) throw new CliError(`${describeOwner(owner)} belum siap; coba lagi sebentar lagi`);
    if (!told && waited > 1_000) {
      process.stderr.write(`Menunggu ${describeOwner(owner)} selesai memulai …\n`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function serverSession(owner: DataDirOwner & { adminSocket: string }): AdminSession {
  const worker = describeOwner(owner);
  return {
    where: 'server',
    worker,
    jobsRunHere: false,
    call: async (name, input) => (await callServer(owner.adminSocket, worker, name, input)) as OperationOutput<typeof name>,
    jobsIdle: async () => {},
  };
}

/**
 * Runs `work` in the session this command gets: the running server's, or a local one that is closed afterwards.
 * @param command - the subcommand, named in the lock while this process holds the data (`import`, `review`, …)
 * @throws CliError when another command holds the embedded database
 */
export async function withAdminSession<T>(
  command: string,
  work: (session: AdminSession) => Promise<T>,
  options: SessionOptions = {},
): Promise<T> {
  const settings = readLocalSettings();
  // Twice at most: a server that took the data between our look and our open is then reached through its channel.
  for (let attempt = 0; ; attempt++) {
    if (settings.embedded) {
      const owner = await reachableOwner(settings.dataDir);
      if (owner?.adminSocket) return work(serverSession({ ...owner, adminSocket: owner.adminSocket }));
      if (owner) throw new CliError(`DATA_DIR ${settings.dataDir} sedang dipakai oleh ${describeOwner(owner)}; coba lagi setelah selesai`);
    }
    const { openLocalSession } = await import('./local-session.js');
    let local: Awaited<ReturnType<typeof openLocalSession>>;
    try {
      local = await openLocalSession(`talenta ${command}`, options);
    } catch (err) {
      if (err instanceof DataDirBusyError && attempt === 0) continue;
      throw err;
    }
    try {
      return await work(local.session);
    } finally {
      await local.close();
    }
  }
}
