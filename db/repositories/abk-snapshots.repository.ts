/**
 * The ABK part of a review snapshot: one `abk_snapshots` row per review and one `abk_positions` row per ABK
 * position, jsonb payloads written as the engine produced them. Written in bulk with `unnest` inside the snapshot's
 * transaction; replaced whole when a calibration recomputes it.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { queryRows } from '../sql.js';

export interface AbkSnapshotWriteRow {
  tahun: number | null;
  inputsHash: string;
  inputsJson: string;
  years: readonly number[];
  totalJson: string;
  unitsJson: string;
  outlookTotalsJson: string;
  redistributionJson: string;
}

export interface AbkSnapshotRow {
  tahun: number | null;
  inputsHash: string;
  years: number[];
  total: unknown;
  units: unknown;
  outlookTotals: unknown;
  redistribution: unknown;
}

interface AbkPositionColumns {
  positionId: number;
  positionKode: string;
  unitId: number;
  unitKode: string;
  unitNama: string;
  kurang: number;
  lebih: number;
  priorityRank: number | null;
}

export interface AbkPositionWriteRow extends AbkPositionColumns {
  balanceJson: string;
  outlookJson: string;
  priorityJson: string | null;
}

export interface AbkPositionRow extends AbkPositionColumns {
  balance: unknown;
  outlook: unknown;
  priority: unknown;
}

const CHUNK = 5_000;

function unitFilter(unitIds: readonly number[] | null): SQL {
  return unitIds === null ? sql`true` : sql`unit_id = any(${sql.param([...unitIds])}::int[])`;
}

export function createAbkSnapshotsRepository({ db }: { db: Db }) {
  return {
    async insert(reviewId: string, row: AbkSnapshotWriteRow, positions: readonly AbkPositionWriteRow[]): Promise<void> {
      await db.execute(sql`
        insert into abk_snapshots (review_id, tahun, inputs_hash, inputs, years, total, units, outlook_totals, redistribution)
        values (${reviewId}::uuid, ${row.tahun}, ${row.inputsHash}, ${row.inputsJson}::jsonb, ${sql.param([...row.years])}::int[],
          ${row.totalJson}::jsonb,
          ${row.unitsJson}::jsonb, ${row.outlookTotalsJson}::jsonb, ${row.redistributionJson}::jsonb)`);
      for (let start = 0; start < positions.length; start += CHUNK) {
        const chunk = positions.slice(start, start + CHUNK);
        const col = <T>(pick: (r: AbkPositionWriteRow) => T) => sql.param(chunk.map(pick));
        await db.execute(sql`
          insert into abk_positions (review_id, position_id, position_kode, unit_id, unit_kode, unit_nama, kurang, lebih,
            priority_rank, balance, outlook, priority)
          select ${reviewId}::uuid, u.pos, u.kode, u.unit, u.unit_kode, u.unit_nama, u.kurang, u.lebih, u.rank,
            u.balance::jsonb, u.outlook::jsonb, u.priority::jsonb
          from unnest(${col((r) => r.positionId)}::int[], ${col((r) => r.positionKode)}::text[], ${col((r) => r.unitId)}::int[],
            ${col((r) => r.unitKode)}::text[], ${col((r) => r.unitNama)}::text[], ${col((r) => r.kurang)}::int[],
            ${col((r) => r.lebih)}::int[], ${col((r) => r.priorityRank)}::int[], ${col((r) => r.balanceJson)}::text[],
            ${col((r) => r.outlookJson)}::text[], ${col((r) => r.priorityJson)}::text[])
            as u(pos, kode, unit, unit_kode, unit_nama, kurang, lebih, rank, balance, outlook, priority)`);
      }
    },

    async deleteByReview(reviewId: string): Promise<void> {
      await db.execute(sql`delete from abk_positions where review_id = ${reviewId}::uuid`);
      await db.execute(sql`delete from abk_snapshots where review_id = ${reviewId}::uuid`);
    },

    async find(reviewId: string): Promise<AbkSnapshotRow | null> {
      const [row] = await queryRows<AbkSnapshotRow>(
        db,
        sql`select tahun, inputs_hash as "inputsHash", years, total, units, outlook_totals as "outlookTotals", redistribution
            from abk_snapshots where review_id = ${reviewId}::uuid`,
      );
      return row ?? null;
    },

    /** The ABK year and the ABK rows the snapshot was computed from (null when the review has no ABK part). */
    async findInputs(reviewId: string): Promise<{ tahun: number | null; inputs: unknown } | null> {
      const [row] = await queryRows<{ tahun: number | null; inputs: unknown }>(
        db,
        sql`select tahun, inputs from abk_snapshots where review_id = ${reviewId}::uuid`,
      );
      return row ?? null;
    },

    /** Positions of the review in a unit subtree (null: all), in position-code order. */
    async listPositions(reviewId: string, unitIds: readonly number[] | null): Promise<AbkPositionRow[]> {
      return queryRows<AbkPositionRow>(
        db,
        sql`select position_id as "positionId", position_kode as "positionKode", unit_id as "unitId", unit_kode as "unitKode",
              unit_nama as "unitNama", kurang, lebih, priority_rank as "priorityRank", balance, outlook, priority
            from abk_positions where review_id = ${reviewId}::uuid and ${unitFilter(unitIds)} order by position_kode`,
      );
    },
  };
}
