/**
 * Opens embedded databases in the process's database thread (pglite-host.ts), started on first use and shared by
 * every database the process opens. Other threads of the process reach a database through `port()`.
 */
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import { startThread } from '../../lib/thread-entry.js';
import { connectPglite, type RemotePglite } from './pglite-remote.js';
import { reviveError, type ControlRequest, type ControlResponse } from './pglite-protocol.js';

export interface OpenedPglite extends RemotePglite {
  /**
   * A new port to the database for another thread (transfer it with postMessage). A `background` port's requests wait
   * for the foreground's and run at background priority (served-database.ts).
   */
  port(options: { background: boolean }): MessagePort;
  /** Closes the database. */
  close(): Promise<void>;
}

type Control = ControlRequest extends infer R ? (R extends ControlRequest ? Omit<R, 'id'> : never) : never;

let host: { worker: Worker; call(request: Control, transfer: MessagePort[]): Promise<void> } | null = null;

function databaseThread(): NonNullable<typeof host> {
  if (host) return host;
  const worker = startThread(import.meta.url, './pglite-host');
  let nextId = 1;
  const pending = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  const fail = (err: Error) => {
    for (const waiter of pending.values()) waiter.reject(err);
    pending.clear();
    host = null;
  };
  worker.on('message', (response: ControlResponse) => {
    const waiter = pending.get(response.id);
    pending.delete(response.id);
    if (pending.size === 0) worker.unref();
    if (response.ok) waiter?.resolve();
    else waiter?.reject(reviveError(response.error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`database thread exited (code ${code})`)));
  // The thread keeps the process alive only while it is asked something here; an open database's port does the
  // rest, until it is closed. (After the listeners, which would ref it again.)
  worker.unref();
  const started = {
    worker,
    call: (request: Control, transfer: MessagePort[]) =>
      new Promise<void>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ ...request, id }, transfer);
      }),
  };
  host = started;
  return started;
}

/**
 * Starts the database thread ahead of the first open, so that its start and its preparation of PostgreSQL's
 * WebAssembly overlap whatever the caller does meanwhile (a command loads its code while its database opens).
 */
export function startDatabaseThread(): void {
  databaseThread();
}

let nextDbId = 1;

/** @param source - the folder of an on-disk database, or an in-memory one (empty, or from a `dump()` image) */
export async function openPglite(source: { dataDir: string } | { image?: Uint8Array }): Promise<OpenedPglite> {
  const thread = databaseThread();
  const dbId = nextDbId++;
  const { port1, port2 } = new MessageChannel();
  const where = 'dataDir' in source ? { dataDir: source.dataDir } : { dataDir: null, ...(source.image ? { image: source.image } : {}) };
  try {
    await thread.call({ op: 'open', dbId, port: port2, ...where }, [port2]);
  } catch (err) {
    port1.close();
    throw err;
  }
  const remote = connectPglite(port1);
  return {
    ...remote,
    port({ background }) {
      const channel = new MessageChannel();
      // Requests queue on the port until the host serves it; if it cannot, closing the port fails them.
      thread.call({ op: 'connect', dbId, port: channel.port2, background }, [channel.port2]).catch(() => channel.port1.close());
      return channel.port1;
    },
    async close() {
      await remote.closeDatabase().catch(() => {});
      remote.detach();
    },
  };
}
