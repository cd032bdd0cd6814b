/**
 * Succession results of a review snapshot: one plan per position (slate and near misses as jsonb), the slate
 * membership index (`slate_entries`) and what each unit contributes to the bench metrics and retirement outlook
 * (`succession_summaries`). Written in bulk with COPY; replaced whole when a calibration recomputes succession.
 */
import { sql, type SQL } from 'drizzle-orm';
import { copyJson, copyNumber, copyRows, copyText, copyTextArray } from '../bulk-copy.js';
import type { Db } from '../client.js';
import { queryRows } from '../sql.js';

/** The plan columns that are written and read back as they are. */
interface SuccessionPlanColumns {
  positionId: number;
  positionKode: string;
  nama: string;
  jenisJabatan: string;
  unitId: number;
  kritikal: boolean;
  incumbentEmployeeId: number | null;
  incumbentNip: string | null;
  incumbentNama: string | null;
  incumbentUnitId: number | null;
  incumbentRetirementDate: string | null;
  eligibleCount: number;
  readyNowCount: number;
}

export interface SuccessionPlanWriteRow extends SuccessionPlanColumns {
  risks: readonly string[];
  /** The slate and `{ total, items }` of near misses (JSON values, stored as jsonb). */
  slate: unknown;
  nearMisses: unknown;
}

export interface SlateEntryWriteRow {
  positionId: number;
  employeeId: number;
  rank: number;
}

/** What one unit contributes to the bench metrics and retirement outlook of any subtree holding it. */
export interface SuccessionUnitSummaryRow {
  unitId: number;
  criticalPositions: number;
  positionsWithReadyNow: number;
  eligibleSum: number;
  /** `[[employeeId, slates], …]` (JSON). */
  slateLoads: unknown;
  /** `[{ kode, nama, retirementDate, readyNowCount }, …]` (JSON). */
  retiring: unknown;
}

/** A plan without its jsonb payloads, for lists and metrics. */
export interface SuccessionPlanSummaryRow extends SuccessionPlanColumns {
  risks: string[];
}

export interface SuccessionPlanRow extends SuccessionPlanSummaryRow {
  slate: unknown;
  nearMisses: unknown;
}

/** Summary columns, qualified by `alias` so joins stay unambiguous. */
function summaryColumns(alias = 'sp'): SQL {
  const a = alias;
  return sql.raw(`${a}.position_id as "positionId", ${a}.position_kode as "positionKode", ${a}.nama,
  ${a}.jenis_jabatan as "jenisJabatan", ${a}.unit_id as "unitId", (${a}.kritikal = 1) as kritikal,
  ${a}.incumbent_employee_id as "incumbentEmployeeId", ${a}.incumbent_nip as "incumbentNip",
  ${a}.incumbent_nama as "incumbentNama", ${a}.incumbent_unit_id as "incumbentUnitId", ${a}.incumbent_retirement_date::text as "incumbentRetirementDate",
  ${a}.eligible_count as "eligibleCount", ${a}.ready_now_count as "readyNowCount", ${a}.risks`);
}

function unitFilter(unitIds: readonly number[] | null, column = 'unit_id'): SQL {
  return unitIds === null ? sql`true` : sql`${sql.raw(column)} = any(${sql.param([...unitIds])}::int[])`;
}

export function createSuccessionPlansRepository({ db }: { db: Db }) {
  return {
    async insertMany(reviewId: string, rows: readonly SuccessionPlanWriteRow[]) {
      const review = copyText(reviewId);
      await copyRows(db, {
        table: 'succession_plans',
        columns: ['review_id', 'position_id', 'position_kode', 'nama', 'jenis_jabatan', 'unit_id', 'kritikal',
          'incumbent_employee_id', 'incumbent_nip', 'incumbent_nama', 'incumbent_unit_id', 'incumbent_retirement_date',
          'eligible_count', 'ready_now_count', 'risks', 'slate', 'near_misses'],
        line: (r) =>
          `${review}\t${r.positionId}\t${copyText(r.positionKode)}\t${copyText(r.nama)}\t${copyText(r.jenisJabatan)}\t` +
          `${r.unitId}\t${r.kritikal ? 1 : 0}\t${copyNumber(r.incumbentEmployeeId)}\t${copyText(r.incumbentNip)}\t` +
          `${copyText(r.incumbentNama)}\t${copyNumber(r.incumbentUnitId)}\t${copyText(r.incumbentRetirementDate)}\t` +
          `${r.eligibleCount}\t${r.readyNowCount}\t${copyTextArray(r.risks)}\t${copyJson(r.slate)}\t${copyJson(r.nearMisses)}`,
      }, rows);
    },

    async insertSlateEntries(reviewId: string, rows: readonly SlateEntryWriteRow[]) {
      const review = copyText(reviewId);
      await copyRows(db, {
        table: 'slate_entries',
        columns: ['review_id', 'position_id', 'employee_id', 'rank'],
        line: (r) => `${review}\t${r.positionId}\t${r.employeeId}\t${r.rank}`,
      }, rows);
    },

    async insertUnitSummaries(reviewId: string, rows: readonly SuccessionUnitSummaryRow[]) {
      const review = copyText(reviewId);
      await copyRows(db, {
        table: 'succession_summaries',
        columns: ['review_id', 'unit_id', 'critical_positions', 'positions_with_ready_now', 'eligible_sum', 'slate_loads', 'retiring'],
        line: (r) =>
          `${review}\t${r.unitId}\t${r.criticalPositions}\t${r.positionsWithReadyNow}\t${r.eligibleSum}\t${copyJson(r.slateLoads)}\t${copyJson(r.retiring)}`,
      }, rows);
    },

    /** Removes the succession part of a snapshot (before a calibration writes the recomputed one). */
    async deleteByReview(reviewId: string) {
      await db.execute(sql`delete from succession_summaries where review_id = ${reviewId}`);
      await db.execute(sql`delete from slate_entries where review_id = ${reviewId}`);
      await db.execute(sql`delete from succession_plans where review_id = ${reviewId}`);
    },

    async countByReview(reviewId: string): Promise<number> {
      const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from succession_plans where review_id = ${reviewId}`);
      return row?.n ?? 0;
    },

    async findByKode(reviewId: string, positionKode: string): Promise<SuccessionPlanRow | null> {
      const [row] = await queryRows<SuccessionPlanRow>(
        db,
        sql`select ${summaryColumns()}, sp.slate, sp.near_misses as "nearMisses" from succession_plans sp
            where sp.review_id = ${reviewId} and sp.position_kode = ${positionKode} limit 1`,
      );
      return row ?? null;
    },

    /** Plans of positions in the given units (null: all), ordered by kode. */
    async listSummaries(reviewId: string, unitIds: readonly number[] | null): Promise<SuccessionPlanSummaryRow[]> {
      return queryRows<SuccessionPlanSummaryRow>(
        db,
        sql`select ${summaryColumns()} from succession_plans sp where sp.review_id = ${reviewId} and ${unitFilter(unitIds, 'sp.unit_id')}
            order by sp.position_kode`,
      );
    },

    /** Critical positions with at least one risk flag in the given units (null: all), ordered by kode. */
    async listCriticalAtRisk(reviewId: string, unitIds: readonly number[] | null): Promise<SuccessionPlanSummaryRow[]> {
      return queryRows<SuccessionPlanSummaryRow>(
        db,
        sql`select ${summaryColumns()} from succession_plans sp
            where sp.review_id = ${reviewId} and sp.kritikal = 1 and cardinality(sp.risks) > 0 and ${unitFilter(unitIds, 'sp.unit_id')}
            order by sp.position_kode`,
      );
    },

    /** The unit summaries of the given units (null: all). */
    async listUnitSummaries(reviewId: string, unitIds: readonly number[] | null): Promise<SuccessionUnitSummaryRow[]> {
      return queryRows<SuccessionUnitSummaryRow>(
        db,
        sql`select unit_id as "unitId", critical_positions as "criticalPositions", positions_with_ready_now as "positionsWithReadyNow",
              eligible_sum as "eligibleSum", slate_loads as "slateLoads", retiring
            from succession_summaries where review_id = ${reviewId} and ${unitFilter(unitIds)}`,
      );
    },

    /** False for a review whose succession was stored without unit summaries (by an earlier release). */
    async hasUnitSummaries(reviewId: string): Promise<boolean> {
      const [row] = await queryRows<{ stored: boolean }>(
        db,
        sql`select exists (select 1 from succession_summaries where review_id = ${reviewId}) as stored`,
      );
      return row?.stored ?? false;
    },

    /**
     * Plans of positions in the given units (null: all) with their slates: the committee pack's slates, and the bench
     * figures of a review stored without unit summaries.
     */
    async listWithSlates(reviewId: string, unitIds: readonly number[] | null): Promise<Array<SuccessionPlanSummaryRow & { slate: unknown }>> {
      return queryRows<SuccessionPlanSummaryRow & { slate: unknown }>(
        db,
        sql`select ${summaryColumns()}, sp.slate from succession_plans sp
            where sp.review_id = ${reviewId} and ${unitFilter(unitIds, 'sp.unit_id')} order by sp.position_kode`,
      );
    },

    /** Plans whose slate lists the employee, with their slates (to read rank and readiness). */
    async listPlansWithEmployee(reviewId: string, employeeId: number): Promise<SuccessionPlanRow[]> {
      return queryRows<SuccessionPlanRow>(
        db,
        sql`select ${summaryColumns()}, sp.slate, sp.near_misses as "nearMisses"
            from slate_entries se join succession_plans sp
              on sp.review_id = se.review_id and sp.position_id = se.position_id
            where se.review_id = ${reviewId} and se.employee_id = ${employeeId} order by se.rank, sp.position_kode`,
      );
    },
  };
}

export type SuccessionPlansRepository = ReturnType<typeof createSuccessionPlansRepository>;
