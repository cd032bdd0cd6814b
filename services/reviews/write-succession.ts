/**
 * Writes the succession part of a snapshot inside the caller's transaction: plans, slate index, and what each unit
 * contributes to the bench metrics and retirement outlook (so reads look them up instead of recomputing them).
 */
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { Db } from '../../db/client.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { toSuccessionRows, type SnapshotRows } from './snapshot-rows.js';

/** @param personOf - who the review placed, by employee id (names and units of incumbents, slates and near misses) */
export async function writeSuccession(
  tx: Db,
  reviewId: string,
  result: SuccessionResult,
  personOf: SnapshotRows['person'],
  replace = false,
): Promise<void> {
  const repo = createSuccessionPlansRepository({ db: tx });
  if (replace) await repo.deleteByReview(reviewId);
  const { plans, slateEntries } = toSuccessionRows(result, personOf);
  await repo.insertMany(reviewId, plans);
  await repo.insertSlateEntries(reviewId, slateEntries);
  await repo.insertUnitSummaries(reviewId, result.unitSummaries);
}
