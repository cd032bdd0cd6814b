import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** A tenant: one pemda or ministry, identified by a short `kode` such as `kab-contoh`. */
export const instansi = pgTable('instansi', {
  id: serial('id').primaryKey(),
  kode: text('kode').notNull().unique(),
  nama: text('nama').notNull(),
  /** Where review summaries are posted; empty = not posted. */
  slackChannel: text('slack_channel'),
  telegramChatId: text('telegram_chat_id'),
  /**
   * Bumped in the same transaction as every write that changes what snapshot reads return (imports, reviews,
   * calibration, finalize, policy, instansi settings); read caches key on it, so a committed write is never served stale.
   */
  dataVersion: integer('data_version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Review schedule per instansi (cron + timezone); default quarterly. */
export const schedules = pgTable('schedules', {
  instansiId: integer('instansi_id')
    .primaryKey()
    .references(() => instansi.id, { onDelete: 'cascade' }),
  cron: text('cron').notNull(),
  timezone: text('timezone').notNull(),
  enabled: integer('enabled').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
