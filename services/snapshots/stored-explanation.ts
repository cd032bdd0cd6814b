/**
 * The one mapper from a stored explanation to the whole explanation every view shows: the employee's own part
 * joined with the part the review stores once. A review completed by an earlier release has no shared part: its
 * explanations were stored whole and are returned as they are.
 */
import {
  joinExplanation, type EmployeeExplanation, type Explanation, type ExplanationConstants,
} from '../../analytics/nine-box/index.js';
import type { StoredExplanationColumns } from '../../db/repositories/placements.repository.js';

export function wholeExplanation(row: StoredExplanationColumns): Explanation {
  // Both parts were written by the engine in the snapshot's transaction.
  if (row.explanationConstants === null) return row.explanation as Explanation;
  return joinExplanation(row.explanation as EmployeeExplanation, row.explanationConstants as ExplanationConstants);
}
