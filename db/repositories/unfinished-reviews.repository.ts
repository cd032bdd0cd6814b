/** Reviews not yet finished (QUEUED or RUNNING), for recovery after a process was killed. */
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { reviews } from '../schema/index.js';

export function createUnfinishedReviewsRepository({ db }: { db: Db }) {
  return {
    /** Oldest first, so recovered reviews run in the order they were requested. */
    async list(): Promise<Array<{ id: string }>> {
      return db
        .select({ id: reviews.id })
        .from(reviews)
        .where(inArray(reviews.status, ['QUEUED', 'RUNNING']))
        .orderBy(asc(reviews.queuedAt), asc(reviews.id));
    },
  };
}
