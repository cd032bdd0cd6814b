/**
 * The nine-box grid of a review for a unit subtree: per box its label, count (effective box) and recommendations,
 * plus BELUM_TERPETAKAN, the grid's layout and the talent pool, all under the review's own policy. Aggregates only,
 * so VIEWER may read it.
 */
import { BOXES } from '../../analytics/domain/enums.js';
import { boxLabel, boxRecommendations, gridLayout } from '../../analytics/nine-box/index.js';
import { talentPoolBoxes } from '../../analytics/policy/index.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { GetNineBoxInput, type NineBox } from './schemas.js';

export const getNineBox = defineSnapshotRead({
  name: 'nine-box',
  input: GetNineBoxInput,
  permission: 'aggregates.read',
  async load(read): Promise<NineBox> {
    const rows = await createPlacementsRepository({ db: read.db }).gridCounts(read.review.id, read.unitIds);
    const counts = new Map(rows.map((r) => [r.box, r.count]));
    const pool = talentPoolBoxes(read.policy);
    return {
      review: read.reviewRef,
      unit: read.unitRef,
      boxes: BOXES.map((box) => ({
        box,
        label: boxLabel(box, read.policy),
        count: counts.get(box) ?? 0,
        rekomendasi: [...boxRecommendations(box, read.policy)],
      })),
      belumTerpetakan: counts.get(null) ?? 0,
      total: rows.reduce((sum, r) => sum + r.count, 0),
      grid: gridLayout(read.policy),
      talentPool: { boxes: pool, count: pool.reduce((sum, box) => sum + (counts.get(box) ?? 0), 0) },
    };
  },
});
