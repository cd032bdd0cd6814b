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

// Stored values are the canonical spellings the import wrote (contract §1); no per-row re-validation.
const asInputs = (rows: ReviewInputRows) => rows as unknown as ReviewInputs;

/** @param options.onPage - given the inputs of each page of employees alone, as it is read (see the repository) */
export async function loadReviewInputs(
  db: Db,
  options: Omit<LoadReviewInputsOptions, 'onPage'> & { onPage?: (page: ReviewInputs) => void },
): Promise<ReviewInputs> {
  const { onPage, ...load } = options;
  const rows = await createReviewInputsRepository({ db }).load({ ...load, ...(onPage ? { onPage: (page) => onPage(asInputs(page)) } : {}) });
  return asInputs(rows);
}
