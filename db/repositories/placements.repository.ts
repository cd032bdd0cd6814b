/**
 * Placements of a review snapshot: bulk writes (COPY) and the reads the talent views need. Every view
 * reads the stored `effective_box` column (calibrated ?? computed, contract §2.3), never recomputes it. The counts per
 * (unit, effective box) in `placement_box_counts` are kept in step by the only two writers of boxes: the snapshot's
 * write (placement-write.ts) and calibration.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Batches } from '../bulk-copy.js';
import type { Db } from '../client.js';
import type { placements } from '../schema/reviews.js';
import { queryRows } from '../sql.js';
import { startPlacementWrite, type PlacementWriteRow } from './placement-write.js';

/** A stored placement as the table defines it: every read type below is a part of it. */
export type PlacementRecord = typeof placements.$inferSelect;

/** A placement as the list and profile views read it (no explanation); `effectiveBox` is the box every view uses. */
export type PlacementReadRow = Omit<PlacementRecord, 'reviewId' | 'explanation'>;

/** A placement with its explanation (the profile). */
export type PlacementDetailRow = PlacementReadRow & Pick<PlacementRecord, 'explanation'>;

/** One employee's placement in one completed review (box history). */
export type BoxHistoryRow = Pick<PlacementRecord, 'reviewId' | 'box' | 'calibratedBox' | 'effectiveBox' | 'nilaiTalenta'> & {
  asOf: string;
};

/** Who sits in which effective box (transitions). */
export type EffectiveBoxRow = Pick<PlacementRecord, 'employeeId' | 'nip' | 'nama' | 'effectiveBox'>;

/** A placement's explanation as stored: the employee's own part, and the part every explanation of its review shares. */
export interface StoredExplanationColumns {
  explanation: unknown;
  explanationConstants: unknown;
}

const READ_COLUMNS = sql.raw(`employee_id as "employeeId", nip, nama, jenis_pegawai as "jenisPegawai", golongan, pendidikan,
  position_id as "positionId", position_kode as "positionKode", jabatan, jenis_jabatan as "jenisJabatan",
  unit_id as "unitId", unit_kode as "unitKode", unit_nama as "unitNama", kinerja_score as "kinerjaScore",
  kinerja_level as "kinerjaLevel", potensial_score as "potensialScore", potensial_level as "potensialLevel",
  box, calibrated_box as "calibratedBox", effective_box as "effectiveBox", nilai_talenta as "nilaiTalenta",
  unrated_reasons as "unratedReasons", flags`);

/** @param column - the unit column, qualified when a query joins placements to itself */
function unitFilter(unitIds: readonly number[] | null, column: SQL = sql.raw('unit_id')): SQL {
  return unitIds === null ? sql`true` : sql`${column} = any(${sql.param([...unitIds])}::int[])`;
}

/** Keyset position in the placement list: the last row's nilai talenta and NIP. */
export interface PlacementCursor {
  nilaiTalenta: number;
  nip: string;
}

/**
 * Orders of the placement list: highest nilai talenta first (the talent views) or lowest first (who needs attention
 * most); equal scores by NIP ascending either way.
 */
export const PLACEMENT_ORDERS = ['highestFirst', 'lowestFirst'] as const;
export type PlacementOrder = (typeof PLACEMENT_ORDERS)[number];

export function createPlacementsRepository({ db }: { db: Db }) {
  return {
    /**
     * Inserts the rows of every batch with one COPY (see db/bulk-copy.ts), each row made by its batch only as its line
     * is encoded; batches may still be arriving (a review's pages, read and scored while the first are written).
     * `onRows` hears how many were handed over so far. The counts per (unit, box) are written after the rows.
     */
    async insertMany(reviewId: string, batches: Batches<PlacementWriteRow>, onRows?: (written: number) => void) {
      const write = startPlacementWrite(reviewId);
      await write.copy(db, batches, onRows);
      await write.writeCounts(db);
    },

    /** Removes a review's placements and their counts. */
    async deleteByReview(reviewId: string) {
      await db.execute(sql`delete from placements where review_id = ${reviewId}`);
      await db.execute(sql`delete from placement_box_counts where review_id = ${reviewId}`);
    },

    /**
     * Employees per effective box (null = BELUM_TERPETAKAN) inside the units given (null = all), boxes with none left
     * out: the stored counts of those units added up (never a pass over the placements).
     */
    async gridCounts(reviewId: string, unitIds: readonly number[] | null) {
      return queryRows<{ box: number | null; count: number }>(
        db,
        sql`select box::int as box, sum(count)::int as count from placement_box_counts
            where review_id = ${reviewId} and ${unitFilter(unitIds)} group by 1 having sum(count) > 0 order by 1`,
      );
    },

    /**
     * One page of placed employees in `order` (nilai talenta, then NIP ascending), after `cursor`.
     * @param boxes - effective boxes to keep (null: every placed employee)
     */
    async listPage(input: {
      reviewId: string;
      unitIds: readonly number[] | null;
      boxes: readonly number[] | null;
      order: PlacementOrder;
      limit: number;
      after?: PlacementCursor;
    }): Promise<PlacementReadRow[]> {
      const boxFilter = input.boxes === null
        ? sql`box is not null`
        : sql`effective_box = any(${sql.param([...input.boxes])}::int[])`;
      const lowestFirst = input.order === 'lowestFirst';
      // Past the cursor's row: a score further along the order, or the same score and a later NIP.
      const further = lowestFirst ? sql`>` : sql`<`;
      const after = input.after
        ? sql`(nilai_talenta ${further} ${input.after.nilaiTalenta} or (nilai_talenta = ${input.after.nilaiTalenta} and nip > ${input.after.nip}))`
        : sql`true`;
      const byScore = lowestFirst ? sql`nilai_talenta asc` : sql`nilai_talenta desc`;
      return queryRows<PlacementReadRow>(
        db,
        sql`select ${READ_COLUMNS} from placements
            where review_id = ${input.reviewId} and ${unitFilter(input.unitIds)} and ${boxFilter} and ${after}
            order by ${byScore}, nip asc limit ${input.limit}`,
      );
    },

    /**
     * One placement with its stored explanation and the review's shared explanation part (null for a review
     * completed by an earlier release, whose explanations are stored whole).
     */
    async findByNip(reviewId: string, nip: string): Promise<(PlacementDetailRow & StoredExplanationColumns) | null> {
      const [row] = await queryRows<PlacementDetailRow & StoredExplanationColumns>(
        db,
        sql`select ${READ_COLUMNS}, explanation, (select rc.explanation from review_constants rc where rc.review_id = placements.review_id)
              as "explanationConstants"
            from placements
            where review_id = ${reviewId} and employee_id = (
              select e.id from employees e join reviews r on r.instansi_id = e.instansi_id where r.id = ${reviewId} and e.nip = ${nip})`,
      );
      return row ?? null;
    },

    async findByEmployeeIds(reviewId: string, employeeIds: readonly number[]): Promise<PlacementReadRow[]> {
      if (employeeIds.length === 0) return [];
      return queryRows<PlacementReadRow>(
        db,
        sql`select ${READ_COLUMNS} from placements
            where review_id = ${reviewId} and employee_id = any(${sql.param([...employeeIds])}::int[])`,
      );
    },

    /**
     * Every placement of a review without explanations (calibration recomputes succession from these), with the JPM
     * of the assessment the nine-box used (null when none).
     */
    async listAllForReview(reviewId: string): Promise<Array<PlacementReadRow & { jpm: number | null }>> {
      return queryRows<PlacementReadRow & { jpm: number | null }>(
        db,
        sql`select ${READ_COLUMNS}, (explanation->'potensial'->'kompetensi'->>'jpm')::float8 as jpm
            from placements where review_id = ${reviewId} order by employee_id`,
      );
    },

    /** Box of one NIP in every COMPLETED review of the instansi, oldest first. */
    async historyByNip(instansiId: number, nip: string) {
      return queryRows<BoxHistoryRow>(
        db,
        sql`select r.id as "reviewId", r.as_of::text as "asOf", p.box, p.calibrated_box as "calibratedBox",
                   p.effective_box as "effectiveBox", p.nilai_talenta as "nilaiTalenta"
            from employees e
            join reviews r on r.instansi_id = e.instansi_id and r.status = 'COMPLETED'
            join placements p on p.review_id = r.id and p.employee_id = e.id
            where e.instansi_id = ${instansiId} and e.nip = ${nip}
            order by r.as_of, r.finished_at, r.id`,
      );
    },

    /** Effective box (null = BELUM_TERPETAKAN) of every employee of a review inside the units given (null = all). */
    async effectiveBoxes(reviewId: string, unitIds: readonly number[] | null) {
      return queryRows<EffectiveBoxRow>(
        db,
        sql`select employee_id as "employeeId", nip, nama, effective_box::int as "effectiveBox" from placements
            where review_id = ${reviewId} and ${unitFilter(unitIds)} order by employee_id`,
      );
    },

    /**
     * Effective boxes in `reviewIds` of the employees who may be stuck in one box: placed in `reviewId` inside the
     * units given (null = all) with the same effective box in `previousReviewId`. Everyone else has a streak of one.
     */
    async sameBoxCandidateHistories(input: {
      reviewId: string;
      previousReviewId: string;
      reviewIds: readonly string[];
      unitIds: readonly number[] | null;
    }) {
      return queryRows<Pick<PlacementRecord, 'employeeId' | 'reviewId' | 'effectiveBox'>>(
        db,
        sql`select h.employee_id as "employeeId", h.review_id::text as "reviewId", h.effective_box::int as "effectiveBox"
            from placements h
            where h.review_id = any(${sql.param([...input.reviewIds])}::uuid[])
              and h.employee_id in (
                select c.employee_id from placements c
                join placements p on p.review_id = ${input.previousReviewId} and p.employee_id = c.employee_id
                where c.review_id = ${input.reviewId} and ${unitFilter(input.unitIds, sql.raw('c.unit_id'))}
                  and c.effective_box = p.effective_box)
            order by h.employee_id`,
      );
    },

    /**
     * Sets the calibrated box of one employee (the generated `effective_box` follows) and moves one from the count of
     * their unit's old effective box to the new one's, whose row may not exist yet, in the same statement. Every part
     * of a statement reads the rows as they were before it, so `before` is the placement before the update.
     * @throws when the old box had no count to take from: the counts no longer match the placements
     */
    async setCalibratedBox(reviewId: string, employeeId: number, box: number) {
      const [moved] = await queryRows<{ moved: number; taken: number }>(db, sql`
        with before as (
          select unit_id, effective_box from placements where review_id = ${reviewId} and employee_id = ${employeeId}
        ), after as (
          update placements set calibrated_box = ${box} where review_id = ${reviewId} and employee_id = ${employeeId}
          returning effective_box
        ), moved as (
          select before.unit_id, before.effective_box as from_box, after.effective_box as to_box from before, after
          where before.effective_box is distinct from after.effective_box
        ), taken as (
          update placement_box_counts c set count = c.count - 1 from moved
          where c.review_id = ${reviewId} and c.unit_id = moved.unit_id and c.box is not distinct from moved.from_box
          returning 1
        ), given as (
          insert into placement_box_counts as c (review_id, unit_id, box, count)
          select ${reviewId}, unit_id, to_box, 1 from moved
          on conflict (review_id, unit_id, box) do update set count = c.count + 1
        )
        select (select count(*) from moved)::int as moved, (select count(*) from taken)::int as taken`);
      if (moved!.moved !== moved!.taken) throw new Error(`placement box counts of review ${reviewId} do not match its placements`);
    },

    /** How many employees present in both reviews went from each effective box to each other one. */
    async boxPairCounts(reviewId: string, previousReviewId: string) {
      return queryRows<{ from: number | null; to: number | null; count: number }>(
        db,
        sql`select p.effective_box::int as "from", c.effective_box::int as "to",
                   count(*)::int as count
            from placements c join placements p on p.review_id = ${previousReviewId} and p.employee_id = c.employee_id
            where c.review_id = ${reviewId}
            group by 1, 2`,
      );
    },
  };
}

export type PlacementsRepository = ReturnType<typeof createPlacementsRepository>;
