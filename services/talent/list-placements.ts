/**
 * Placed employees of a review (nilai talenta desc, NIP asc), keyset-paginated with an opaque cursor; optional
 * effective-box and unit-subtree filters. Personal data: permission `personal.read`, audited.
 */
import { z } from 'zod';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { presentPlacement } from './present-placement.js';
import { ListPlacementsInput, type PlacementPage } from './schemas.js';

/** Last row's sort key: [nilaiTalenta, nip]. */
export const PlacementCursorSchema = z.tuple([z.number(), z.string()]);

/**
 * One page of placements in `boxes` (null: every placed employee) for the read's unit subtree.
 * Shared with the talent pool, which is the same list restricted to the pool boxes.
 */
export async function placementPage(read: SnapshotRead, args: { boxes: number[] | null; limit: number; cursor?: string | undefined }) {
  const after = args.cursor ? decodeCursor(PlacementCursorSchema, args.cursor) : undefined;
  const rows = await createPlacementsRepository({ db: read.db }).listPage({
    reviewId: read.review.id,
    unitIds: read.unitIds,
    boxes: args.boxes,
    limit: args.limit + 1,
    after: after ? { nilaiTalenta: after[0], nip: after[1] } : undefined,
  });
  const page = rows.slice(0, args.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => presentPlacement(read.ctx.principal, r)),
    // The cursor holds the real NIP: it is opaque and only valid against the same scope, not shown to people.
    nextCursor: rows.length > args.limit && last ? encodeCursor([last.nilaiTalenta ?? 0, last.nip]) : null,
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
