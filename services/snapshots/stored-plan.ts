/**
 * Shapes of the succession jsonb stored in a snapshot (engine `SlateEntry[]` and `{ total, items: NearMiss[] }`,
 * each person with the name and unit the review placed them with), validated when read back.
 */
import { z } from 'zod';
import type { JenisJabatan } from '../../analytics/domain/enums.js';
import { isSlateTarget, type PositionSuccession, type RiskFlag, type SlateEntry } from '../../analytics/succession/index.js';
import { createSuccessionPlansRepository, type SuccessionPlanSummaryRow } from '../../db/repositories/succession-plans.repository.js';
import type { SnapshotRead } from './open-snapshot-read.js';

export const StoredGateSchema = z.object({ gate: z.string(), passed: z.boolean(), reason: z.string() });

export const StoredSlateEntrySchema = z.object({
  rank: z.int(),
  employeeId: z.int(),
  nip: z.string(),
  nama: z.string(),
  /** Null only for a plan named after the fact whose person had no placement (never written so since). */
  unitId: z.int().nullable(),
  readiness: z.string(),
  jenis: z.string(),
  kesesuaian: z.string(),
  nilaiTalenta: z.number().nullable(),
  box: z.int(),
  gates: z.array(StoredGateSchema),
});
export const StoredSlateSchema = z.array(StoredSlateEntrySchema);
export type StoredSlateEntry = z.infer<typeof StoredSlateEntrySchema>;

export const StoredNearMissesSchema = z.object({
  total: z.int(),
  items: z.array(z.object({
    employeeId: z.int(), nip: z.string(), nama: z.string(), unitId: z.int().nullable(), box: z.int(), gate: z.string(), reason: z.string(),
  })),
});


/**
 * A stored plan back in the engine's shape, so the unit summaries of a review stored without them are made by the
 * engine's own function (unit-summaries.ts). Near misses are not needed there and are left empty.
 */
export function toPositionSuccession(row: SuccessionPlanSummaryRow & { slate: unknown }): PositionSuccession {
  const jenisJabatan = row.jenisJabatan as JenisJabatan;
  return {
    positionId: row.positionId,
    kode: row.positionKode,
    nama: row.nama,
    jenisJabatan,
    unitId: row.unitId,
    kritikal: row.kritikal,
    incumbentEmployeeId: row.incumbentEmployeeId,
    incumbentRetirementDate: row.incumbentRetirementDate,
    hasSlate: row.kritikal && isSlateTarget(jenisJabatan),
    eligibleCount: row.eligibleCount,
    readyNowCount: row.readyNowCount,
    // Validated above; enum members were written by the engine itself.
    slate: StoredSlateSchema.parse(row.slate) as unknown as SlateEntry[],
    nearMissCount: 0,
    nearMisses: [],
    risks: row.risks as RiskFlag[],
  };
}

/** The stored plans (with slates) of the read's review and unit subtree, in the engine's shape. */
export async function storedPositions(read: SnapshotRead): Promise<PositionSuccession[]> {
  const rows = await createSuccessionPlansRepository({ db: read.db }).listWithSlates(read.review.id, read.unitIds);
  return rows.map(toPositionSuccession);
}
