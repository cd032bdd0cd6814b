/**
 * One embedded database as its host thread serves it (pglite-host.ts) to the ports of its users. PGlite runs one
 * statement or transaction at a time; this decides which comes next, so that the thread answering requests never
 * queues behind background work it could go before:
 *
 * - a port is opened for the foreground (the thread that serves requests) or the background (a review thread);
 *   waiting foreground requests are run before waiting background ones, each side in the order it was sent;
 * - while a transaction is open it holds the database: only its own requests run, the others wait for its end;
 * - a background request runs with this thread at background priority (lib/thread-priority.ts), so a review's big
 *   statements do not take a core from the threads that answer requests; while a foreground request waits (for a
 *   background transaction to end) the transaction runs at the thread's own priority.
 *
 * A running statement is never interrupted: a foreground request waits at most for the statement (or transaction)
 * that holds the database when it arrives.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { PrioritySwitch } from '../../lib/thread-priority.js';
import { ownsItsBuffer, serialiseError, type HostRequest, type HostResponse, type QueryRequestOptions } from './pglite-protocol.js';

const asText = (value: string) => value;

/**
 * The bytes of a `COPY … FROM '/dev/blob'` as PGlite takes them: it only asks its blob for `arrayBuffer()`, once, and
 * copies that into the database's memory. A `Blob` made of the bytes would copy them once more on construction and
 * again when read (~2 × 100 MB for a 50,000-employee snapshot, every page of it fresh memory); these bytes were
 * transferred to this thread and are not used after the statement.
 */
function bytesAsBlob(data: Uint8Array): Blob {
  const buffer = ownsItsBuffer(data) ? data.buffer : data.slice().buffer;
  return { arrayBuffer: () => Promise.resolve(buffer) } as Blob;
}

function queryOptions(options: QueryRequestOptions | undefined) {
  if (!options) return undefined;
  const parsers = Object.fromEntries((options.rawTypes ?? []).map((oid) => [oid, asText]));
  return { ...(options.rowMode ? { rowMode: options.rowMode } : {}), parsers };
}

interface User {
  port: MessagePort;
  background: boolean;
}

interface Waiting {
  user: User;
  request: HostRequest;
}

/** The open transaction: the caller's id on its port; it ends when its commit or rollback arrives. */
interface OpenTransaction {
  user: User;
  txId: number;
  tx: Transaction;
  end: (commit: boolean) => void;
  done: Promise<void>;
}

export interface ServedDatabase {
  /** Serves the database's requests arriving on `port`. */
  serve(port: MessagePort, options: { background: boolean }): void;
}

/** @param onClosed - called once the database was closed by a `close` request */
export function serveDatabase(pglite: PGlite, priority: PrioritySwitch, onClosed: () => void): ServedDatabase {
  const foreground: Waiting[] = [];
  const background: Waiting[] = [];
  let open: OpenTransaction | null = null;
  let running = false;

  const target = (user: User, txId: number | undefined) => {
    if (txId === undefined) return pglite;
    if (open?.user !== user || open.txId !== txId) throw new Error(`transaction ${txId} is not open`);
    return open.tx;
  };

  function begin(user: User, txId: number): Promise<void> {
    let end!: (commit: boolean) => void;
    const ended = new Promise<boolean>((resolve) => (end = resolve));
    return new Promise<void>((started, failed) => {
      // PGlite calls back only after it took its transaction lock, so `done` is assigned by then.
      const done: Promise<void> = pglite.transaction(async (tx) => {
        open = { user, txId, tx, end, done };
        started();
        if (!(await ended)) await tx.rollback();
      });
      // Before the transaction opened a failure answers `begin`; after, `commit` or `rollback` reports it.
      done.catch(failed);
    });
  }

  async function finish(user: User, txId: number, commit: boolean): Promise<void> {
    const ending = open;
    if (ending?.user !== user || ending.txId !== txId) throw new Error(`transaction ${txId} is not open`);
    ending.end(commit);
    try {
      await ending.done;
    } finally {
      open = null;
    }
  }

  async function execute({ user, request }: Waiting): Promise<unknown> {
    switch (request.op) {
      case 'query':
        return target(user, request.txId).query(request.sql, request.params, queryOptions(request.options));
      case 'exec':
        return target(user, request.txId).exec(request.sql);
      case 'copyFrom':
        await target(user, request.txId).query(request.sql, [], { blob: bytesAsBlob(request.data) });
        return undefined;
      case 'copyTo': {
        const { blob } = await target(user, request.txId).query(request.sql);
        return new Uint8Array(blob ? await blob.arrayBuffer() : new ArrayBuffer(0));
      }
      case 'begin':
        return begin(user, request.txId);
      case 'commit':
      case 'rollback':
        return finish(user, request.txId, request.op === 'commit');
      case 'dump':
        return new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
      case 'close':
        await pglite.close();
        onClosed();
        return undefined;
    }
  }

  const users = new Set<User>();

  function accept(user: User, request: HostRequest): void {
    (user.background ? background : foreground).push({ user, request });
  }

  /**
   * The next request that may run now: the open transaction's own, else the first foreground, else background.
   * Requests that arrived while a statement ran are taken off their ports first: this thread's event loop was
   * blocked meanwhile, and would otherwise deliver them only after the next statement had started.
   */
  function takeNext(): Waiting | undefined {
    for (const user of users) {
      for (let m = receiveMessageOnPort(user.port); m; m = receiveMessageOnPort(user.port)) accept(user, m.message as HostRequest);
    }
    for (const queue of [foreground, background]) {
      const index = open ? queue.findIndex((w) => w.user === open?.user && 'txId' in w.request && w.request.txId === open.txId) : 0;
      if (index >= 0 && index < queue.length) return queue.splice(index, 1)[0];
    }
    return undefined;
  }

  function pump(): void {
    if (running) return;
    const next = takeNext();
    if (!next) return;
    running = true;
    // A foreground request waiting behind a background transaction must not wait longer for being behind it.
    if (next.user.background && foreground.length === 0) priority.background();
    else priority.foreground();
    execute(next)
      .then(
        // Bytes (a COPY's output, a dump) move to the asking thread instead of being copied.
        (result) => next.user.port.postMessage({ id: next.request.id, ok: true, result } satisfies HostResponse, result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : []),
        (err: unknown) => next.user.port.postMessage({ id: next.request.id, ok: false, error: serialiseError(err) } satisfies HostResponse),
      )
      .finally(() => {
        running = false;
        pump();
      });
  }

  return {
    serve(port, options) {
      const user: User = { port, background: options.background };
      users.add(user);
      port.on('message', (request: HostRequest) => {
        accept(user, request);
        pump();
      });
      // A user that went away (a thread that crashed) must not leave the database locked in its transaction; what
      // it still had waiting cannot be answered.
      port.on('close', () => {
        users.delete(user);
        for (const queue of [foreground, background]) {
          for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.user === user) queue.splice(i, 1);
        }
        const abandoned = open;
        if (abandoned?.user !== user) return;
        abandoned.end(false);
        void abandoned.done.catch(() => {}).finally(() => {
          if (open === abandoned) open = null;
          pump();
        });
      });
    },
  };
}
