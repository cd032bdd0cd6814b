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
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction: repositories accept either, so callers decide the transaction boundary. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  driver: 'postgres' | 'pglite';
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
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      driver: 'postgres',
      close: () => client.end({ timeout: 5 }),
    };
  }
  const pglite = 'pglite' in options ? options.pglite : await openPgliteDir(options.dataDir);
  return {
    db: drizzlePglite(pglite, { schema }) as unknown as Db,
    driver: 'pglite',
    close: () => pglite.close(),
  };
}

async function openPgliteDir(dataDir: string): Promise<PGlite> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  return pglite;
}

export { schema };
