import { bigserial, index, integer, jsonb, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';
import { CHAT_PLATFORMS, ROLES } from '../enums.js';
import { units } from './organisation.js';

/** A principal of the API: a role, bound to one instansi (except SUPERADMIN) and optionally one unit subtree. */
export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  instansiId: integer('instansi_id').references(() => instansi.id, { onDelete: 'cascade' }),
  unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Bearer tokens, stored as SHA-256 hashes; the clear token is shown once at creation. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    label: text('label'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** A Slack or Telegram user linked to a role and unit scope within one instansi. */
export const chatIdentities = pgTable(
  'chat_identities',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    platform: text('platform', { enum: CHAT_PLATFORMS }).notNull(),
    externalId: text('external_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('chat_identities_platform_external').on(t.platform, t.externalId)],
);

/** Who did what, when: every write and every read of personal data. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    instansiId: integer('instansi_id').references(() => instansi.id, { onDelete: 'cascade' }),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    details: jsonb('details'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_instansi_at_idx').on(t.instansiId, t.at)],
);
