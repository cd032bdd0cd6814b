/**
 * Talent pool (Kelompok Rencana Suksesi) of a review: placed employees whose effective box is in the policy's
 * pool boxes (7–9 by default), best first, paginated like placements. Personal data: `personal.read`, audited.
 */
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { recordReadAudit, type ReadAudit } from '../audit/record-audit.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { placementPage } from './list-placements.js';
import { openReadScope } from './read-scope.js';
import { GetTalentPoolInput, type TalentPool } from './schemas.js';

export async function getTalentPool(ctx: ServiceContext, rawInput: GetTalentPoolInput): Promise<TalentPool> {
  const input = GetTalentPoolInput.parse(rawInput);
  const { result, audit } = await cachedRead(ctx, {
    instansiKode: input.instansiKode,
    key: readKey('talent-pool', input),
    load: () => loadTalentPool(ctx, input),
  });
  // Every read is audited, cached or not.
  await recordReadAudit(ctx, audit);
  return result;
}

async function loadTalentPool(
  ctx: ServiceContext,
  input: ReturnType<typeof GetTalentPoolInput.parse>,
): Promise<{ result: TalentPool; audit: ReadAudit }> {
  const scope = await openReadScope(ctx, { ...input, permission: 'personal.read' });
  const boxes = [...scope.policy.nineBox.talentPoolBoxes].sort((a, b) => a - b);
  const grid = await createPlacementsRepository({ db: ctx.deps.dbHandle.db }).gridCounts(scope.review.id, scope.unitIds);
  const pool = new Set<number>(boxes);
  const total = grid.filter((g) => g.box !== null && pool.has(g.box)).reduce((s, g) => s + g.count, 0);
  const page = await placementPage(ctx, {
    reviewId: scope.review.id,
    unitIds: scope.unitIds,
    boxes,
    limit: input.limit,
    cursor: input.cursor,
  });
  const audit = {
    instansiId: scope.instansi.id,
    action: 'talent-pool.read',
    target: scope.review.id,
    details: { unit: scope.unit?.kode ?? null, items: page.items.length },
  };
  const result: TalentPool = {
    review: { id: scope.review.id, asOf: scope.review.asOf },
    unit: scope.unit ? { kode: scope.unit.kode, nama: scope.unit.nama } : null,
    boxes,
    total,
    ...page,
  };
  return { result, audit };
}
