import { auditLog } from '../../db/schema/index.js';
import type { Db } from '../../db/client.js';
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
  await db.insert(auditLog).values({
    instansiId: entry.instansiId,
    actor: describeActor(ctx.actor),
    action: entry.action,
    target: entry.target ?? null,
    details: entry.details ?? null,
  });
}
