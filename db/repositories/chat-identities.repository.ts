import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { ChatPlatform, Role } from '../enums.js';
import { chatIdentities } from '../schema/index.js';

export type ChatIdentityRow = typeof chatIdentities.$inferSelect;

export interface ChatLink {
  instansiId: number;
  platform: ChatPlatform;
  externalId: string;
  role: Role;
  unitId: number | null;
}

/** Slack/Telegram users linked to a role and unit scope of one instansi; one row per (platform, externalId). */
export function createChatIdentitiesRepository({ db }: { db: Db }) {
  const byExternal = (platform: ChatPlatform, externalId: string) =>
    and(eq(chatIdentities.platform, platform), eq(chatIdentities.externalId, externalId));
  return {
    async findByExternal(platform: ChatPlatform, externalId: string): Promise<ChatIdentityRow | null> {
      const [row] = await db.select().from(chatIdentities).where(byExternal(platform, externalId)).limit(1);
      return row ?? null;
    },
    /**
     * Inserts the identity, or changes its role and unit when it already belongs to the same instansi. One that
     * belongs to another instansi is left untouched (in one statement, so two instansi linking the same id at
     * once cannot take it from each other): the result is then `null`.
     */
    async linkWithin(input: ChatLink): Promise<ChatIdentityRow | null> {
      const [row] = await db
        .insert(chatIdentities)
        .values(input)
        .onConflictDoUpdate({
          target: [chatIdentities.platform, chatIdentities.externalId],
          set: { role: input.role, unitId: input.unitId },
          setWhere: eq(chatIdentities.instansiId, input.instansiId),
        })
        .returning();
      return row ?? null;
    },
    /** Re-points an existing identity to another instansi, role and unit (the caller authorised the move). */
    async move(input: ChatLink): Promise<ChatIdentityRow | null> {
      const [row] = await db
        .update(chatIdentities)
        .set({ instansiId: input.instansiId, role: input.role, unitId: input.unitId })
        .where(byExternal(input.platform, input.externalId))
        .returning();
      return row ?? null;
    },
  };
}
