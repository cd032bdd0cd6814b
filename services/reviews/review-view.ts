/** Maps a review row to the contract's review view (§5). */
import type { ReviewRow } from '../../db/repositories/reviews.repository.js';
import { ReviewCountsSchema, type ReviewView } from './schemas.js';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export function toReviewView(row: ReviewRow, instansiKode: string): ReviewView {
  // Stored jsonb is validated when read back (house style: validate snapshot jsonb at the boundary).
  const counts = row.counts === null ? null : ReviewCountsSchema.parse(row.counts);
  return {
    id: row.id,
    instansi: instansiKode,
    asOf: row.asOf,
    status: row.status,
    progress: row.progress,
    policyVersion: row.policyVersion,
    counts,
    queuedAt: row.queuedAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    finalizedAt: iso(row.finalizedAt),
    error: row.error,
    trigger: row.trigger,
  };
}
