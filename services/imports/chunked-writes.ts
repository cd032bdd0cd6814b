/**
 * Accepted rows of a file, written in chunks while the rest of the file is still read and checked: the database (a
 * thread of its own for PGlite, a process of its own for PostgreSQL) writes one chunk while this thread checks the
 * next, instead of everything waiting for the end of the file. Chunks are written one at a time, in file order, each
 * starting the moment the previous one ended (the database never waits for the reader to come back for it); the
 * reader waits only when a full chunk is already waiting, so memory holds about three chunks, not the file. Every
 * write belongs to the import's one transaction.
 */
import type { ChunkWriter, UpsertCounts } from '../../db/repositories/imports/bulk-upsert.js';
import type { RowBatch } from './kind-importer.js';

/** Rows per write: big enough to amortise a statement, small enough that the last write (not overlapped) is short. */
export const WRITE_CHUNK_ROWS = 5000;

/** Chunks handed to the database and not yet written: the one being written and one waiting its turn. */
const MAX_PENDING = 2;

export class ChunkedWrites<C extends Record<string, unknown[]>> {
  private chunk: C;
  /** Completion of each chunk handed over and not yet written, oldest first; they never reject. */
  private readonly pending: Array<Promise<void>> = [];
  private failure: { error: unknown } | null = null;
  private readonly total: UpsertCounts = { inserted: 0, updated: 0 };

  constructor(
    private readonly writer: ChunkWriter<C>,
    private readonly chunkRows = WRITE_CHUNK_ROWS,
  ) {
    this.chunk = writer.empty();
  }

  /** The chunk being filled: push each accepted row's values onto its columns. */
  get rows(): C {
    return this.chunk;
  }

  /** The batch's write steps ({@link RowBatch}), bound to these writes. */
  steps(): Required<Pick<RowBatch, 'writeAhead' | 'abandon' | 'flush'>> {
    return { writeAhead: () => this.writeFull(), abandon: () => this.abandon(), flush: () => this.finish() };
  }

  private get buffered(): number {
    for (const column in this.chunk) return this.chunk[column]!.length;
    return 0;
  }

  /**
   * Once a chunk is full, hands it to the database and returns; waits first while {@link MAX_PENDING} chunks are
   * already handed over. Throws the error of a write that failed.
   */
  async writeFull(): Promise<void> {
    this.throwFailure();
    if (this.buffered < this.chunkRows) return;
    while (this.pending.length >= MAX_PENDING) await this.pending[0];
    this.throwFailure();
    this.handOver();
  }

  /** Writes what is left after the chunks handed over; @returns the counts of every row written. */
  async finish(): Promise<UpsertCounts> {
    if (this.buffered > 0) this.handOver();
    await this.pending.at(-1);
    this.throwFailure();
    return { ...this.total };
  }

  /**
   * After a failure elsewhere: chunks not started yet are dropped and the write in progress is waited for (its own
   * failure ignored), so none outlives the transaction.
   */
  async abandon(): Promise<void> {
    this.failure ??= { error: new Error('import abandoned') };
    await this.pending.at(-1);
  }

  private handOver(): void {
    const chunk = this.chunk;
    this.chunk = this.writer.empty();
    const previous = this.pending.at(-1) ?? Promise.resolve();
    const done = previous.then(() => (this.failure === null ? this.writeOne(chunk) : undefined));
    this.pending.push(done);
    void done.then(() => this.pending.shift());
  }

  /** Settled, never rejected: a failure waits in `failure` until the import asks, instead of being unhandled. */
  private async writeOne(chunk: C): Promise<void> {
    try {
      const counts = await this.writer.write(chunk);
      this.total.inserted += counts.inserted;
      this.total.updated += counts.updated;
    } catch (error) {
      this.failure ??= { error };
    }
  }

  private throwFailure(): void {
    if (this.failure !== null) throw this.failure.error;
  }
}
