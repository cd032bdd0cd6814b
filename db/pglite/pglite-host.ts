/**
 * Worker thread that owns the embedded databases of this process (one in production; tests open many in turn).
 * PGlite runs PostgreSQL as WebAssembly on the thread that calls it, so every statement would otherwise block the
 * event loop that serves HTTP: a big import or a review's persist would stall every request of every instansi.
 * Here it blocks only this thread. One thread serves every database so PGlite's code and WebAssembly are loaded and
 * compiled once per process, not once per database.
 *
 * Each database is served on the ports it is opened or joined with (`open`, `connect` on the parent port). PGlite
 * runs one statement or transaction at a time per database, in the order asked, exactly as in one thread.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  serialiseError, type ControlRequest, type ControlResponse, type HostRequest, type HostResponse, type QueryRequestOptions,
} from './pglite-protocol.js';

const asText = (value: string) => value;

function queryOptions(options: QueryRequestOptions | undefined) {
  if (!options) return undefined;
  const parsers = Object.fromEntries((options.rawTypes ?? []).map((oid) => [oid, asText]));
  return { ...(options.rowMode ? { rowMode: options.rowMode } : {}), parsers };
}

/** An open transaction of one port, by the caller's id; it ends when its commit or rollback arrives. */
interface OpenTransaction {
  tx: Transaction;
  end: (commit: boolean) => void;
  done: Promise<void>;
}

const databases = new Map<number, PGlite>();

function serve(port: MessagePort, dbId: number, pglite: PGlite): void {
  const open = new Map<number, OpenTransaction>();

  const target = (txId: number | undefined) => {
    if (txId === undefined) return pglite;
    const found = open.get(txId);
    if (!found) throw new Error(`transaction ${txId} is not open`);
    return found.tx;
  };

  function begin(txId: number): Promise<void> {
    let end!: (commit: boolean) => void;
    const ended = new Promise<boolean>((resolve) => (end = resolve));
    return new Promise<void>((started, failed) => {
      // PGlite calls back only after it took its transaction lock, so `done` is assigned by then.
      const done: Promise<void> = pglite.transaction(async (tx) => {
        open.set(txId, { tx, end, done });
        started();
        if (!(await ended)) await tx.rollback();
      });
      // Before the transaction opened a failure answers `begin`; after, `commit` or `rollback` reports it.
      done.catch(failed);
    });
  }

  async function finish(txId: number, commit: boolean): Promise<void> {
    const found = open.get(txId);
    if (!found) throw new Error(`transaction ${txId} is not open`);
    found.end(commit);
    try {
      await found.done;
    } finally {
      open.delete(txId);
    }
  }

  async function handle(request: HostRequest): Promise<unknown> {
    switch (request.op) {
      case 'query':
        return target(request.txId).query(request.sql, request.params, queryOptions(request.options));
      case 'exec':
        return target(request.txId).exec(request.sql);
      case 'copyFrom':
        await target(request.txId).query(request.sql, [], { blob: new Blob([request.data]) });
        return undefined;
      case 'copyTo': {
        const { blob } = await target(request.txId).query(request.sql);
        return new Uint8Array(blob ? await blob.arrayBuffer() : new ArrayBuffer(0));
      }
      case 'begin':
        return begin(request.txId);
      case 'commit':
      case 'rollback':
        return finish(request.txId, request.op === 'commit');
      case 'dump':
        return new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
      case 'close':
        databases.delete(dbId);
        await pglite.close();
        return undefined;
    }
  }

  // A user that went away (a thread that crashed) must not leave the database locked in its transaction.
  port.on('close', () => {
    for (const tx of open.values()) tx.end(false);
  });
  port.on('message', (request: HostRequest) => {
    handle(request).then(
      // Bytes (a COPY's output, a dump) move to the asking thread instead of being copied.
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies HostResponse, result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : []),
      (err: unknown) => port.postMessage({ id: request.id, ok: false, error: serialiseError(err) } satisfies HostResponse),
    );
  });
}

async function control(request: ControlRequest): Promise<void> {
  if (request.op === 'connect') {
    const pglite = databases.get(request.dbId);
    if (!pglite) throw new Error(`database ${request.dbId} is not open`);
    serve(request.port, request.dbId, pglite);
    return;
  }
  const pglite = request.dataDir
    ? new PGlite(request.dataDir)
    : new PGlite(request.image ? { loadDataDir: new Blob([request.image]) } : {});
  await pglite.waitReady;
  databases.set(request.dbId, pglite);
  serve(request.port, request.dbId, pglite);
}

if (!parentPort) throw new Error('pglite-host runs as a worker thread');
const parent = parentPort;
parent.on('message', (request: ControlRequest) => {
  control(request).then(
    () => parent.postMessage({ id: request.id, ok: true } satisfies ControlResponse),
    (err: unknown) => parent.postMessage({ id: request.id, ok: false, error: serialiseError(err) } satisfies ControlResponse),
  );
});
