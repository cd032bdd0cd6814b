/**
 * Succession results of a review snapshot: one plan per position (slate and near misses as jsonb) and the
 * slate membership index (`slate_entries`). Written in bulk with `unnest`; replaced whole when a calibration
 * recomputes succession.
 */
import { sql, type SQL } from 'drizzle-orm';
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
  incumbentRetirementDate: string | null;
  eligibleCount: number;
  readyNowCount: number;
}

export interface SuccessionPlanWriteRow extends SuccessionPlanColumns {
  risks: readonly string[];
  slateJson: string;
  nearMissesJson: string;
}

export interface SlateEntryWriteRow {
  positionId: number;
  employeeId: number;
  rank: number;
}

/** A plan without its jsonb payloads, for lists and metrics. */
export interface SuccessionPlanSummaryRow extends SuccessionPlanColumns {
  risks: string[];
}

export interface SuccessionPlanRow extends SuccessionPlanSummaryRow {
  slate: unknown;
  nearMisses: unknown;
}

const CHUNK = 5_000;

/** Summary columns, qualified by `alias` so joins stay unambiguous. */
function summaryColumns(alias = 'sp'): SQL {
  const a = alias;
  return sql.raw(`${a}.position_id as "positionId", ${a}.position_kode as "positionKode", ${a}.nama,
  ${a}.jenis_jabatan as "jenisJabatan", ${a}.unit_id as "unitId", (${a}.kritikal = 1) as kritikal,
  ${a}.incumbent_employee_id as "incumbentEmployeeId", ${a}.incumbent_retirement_date::text as "incumbentRetirementDate",
  ${a}.eligible_count as "eligibleCount", ${a}.ready_now_count as "readyNowCount", ${a}.risks`);
}

function unitFilter(unitIds: readonly number[] | null, column = 'unit_id'): SQL {
  return unitIds === null ? sql`true` : sql`${sql.raw(column)} = any(${sql.param([...unitIds])}::int[])`;
}

export function createSuccessionPlansRepository({ db }: { db: Db }) {
  return {
    async insertMany(reviewId: string, rows: readonly SuccessionPlanWriteRow[]) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        const col = <T>(pick: (r: SuccessionPlanWriteRow) => T) => sql.param(chunk.map(pick));
        await db.execute(sql`
          insert into succession_plans (review_id, position_id, position_kode, nama, jenis_jabatan, unit_id, kritikal,
            incumbent_employee_id, incumbent_retirement_date, eligible_count, ready_now_count, risks, slate, near_misses)
          select ${reviewId}::uuid, u.pos, u.kode, u.nama, u.jenis, u.unit, u.kritikal, u.inc, u.pensiun::date, u.eligible,
            u.ready, case when u.risks = '' then '{}'::text[] else string_to_array(u.risks, ',') end,
            u.slate::jsonb, u.near::jsonb
          from unnest(${col((r) => r.positionId)}::int[], ${col((r) => r.positionKode)}::text[], ${col((r) => r.nama)}::text[],
            ${col((r) => r.jenisJabatan)}::text[], ${col((r) => r.unitId)}::int[], ${col((r) => (r.kritikal ? 1 : 0))}::int[],
            ${col((r) => r.incumbentEmployeeId)}::int[], ${col((r) => r.incumbentRetirementDate)}::text[],
            ${col((r) => r.eligibleCount)}::int[], ${col((r) => r.readyNowCount)}::int[], ${col((r) => r.risks.join(','))}::text[],
            ${col((r) => r.slateJson)}::text[], ${col((r) => r.nearMissesJson)}::text[])
            as u(pos, kode, nama, jenis, unit, kritikal, inc, pensiun, eligible, ready, risks, slate, near)`);
      }
    },

    async insertSlateEntries(reviewId: string, rows: readonly SlateEntryWriteRow[]) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await db.execute(sql`
          insert into slate_entries (review_id, position_id, employee_id, rank)
          select ${reviewId}::uuid, u.pos, u.emp, u.rank
          from unnest(${sql.param(chunk.map((r) => r.positionId))}::int[], ${sql.param(chunk.map((r) => r.employeeId))}::int[],
                      ${sql.param(chunk.map((r) => r.rank))}::int[]) as u(pos, emp, rank)`);
      }
    },

    /** Removes the succession part of a snapshot (before a calibration writes the recomputed one). */
    async deleteByReview(reviewId: string) {
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

    /** Plans of positions in the given units (null: all) with their slates, for bench metrics and projections. */
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

    /** Employees on at least `threshold` slates of critical positions in the given units (null: all). */
    async countOverloaded(reviewId: string, unitIds: readonly number[] | null, threshold: number): Promise<number> {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from (
              select se.employee_id from slate_entries se join succession_plans sp
                on sp.review_id = se.review_id and sp.position_id = se.position_id
              where se.review_id = ${reviewId} and sp.kritikal = 1 and ${unitFilter(unitIds, 'sp.unit_id')}
              group by se.employee_id having count(*) >= ${threshold}) o`,
      );
      return row?.n ?? 0;
    },
  };
}

export type SuccessionPlansRepository = ReturnType<typeof createSuccessionPlansRepository>;
