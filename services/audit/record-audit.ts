import type { Db } from '../../db/client.js';
import { createAuditRepository } from '../../db/repositories/audit.repository.js';
import { describeActor, type ServiceContext } from '../context.js';

/**
 * Writes one audit row (who, what, when). Details must not contain personal data beyond identifiers the
 * auditor needs (a NIP as target is fine; names and ratings are not).
 */
export async function recordAudit(
  ctx: ServiceContext,
  entry: { instansiId: number | null; action: string; target?: string; details?: Record<string, unknown> },
  db: Db = ctx.deps.dbHandle.db,
): Promise<void> {
  await createAuditRepository({ db }).insert({
    instansiId: entry.instansiId,
    actor: describeActor(ctx.actor),
    action: entry.action,
    target: entry.target ?? null,
    details: entry.details ?? null,
    at: ctx.now(),
  });
}

/** One audit row as a read verb describes it (the actor is added when it is recorded). */
export interface ReadAudit {
  instansiId: number | null;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
}

/**
 * Audits a read of personal data. With `deps.auditBatcher` (the servers) the row is queued and written within
 * ~100 ms in a batch (see audit-batcher.ts); otherwise it is written at once like `recordAudit`.
 */
export async function recordReadAudit(ctx: ServiceContext, entry: ReadAudit): Promise<void> {
  const batcher = ctx.deps.auditBatcher;
  if (!batcher) return recordAudit(ctx, entry);
  batcher.enqueue({
    instansiId: entry.instansiId,
    actor: describeActor(ctx.actor),
    action: entry.action,
    target: entry.target ?? null,
    details: entry.details ?? null,
    at: ctx.now(),
  });
}
