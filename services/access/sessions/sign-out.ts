import { createWebSessionsRepository } from '../../../db/repositories/web-sessions.repository.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { ServiceContext } from '../../context.js';
import { hashToken } from '../tokens/token-secret.js';

/** Ends a board session: its cookie stops working at once, whatever the browser keeps. */
export async function signOut(ctx: ServiceContext, input: { sessionSecret: string }): Promise<void> {
  const hash = hashToken(input.sessionSecret);
  await createWebSessionsRepository({ db: ctx.deps.dbHandle.db }).close('SESSION', hash, ctx.now());
  ctx.deps.readCache?.sessions.forget(hash);
  await recordAudit(ctx, { instansiId: ctx.principal.instansiId, action: 'session.end' });
}
