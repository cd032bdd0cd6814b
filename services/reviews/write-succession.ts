/**
 * Writes the succession part of a snapshot inside the caller's transaction: plans, slate index, and what each unit
 * contributes to the bench metrics and retirement outlook (so reads look them up instead of recomputing them).
 */
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { Db } from '../../db/client.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { toSuccessionRows, type SnapshotRows, type SuccessionRows } from './snapshot-rows.js';

/** @param personOf - who the review placed, by employee id (names and units of incumbents, slates and near misses) */
export async function writeSuccession(
  tx: Db,
  reviewId: string,
  result: SuccessionResult,
  personOf: SnapshotRows['person'],
  replace = false,
): Promise<void> {
  await writeSuccessionRows(tx, reviewId, toSuccessionRows(result, personOf), replace);
}

/** The same, from rows made beforehand (a review makes them while its placements are written). */
export async function writeSuccessionRows(tx: Db, reviewId: string, rows: SuccessionRows, replace = false): Promise<void> {
  const repo = createSuccessionPlansRepository({ db: tx });
  if (replace) await repo.deleteByReview(reviewId);
  await repo.insertMany(reviewId, rows.plans);
  await repo.insertSlateEntries(reviewId, rows.slateEntries);
  await repo.insertUnitSummaries(reviewId, rows.unitSummaries);
}
