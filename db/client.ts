/**
 * The only module that opens a database driver. With a URL: postgres.js (production PostgreSQL). Without: embedded
 * PGlite on disk (the default for `npm start`) or in memory (tests), run in its own thread (db/pglite/) so its
 * statements never block this thread's event loop; another thread of the process joins it with `forThread()`. An
 * on-disk PGlite is opened only under the data directory's lock (data-dir-lock.ts): one process owns it.
 */
import { resolve } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { connectPglite } from './pglite/pglite-remote.js';
import { noDelaySocketFactory } from './postgres-socket.js';
import { openPglite } from './pglite/pglite-thread.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction: repositories accept either, so callers decide the transaction boundary. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  driver: 'postgres' | 'pglite';
  /**
   * Statements that can run at once: the pool's size, 1 for the embedded database. With more than one, a review
   * reads its population on other connections while its transaction writes (services/reviews/place-in-pages.ts).
   */
  connections: number;
  /** Resolves when the database answers a trivial query (readiness probe). */
  ping(): Promise<void>;
  /**
   * Closes the pool, or the embedded database (its owner, giving the data directory's lock back) / this thread's
   * link to it (another thread).
   */
  close(): Promise<void>;
  /** The lock of an on-disk embedded database (owner only), to announce how this owner is reached. */
  lock?: DataDirLock;
  /**
   * How another thread of this process opens the same database (`createDb(handle.forThread())`): a new port to the
   * embedded database, or the PostgreSQL URL with a small pool of its own. Transfer the port with postMessage.
   * `background` (a review thread): on the embedded database its statements give way to this process's others and
   * run at background priority; PostgreSQL schedules its sessions itself.
   */
  forThread(options?: { background?: boolean }): ThreadDbOptions;
  /** Embedded database, owner only: the data directory as an uncompressed tar, to start copies from. */
  dump?: () => Promise<Uint8Array>;
}

/** What a thread is given to reach its process's database. */
export type ThreadDbOptions = { url: string; maxConnections: number } | { pglitePort: MessagePort };

export type DbOptions =
  | { url: string; maxConnections?: number }
  /** `owner` names the holder in the lock, e.g. `talenta serve`, for the message another process gets. */
  | { dataDir: string; owner?: string }
  | { memory: true; image?: Uint8Array }
  | { pglitePort: MessagePort };

/**
 * Connections a thread's own PostgreSQL pool keeps: a review's snapshot transaction, and the four reads of a page of
 * its population that run at once beside it (services/reviews/place-in-pages.ts).
 */
const THREAD_POOL_SIZE = 5;

/**
 * Opens the database the options describe. `dataDir` is created (private to its user) when missing; `memory` starts
 * empty or from an `image` made by `dump()`.
 * @throws DataDirBusyError when another live process owns `dataDir`
 */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  if ('url' in options) {
    const connections = options.maxConnections ?? 10;
    const client = postgres(options.url, {
      max: connections,
      onnotice: () => {},
      connection: { application_name: 'talenta' },
      // A server that does not answer is reported within seconds, not after the driver's 30 s default.
      connect_timeout: 5,
      // An option the driver reads but its type declarations leave out.
      ...{ socket: noDelaySocketFactory() },
    });
    return withPing({
      db: drizzlePostgres(client, { schema }),
      driver: 'postgres',
      connections,
      close: () => client.end({ timeout: 5 }),
      forThread: () => ({ url: options.url, maxConnections: THREAD_POOL_SIZE }),
    });
  }
  if ('pglitePort' in options) {
    const remote = connectPglite(options.pglitePort);
    return withPing({
      db: drizzlePglite(remote.client, { schema }),
      driver: 'pglite',
      connections: 1,
      close: async () => remote.detach(),
      forThread: () => {
        throw new Error('only the thread that opened the embedded database hands out ports to it');
      },
    });
  }
  if ('memory' in options) {
    const thread = await openPglite(options);
    return withPing({
      db: drizzlePglite(thread.client, { schema }),
      driver: 'pglite',
      connections: 1,
      close: () => thread.close(),
      forThread: (opts) => ({ pglitePort: thread.port({ background: opts?.background ?? false }) }),
      dump: () => thread.dump(),
    });
  }
  const lock = await acquireDataDirLock(resolve(options.dataDir), options.owner ?? 'talenta');
  const thread = await openPglite({ dataDir: lock.dataDir }).catch((err: unknown) => {
    lock.release();
    throw err;
  });
  return withPing({
    db: drizzlePglite(thread.client, { schema }),
    driver: 'pglite',
    connections: 1,
    lock,
    async close() {
      try {
        await thread.close();
      } finally {
        lock.release();
      }
    },
    forThread: (opts) => ({ pglitePort: thread.port({ background: opts?.background ?? false }) }),
    dump: () => thread.dump(),
  });
}

function withPing(handle: Omit<DbHandle, 'ping'>): DbHandle {
  return { ...handle, ping: async () => void (await handle.db.execute(sql`select 1`)) };
}

export { schema };
