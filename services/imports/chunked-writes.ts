/**
 * Accepted rows of a file, written in chunks while the rest of the file is still read and checked: the database (a
 * thread of its own for PGlite, a process of its own for PostgreSQL) writes one chunk while this thread checks the
 * next, instead of everything waiting for the end of the file. One chunk is written at a time, in file order, so
 * memory holds about two chunks, not the file. Every write belongs to the import's one transaction.
 */
import type { UpsertCounts } from '../../db/repositories/imports/bulk-upsert.js';

/** Rows per write: big enough to amortise a statement, small enough that the last write (not overlapped) is short. */
export const WRITE_CHUNK_ROWS = 5000;

type Settled = { ok: true; counts: UpsertCounts } | { ok: false; error: unknown };

export class ChunkedWrites<C extends Record<string, unknown[]>> {
  private chunk: C;
  private writing: Promise<Settled> | null = null;
  private readonly total: UpsertCounts = { inserted: 0, updated: 0 };

  /**
   * @param empty - a chunk with no rows (one empty array per column)
   * @param write - writes one chunk, returning its counts
   */
  constructor(
    private readonly empty: () => C,
    private readonly write: (chunk: C) => Promise<UpsertCounts>,
    private readonly chunkRows = WRITE_CHUNK_ROWS,
  ) {
    this.chunk = empty();
  }

  /** The chunk being filled: push each accepted row's values onto its columns. */
  get rows(): C {
    return this.chunk;
  }

  private get buffered(): number {
    for (const column in this.chunk) return this.chunk[column]!.length;
    return 0;
  }

  /**
   * Once a chunk is full: waits for the previous write (throwing its failure), then starts writing this chunk and
   * returns without waiting for it.
   */
  async writeFull(): Promise<void> {
    if (this.buffered < this.chunkRows) return;
    await this.settle();
    this.start();
  }

  /** Writes what is left, after the write in progress; @returns the counts of every row written. */
  async finish(): Promise<UpsertCounts> {
    await this.settle();
    if (this.buffered > 0) {
      this.start();
      await this.settle();
    }
    return { ...this.total };
  }

  /** After a failure elsewhere: waits for the write in progress (its own failure ignored), so none outlives the transaction. */
  async abandon(): Promise<void> {
    await this.writing;
    this.writing = null;
  }

  private start(): void {
    const chunk = this.chunk;
    this.chunk = this.empty();
    // Settled, never rejected: a failure waits here until the import asks, instead of being an unhandled rejection.
    this.writing = this.write(chunk).then(
      (counts): Settled => ({ ok: true, counts }),
      (error: unknown): Settled => ({ ok: false, error }),
    );
  }

  private async settle(): Promise<void> {
    const writing = this.writing;
    if (writing === null) return;
    this.writing = null;
    const settled = await writing;
    if (!settled.ok) throw settled.error;
    this.total.inserted += settled.counts.inserted;
    this.total.updated += settled.counts.updated;
  }
}
