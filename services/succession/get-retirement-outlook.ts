/**
 * Retirement outlook of a unit subtree: critical positions whose incumbent reaches BUP within 6/12/24 months and
 * whether a ready-now successor waits (the engine's projection, from the unit summaries stored with the review).
 * Position-level data only: `aggregates.read`.
 */
import { subtreeProjection, successionParamsFromPolicy } from '../../analytics/succession/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { subtreeUnitSummaries } from '../snapshots/unit-summaries.js';
import { GetRetirementOutlookInput, type RetirementOutlook } from './schemas.js';

export const getRetirementOutlook = defineSnapshotRead({
  name: 'retirement-outlook',
  input: GetRetirementOutlookInput,
  permission: 'aggregates.read',
  async load(read): Promise<RetirementOutlook> {
    return {
      review: read.reviewRef,
      unit: read.unitRef,
      horizons: subtreeProjection(await subtreeUnitSummaries(read), read.review.asOf, successionParamsFromPolicy(read.policy)),
    };
  },
});
