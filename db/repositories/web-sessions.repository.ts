/** One-time login links and board sessions (hashes only), and the token owner a live one acts as. */
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../client.js';
import { apiTokens, users, webSessions, type WebSecretKind } from '../schema/index.js';
import { TOKEN_OWNER_COLUMNS, type TokenOwnerRow } from './api-tokens.repository.js';

/** A live board session as a request resolves it: its token's owner and the session's own expiry. */
export type LiveSessionRow = TokenOwnerRow & { sessionExpiresAt: Date };

const tokenIsLive = (at: Date) => and(isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, at)));

export function createWebSessionsRepository({ db }: { db: Db }) {
  return {
    async insert(input: { kind: WebSecretKind; secretHash: string; tokenId: number; expiresAt: Date }): Promise<void> {
      await db.insert(webSessions).values(input);
    },

    /**
     * Closes a live secret of this kind and returns the token it belongs to; null when it is unknown, used,
     * signed out or expired. One statement, so a link cannot be used twice by two concurrent requests.
     */
    async close(kind: WebSecretKind, secretHash: string, at: Date): Promise<{ tokenId: number } | null> {
      const [row] = await db
        .update(webSessions)
        .set({ closedAt: at })
        .where(
          and(
            eq(webSessions.kind, kind),
            eq(webSessions.secretHash, secretHash),
            isNull(webSessions.closedAt),
            gt(webSessions.expiresAt, at),
          ),
        )
        .returning({ tokenId: webSessions.tokenId });
      return row ?? null;
    },

    /** The owner of a token that is neither revoked nor expired; null otherwise. */
    async findLiveTokenOwner(tokenId: number, at: Date): Promise<TokenOwnerRow | null> {
      const [row] = await db
        .select(TOKEN_OWNER_COLUMNS)
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(and(eq(apiTokens.id, tokenId), tokenIsLive(at)))
        .limit(1);
      return row ?? null;
    },

    /** The owner of a live session whose token is neither revoked nor expired; null otherwise. */
    async findLiveSession(secretHash: string, at: Date): Promise<LiveSessionRow | null> {
      const [row] = await db
        .select({ ...TOKEN_OWNER_COLUMNS, sessionExpiresAt: webSessions.expiresAt })
        .from(webSessions)
        .innerJoin(apiTokens, eq(apiTokens.id, webSessions.tokenId))
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(
          and(
            eq(webSessions.kind, 'SESSION'),
            eq(webSessions.secretHash, secretHash),
            isNull(webSessions.closedAt),
            gt(webSessions.expiresAt, at),
            tokenIsLive(at),
          ),
        )
        .limit(1);
      return row ?? null;
    },
  };
}
