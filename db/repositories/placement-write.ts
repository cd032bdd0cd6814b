/**
 * The writing of a review snapshot's placements: rows as COPY lines (see db/bulk-copy.ts), counted per (unit, box) as
 * they are encoded, the counts written once every row is in. A write may span several statements and transactions
 * (the embedded database writes a review's placements in short pieces, services/reviews/write-snapshot-ahead.ts).
 */
import { sql } from 'drizzle-orm';
import { copyBatches, copyJsonText, copyNumber, copyText, copyTextArray, type Batch, type Batches, type CopyTarget } from '../bulk-copy.js';
import type { Db } from '../client.js';
import type { placements } from '../schema/reviews.js';
import { UnitBoxTally } from './unit-box-tally.js';

export type PlacementWriteRow = Omit<typeof placements.$inferSelect, 'reviewId' | 'calibratedBox' | 'effectiveBox' | 'unratedReasons' | 'flags' | 'explanation'> & {
  unratedReasons: readonly string[];
  flags: readonly string[];
  /**
   * The employee's own part of the explanation as JSON text. Rows are made as the COPY takes them, a few thousand at
   * a time, so a million explanations never exist as JSON text at once.
   */
  explanationJson: string;
};

/** A placement row as one COPY line (the generated effective box and the unset calibrated box are left out). */
function placementCopy(reviewId: string): CopyTarget<PlacementWriteRow> {
  const review = copyText(reviewId);
  return {
    table: 'placements',
    columns: ['review_id', 'employee_id', 'nip', 'nama', 'jenis_pegawai', 'golongan', 'pendidikan', 'position_id',
      'position_kode', 'jabatan', 'jenis_jabatan', 'unit_id', 'unit_kode', 'unit_nama', 'kinerja_score', 'kinerja_level',
      'potensial_score', 'potensial_level', 'box', 'nilai_talenta', 'unrated_reasons', 'flags', 'explanation'],
    line: (r) =>
      `${review}\t${r.employeeId}\t${copyText(r.nip)}\t${copyText(r.nama)}\t${copyText(r.jenisPegawai)}\t${copyText(r.golongan)}\t` +
      `${copyText(r.pendidikan)}\t${r.positionId}\t${copyText(r.positionKode)}\t${copyText(r.jabatan)}\t` +
      `${copyText(r.jenisJabatan)}\t${r.unitId}\t${copyText(r.unitKode)}\t${copyText(r.unitNama)}\t` +
      `${copyNumber(r.kinerjaScore)}\t${copyText(r.kinerjaLevel)}\t${copyNumber(r.potensialScore)}\t` +
      `${copyText(r.potensialLevel)}\t${copyNumber(r.box)}\t${copyNumber(r.nilaiTalenta)}\t` +
      `${copyTextArray(r.unratedReasons)}\t${copyTextArray(r.flags)}\t${copyJsonText(r.explanationJson)}`,
  };
}

/** A review's placements written in one or more COPY statements, then their counts per (unit, box). */
export interface PlacementWrite {
  /**
   * Copies the rows of every batch with one COPY in `db` (the caller's transaction of the moment), counting them per
   * (unit, box) as they are encoded. `onRows` hears how many this call handed over so far.
   */
  copy(db: Db, batches: Batches<PlacementWriteRow>, onRows?: (written: number) => void): Promise<void>;
  /** Writes the counts of every row copied so far, with one statement; called once, after the last `copy`. */
  writeCounts(db: Db): Promise<void>;
}

/** Starts writing a review's placements: the only writer of a snapshot's placements and their counts. */
export function startPlacementWrite(reviewId: string): PlacementWrite {
  const target = placementCopy(reviewId);
  const tally = new UnitBoxTally();
  return {
    async copy(db, batches, onRows) {
      async function* lines(): AsyncGenerator<Batch<string>> {
        for await (const batch of batches) {
          yield {
            size: batch.size,
            at: (k) => {
              const row = batch.at(k);
              tally.add(row.unitId, row.box);
              return target.line(row, k);
            },
          };
        }
      }
      await copyBatches(db, target.table, target.columns, lines(), onRows);
    },
    async writeCounts(db) {
      const counts = tally.rows();
      if (counts.length === 0) return;
      await db.execute(sql`insert into placement_box_counts (review_id, unit_id, box, count)
        select ${reviewId}, unit_id, box, count
        from unnest(${sql.param(counts.map((c) => c.unitId))}::int[], ${sql.param(counts.map((c) => c.box))}::smallint[],
                    ${sql.param(counts.map((c) => c.count))}::int[]) as c(unit_id, box, count)`);
    },
  };
}

