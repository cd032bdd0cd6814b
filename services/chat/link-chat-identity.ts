import { z } from 'zod';
import { CHAT_PLATFORMS, ROLES } from '../../db/enums.js';
import { createChatIdentitiesRepository } from '../../db/repositories/chat-identities.repository.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { AppError, validationError } from '../../lib/errors.js';
import { resolvePrincipalScope } from '../access/principal-scope.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';

/** Chat users always belong to one instansi, so SUPERADMIN is not linkable. */
const CHAT_ROLES = ['ADMIN', 'KOMITE', 'PIMPINAN', 'VIEWER'] as const satisfies readonly (typeof ROLES)[number][];

export const LinkChatIdentityBody = z.object({
  platform: z.enum(CHAT_PLATFORMS),
  externalId: z.string().trim().min(1).max(100),
  role: z.enum(CHAT_ROLES, { message: `peran harus salah satu dari ${CHAT_ROLES.join(', ')}` }),
  unit: z.string().trim().min(1).optional(),
});
export type LinkChatIdentityBody = z.input<typeof LinkChatIdentityBody>;

export const ChatIdentitySchema = z.object({
  id: z.number().int(),
  instansi: z.string(),
  platform: z.enum(CHAT_PLATFORMS),
  externalId: z.string(),
  role: z.enum(ROLES),
  unit: z.string().nullable(),
  created: z.boolean(),
});
export type ChatIdentity = z.infer<typeof ChatIdentitySchema>;

/**
 * Links a Slack or Telegram user to a role and unit scope of an instansi. Role and unit follow the same rules as API
 * tokens; the caller needs `chat.link`. An external id belongs to one instansi: linking one that another instansi
 * holds is refused (409) — it would take that instansi's user away, unseen — unless a SUPERADMIN moves it, which
 * is audited in both instansi.
 */
export async function linkChatIdentity(
  ctx: ServiceContext,
  input: { instansiKode: string } & LinkChatIdentityBody,
): Promise<ChatIdentity> {
  const parsed = LinkChatIdentityBody.safeParse(input);
  if (!parsed.success) throw validationError('Data identitas chat tidak valid', parsed.error.issues);
  const body = parsed.data;
  const scope = await resolvePrincipalScope(
    ctx,
    { role: body.role, instansiKode: input.instansiKode, unitKode: body.unit },
    'chat.link',
  );
  const instansi = scope.instansi!;
  const link = { instansiId: instansi.id, platform: body.platform, externalId: body.externalId, role: body.role, unitId: scope.unitId };
  const details = { role: body.role, unit: body.unit ?? null };

  const row = await ctx.deps.dbHandle.db.transaction(async (tx) => {
    const repo = createChatIdentitiesRepository({ db: tx });
    const existing = await repo.findByExternal(body.platform, body.externalId);
    if (existing && existing.instansiId !== instansi.id) {
      if (ctx.principal.role !== 'SUPERADMIN') throw linkedElsewhere();
      const moved = await repo.move(link);
      if (!moved) throw linkedElsewhere();
      const target = `${body.platform}:${moved.id}`;
      const from = await createInstansiRepository({ db: tx }).findById(existing.instansiId);
      await recordAudit(ctx, { instansiId: existing.instansiId, action: 'chat.move_out', target, details: { to: instansi.kode } }, tx);
      await recordAudit(ctx, { instansiId: instansi.id, action: 'chat.move_in', target, details: { ...details, from: from?.kode ?? null } }, tx);
      return { row: moved, created: false };
    }
    const linked = await repo.linkWithin(link);
    // Another instansi linked the same id between the read and the write.
    if (!linked) throw linkedElsewhere();
    await recordAudit(ctx, { instansiId: instansi.id, action: 'chat.link', target: `${body.platform}:${linked.id}`, details }, tx);
    return { row: linked, created: existing === null };
  });
  return {
    id: row.row.id,
    instansi: instansi.kode,
    platform: row.row.platform,
    externalId: row.row.externalId,
    role: row.row.role,
    unit: body.unit ?? null,
    created: row.created,
  };
}

/** Says that the id is taken, not by whom: another instansi's users are none of the caller's business. */
function linkedElsewhere(): AppError {
  return new AppError({
    kind: 'CONFLICT',
    code: 'chat.linked_elsewhere',
    message: 'Identitas chat ini sudah ditautkan ke instansi lain; hanya SUPERADMIN yang dapat memindahkannya',
  });
}
