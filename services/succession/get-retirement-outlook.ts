/**
 * Retirement outlook of a unit subtree: critical positions whose incumbent reaches BUP within 6/12/24 months
 * (the engine's `retirementProjection` over the stored plans) and whether a ready-now successor waits.
 * Position-level data only: `aggregates.read`.
 */
import { retirementProjection, successionParamsFromPolicy } from '../../analytics/succession/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { storedPositions } from '../snapshots/stored-plan.js';
import { GetRetirementOutlookInput, type RetirementOutlook } from './schemas.js';

export const getRetirementOutlook = defineSnapshotRead({
  name: 'retirement-outlook',
  input: GetRetirementOutlookInput,
  permission: 'aggregates.read',
  async load(read): Promise<RetirementOutlook> {
    const projection = retirementProjection({
      positions: await storedPositions(read),
      units: read.units.units,
      asOf: read.review.asOf,
      params: successionParamsFromPolicy(read.policy),
      unitId: null,
    });
    return {
      review: read.reviewRef,
      unit: read.unitRef,
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
  },
});
