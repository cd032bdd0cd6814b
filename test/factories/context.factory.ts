/** Service contexts for tests: one principal, a fixed clock, the given deps. */
import type { Role } from '../../db/enums.js';
import { systemContext } from '../../jobs/system-context.js';
import type { Principal, ServiceContext } from '../../services/context.js';
import type { Deps } from '../../services/deps.js';
import type { ReviewQueue, RunReviewJob } from '../../services/reviews/review-queue.js';

export const FIXED_NOW = new Date('2026-01-15T03:00:00Z');

export function makeCtx(
  deps: Deps,
  principal: { role: Role; instansiId?: number | null; unitId?: number | null },
  now: Date = FIXED_NOW,
): ServiceContext {
  const p: Principal = { role: principal.role, instansiId: principal.instansiId ?? null, unitId: principal.unitId ?? null };
  return { deps, actor: { type: 'token', userId: 1, tokenId: 1, name: `test-${p.role}` }, principal: p, log: deps.log, now: () => now };
}

/** The system context a job hands the review runner (wall clock), for tests that run a review themselves. */
export function runnerCtx(deps: Deps): ServiceContext {
  return systemContext(deps, { job: 'test' });
}

/** A queue that only records what was enqueued (tests run the review themselves). */
export function recordingQueue(): ReviewQueue & { jobs: RunReviewJob[]; schedules: Array<{ instansiId: number; cron: string; timezone: string }> } {
  const jobs: RunReviewJob[] = [];
  const schedules: Array<{ instansiId: number; cron: string; timezone: string }> = [];
  return {
    kind: 'in-process',
    jobs,
    schedules,
    async enqueueReview(job) {
      jobs.push(job);
    },
    async upsertSchedule(s) {
      schedules.push({ instansiId: s.instansiId, cron: s.cron, timezone: s.timezone });
    },
    async removeSchedule() {},
  };
}
