/**
 * Critical positions with a risk flag in a unit subtree, most urgent first, with their unit, kind and the incumbent's
 * retirement date: the list leaders work through ("risiko", "jabatan kosong", "jabatan tanpa pengganti siap").
 * Position-level data only: `aggregates.read`.
 *
 * Urgency: a vacant post first, then an incumbent retiring soon (sooner first), then no ready-now successor, then a
 * thin bench or a shortage by the workload analysis (ABK); flags add up, so a vacant post without a ready successor outranks either alone. Equal urgency: the
 * higher post first (JPT before administrator before pengawas), then fewer eligible successors, then kode.
 */
import { z } from 'zod';
import type { RiskFlag } from '../../analytics/succession/index.js';
import { createSuccessionPlansRepository, type SuccessionPlanSummaryRow } from '../../db/repositories/succession-plans.repository.js';
import { InstansiKode, Kode, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';

export const RiskPrioritiesSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  positions: z.array(
    z.object({
      kode: z.string(),
      nama: z.string(),
      unit: UnitRefSchema,
      jenisJabatan: z.string(),
      risks: z.array(z.string()),
      readyNow: z.int(),
      eligible: z.int(),
      /** When the incumbent reaches BUP; null when vacant or unknown. */
      incumbentRetirementDate: z.iso.date().nullable(),
    }),
  ),
});
export type RiskPriorities = z.infer<typeof RiskPrioritiesSchema>;

export const GetRiskPrioritiesInput = z.object({ instansiKode: InstansiKode, unitKode: Kode.optional(), reviewId: ReviewRef.default('latest') });
export type GetRiskPrioritiesInput = z.input<typeof GetRiskPrioritiesInput>;

/** Typed by the engine's flags, so a new flag must be weighed here. */
const FLAG_WEIGHT: Readonly<Record<RiskFlag, number>> = { KOSONG: 8, PEMANGKU_PENSIUN: 4, TANPA_SIAP_SEKARANG: 2, BANGKU_TIPIS: 1, KURANG_ABK: 1 };
const LEVEL: Readonly<Record<string, number>> = { JPT_UTAMA: 5, JPT_MADYA: 4, JPT_PRATAMA: 3, ADMINISTRATOR: 2, PENGAWAS: 1 };

function urgency(row: SuccessionPlanSummaryRow): number {
  return row.risks.reduce((sum, flag) => sum + ((FLAG_WEIGHT as Readonly<Record<string, number>>)[flag] ?? 0), 0);
}

/** Most urgent first (see the file comment). */
function compareRiskUrgency(a: SuccessionPlanSummaryRow, b: SuccessionPlanSummaryRow): number {
  return (
    urgency(b) - urgency(a) ||
    (a.incumbentRetirementDate ?? '9999').localeCompare(b.incumbentRetirementDate ?? '9999') ||
    (LEVEL[b.jenisJabatan] ?? 0) - (LEVEL[a.jenisJabatan] ?? 0) ||
    a.eligibleCount - b.eligibleCount ||
    a.positionKode.localeCompare(b.positionKode)
  );
}

export const getRiskPriorities = defineSnapshotRead({
  name: 'risk-priorities',
  input: GetRiskPrioritiesInput,
  permission: 'aggregates.read',
  async load(read): Promise<RiskPriorities> {
    const rows = await createSuccessionPlansRepository({ db: read.db }).listSummaries(read.review.id, read.unitIds);
    const unitById = new Map(read.units.units.map((u) => [u.id, u]));
    return {
      review: read.reviewRef,
      unit: read.unitRef,
      positions: rows
        .filter((r) => r.kritikal && r.risks.length > 0)
        .sort(compareRiskUrgency)
        .map((r) => {
          const unit = unitById.get(r.unitId);
          return {
            kode: r.positionKode,
            nama: r.nama,
            unit: { kode: unit?.kode ?? '', nama: unit?.nama ?? '' },
            jenisJabatan: r.jenisJabatan,
            risks: r.risks,
            readyNow: r.readyNowCount,
            eligible: r.eligibleCount,
            incumbentRetirementDate: r.incumbentRetirementDate,
          };
        }),
    };
  },
});
