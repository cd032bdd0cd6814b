/**
 * Placed employees of a review (nilai talenta desc, NIP asc), keyset-paginated with an opaque cursor; optional
 * effective-box and unit-subtree filters. Personal data: permission `personal.read`, audited.
 */
import { z } from 'zod';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { recordReadAudit, type ReadAudit } from '../audit/record-audit.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { presentPlacement } from './present-placement.js';
import { openReadScope } from './read-scope.js';
import { ListPlacementsInput, type PlacementPage } from './schemas.js';

/** Last row's sort key: [nilaiTalenta, nip]. */
export const PlacementCursorSchema = z.tuple([z.number(), z.string()]);

/**
 * One page of placements in `boxes` (null: every placed employee) for the scope's unit subtree.
 * Shared with the talent pool, which is the same list restricted to the pool boxes.
 */
export async function placementPage(
  ctx: ServiceContext,
  args: { reviewId: string; unitIds: number[] | null; boxes: number[] | null; limit: number; cursor?: string | undefined },
) {
  const after = args.cursor ? decodeCursor(PlacementCursorSchema, args.cursor) : undefined;
  const rows = await createPlacementsRepository({ db: ctx.deps.dbHandle.db }).listPage({
    reviewId: args.reviewId,
    unitIds: args.unitIds,
    boxes: args.boxes,
    limit: args.limit + 1,
    after: after ? { nilaiTalenta: after[0], nip: after[1] } : undefined,
  });
  const page = rows.slice(0, args.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => presentPlacement(ctx.principal, r)),
    // The cursor holds the real NIP: it is opaque and only valid against the same scope, not shown to people.
    nextCursor: rows.length > args.limit && last ? encodeCursor([last.nilaiTalenta ?? 0, last.nip]) : null,
  };
}

export async function listPlacements(ctx: ServiceContext, rawInput: ListPlacementsInput): Promise<PlacementPage> {
  const input = ListPlacementsInput.parse(rawInput);
  const { result, audit } = await cachedRead(ctx, {
    instansiKode: input.instansiKode,
    key: readKey('placements', input),
    load: () => loadPlacements(ctx, input),
  });
  // Every read is audited, cached or not.
  await recordReadAudit(ctx, audit);
  return result;
}

async function loadPlacements(
  ctx: ServiceContext,
  input: ReturnType<typeof ListPlacementsInput.parse>,
): Promise<{ result: PlacementPage; audit: ReadAudit }> {
  const scope = await openReadScope(ctx, { ...input, permission: 'personal.read' });
  const page = await placementPage(ctx, {
    reviewId: scope.review.id,
    unitIds: scope.unitIds,
    boxes: input.box === undefined ? null : [input.box],
    limit: input.limit,
    cursor: input.cursor,
  });
  const audit = {
    instansiId: scope.instansi.id,
    action: 'placements.read',
    target: scope.review.id,
    details: { unit: scope.unit?.kode ?? null, box: input.box ?? null, items: page.items.length },
  };
  return { result: { review: { id: scope.review.id, asOf: scope.review.asOf }, ...page }, audit };
}
