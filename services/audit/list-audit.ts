import { z } from 'zod';
import { createAuditRepository } from '../../db/repositories/audit.repository.js';
import type { ServiceContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Keyset on the id: ids grow with time, so "older than the last seen id" is the next page. */
const AuditCursor = z.object({ id: z.number().int().positive() });

/**
 * The audit log of an instansi, newest first (ADMIN/SUPERADMIN).
 *
 * @param input.limit - page size, 1–500.
 */
export async function listAudit(
  ctx: ServiceContext,
  input: { instansiKode: string; limit: number; cursor?: string | undefined },
): Promise<AuditPage> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'audit.read');
  const beforeId = input.cursor ? decodeCursor(AuditCursor, input.cursor).id : undefined;
  const rows = await createAuditRepository({ db: ctx.deps.dbHandle.db }).listByInstansi({
    instansiId: instansi.id,
    limit: input.limit + 1,
    ...(beforeId === undefined ? {} : { beforeId }),
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor,
      action: r.action,
      target: r.target,
      details: r.details ?? null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ id: last.id }) : null,
  };
}
