/** Reviews of an instansi, newest first, keyset-paginated. Permission `review.read`. */
import { z } from 'zod';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { toReviewView } from './review-view.js';
import { ListReviewsInput, type ReviewList } from './schemas.js';

const ReviewCursor = z.object({ q: z.iso.datetime(), id: z.uuid() });

export async function listReviews(ctx: ServiceContext, rawInput: ListReviewsInput): Promise<ReviewList> {
  const input = ListReviewsInput.parse(rawInput);
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'review.read');
  const after = input.cursor ? decodeCursor(ReviewCursor, input.cursor) : undefined;
  const rows = await createReviewsRepository({ db: ctx.deps.dbHandle.db }).list({
    instansiId: instansi.id,
    limit: input.limit + 1,
    before: after ? { queuedAt: new Date(after.q), id: after.id } : undefined,
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toReviewView(r, instansi.kode)),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ q: last.queuedAt.toISOString(), id: last.id }) : null,
  };
}
