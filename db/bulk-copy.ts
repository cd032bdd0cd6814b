/**
 * Bulk writes at COPY speed, inside the caller's transaction (so a snapshot stays whole-or-nothing): rows become
 * COPY text lines, streamed to PostgreSQL with `COPY … FROM STDIN`, or handed to the embedded database as a blob
 * for `COPY … FROM '/dev/blob'` (its bytes cross to the database thread without a copy). No statement parameters,
 * no per-row parse of a JSON array on the server: the server parses each line once, as `psql \copy` would make it.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import type { Db } from './client.js';
import { copyDriverOf } from './copy-driver.js';

/** One table's COPY: its columns and how a row becomes one line of their fields (see the `copy*` encoders). */
export interface CopyTarget<R> {
  table: string;
  columns: readonly string[];
  /** The row's fields in `columns` order, each encoded by a `copy*` function, joined by tabs (no newline). */
  line: (row: R) => string;
}

/** Rows per piece of COPY text: a piece is built, sent and dropped, so at most one exists at a time. */
const LINES_PER_PIECE = 2_000;
/** Rows per blob for the embedded database (one COPY statement each; the blob is held in its memory). */
const ROWS_PER_BLOB = 20_000;

const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeSpecial = (c: string) => ESCAPES[c]!;

/** A scalar as a COPY field takes it: ISO dates travel as text, numbers and booleans in their text form. */
export type CopyValue = string | number | boolean | null;

/** Any scalar field: text escaped, numbers and booleans in their text form (null → NULL). */
export function copyValue(value: CopyValue): string {
  return typeof value === 'string' || value === null ? copyText(value) : String(value);
}

/** A text field (null → NULL). */
export function copyText(value: string | null): string {
  if (value === null) return NULL;
  return SPECIAL.test(value) ? value.replace(SPECIALS, escapeSpecial) : value;
}

/** One row's COPY line from its scalar fields, each encoded by {@link copyValue} (an array join: one flat string). */
export function copyLine(fields: readonly CopyValue[]): string {
  return fields.map((field) => copyValue(field)).join('\t');
}

/** A number field (integers and doubles: JavaScript's shortest exact form; null → NULL). */
export function copyNumber(value: number | null): string {
  return value === null ? NULL : String(value);
}

/** A jsonb field: the value's JSON (which never holds a raw tab or line break, only backslashes to double). */
export function copyJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

/** A text[] field: every element quoted, so commas, braces and quotes in elements stay elements. */
export function copyTextArray(items: readonly string[]): string {
  if (items.length === 0) return '{}';
  return copyText(`{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
}

function* pieces<R>(target: CopyTarget<R>, rows: readonly R[], from: number, to: number, perPiece: number, onRows?: (written: number) => void) {
  for (let start = from; start < to; start += perPiece) {
    const end = Math.min(start + perPiece, to);
    let text = '';
    for (let i = start; i < end; i++) text += `${target.line(rows[i]!)}\n`;
    yield text;
    onRows?.(end);
  }
}

/**
 * Streams `text` into a `COPY … FROM STDIN`. postgres.js never settles the stream when the server rejects the COPY
 * after its last byte was sent (porsager/postgres#1173: a constraint or trigger error then hangs the caller, and a
 * transaction around it never rolls back), but it does hand the error to the statement's `reject`: the COPY fails
 * with that error instead.
 */
async function copyToPostgres(sql: Sql, statement: string, text: Iterable<string>): Promise<void> {
  const query = sql.unsafe(statement) as ReturnType<Sql['unsafe']> & { reject: (err: unknown) => void };
  const rejected = new Promise<never>((_, fail) => {
    const reject = query.reject;
    query.reject = (err: unknown) => {
      fail(err instanceof Error ? err : new Error(String(err)));
      reject(err);
    };
  });
  rejected.catch(() => {}); // the race below reports it; after a success it never fires
  const stream = await query.writable();
  await Promise.race([pipeline(Readable.from(text), stream), rejected]);
}

/**
 * Writes `rows` into `target.table` with COPY on `db` (a transaction, usually: a failure then leaves nothing).
 * @param onRows - called with the rows handed over so far
 */
export function copyRows<R>(db: Db, target: CopyTarget<R>, rows: readonly R[], onRows?: (written: number) => void): Promise<void> {
  return copyInPieces(db, target, rows, LINES_PER_PIECE, onRows);
}

/**
 * Writes rows already encoded as COPY lines (see {@link copyLine}) into `columns` of `table`. The lines exist already,
 * so up to a blob's worth goes to PostgreSQL as one piece: the server then reads all of it without waiting for this
 * thread to hand over the next piece on its next turn.
 */
export function copyLines(db: Db, table: string, columns: readonly string[], lines: readonly string[]): Promise<void> {
  return copyInPieces(db, { table, columns, line: (line) => line }, lines, ROWS_PER_BLOB);
}

async function copyInPieces<R>(db: Db, target: CopyTarget<R>, rows: readonly R[], perPiece: number, onRows?: (written: number) => void): Promise<void> {
  if (rows.length === 0) return;
  const driver = copyDriverOf(db);
  const columns = target.columns.map((name) => `"${name.replace(/"/g, '""')}"`).join(', ');
  const table = `"${target.table.replace(/"/g, '""')}"`;
  if (driver.kind === 'postgres') {
    await copyToPostgres(driver.sql, `copy ${table} (${columns}) from stdin`, pieces(target, rows, 0, rows.length, perPiece, onRows));
    return;
  }
  const encoder = new TextEncoder();
  for (let start = 0; start < rows.length; start += ROWS_PER_BLOB) {
    const end = Math.min(start + ROWS_PER_BLOB, rows.length);
    const text = [...pieces(target, rows, start, end, perPiece)].join('');
    await driver.client.copyFrom(`copy ${table} (${columns}) from '/dev/blob'`, encoder.encode(text));
    onRows?.(end);
  }
}
