/**
 * Fresh migrated databases for tests. `createPgliteTestDb()` clones the PGlite template; `createPostgresTestDb()`
 * creates a database from the migrated template on the real PostgreSQL lane. `eachDatabase` runs one suite on both.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { describe, inject } from 'vitest';
import { createDb, type DbHandle } from '../../db/client.js';

const PG_TEMPLATE_DB = 'talenta_test_template';

export async function createPgliteTestDb(): Promise<DbHandle> {
  return createDb({ memory: true, image: readFileSync(inject('pgliteTemplatePath')) });
}

/**
 * A fresh database on the PostgreSQL lane; dropped again by `close()`. `url` reaches the same database from another
 * process (e.g. a spawned `talenta worker`).
 */
export async function createPostgresTestDb(): Promise<DbHandle & { url: string }> {
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) throw new Error(`PostgreSQL lane unavailable: ${inject('postgresSkipReason')}`);
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), maxConnections: 4 });
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export type DbLane = 'pglite' | 'postgres';

export function postgresLaneAvailable(): boolean {
  return inject('postgresAdminUrl') !== null;
}

/** A fresh migrated database on `lane`. */
export function openTestDb(lane: DbLane): Promise<DbHandle> {
  return lane === 'pglite' ? createPgliteTestDb() : createPostgresTestDb();
}

/**
 * Declares `suite` once per database lane. The PostgreSQL lane is skipped, with the reason in its name, when no
 * server is available.
 */
export function eachDatabase(name: string, suite: (lane: DbLane, open: () => Promise<DbHandle>) => void): void {
  describe(`${name} [pglite]`, () => suite('pglite', () => openTestDb('pglite')));
  const reason = inject('postgresSkipReason');
  describe.skipIf(!postgresLaneAvailable())(
    `${name} [postgres]${reason ? ` (skipped: ${reason})` : ''}`,
    () => suite('postgres', () => openTestDb('postgres')),
  );
}
