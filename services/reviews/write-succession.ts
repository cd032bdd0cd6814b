/** Writes the succession part of a snapshot (plans + slate index) inside the caller's transaction. */
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { Db } from '../../db/client.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { toSuccessionRows, type PlacedPerson } from './snapshot-rows.js';

/** @param placed - everyone the review placed (names and units of incumbents, slates and near misses) */
export async function writeSuccession(
  tx: Db,
  reviewId: string,
  result: SuccessionResult,
  placed: readonly PlacedPerson[],
  replace = false,
): Promise<void> {
  const repo = createSuccessionPlansRepository({ db: tx });
  if (replace) await repo.deleteByReview(reviewId);
  const { plans, slateEntries } = toSuccessionRows(result, placed);
  await repo.insertMany(reviewId, plans);
  await repo.insertSlateEntries(reviewId, slateEntries);
}
