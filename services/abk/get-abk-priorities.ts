/**
 * Vacancy priorities of a review: the positions short now or within the outlook in the unit subtree read, in the
 * review's order (top priorities first), numbered within the list, each with its reasons. No personal data.
 */
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { GetAbkPrioritiesInput, type AbkPriorities } from './schemas.js';
import { loadStoredAbk } from './stored-abk.js';

export const getAbkPriorities = defineSnapshotRead({
  name: 'abk.priorities',
  input: GetAbkPrioritiesInput,
  permission: 'aggregates.read',
  async load(read, input): Promise<AbkPriorities> {
    const abk = await loadStoredAbk(read);
    const ranked = abk.positions
      .flatMap((p) => (p.priority === null ? [] : [{ ...p, priority: p.priority }]))
      .sort((a, b) => a.priority.rank - b.priority.rank)
      .slice(0, input.limit);
    return {
      review: read.reviewRef,
      tahun: abk.tahun,
      unit: read.unitRef,
      items: ranked.map(({ priority: { positionId: _id, unitId: _unit, ...p }, unit }, i) => ({ ...p, rank: i + 1, unit })),
    };
  },
});
