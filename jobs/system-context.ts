/**
 * The service context of job-system work: a system actor named after the job, full access (jobs act for the
 * operator who scheduled or requested them), the job's logger and the wall clock.
 */
import { wallClock } from '../lib/clock.js';
import type { Logger } from '../lib/logger.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../services/context.js';
import type { Deps } from '../services/deps.js';
import type { JobRun } from './job-run.js';

export function systemContext(deps: Deps, source: { job: string; log?: Logger; requestId?: string }): ServiceContext {
  return {
    deps,
    actor: { type: 'system', job: source.job },
    principal: SYSTEM_PRINCIPAL,
    log: source.log ?? deps.log,
    now: wallClock,
    ...(source.requestId ? { requestId: source.requestId } : {}),
  };
}

/** The context a processor passes to its service verb. */
export function jobContext(deps: Deps, job: Pick<JobRun, 'queue' | 'id' | 'log'>): ServiceContext {
  return systemContext(deps, { job: job.queue, log: job.log, requestId: job.id });
}
