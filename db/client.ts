/**
 * The only module that opens a database driver. With a URL: postgres.js (production PostgreSQL). Without: embedded
 * PGlite on disk (the default for `npm start`) or in memory (tests), run in its own thread (db/pglite/) so its
 * statements never block this thread's event loop; another thread of the process joins it with `forThread()`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { connectPglite } from './pglite/pglite-remote.js';
import { openPglite } from './pglite/pglite-thread.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction: repositories accept either, so callers decide the transaction boundary. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  driver: 'postgres' | 'pglite';
  /** Resolves when the database answers a trivial query (readiness probe). */
  ping(): Promise<void>;
  /** Closes the pool, or the embedded database (its owner) / this thread's link to it (another thread). */
  close(): Promise<void>;
  /**
   * How another thread of this process opens the same database (`createDb(handle.forThread())`): a new port to the
   * embedded database, or the PostgreSQL URL with a small pool of its own. Transfer the port with postMessage.
   */
  forThread(): ThreadDbOptions;
  /** Embedded database, owner only: the data directory as an uncompressed tar, to start copies from. */
  dump?: () => Promise<Uint8Array>;
}

/** What a thread is given to reach its process's database. */
export type ThreadDbOptions = { url: string; maxConnections: number } | { pglitePort: MessagePort };

export type DbOptions =
  | { url: string; maxConnections?: number }
  | { dataDir: string }
  | { memory: true; image?: Uint8Array }
  | { pglitePort: MessagePort };

/** Connections a thread's own PostgreSQL pool keeps (a review runs its statements one after another). */
const THREAD_POOL_SIZE = 2;

/**
 * Opens the database the options describe. `dataDir` is created when missing; `memory` starts empty or from an
 * `image` made by `dump()`.
 */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  if ('url' in options) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: 'talenta' },
    });
    return withPing({
      db: drizzlePostgres(client, { schema }),
      driver: 'postgres',
      close: () => client.end({ timeout: 5 }),
      forThread: () => ({ url: options.url, maxConnections: THREAD_POOL_SIZE }),
    });
  }
  if ('pglitePort' in options) {
    const remote = connectPglite(options.pglitePort);
    return withPing({
      db: drizzlePglite(remote.client, { schema }),
      driver: 'pglite',
      close: async () => remote.detach(),
      forThread: () => {
        throw new Error('only the thread that opened the embedded database hands out ports to it');
      },
    });
  }
  const thread = await openPglite('dataDir' in options ? { dataDir: ensureDir(options.dataDir) } : options);
  return withPing({
    db: drizzlePglite(thread.client, { schema }),
    driver: 'pglite',
    close: () => thread.close(),
    forThread: () => ({ pglitePort: thread.port() }),
    dump: () => thread.dump(),
  });
}

function withPing(handle: Omit<DbHandle, 'ping'>): DbHandle {
  return { ...handle, ping: async () => void (await handle.db.execute(sql`select 1`)) };
}

function ensureDir(dataDir: string): string {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export { schema };
