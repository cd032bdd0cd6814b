import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { apiTokens } from './access.js';

/**
 * `LOGIN_LINK`: a one-time secret in a sign-in link; `SESSION`: the secret in the board's httpOnly cookie. Both act
 * as the API token they were made from, so a revoked token ends its links and sessions too.
 */
export const WEB_SECRET_KINDS = ['LOGIN_LINK', 'SESSION'] as const;
export type WebSecretKind = (typeof WEB_SECRET_KINDS)[number];

/** Browser sign-ins of the committee board, stored as SHA-256 hashes of their secrets. */
export const webSessions = pgTable(
  'web_sessions',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: WEB_SECRET_KINDS }).notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    tokenId: integer('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** A link that was used, or a session that was signed out. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('web_sessions_token_idx').on(t.tokenId)],
);
