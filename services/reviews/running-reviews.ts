/**
 * The reviews this process is running, as their runs report them: what a status read answers while a review's
 * snapshot is written. On the embedded database that write is one transaction holding the database's only connection
 * (seconds for a large instansi), and its progress (60–95) is reported but cannot be stored meanwhile (run-review.ts):
 * a status read sent to the database would wait for the commit and never see the write advance — `talenta review
 * --wait` beside a server froze at 60 %. The review row stays the record: an entry lives from the run's claim until
 * the run reports 100 (its snapshot committed) or ends, and reads of any other review go to the database.
 */
import type { ReviewView } from './schemas.js';

export interface RunningReview {
  view: ReviewView;
  instansiId: number;
}

export interface RunningReviews {
  /** The run claimed the review: `view` is its row as claimed (RUNNING). */
  claimed(view: ReviewView, instansiId: number): void;
  /** The run reached `percent`; 100 means its snapshot is committed, and the row answers from now on. */
  progressed(reviewId: string, percent: number): void;
  /** The run ended, however it ended: its row answers. */
  ended(reviewId: string): void;
  /** The review as its run last reported it, when this process runs it. */
  find(reviewId: string): RunningReview | undefined;
}

export function createRunningReviews(): RunningReviews {
  const running = new Map<string, RunningReview>();
  return {
    claimed: (view, instansiId) => void running.set(view.id, { view: { ...view }, instansiId }),
    progressed(reviewId, percent) {
      const entry = running.get(reviewId);
      if (!entry) return;
      if (percent >= 100) running.delete(reviewId);
      else entry.view.progress = Math.max(entry.view.progress, percent);
    },
    ended: (reviewId) => void running.delete(reviewId),
    find(reviewId) {
      const entry = running.get(reviewId);
      return entry && { view: { ...entry.view }, instansiId: entry.instansiId };
    },
  };
}
