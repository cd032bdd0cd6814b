/**
 * Critical positions with risk flags in a unit subtree, and the bench metrics over that subtree (computed by the
 * engine's `benchMetrics` from the stored plans). No personal data: `aggregates.read`.
 */
import { benchMetrics } from '../../analytics/succession/index.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { successionParamsFromPolicy } from '../../analytics/succession/index.js';
import { openReadScope } from '../talent/read-scope.js';
import { GetRisksInput, type Risks } from './schemas.js';
import { toPositionSuccession } from './stored-plan.js';

export async function getRisks(ctx: ServiceContext, rawInput: GetRisksInput): Promise<Risks> {
  const input = GetRisksInput.parse(rawInput);
  return cachedRead(ctx, { instansiKode: input.instansiKode, key: readKey('risks', input), load: () => loadRisks(ctx, input) });
}

async function loadRisks(ctx: ServiceContext, input: ReturnType<typeof GetRisksInput.parse>): Promise<Risks> {
  const scope = await openReadScope(ctx, { ...input, permission: 'aggregates.read' });
  const rows = await createSuccessionPlansRepository({ db: ctx.deps.dbHandle.db }).listWithSlates(scope.review.id, scope.unitIds);
  const positions = rows.map(toPositionSuccession);
  // Rows are already limited to the subtree, so the engine sees the whole (filtered) instansi.
  const metrics = benchMetrics({ positions, units: scope.units.units, unitId: null, params: successionParamsFromPolicy(scope.policy) });
  return {
    review: { id: scope.review.id, asOf: scope.review.asOf },
    unit: scope.unit ? { kode: scope.unit.kode, nama: scope.unit.nama } : null,
    positions: positions
      .filter((p) => p.kritikal && p.risks.length > 0)
      .map((p) => ({ kode: p.kode, nama: p.nama, risks: p.risks, readyNow: p.readyNowCount, eligible: p.eligibleCount })),
    metrics: {
      criticalPositions: metrics.criticalPositions,
      pctWithReadyNow: metrics.pctWithReadyNow,
      meanEligible: metrics.meanEligible,
      overloadedSuccessors: metrics.overloadedSuccessors,
    },
  };
}
