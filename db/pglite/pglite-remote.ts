/**
 * The embedded database as seen from any thread but its owner's: the part of PGlite's interface that drizzle
 * uses (`query`, `exec`, `transaction`), each call a message to pglite-host.ts over a MessagePort.
 */
import type { MessagePort } from 'node:worker_threads';
import type { PGlite, Results } from '@electric-sql/pglite';
import { ownsItsBuffer, reviveError, type HostRequest, type HostResponse, type QueryRequestOptions } from './pglite-protocol.js';

type Parser = (value: string, typeId: number) => unknown;
interface QueryOptions {
  rowMode?: 'object' | 'array';
  parsers?: Record<number, Parser>;
}

/** Distributes `Omit` over the union, so each request keeps its own fields. */
type Request = HostRequest extends infer R ? (R extends HostRequest ? Omit<R, 'id'> : never) : never;

/** Drizzle asks for some types as their text; other parsers cannot cross a thread boundary and are refused. */
function requestOptions(options: QueryOptions | undefined): QueryRequestOptions | undefined {
  if (!options) return undefined;
  const rawTypes = Object.entries(options.parsers ?? {}).map(([oid, parse]) => {
    const probe = '1970-01-01';
    if (parse(probe, Number(oid)) !== probe) throw new Error(`parser for type ${oid} is not supported across threads`);
    return Number(oid);
  });
  return { ...(options.rowMode ? { rowMode: options.rowMode } : {}), rawTypes };
}

/**
 * What the embedded database adds for bulk writes (db/bulk-copy.ts) and bulk reads (db/copy-out.ts), on the database
 * and in its transactions.
 */
export interface CopyingClient {
  /** Runs a `COPY … FROM '/dev/blob'` statement with `data` as the blob; `data` is unusable afterwards. */
  copyFrom(sql: string, data: Uint8Array): Promise<void>;
  /** Runs a `COPY … TO '/dev/blob'` statement and returns the blob's bytes (COPY text). */
  copyTo(sql: string): Promise<Uint8Array>;
}

export interface RemotePglite {
  /** What drizzle-orm/pglite is given in place of a PGlite instance. */
  client: PGlite;
  /** A dump of the data directory (uncompressed tar). */
  dump(): Promise<Uint8Array>;
  /** Asks the owner thread to close the database (only the process's owner of the database does this). */
  closeDatabase(): Promise<void>;
  /** Stops listening on the port (this thread is done with the database). */
  detach(): void;
}

export function connectPglite(port: MessagePort): RemotePglite {
  let nextId = 1;
  let nextTx = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  port.on('message', (response: HostResponse) => {
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(response.result);
    else waiter.reject(reviveError(response.error));
  });
  port.on('close', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('database thread closed'));
    pending.clear();
  });

  const call = <T>(request: Request, transfer: ArrayBuffer[] = []): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      port.postMessage({ ...request, id }, transfer);
    });

  const runner = (txId?: number): CopyingClient & Pick<PGlite, 'query' | 'exec'> => ({
    query: <T>(sql: string, params?: unknown[], options?: QueryOptions) =>
      call<Results<T>>({ op: 'query', sql, ...(params ? { params } : {}), ...withOptions(options), ...(txId ? { txId } : {}) }),
    exec: (sql: string) => call<Results[]>({ op: 'exec', sql, ...(txId ? { txId } : {}) }),
    copyFrom: async (sql: string, data: Uint8Array) => {
      // The buffer moves to the database thread (no copy) unless it is shared with other data.
      await call<undefined>({ op: 'copyFrom', sql, data, ...(txId ? { txId } : {}) }, ownsItsBuffer(data) ? [data.buffer] : []);
    },
    copyTo: (sql: string) => call<Uint8Array>({ op: 'copyTo', sql, ...(txId ? { txId } : {}) }),
  });
  const withOptions = (options: QueryOptions | undefined) => {
    const converted = requestOptions(options);
    return converted ? { options: converted } : {};
  };

  const client = {
    ...runner(),
    async transaction<T>(callback: (tx: ReturnType<typeof runner>) => Promise<T>): Promise<T> {
      const txId = nextTx++;
      await call({ op: 'begin', txId });
      let result: T;
      try {
        result = await callback(runner(txId));
      } catch (err) {
        await call({ op: 'rollback', txId }).catch(() => {});
        throw err;
      }
      await call({ op: 'commit', txId });
      return result;
    },
  };

  return {
    client: client as unknown as PGlite,
    dump: () => call<Uint8Array>({ op: 'dump' }),
    closeDatabase: () => call<undefined>({ op: 'close' }),
    detach: () => port.close(),
  };
}
