/**
 * Successors of one position in a review (default: the latest): slate with readiness, jenis, fit, nilai talenta,
 * effective box and every gate; near misses; risk flags. Personal data: `personal.read`, limited to a PIMPINAN's
 * subtree (the position's unit), NIPs masked for PIMPINAN, audited.
 */
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { authorize, presentNip } from '../access/authorize.js';
import { recordReadAudit, type ReadAudit } from '../audit/record-audit.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi } from '../instansi/resolve-instansi.js';
import { findReview } from '../reviews/find-review.js';
import { GetSuccessorsInput, type Successors } from './schemas.js';
import { StoredNearMissesSchema, StoredSlateSchema } from './stored-plan.js';

export async function getSuccessors(ctx: ServiceContext, rawInput: GetSuccessorsInput): Promise<Successors> {
  const input = GetSuccessorsInput.parse(rawInput);
  const { result, audit } = await cachedRead(ctx, {
    instansiKode: input.instansiKode,
    key: readKey('successors', input),
    load: () => loadSuccessors(ctx, input),
  });
  // Every read is audited, cached or not.
  await recordReadAudit(ctx, audit);
  return result;
}

async function loadSuccessors(
  ctx: ServiceContext,
  input: ReturnType<typeof GetSuccessorsInput.parse>,
): Promise<{ result: Successors; audit: ReadAudit }> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'personal.read');
  const db = ctx.deps.dbHandle.db;
  const review = await findReview(ctx, instansi.id, input.reviewId, { completedOnly: true });
  const plan = await createSuccessionPlansRepository({ db }).findByKode(review.id, input.positionKode);
  if (!plan) throw notFoundError('jabatan', input.positionKode);
  const units = await loadUnitScope(ctx, instansi.id);
  authorize(ctx.principal, 'personal.read', { instansiId: instansi.id, unitId: plan.unitId, tree: units.tree });

  const slate = StoredSlateSchema.parse(plan.slate).slice(0, input.limit ?? Number.MAX_SAFE_INTEGER);
  const nearMisses = StoredNearMissesSchema.parse(plan.nearMisses);
  const ids = [...slate.map((s) => s.employeeId), ...nearMisses.items.map((n) => n.employeeId)];
  if (plan.incumbentEmployeeId !== null) ids.push(plan.incumbentEmployeeId);
  const people = await createPlacementsRepository({ db }).findByEmployeeIds(review.id, [...new Set(ids)]);
  const byId = new Map(people.map((p) => [p.employeeId, p]));
  const nama = (id: number) => byId.get(id)?.nama ?? '';
  const incumbent = plan.incumbentEmployeeId === null ? undefined : byId.get(plan.incumbentEmployeeId);
  const unit = units.units.find((u) => u.id === plan.unitId);

  const audit = { instansiId: instansi.id, action: 'successors.read', target: plan.positionKode, details: { reviewId: review.id } };
  const result: Successors = {
    review: { id: review.id, asOf: review.asOf },
    position: {
      kode: plan.positionKode,
      nama: plan.nama,
      jenisJabatan: plan.jenisJabatan,
      unit: unit ? { kode: unit.kode, nama: unit.nama } : null,
      kritikal: plan.kritikal,
      pemangku: incumbent ? { nip: presentNip(ctx.principal, incumbent.nip), nama: incumbent.nama } : null,
    },
    eligibleCount: plan.eligibleCount,
    slate: slate.map((s) => ({
      rank: s.rank,
      nip: presentNip(ctx.principal, s.nip),
      nama: nama(s.employeeId),
      readiness: s.readiness as Successors['slate'][number]['readiness'],
      jenis: s.jenis as Successors['slate'][number]['jenis'],
      kesesuaian: s.kesesuaian as Successors['slate'][number]['kesesuaian'],
      nilaiTalenta: s.nilaiTalenta,
      box: s.box,
      gates: s.gates,
    })),
    nearMisses: nearMisses.items.map((n) => ({
      nip: presentNip(ctx.principal, n.nip),
      nama: nama(n.employeeId),
      box: n.box,
      gate: n.gate,
      reason: n.reason,
    })),
    nearMissTotal: nearMisses.total,
    risks: plan.risks,
  };
  return { result, audit };
}
