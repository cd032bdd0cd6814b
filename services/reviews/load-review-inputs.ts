/**
 * Review inputs for the engine. The repository returns rows as stored; enumerations were validated by the
 * importer, so here they are only given their domain types.
 */
import type { ReviewInputs } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import {
  createReviewInputsRepository,
  type LoadReviewInputsOptions,
  type ReviewInputRows,
} from '../../db/repositories/review-inputs.repository.js';

export async function loadReviewInputs(db: Db, options: LoadReviewInputsOptions): Promise<ReviewInputs> {
  const rows: ReviewInputRows = await createReviewInputsRepository({ db }).load(options);
  // Stored values are the canonical spellings the import wrote (contract §1); no per-row re-validation.
  return rows as unknown as ReviewInputs;
}
