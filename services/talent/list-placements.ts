/**
 * Placed employees of a review, highest nilai talenta first or lowest first (equal scores by NIP), keyset-paginated
 * with an opaque cursor; optional effective-box and unit-subtree filters. Personal data: permission `personal.read`,
 * audited.
 */
import { z } from 'zod';
import { createPlacementsRepository, PLACEMENT_ORDERS, type PlacementCursor, type PlacementOrder } from '../../db/repositories/placements.repository.js';
import { validationError } from '../../lib/errors.js';
import { withinScope } from '../access/people-scope.js';
import { decodeCursor, encodeCursor, invalidCursorError, ReviewEmployeeCursorSchema } from '../pagination/cursor.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { presentPlacement } from './present-placement.js';
import { ListPlacementsInput, type PlacementPage } from './schemas.js';

/**
 * The cursor of a review's employees (pagination/cursor.ts), plus the order it pages when that is not the default:
 * "after this employee" means another row in the other order, so a cursor pages only the order it came from.
 */
const PlacementCursorSchema = ReviewEmployeeCursorSchema.extend({ order: z.enum(PLACEMENT_ORDERS).optional() });

function encodePlacementCursor(reviewId: string, employeeId: number, order: PlacementOrder): string {
  const key: z.infer<typeof PlacementCursorSchema> = { review: reviewId, after: employeeId, ...(order === 'highestFirst' ? {} : { order }) };
  return encodeCursor(key);
}

/**
 * The opaque cursor names the review, the last employee shown and the order; the keyset position (nilai talenta,
 * NIP) is looked up again from that row, which must still belong to the list being paged (same review, order, unit
 * subtree, boxes and people scope), else the cursor is refused.
 */
async function keysetAfter(read: SnapshotRead, list: { boxes: readonly number[] | null; order: PlacementOrder }, cursor: string): Promise<PlacementCursor> {
  const key = decodeCursor(PlacementCursorSchema, cursor);
  if (key.review !== read.review.id) {
    throw validationError('Kursor halaman berasal dari tinjauan lain; mulai lagi dari halaman pertama');
  }
  if ((key.order ?? 'highestFirst') !== list.order) {
    throw validationError('Kursor halaman berasal dari urutan lain; mulai lagi dari halaman pertama');
  }
  const { boxes } = list;
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
 * One page of placements in `boxes` (null: every placed employee) for the read's unit subtree and people, highest
 * nilai talenta first unless asked otherwise. Shared with the talent pool, which is the same list restricted to the
 * pool boxes.
 */
export async function placementPage(
  read: SnapshotRead,
  args: { boxes: number[] | null; limit: number; cursor?: string | undefined; order?: PlacementOrder },
) {
  const order = args.order ?? 'highestFirst';
  const after = args.cursor ? await keysetAfter(read, { boxes: args.boxes, order }, args.cursor) : undefined;
  const rows = await createPlacementsRepository({ db: read.db }).listPage({
    reviewId: read.review.id,
    unitIds: read.unitIds,
    boxes: args.boxes,
    order,
    limit: args.limit + 1,
    after,
  });
  const page = rows.slice(0, args.limit);
  const last = page[page.length - 1];
  return {
    items: withinScope(read.people, page, (r) => r.unitId).visible.map((r) => presentPlacement(read.people, r)),
    nextCursor: rows.length > args.limit && last ? encodePlacementCursor(read.review.id, last.employeeId, order) : null,
  };
}

export const listPlacements = defineSnapshotRead({
  name: 'placements',
  input: ListPlacementsInput,
  permission: 'personal.read',
  async load(read, input): Promise<PlacementPage> {
    const boxes = input.box === undefined ? null : [input.box];
    const page = await placementPage(read, { boxes, limit: input.limit, cursor: input.cursor, order: input.order });
    return { review: read.reviewRef, ...page };
  },
  audit: (read, input, result) => ({
    target: read.review.id,
    details: { unit: read.unit?.kode ?? null, box: input.box ?? null, items: result.items.length },
  }),
});
