/**
 * One import at a time per instansi: each import transaction takes this lock before it reads what it validates
 * against (positions, stored NIPs, incumbents), so what it read stays true until it commits. The employees import
 * relies on it to copy new NIPs straight into the table, and no import checks a reference another is replacing.
 * A second import of the same instansi waits for the first; other instansi are not held up.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';

/** First key of the two-key advisory lock: the imports' own space ("IMPT"), the instansi id is the second. */
const IMPORT_LOCK_SPACE = 0x494d5054;

/** Takes the lock for the rest of the transaction `db` runs (released at commit or rollback). */
export async function lockImports(db: Db, instansiId: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_SPACE}::int, ${instansiId}::int)`);
}
