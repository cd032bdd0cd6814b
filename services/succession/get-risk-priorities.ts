/**
 * Critical positions with a risk flag in a unit subtree, most urgent first, with their unit, kind and the incumbent's
 * retirement date: the list leaders work through ("risiko", "jabatan kosong", "jabatan tanpa pengganti siap").
 * Position-level data only: `aggregates.read`.
 *
 * Urgency: a vacant post first, then an incumbent retiring soon (sooner first), then no ready-now successor, then a
 * thin bench; flags add up, so a vacant post without a ready successor outranks either alone. Equal urgency: the
 * higher post first (JPT before administrator before pengawas), then fewer eligible successors, then kode.
 */
import { z } from 'zod';
import { createSuccessionPlansRepository, type SuccessionPlanSummaryRow } from '../../db/repositories/succession-plans.repository.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { openReadScope } from '../talent/read-scope.js';
import { ReviewRefSchema, UnitRefSchema } from '../talent/schemas.js';

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

export const GetRiskPrioritiesInput = z.object({
  instansiKode: z.string().min(1),
  unitKode: z.string().min(1).optional(),
  reviewId: z.union([z.literal('latest'), z.uuid()]).default('latest'),
});
export type GetRiskPrioritiesInput = z.input<typeof GetRiskPrioritiesInput>;

const FLAG_WEIGHT: Readonly<Record<string, number>> = { KOSONG: 8, PEMANGKU_PENSIUN: 4, TANPA_SIAP_SEKARANG: 2, BANGKU_TIPIS: 1 };
const LEVEL: Readonly<Record<string, number>> = { JPT_UTAMA: 5, JPT_MADYA: 4, JPT_PRATAMA: 3, ADMINISTRATOR: 2, PENGAWAS: 1 };

function urgency(row: SuccessionPlanSummaryRow): number {
  return row.risks.reduce((sum, flag) => sum + (FLAG_WEIGHT[flag] ?? 0), 0);
}

/** Most urgent first (see the file comment). */
export function compareRiskUrgency(a: SuccessionPlanSummaryRow, b: SuccessionPlanSummaryRow): number {
  return (
    urgency(b) - urgency(a) ||
    (a.incumbentRetirementDate ?? '9999').localeCompare(b.incumbentRetirementDate ?? '9999') ||
    (LEVEL[b.jenisJabatan] ?? 0) - (LEVEL[a.jenisJabatan] ?? 0) ||
    a.eligibleCount - b.eligibleCount ||
    a.positionKode.localeCompare(b.positionKode)
  );
}

export async function getRiskPriorities(ctx: ServiceContext, rawInput: GetRiskPrioritiesInput): Promise<RiskPriorities> {
  const input = GetRiskPrioritiesInput.parse(rawInput);
  return cachedRead(ctx, { instansiKode: input.instansiKode, key: readKey('risk-priorities', input), load: () => load(ctx, input) });
}

async function load(ctx: ServiceContext, input: ReturnType<typeof GetRiskPrioritiesInput.parse>): Promise<RiskPriorities> {
  const scope = await openReadScope(ctx, { ...input, permission: 'aggregates.read' });
  const rows = await createSuccessionPlansRepository({ db: ctx.deps.dbHandle.db }).listSummaries(scope.review.id, scope.unitIds);
  const unitById = new Map(scope.units.units.map((u) => [u.id, u]));
  return {
    review: { id: scope.review.id, asOf: scope.review.asOf },
    unit: scope.unit ? { kode: scope.unit.kode, nama: scope.unit.nama } : null,
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
}
