/**
 * Who a Slack or Telegram user is to Talenta: the instansi, role and unit scope linked to their id.
 * Unlinked ids get `null`, and the bots answer with instructions instead of data.
 */
import { createChatIdentitiesRepository } from '../../db/repositories/chat-identities.repository.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import type { Actor, Principal } from '../context.js';
import type { Deps } from '../deps.js';

export type ChatPlatform = 'slack' | 'telegram';

export interface ChatIdentity {
  instansi: { id: number; kode: string; nama: string };
  principal: Principal;
  actor: Extract<Actor, { type: 'chat' }>;
}

/**
 * @returns the linked identity, or `null` when the id was never linked (or its instansi is gone).
 */
export async function resolveChatIdentity(deps: Deps, platform: ChatPlatform, externalId: string): Promise<ChatIdentity | null> {
  const db = deps.dbHandle.db;
  const row = await createChatIdentitiesRepository({ db }).findByExternal(platform, externalId);
  if (!row) return null;
  const inst = await createInstansiRepository({ db }).findById(row.instansiId);
  if (!inst) return null;
  return {
    instansi: { id: inst.id, kode: inst.kode, nama: inst.nama },
    // A chat identity is always bound to its instansi, even when linked with a SUPERADMIN role.
    principal: { role: row.role, instansiId: row.instansiId, unitId: row.unitId },
    actor: { type: 'chat', platform, externalId },
  };
}
