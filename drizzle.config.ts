import { defineConfig } from 'drizzle-kit';

/** Migrations are generated from db/schema and committed; the same SQL applies to PGlite and PostgreSQL 15. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
