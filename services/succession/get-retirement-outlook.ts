/**
 * Retirement outlook of a unit subtree: critical positions whose incumbent reaches BUP within 6/12/24 months
 * (the engine's `retirementProjection` over the stored plans) and whether a ready-now successor waits.
 * Position-level data only: `aggregates.read`.
 */
import { retirementProjection } from '../../analytics/succession/index.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { successionParamsFromPolicy } from '../../analytics/succession/index.js';
import { openReadScope } from '../talent/read-scope.js';
import { GetRetirementOutlookInput, type RetirementOutlook } from './schemas.js';
import { toPositionSuccession } from './stored-plan.js';

export async function getRetirementOutlook(ctx: ServiceContext, rawInput: GetRetirementOutlookInput): Promise<RetirementOutlook> {
  const input = GetRetirementOutlookInput.parse(rawInput);
  return cachedRead(ctx, {
    instansiKode: input.instansiKode,
    key: readKey('retirement-outlook', input),
    load: () => loadRetirementOutlook(ctx, input),
  });
}

async function loadRetirementOutlook(
  ctx: ServiceContext,
  input: ReturnType<typeof GetRetirementOutlookInput.parse>,
): Promise<RetirementOutlook> {
  const scope = await openReadScope(ctx, { ...input, permission: 'aggregates.read' });
  const rows = await createSuccessionPlansRepository({ db: ctx.deps.dbHandle.db }).listWithSlates(scope.review.id, scope.unitIds);
  const projection = retirementProjection({
    positions: rows.map(toPositionSuccession),
    units: scope.units.units,
    asOf: scope.review.asOf,
    params: successionParamsFromPolicy(scope.policy),
    unitId: null,
  });
  return {
    review: { id: scope.review.id, asOf: scope.review.asOf },
    unit: scope.unit ? { kode: scope.unit.kode, nama: scope.unit.nama } : null,
    horizons: projection.horizons.map((h) => ({
      months: h.months,
      cutoff: h.cutoff,
      losingIncumbent: h.losingIncumbent,
      covered: h.covered,
      uncovered: h.uncovered,
      positions: h.positions.map((p) => ({
        kode: p.kode, nama: p.nama, retirementDate: p.retirementDate, readyNowCount: p.readyNowCount, covered: p.covered,
      })),
    })),
  };
}
