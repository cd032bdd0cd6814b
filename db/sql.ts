/** Raw-SQL helpers for repositories: one result shape whatever the driver. */
import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Runs a raw statement and returns its rows. PGlite answers `{ rows }`, postgres.js an array: normalised here so
 * repositories never care.
 */
export async function queryRows<T>(db: Db, statement: SQL): Promise<T[]> {
  const result: unknown = await db.execute(statement);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}
