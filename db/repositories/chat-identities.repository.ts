import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { ChatPlatform, Role } from '../enums.js';
import { chatIdentities } from '../schema/index.js';

export type ChatIdentityRow = typeof chatIdentities.$inferSelect;

/** Slack/Telegram users linked to a role and unit scope; one row per (platform, externalId). */
export function createChatIdentitiesRepository({ db }: { db: Db }) {
  return {
    async findByExternal(platform: ChatPlatform, externalId: string): Promise<ChatIdentityRow | null> {
      const [row] = await db
        .select()
        .from(chatIdentities)
        .where(and(eq(chatIdentities.platform, platform), eq(chatIdentities.externalId, externalId)))
        .limit(1);
      return row ?? null;
    },
    /** Inserts or re-points the identity; a user moved to another instansi keeps one row. */
    async upsert(input: {
      instansiId: number;
      platform: ChatPlatform;
      externalId: string;
      role: Role;
      unitId: number | null;
    }): Promise<ChatIdentityRow> {
      const [row] = await db
        .insert(chatIdentities)
        .values(input)
        .onConflictDoUpdate({
          target: [chatIdentities.platform, chatIdentities.externalId],
          set: { instansiId: input.instansiId, role: input.role, unitId: input.unitId },
        })
        .returning();
      return row!;
    },
  };
}
