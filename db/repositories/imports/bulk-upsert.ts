/**
 * Shared mechanics of the import repositories: columnar batches written in chunks, each chunk one
 * `insert … select … from unnest(…) on conflict … do update … where (changed)` statement whose counts come back from
 * the database. Arrays travel as single parameters (`sql.param`), so a chunk costs a handful of parameters.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';

/** Rows per statement: large enough to amortise round trips, small enough to keep each statement's memory modest. */
export const CHUNK_ROWS = 10_000;

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/** Equal-length arrays, one per column. */
export type Columns = Record<string, unknown[]>;

/**
 * An array bound as one parameter (a bare array in a drizzle template would expand into a row expression). Statements
 * declare every array `::text[]` and cast the unnested column: postgres.js serialises text arrays only, and the text
 * form of numbers, booleans and ISO dates casts back exactly.
 */
export function arrayParam(values: readonly unknown[]): SQL {
  return sql`${sql.param(values)}`;
}

/**
 * Wraps an upsert ending in `returning (xmax = 0) as inserted` (true for a fresh row, false for an updated one; rows
 * the `where (changed)` guard skipped return nothing) and counts both.
 */
export async function countUpsert(db: Db, upsert: SQL): Promise<UpsertCounts> {
  const [counts] = await queryRows<{ inserted: number; updated: number }>(
    db,
    sql`with up as (${upsert}) select count(*) filter (where inserted)::int as inserted,
      count(*) filter (where not inserted)::int as updated from up`,
  );
  return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
}

/** Runs `write` over `CHUNK_ROWS`-sized slices of the batch and sums the counts. */
export async function upsertInChunks<C extends Columns>(
  columns: C,
  length: number,
  write: (chunk: C) => Promise<UpsertCounts>,
): Promise<UpsertCounts> {
  const total: UpsertCounts = { inserted: 0, updated: 0 };
  for (let start = 0; start < length; start += CHUNK_ROWS) {
    const chunk = Object.fromEntries(
      Object.entries(columns).map(([name, values]) => [name, values.slice(start, start + CHUNK_ROWS)]),
    ) as C;
    const counts = await write(chunk);
    total.inserted += counts.inserted;
    total.updated += counts.updated;
  }
  return total;
}
