/**
 * The only module that imports a database driver. With a URL: postgres.js (production PostgreSQL).
 * Without: embedded PGlite on disk (the default for `npm start`) or in memory (tests).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction: repositories accept either, so callers decide the transaction boundary. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  driver: 'postgres' | 'pglite';
  /** Resolves when the database answers a trivial query (readiness probe). */
  ping(): Promise<void>;
  /** Closes the pool or the embedded instance. */
  close(): Promise<void>;
}

export type DbOptions =
  | { url: string; maxConnections?: number }
  | { dataDir: string }
  | { pglite: PGlite };

/** Opens the database the options describe. `dataDir` is created when missing. */
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
    });
  }
  const pglite = 'pglite' in options ? options.pglite : await openPgliteDir(options.dataDir);
  return withPing({ db: drizzlePglite(pglite, { schema }), driver: 'pglite', close: () => pglite.close() });
}

function withPing(handle: Omit<DbHandle, 'ping'>): DbHandle {
  return { ...handle, ping: async () => void (await handle.db.execute(sql`select 1`)) };
}

async function openPgliteDir(dataDir: string): Promise<PGlite> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  return pglite;
}

export { schema };
