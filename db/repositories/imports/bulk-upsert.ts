/**
 * Shared mechanics of the import repositories. Large kinds (employees and their records) stage each chunk
 * of rows with COPY into a temporary table and upsert from it in one set-based statement; writes that need the whole
 * file at once (the unit tree, ABK task lists) use `insert … select … from unnest(…)` with arrays as single
 * parameters. Either way one statement per chunk, `on conflict … do update … where (changed)`, counts from the
 * database.
 */
import { sql, type SQL } from 'drizzle-orm';
import { copyRows, copyValue, type CopyValue } from '../../bulk-copy.js';
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

/** The table column each key of a chunk is copied into. */
export type ColumnNames<C extends StagedColumns> = { readonly [K in keyof C]: string };

/**
 * Copies a chunk's rows into `table` with COPY. `constants` adds columns holding one value for every row (the
 * instansi), so the chunk need not repeat it 5,000 times.
 * @returns the number of rows copied
 */
export async function copyChunk<C extends StagedColumns>(
  db: Db,
  table: string,
  columns: ColumnNames<C>,
  chunk: C,
  constants: Readonly<Record<string, CopyValue>> = {},
): Promise<number> {
  const keys = Object.keys(columns);
  const values = keys.map((key) => chunk[key]!);
  const prefix = Object.values(constants).map((v) => `${copyValue(v)}\t`).join('');
  const rows = Array.from({ length: values[0]?.length ?? 0 }, (_, i) => i);
  await copyRows(
    db,
    { table, columns: [...Object.keys(constants), ...keys.map((key) => columns[key]!)], line: (i) => prefix + values.map((c) => copyValue(c[i] ?? null)).join('\t') },
    rows,
  );
  return rows.length;
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
 * A writer of chunks for one transaction: the first chunk creates the staging table (dropped at commit or rollback),
 * each chunk is copied into it and upserted from it, then cleared for the next. Use it inside a transaction.
 */
export function stagedUpsertWriter<C extends StagedColumns>(db: Db, spec: StagedUpsert<C>): ChunkWriter<C> {
  const types: Readonly<Record<string, string>> = spec.columns;
  const names = Object.keys(types);
  const definition = names.map((name) => `"${name}" ${types[name]}`).join(', ');
  const sameNames = Object.fromEntries(names.map((name) => [name, name])) as unknown as ColumnNames<C>;
  let created = false;
  return {
    empty: () => emptyChunk<C>(names),
    async write(chunk) {
      if (created) {
        await db.execute(sql.raw(`truncate ${spec.stage}`));
      } else {
        await db.execute(sql.raw(`drop table if exists pg_temp.${spec.stage}`));
        await db.execute(sql.raw(`create temp table ${spec.stage} (${definition}) on commit drop`));
        created = true;
      }
      await copyChunk(db, spec.stage, sameNames, chunk);
      return countUpsert(db, spec.upsert);
    },
  };
}

/** Splits a chunk by a flag per row: @returns the rows flagged, then the others, each in their order. */
export function splitRows<C extends StagedColumns>(chunk: C, flags: readonly boolean[]): [C, C] {
  const keys = Object.keys(chunk);
  const flagged = emptyChunk<C>(keys);
  const others = emptyChunk<C>(keys);
  for (const key of keys) {
    const values = chunk[key]!;
    const a = flagged[key]!;
    const b = others[key]!;
    for (let i = 0; i < values.length; i++) (flags[i] ? a : b).push(values[i] as CopyValue);
  }
  return [flagged, others];
}
