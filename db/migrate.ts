/** Applies the committed drizzle-kit migrations; the same folder serves PGlite and PostgreSQL. */
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { projectPath } from '../lib/project-root.js';
import type { DbHandle } from './client.js';

/** The committed SQL, read from the source tree also when the compiled code in dist/ runs. */
export const MIGRATIONS_FOLDER = projectPath('db', 'migrations');

export async function runMigrations(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, config);
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, config);
  }
}
