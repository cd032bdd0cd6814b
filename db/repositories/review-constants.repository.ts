/** The constants of a review snapshot (resolved policy, shared explanation part): one row per review. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { reviewConstants } from '../schema/index.js';

export function createReviewConstantsRepository({ db }: { db: Db }) {
  return {
    /** Writes (or, for a repaired run, replaces) the row of a review. */
    async put(reviewId: string, input: { policy: unknown; explanation: unknown }) {
      await db
        .insert(reviewConstants)
        .values({ reviewId, ...input })
        .onConflictDoUpdate({ target: reviewConstants.reviewId, set: input });
    },

    /** The resolved policy the review was computed with, or null (a review completed by an earlier release). */
    async findPolicy(reviewId: string): Promise<unknown> {
      const [row] = await db
        .select({ policy: reviewConstants.policy })
        .from(reviewConstants)
        .where(eq(reviewConstants.reviewId, reviewId))
        .limit(1);
      return row?.policy ?? null;
    },
  };
}
