/**
 * Shared mechanics of the import repositories. Large kinds (employees and their records) stage each chunk
 * of rows with COPY into a temporary table and upsert from it in one set-based statement; writes that need the whole
 * file at once (the unit tree, ABK task lists) use `insert … select … from unnest(…)` with arrays as single
 * parameters. Either way one statement per chunk, `on conflict … do update … where (changed)`, counts from the
 * database.
 */
import { sql, type SQL } from 'drizzle-orm';
import { copyLine, copyLines, type CopyValue } from '../../bulk-copy.js';
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

/** Equal-length arrays, one per column of a chunk written with COPY. */
export type StagedColumns = Record<string, CopyValue[]>;

/** How the chunks of one kind are written: an empty chunk to fill, and the write of a full one. */
export interface ChunkWriter<C> {
  empty(): C;
  /** Writes one chunk inside the import's transaction; @returns its counts. */
  write(chunk: C): Promise<UpsertCounts>;
}

/** The COPY line of each row of a chunk, its fields in `keys` order. */
function chunkLines<C extends StagedColumns>(keys: readonly string[], chunk: C): string[] {
  const values = keys.map((key) => chunk[key]!);
  return Array.from({ length: values[0]?.length ?? 0 }, (_, i) => copyLine(values.map((c) => c[i] ?? null)));
}

/** An empty chunk with the given keys. */
function emptyChunk<C extends StagedColumns>(keys: readonly string[]): C {
  return Object.fromEntries(keys.map((key) => [key, []])) as unknown as C;
}

/**
 * How one kind is upserted through its staging table: the table's columns (the batch's keys, quoted, → SQL type) and
 * the upsert reading it (`from <stage> s`, columns as `s."key"`), ending in `returning (xmax = 0) as inserted`.
 */
export interface StagedUpsert<C extends StagedColumns> {
  /** The temporary table's name, one per kind. */
  stage: string;
  columns: { readonly [K in keyof C]: string };
  upsert: SQL;
}

/**
 * Upserts rows given as COPY lines (fields in `columns` order) through a staging table: the first call creates the
 * table (dropped at commit or rollback), each call copies its lines into it and upserts from it, then clears it for
 * the next. Use it inside a transaction.
 */
export function stagedLineUpsert(
  db: Db,
  spec: { stage: string; columns: Readonly<Record<string, string>>; upsert: SQL },
): (lines: readonly string[]) => Promise<UpsertCounts> {
  const names = Object.keys(spec.columns);
  const definition = names.map((name) => `"${name}" ${spec.columns[name]}`).join(', ');
  let created = false;
  return async (lines) => {
    if (created) {
      await db.execute(sql.raw(`truncate ${spec.stage}`));
    } else {
      await db.execute(sql.raw(`drop table if exists pg_temp.${spec.stage}`));
      await db.execute(sql.raw(`create temp table ${spec.stage} (${definition}) on commit drop`));
      created = true;
    }
    await copyLines(db, spec.stage, names, lines);
    return countUpsert(db, spec.upsert);
  };
}

/** A writer of chunks of columns for one transaction, each chunk upserted through the kind's staging table. */
export function stagedUpsertWriter<C extends StagedColumns>(db: Db, spec: StagedUpsert<C>): ChunkWriter<C> {
  const names = Object.keys(spec.columns);
  const upsertLines = stagedLineUpsert(db, spec);
  return {
    empty: () => emptyChunk<C>(names),
    write: (chunk) => upsertLines(chunkLines(names, chunk)),
  };
}
