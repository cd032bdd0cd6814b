/**
 * Bulk writes at COPY speed, inside the caller's transaction (so a snapshot stays whole-or-nothing): rows become
 * COPY text lines, streamed to PostgreSQL with `COPY … FROM STDIN`, or handed to the embedded database as a blob
 * for `COPY … FROM '/dev/blob'` (its bytes cross to the database thread without a copy). No statement parameters,
 * no per-row parse of a JSON array on the server: the server parses each line once, as `psql \copy` would make it.
 */
import { finished } from 'node:stream/promises';
import type { Sql } from 'postgres';
import type { Db } from './client.js';
import { copyDriverOf } from './copy-driver.js';

/** One table's COPY: its columns and how a row becomes one line of their fields (see the `copy*` encoders). */
export interface CopyTarget<R> {
  table: string;
  columns: readonly string[];
  /** The row's fields in `columns` order, each encoded by a `copy*` function, joined by tabs (no newline). */
  line: (row: R, index: number) => string;
}

/** Rows per piece of COPY text: a piece is built, sent and dropped, so at most one exists at a time. */
const LINES_PER_PIECE = 2_000;
/** Rows per blob for the embedded database (one COPY statement each; the blob is held in its memory). */
const ROWS_PER_BLOB = 20_000;
/** Bytes a blob for the embedded database ends at, if its rows are long (it is held in memory twice: here and there). */
const BLOB_BYTES = 64 << 20;

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

/** A jsonb field: the value's JSON. */
export function copyJson(value: unknown): string {
  return copyJsonText(JSON.stringify(value));
}

/** A jsonb field from JSON text already made (which never holds a raw tab or line break, only backslashes to double). */
export function copyJsonText(json: string): string {
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

/** A text[] field: every element quoted, so commas, braces and quotes in elements stay elements. */
export function copyTextArray(items: readonly string[]): string {
  if (items.length === 0) return '{}';
  return copyText(`{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
}

/**
 * Rows that arrive in batches (a review's pages of placements, which are still being read and placed while the first
 * are written): how many the batch holds, and its `k`-th item, made only when asked for.
 */
export interface Batch<T> {
  size: number;
  at: (k: number) => T;
}

/** Batches as they come: all at hand, or arriving while earlier ones are written. */
export type Batches<T> = Iterable<Batch<T>> | AsyncIterable<Batch<T>>;

/**
 * Most a blob's buffer may grow to. Its address space is reserved up to this at once (memory is used only as it is
 * written), so it grows in place, never copied into a larger one. Far beyond any blob (a blob ends at
 * {@link BLOB_BYTES}); small enough that the reservations of blobs not yet collected stay far from V8's limit.
 */
const MOST_BLOB_BYTES = 256 << 20;

/**
 * COPY text written line by line as UTF-8 into one buffer. Each line becomes garbage as soon as it is written: a piece
 * or blob never exists as thousands of strings joined (which the garbage collector would copy while it grows, and
 * which would then be flattened and encoded again as a whole).
 *
 * A blob (`movable`) is moved to the embedded database's thread: it grows in place (a resizable ArrayBuffer) and is
 * taken as bytes that own their buffer, so it is never copied, on growth, on joining or on the move. A piece for a
 * PostgreSQL socket is a plain buffer grown by copying (rarely: it starts as large as the largest piece before),
 * taken as a view: pieces are many, and a resizable buffer for each made the 100,000-employee review bench slower.
 */
class LineBuffer {
  private memory: ArrayBuffer | null;
  private bytes: Buffer;
  used = 0;

  constructor(capacity: number, movable: boolean) {
    this.memory = movable ? new ArrayBuffer(capacity, { maxByteLength: MOST_BLOB_BYTES }) : null;
    this.bytes = this.memory ? Buffer.from(this.memory) : Buffer.allocUnsafe(capacity);
  }

  add(line: string): void {
    // A UTF-16 unit never takes more than 3 bytes of UTF-8, and the line ends with one more.
    const room = 3 * line.length + 1;
    if (this.bytes.length - this.used < room) this.grow(Math.max(2 * this.bytes.length, this.used + room));
    this.used += this.bytes.write(line, this.used);
    this.bytes[this.used++] = 0x0a;
  }

  private grow(size: number): void {
    if (this.memory) {
      this.memory.resize(Math.min(MOST_BLOB_BYTES, size));
      this.bytes = Buffer.from(this.memory);
      return;
    }
    const larger = Buffer.allocUnsafe(size);
    this.bytes.copy(larger, 0, 0, this.used);
    this.bytes = larger;
  }

  /** The lines written: a blob's bytes own their buffer (it shrinks to them), a piece's are a view. */
  take(): Uint8Array {
    if (!this.memory) return this.bytes.subarray(0, this.used);
    this.memory.resize(this.used);
    return new Uint8Array(this.memory);
  }
}

/** The COPY text of rows `from`..`to` of `batch` in pieces of `perPiece` lines. */
function* pieces(batch: Batch<string>, from: number, to: number, perPiece: number, onRows?: (inBatch: number) => void) {
  let capacity = 1 << 20;
  for (let start = from; start < to; start += perPiece) {
    const end = Math.min(start + perPiece, to);
    const piece = new LineBuffer(capacity, false);
    for (let i = start; i < end; i++) piece.add(batch.at(i));
    capacity = Math.max(capacity, piece.used);
    yield piece.take();
    onRows?.(end);
  }
}

/** The pieces of every batch in turn, `onRows` told the rows handed over so far across batches. */
async function* piecesOfBatches(batches: Batches<string>, perPiece: number, onRows?: (written: number) => void) {
  let before = 0;
  for await (const batch of batches) {
    yield* pieces(batch, 0, batch.size, perPiece, onRows && ((inBatch) => onRows(before + inBatch)));
    before += batch.size;
  }
}

/**
 * Pieces handed to the connection beyond the one the socket is taking. One is enough: the server has megabytes of
 * socket buffer to read while this thread does other work. More is worse: a piece held that long outlives two young
 * collections, is promoted, and the old generation's buffer bytes then start a full collection every ~60 MB, which
 * at a million placements cost more than the COPY.
 */
const PIECES_AHEAD = 1;

/**
 * Streams `text` into a `COPY … FROM STDIN`, {@link PIECES_AHEAD} piece ahead of what the socket took.
 * postgres.js never settles the stream when the server rejects the COPY after its last byte was sent
 * (porsager/postgres#1173: a constraint or trigger error then hangs the caller, and a transaction around it never
 * rolls back), but it does hand the error to the statement's `reject`: the COPY fails with that error instead.
 * When making the text fails (a batch that could not be read or computed), the COPY is abandoned (the server is told
 * so with a fixed text: the error itself may name a person) and that failure is what the caller gets.
 */
async function copyToPostgres(sql: Sql, statement: string, text: AsyncIterable<Uint8Array>): Promise<void> {
  const next = text[Symbol.asyncIterator]();
  // The statement goes out with the first piece: no rows (or a source that fails before any) costs no COPY.
  let step = await next.next();
  if (step.done) return;
  const query = sql.unsafe(statement) as ReturnType<Sql['unsafe']> & { reject: (err: unknown) => void };
  const rejected = new Promise<never>((_, fail) => {
    const reject = query.reject;
    query.reject = (err: unknown) => {
      fail(err instanceof Error ? err : new Error(String(err)));
      reject(err);
    };
  });
  rejected.catch(() => {}); // the races below report it; after a success it never fires
  const stream = await query.writable();
  const taken: Promise<void>[] = [];
  let sourceFailed: { err: unknown } | null = null;
  try {
    while (!step.done) {
      const piece = step.value;
      const written = new Promise<void>((ok, fail) => stream.write(piece, (err) => (err ? fail(err) : ok())));
      written.catch(() => {}); // awaited below, in order; a failed write fails the COPY there
      taken.push(written);
      if (taken.length > PIECES_AHEAD) await Promise.race([taken.shift(), rejected]);
      try {
        step = await next.next();
      } catch (err) {
        sourceFailed = { err };
        break;
      }
    }
  } finally {
    // A COPY the server refused stops asking for text: the batches' source is told to stop too.
    if (!sourceFailed) void next.return?.(undefined);
  }
  if (sourceFailed) {
    // CopyFail: the server ends the COPY with an error, after which the connection takes statements again.
    stream.on('error', () => {}); // the stream reports the abandonment it was told of; the caller gets the cause
    stream.destroy(new Error('the rows to copy could not be made'));
    await rejected.catch(() => {});
    throw sourceFailed.err;
  }
  await Promise.race([Promise.all(taken), rejected]);
  stream.end();
  await Promise.race([finished(stream), rejected]);
}

/**
 * Writes `rows` into `target.table` with COPY on `db` (a transaction, usually: a failure then leaves nothing).
 * @param onRows - called with the rows handed over so far
 */
export function copyRows<R>(db: Db, target: CopyTarget<R>, rows: readonly R[], onRows?: (written: number) => void): Promise<void> {
  const batch: Batch<string> = { size: rows.length, at: (k) => target.line(rows[k]!, k) };
  return copyInPieces(db, target.table, target.columns, [batch], LINES_PER_PIECE, onRows);
}

/**
 * Writes rows arriving in batches (of their COPY lines) into `columns` of `table` with one COPY, each batch's lines
 * sent as soon as it comes. A batch that fails to come (the iterator throws) abandons the COPY and fails with that error.
 * @param onRows - called with the rows handed over so far
 */
export function copyBatches(
  db: Db,
  table: string,
  columns: readonly string[],
  batches: Batches<string>,
  onRows?: (written: number) => void,
): Promise<void> {
  return copyInPieces(db, table, columns, batches, LINES_PER_PIECE, onRows);
}

/**
 * Writes rows already encoded as COPY lines (see {@link copyLine}) into `columns` of `table`. The lines exist already,
 * so up to a blob's worth goes to PostgreSQL as one piece: the server then reads all of it without waiting for this
 * thread to hand over the next piece on its next turn.
 */
export function copyLines(db: Db, table: string, columns: readonly string[], lines: readonly string[]): Promise<void> {
  return copyInPieces(db, table, columns, [{ size: lines.length, at: (k) => lines[k]! }], ROWS_PER_BLOB);
}

async function copyInPieces(
  db: Db,
  tableName: string,
  columnNames: readonly string[],
  batches: Batches<string>,
  perPiece: number,
  onRows?: (written: number) => void,
): Promise<void> {
  const driver = copyDriverOf(db);
  const columns = columnNames.map((name) => `"${name.replace(/"/g, '""')}"`).join(', ');
  const table = `"${tableName.replace(/"/g, '""')}"`;
  if (driver.kind === 'postgres') {
    await copyToPostgres(driver.sql, `copy ${table} (${columns}) from stdin`, piecesOfBatches(batches, perPiece, onRows));
    return;
  }
  // Each blob is made while the database thread takes the previous one (at most two exist at once).
  let taking: Promise<void> | null = null;
  let before = 0;
  let capacity = 1 << 20;
  try {
    for await (const batch of batches) {
      for (let k = 0; k < batch.size; ) {
        const start = k;
        const blob = new LineBuffer(capacity, true);
        while (k < batch.size && k - start < ROWS_PER_BLOB && blob.used < BLOB_BYTES) blob.add(batch.at(k++));
        capacity = Math.max(capacity, blob.used);
        if (taking) await taking;
        onRows?.(before + start);
        taking = driver.client.copyFrom(`copy ${table} (${columns}) from '/dev/blob'`, blob.take());
        taking.catch(() => {}); // awaited before the next blob or at the end: its failure is reported there
      }
      before += batch.size;
    }
  } catch (err) {
    // A batch that failed to come: the blob being taken must settle before the caller's transaction rolls back.
    await taking?.catch(() => {});
    throw err;
  }
  await taking;
  if (before > 0) onRows?.(before);
}
