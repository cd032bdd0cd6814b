/**
 * Critical positions with risk flags in a unit subtree, and the bench metrics over that subtree (computed by the
 * engine's `benchMetrics` from the stored plans). No personal data: `aggregates.read`.
 */
import { benchMetrics, successionParamsFromPolicy } from '../../analytics/succession/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { storedPositions } from '../snapshots/stored-plan.js';
import { GetRisksInput, type Risks } from './schemas.js';

export const getRisks = defineSnapshotRead({
  name: 'risks',
  input: GetRisksInput,
  permission: 'aggregates.read',
  async load(read): Promise<Risks> {
    const positions = await storedPositions(read);
    // Rows are already limited to the subtree, so the engine sees the whole (filtered) instansi.
    const metrics = benchMetrics({ positions, units: read.units.units, unitId: null, params: successionParamsFromPolicy(read.policy) });
    return {
      review: read.reviewRef,
      unit: read.unitRef,
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
  },
});
