/**
 * Foreign keys of rows known to be new checked once per chunk instead of once per row, on the embedded database
 * only. There the per-row checks (a trigger per row and key, each running a query) were more than half of the work
 * of a first import of employees. The embedded database is Talenta's alone and runs as its superuser, so a chunk is
 * written with row triggers off (`session_replication_role = replica`) after one statement per referenced table
 * checked that every id is stored and took the KEY SHARE locks the per-row checks take, so a referenced row still
 * cannot vanish before commit. PostgreSQL keeps its triggers: an operator's own triggers there must fire.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';

/** The ids a chunk refers to in one table, by its primary key `id`. */
export interface Reference {
  table: 'instansi' | 'positions';
  ids: readonly number[];
}

/** @throws when an id is not stored, as the foreign key would refuse it */
async function lockReferenced(db: Db, { table, ids }: Reference): Promise<void> {
  const distinct = [...new Set(ids)].map(String);
  if (distinct.length === 0) return;
  const [found] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${sql.identifier(table)}
          where id = any(${sql.param(distinct)}::text[]::int[]) for key share) r`,
  );
  if (found?.n !== distinct.length) throw new Error(`rows refer to ${table} that are not stored`);
}

/**
 * Runs `write` (statements inserting or updating rows that hold `references`) inside the caller's transaction: as is
 * on PostgreSQL; on the embedded database with the references checked first and row triggers off while it runs.
 */
export async function writeWithReferences<T>(db: Db, embedded: boolean, references: readonly Reference[], write: () => Promise<T>): Promise<T> {
  if (!embedded) return write();
  for (const reference of references) await lockReferenced(db, reference);
  await db.execute(sql`set local session_replication_role = replica`);
  const result = await write();
  // Only after a success: a failed write aborts the transaction, and the setting ends with it.
  await db.execute(sql`set local session_replication_role = origin`);
  return result;
}
