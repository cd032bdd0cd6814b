import { z } from 'zod';
import { CHAT_PLATFORMS, ROLES } from '../../db/enums.js';
import { createChatIdentitiesRepository } from '../../db/repositories/chat-identities.repository.js';
import { validationError } from '../../lib/errors.js';
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
 * Links a Slack or Telegram user to a role and unit scope of an instansi (upsert by platform + externalId).
 * Role and unit follow the same rules as API tokens; the caller needs `chat.link`.
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
  const repo = createChatIdentitiesRepository({ db: ctx.deps.dbHandle.db });
  const existing = await repo.findByExternal(body.platform, body.externalId);
  const row = await repo.upsert({
    instansiId: instansi.id,
    platform: body.platform,
    externalId: body.externalId,
    role: body.role,
    unitId: scope.unitId,
  });
  await recordAudit(ctx, {
    instansiId: instansi.id,
    action: 'chat.link',
    target: `${body.platform}:${row.id}`,
    details: { role: body.role, unit: body.unit ?? null, previousInstansiId: existing?.instansiId ?? null },
  });
  return {
    id: row.id,
    instansi: instansi.kode,
    platform: row.platform,
    externalId: row.externalId,
    role: row.role,
    unit: body.unit ?? null,
    created: existing === null,
  };
}
