/**
 * Talent profile of one employee: the placement of the newest COMPLETED review that includes them, with its
 * explanation and counterfactual, their box in every completed review, and the slates they are on in that
 * review. Personal data: `personal.read`, limited to a PIMPINAN's subtree, audited.
 */
import type { Box } from '../../analytics/domain/enums.js';
import { boxLabel, boxRecommendations } from '../../analytics/nine-box/index.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { recordReadAudit, type ReadAudit } from '../audit/record-audit.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi } from '../instansi/resolve-instansi.js';
import { loadPolicyVersion } from '../policy/load-policy.js';
import { findReview } from '../reviews/find-review.js';
import { StoredSlateSchema } from '../succession/stored-plan.js';
import { presentPlacement } from './present-placement.js';
import { GetEmployeeTalentInput, type EmployeeTalent } from './schemas.js';

export async function getEmployeeTalent(ctx: ServiceContext, rawInput: GetEmployeeTalentInput): Promise<EmployeeTalent> {
  const input = GetEmployeeTalentInput.parse(rawInput);
  const { result, audit } = await cachedRead(ctx, {
    instansiKode: input.instansiKode,
    key: readKey('employee-talent', input),
    load: () => loadEmployeeTalent(ctx, input),
  });
  // Every read is audited, cached or not.
  await recordReadAudit(ctx, audit);
  return result;
}

async function loadEmployeeTalent(
  ctx: ServiceContext,
  input: ReturnType<typeof GetEmployeeTalentInput.parse>,
): Promise<{ result: EmployeeTalent; audit: ReadAudit }> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'personal.read');
  const db = ctx.deps.dbHandle.db;
  const placements = createPlacementsRepository({ db });
  const history = await placements.historyByNip(instansi.id, input.nip);
  const latest = history[history.length - 1];
  if (!latest) throw notFoundError('pegawai', input.nip);
  const row = await placements.findByNip(latest.reviewId, input.nip);
  if (!row) throw notFoundError('pegawai', input.nip);
  const units = await loadUnitScope(ctx, instansi.id);
  authorize(ctx.principal, 'personal.read', { instansiId: instansi.id, unitId: row.unitId, tree: units.tree });

  const review = await findReview(ctx, instansi.id, latest.reviewId, { completedOnly: true });
  const policy = await loadPolicyVersion(db, instansi.id, review.policyVersion);
  const plans = await createSuccessionPlansRepository({ db }).listPlansWithEmployee(review.id, row.employeeId);
  const slates = plans.flatMap((plan) => {
    const entry = StoredSlateSchema.parse(plan.slate).find((e) => e.employeeId === row.employeeId);
    return entry
      ? [{
          position: { kode: plan.positionKode, nama: plan.nama, jenisJabatan: plan.jenisJabatan },
          rank: entry.rank,
          readiness: entry.readiness,
          jenis: entry.jenis,
          kesesuaian: entry.kesesuaian,
        }]
      : [];
  });
  const effective = (row.calibratedBox ?? row.box) as Box | null;
  const explanation = (row.explanation ?? {}) as Record<string, unknown>;
  const audit = { instansiId: instansi.id, action: 'employee-talent.read', target: input.nip, details: { reviewId: review.id } };
  const result: EmployeeTalent = {
    review: { id: review.id, asOf: review.asOf },
    placement: {
      ...presentPlacement(ctx.principal, row),
      unratedReasons: row.unratedReasons,
      flags: row.flags,
      label: effective === null ? null : boxLabel(effective, policy),
      rekomendasi: effective === null ? [] : [...boxRecommendations(effective, policy)],
    },
    explanation,
    counterfactual: (explanation.counterfactual ?? {}) as Record<string, unknown>,
    history: history.map((h) => ({
      review: { id: h.reviewId, asOf: h.asOf },
      box: h.box,
      calibratedBox: h.calibratedBox,
      nilaiTalenta: h.nilaiTalenta,
    })),
    slates,
  };
  return { result, audit };
}
