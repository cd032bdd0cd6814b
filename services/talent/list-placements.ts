/**
 * Placed employees of a review (nilai talenta desc, NIP asc), keyset-paginated with an opaque cursor; optional
 * effective-box and unit-subtree filters. Personal data: permission `personal.read`, audited.
 */
import { createPlacementsRepository, type PlacementCursor } from '../../db/repositories/placements.repository.js';
import { validationError } from '../../lib/errors.js';
import { withinScope } from '../access/people-scope.js';
import { decodeCursor, encodeReviewEmployeeCursor, invalidCursorError, ReviewEmployeeCursorSchema } from '../pagination/cursor.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { presentPlacement } from './present-placement.js';
import { ListPlacementsInput, type PlacementPage } from './schemas.js';

/**
 * The opaque cursor (pagination/cursor.ts) names the review and the last employee shown; the keyset position
 * (nilai talenta, NIP) is looked up again from that row, which must still belong to the list being paged (same
 * review, unit subtree, boxes and people scope), else the cursor is refused.
 */
async function keysetAfter(read: SnapshotRead, boxes: readonly number[] | null, cursor: string): Promise<PlacementCursor> {
  const key = decodeCursor(ReviewEmployeeCursorSchema, cursor);
  if (key.review !== read.review.id) {
    throw validationError('Kursor halaman berasal dari tinjauan lain; mulai lagi dari halaman pertama');
  }
  const [row] = await createPlacementsRepository({ db: read.db }).findByEmployeeIds(read.review.id, [key.after]);
  const inList =
    row !== undefined &&
    row.effectiveBox !== null &&
    row.nilaiTalenta !== null &&
    (read.unitIds === null || read.unitIds.includes(row.unitId)) &&
    (boxes === null || boxes.includes(row.effectiveBox)) &&
    read.people.includes(row.unitId);
  if (!inList) throw invalidCursorError();
  return { nilaiTalenta: row.nilaiTalenta!, nip: row.nip };
}

/**
 * One page of placements in `boxes` (null: every placed employee) for the read's unit subtree and people.
 * Shared with the talent pool, which is the same list restricted to the pool boxes.
 */
export async function placementPage(read: SnapshotRead, args: { boxes: number[] | null; limit: number; cursor?: string | undefined }) {
  const after = args.cursor ? await keysetAfter(read, args.boxes, args.cursor) : undefined;
  const rows = await createPlacementsRepository({ db: read.db }).listPage({
    reviewId: read.review.id,
    unitIds: read.unitIds,
    boxes: args.boxes,
    limit: args.limit + 1,
    after,
  });
  const page = rows.slice(0, args.limit);
  const last = page[page.length - 1];
  return {
    items: withinScope(read.people, page, (r) => r.unitId).visible.map((r) => presentPlacement(read.people, r)),
    nextCursor: rows.length > args.limit && last ? encodeReviewEmployeeCursor(read.review.id, last.employeeId) : null,
  };
}

export const listPlacements = defineSnapshotRead({
  name: 'placements',
  input: ListPlacementsInput,
  permission: 'personal.read',
  async load(read, input): Promise<PlacementPage> {
    const page = await placementPage(read, { boxes: input.box === undefined ? null : [input.box], limit: input.limit, cursor: input.cursor });
    return { review: read.reviewRef, ...page };
  },
  audit: (read, input, result) => ({
    target: read.review.id,
    details: { unit: read.unit?.kode ?? null, box: input.box ?? null, items: result.items.length },
  }),
});
