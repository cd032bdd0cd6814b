/**
 * Talent pool (Kelompok Rencana Suksesi) of a review: placed employees whose effective box is in the review policy's
 * pool boxes (7–9 by default), best first, paginated like placements. Personal data: `personal.read`, audited.
 */
import { talentPoolBoxes } from '../../analytics/policy/index.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { placementPage } from './list-placements.js';
import { GetTalentPoolInput, type TalentPool } from './schemas.js';

export const getTalentPool = defineSnapshotRead({
  name: 'talent-pool',
  input: GetTalentPoolInput,
  permission: 'personal.read',
  async load(read, input): Promise<TalentPool> {
    const boxes = talentPoolBoxes(read.policy);
    const grid = await createPlacementsRepository({ db: read.db }).gridCounts(read.review.id, read.unitIds);
    const pool = new Set<number>(boxes);
    const total = grid.filter((g) => g.box !== null && pool.has(g.box)).reduce((s, g) => s + g.count, 0);
    const page = await placementPage(read, { boxes, limit: input.limit, cursor: input.cursor });
    return { review: read.reviewRef, unit: read.unitRef, boxes, total, ...page };
  },
  audit: (read, _input, result) => ({ target: read.review.id, details: { unit: read.unit?.kode ?? null, items: result.items.length } }),
});
