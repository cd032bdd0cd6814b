/** The shape every per-kind importer has: validate rows one at a time against all that came before, then write. */
import type { Db } from '../../db/client.js';
import type { UpsertCounts } from '../../db/repositories/imports/bulk-upsert.js';
import type { ReportNote } from './import-report.schema.js';
import { RowProblem, type RowReader } from './row-fields.js';

export interface RowBatch {
  /**
   * Checks one row against the contract, the stored data and the earlier valid rows of the file, and buffers it.
   * @throws RowProblems listing every problem when the row is rejected (nothing of it is kept)
   */
  accept(r: RowReader): void;
  /**
   * Lets the database write accepted rows while the rest of the file is read (`ChunkedWrites`): starts a
   * write when a chunk is full, after the previous one ended, and throws a failed write's error. Kinds that must see
   * the whole file before writing (the unit tree, ABK task lists) leave it out and write everything in `flush`.
   */
  writeAhead?(): Promise<void>;
  /** After a failure elsewhere: waits for a write still in progress, so the transaction ends with none in flight. */
  abandon?(): Promise<void>;
  /** Writes the rows not written yet; the counts are of every row of the file. `unchanged` is what was accepted but neither inserted nor updated. */
  flush(): Promise<UpsertCounts>;
  /** Remarks on accepted rows for the report, read after {@link RowBatch.flush}; most kinds have none. */
  notes?(): ReportNote[];
}

/** Opens a batch for one file: loads the references of the instansi it validates against, inside the transaction. */
export type KindImporter = (args: {
  db: Db;
  instansiId: number;
  now: Date;
  /** The embedded database (PGlite), Talenta's alone: writers may use what only its superuser may (see the employees writer). */
  embedded: boolean;
}) => Promise<RowBatch>;

/**
 * Natural keys of the valid rows seen in the file. A second row with the same key is rejected naming the first,
 * because silently letting the last one win hides a data error, and one statement cannot upsert one key twice.
 * A key is checked while the row is validated and recorded only once the row is accepted.
 */
export class NaturalKeys {
  private readonly rows = new Map<string, number>();

  /** @throws RowProblem when the key belongs to an earlier valid row */
  assertNew(key: string, column: string, value: string): void {
    const first = this.rows.get(key);
    if (first !== undefined) throw new RowProblem(column, value, `duplikat: data yang sama sudah ada di baris ${first}`);
  }

  record(key: string, row: number): void {
    this.rows.set(key, row);
  }
}
