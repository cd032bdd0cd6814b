/**
 * Talent pool (Kelompok Rencana Suksesi) of a review: placed employees whose effective box is in the policy's
 * pool boxes (7–9 by default), best first, paginated like placements. Personal data: `personal.read`, audited.
 */
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { placementPage } from './list-placements.js';
import { openReadScope } from './read-scope.js';
import { GetTalentPoolInput, type TalentPool } from './schemas.js';

export async function getTalentPool(ctx: ServiceContext, rawInput: GetTalentPoolInput): Promise<TalentPool> {
  const input = GetTalentPoolInput.parse(rawInput);
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
  await recordAudit(ctx, {
    instansiId: scope.instansi.id,
    action: 'talent-pool.read',
    target: scope.review.id,
    details: { unit: scope.unit?.kode ?? null, items: page.items.length },
  });
  return {
    review: { id: scope.review.id, asOf: scope.review.asOf },
    unit: scope.unit ? { kode: scope.unit.kode, nama: scope.unit.nama } : null,
    boxes,
    total,
    ...page,
  };
}
