import { integer, jsonb, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';

/**
 * A saved column mapping of one instansi for one import kind: kind column → the header text of the file column that
 * feeds it. Applied to every later import of that kind, before the built-in header aliases.
 */
export const importMappings = pgTable(
  'import_mappings',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    columns: jsonb('columns').$type<Record<string, string>>().notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('import_mappings_instansi_kind').on(t.instansiId, t.kind)],
);
