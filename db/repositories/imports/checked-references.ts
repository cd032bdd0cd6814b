/**
 * Foreign keys of rows known to be new checked once per chunk instead of once per row, on the embedded database
 * only. There the per-row checks (a trigger per row and key, each running a query) were more than half of the work
 * of a first import of employees. The embedded database is Talenta's alone and runs as its superuser, so a chunk is
 * written with row triggers off (`session_replication_role = replica`) after one statement checked that every id is
 * stored and took the KEY SHARE locks the per-row checks take, so a referenced row still cannot vanish before commit.
 * PostgreSQL keeps its triggers: an operator's own triggers there must fire.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';

/** The ids a chunk refers to in one table, by its primary key `id`. */
export interface Reference {
  table: 'instansi' | 'positions';
  ids: readonly number[];
}

/** How many of the reference's distinct ids are stored, locking them as a foreign-key check does. */
function lockedCount({ table, ids }: Reference): SQL {
  const distinct = [...new Set(ids)].map(String);
  return sql`(select count(*)::int from (select 1 from ${sql.identifier(table)}
    where id = any(${sql.param(distinct)}::text[]::int[]) for key share) r)`;
}

const triggersOn = sql`set local session_replication_role = origin`;

/**
 * Locks every referenced row and turns row triggers off for the chunk's write, in one statement: every statement
 * waits for the thread that reads the file to come back for its answer, so a chunk asks as few as it can.
 * @throws when an id is not stored, as the foreign key would refuse it (triggers back on)
 */
async function lockReferencedAndDisableTriggers(db: Db, references: readonly Reference[]): Promise<void> {
  const counts = references.map((reference, i) => sql`${lockedCount(reference)} as ${sql.identifier(`n${i}`)}`);
  const [found] = await queryRows<Record<string, number>>(
    db,
    sql`select set_config('session_replication_role', 'replica', true) as role, ${sql.join(counts, sql`, `)}`,
  );
  const missing = references.find((reference, i) => found?.[`n${i}`] !== new Set(reference.ids).size);
  if (missing) {
    await db.execute(triggersOn);
    throw new Error(`rows refer to ${missing.table} that are not stored`);
  }
}

/**
 * Runs `write` (statements inserting or updating rows that hold `references`) inside the caller's transaction: as is
 * on PostgreSQL; on the embedded database with the references checked first and row triggers off while it runs.
 */
export async function writeWithReferences<T>(db: Db, embedded: boolean, references: readonly Reference[], write: () => Promise<T>): Promise<T> {
  if (!embedded) return write();
  await lockReferencedAndDisableTriggers(db, references);
  const result = await write();
  // Only after a success: a failed write aborts the transaction, and the setting ends with it.
  await db.execute(triggersOn);
  return result;
}
