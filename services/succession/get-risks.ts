/**
 * Critical positions with risk flags in a unit subtree, and the bench metrics over that subtree (the engine's
 * figures, added up from the unit summaries stored with the review). No personal data: `aggregates.read`.
 */
import { subtreeBench, successionParamsFromPolicy } from '../../analytics/succession/index.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { subtreeUnitSummaries } from '../snapshots/unit-summaries.js';
import { GetRisksInput, type Risks } from './schemas.js';

export const getRisks = defineSnapshotRead({
  name: 'risks',
  input: GetRisksInput,
  permission: 'aggregates.read',
  async load(read): Promise<Risks> {
    const [atRisk, summaries] = await Promise.all([
      createSuccessionPlansRepository({ db: read.db }).listCriticalAtRisk(read.review.id, read.unitIds),
      subtreeUnitSummaries(read),
    ]);
    const metrics = subtreeBench(summaries, successionParamsFromPolicy(read.policy));
    return {
      review: read.reviewRef,
      unit: read.unitRef,
      positions: atRisk.map((p) => ({ kode: p.positionKode, nama: p.nama, risks: p.risks, readyNow: p.readyNowCount, eligible: p.eligibleCount })),
      metrics: {
        criticalPositions: metrics.criticalPositions,
        pctWithReadyNow: metrics.pctWithReadyNow,
        meanEligible: metrics.meanEligible,
        overloadedSuccessors: metrics.overloadedSuccessors,
      },
    };
  },
});
