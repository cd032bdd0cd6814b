/** Saved column mappings per (instansi, import kind). */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { importMappings } from '../schema/index.js';

export type ImportMappingRow = typeof importMappings.$inferSelect;

export function createImportMappingsRepository({ db }: { db: Db }) {
  return {
    async find(instansiId: number, kind: string): Promise<ImportMappingRow | null> {
      const [row] = await db
        .select()
        .from(importMappings)
        .where(and(eq(importMappings.instansiId, instansiId), eq(importMappings.kind, kind)))
        .limit(1);
      return row ?? null;
    },

    /** Inserts or replaces the mapping of (instansi, kind). */
    async upsert(input: { instansiId: number; kind: string; columns: Record<string, string>; updatedBy: string }): Promise<ImportMappingRow> {
      const [row] = await db
        .insert(importMappings)
        .values(input)
        .onConflictDoUpdate({
          target: [importMappings.instansiId, importMappings.kind],
          set: { columns: input.columns, updatedBy: input.updatedBy, updatedAt: sql`now()` },
        })
        .returning();
      return row!;
    },

    /** @returns whether a mapping was removed */
    async remove(instansiId: number, kind: string): Promise<boolean> {
      const rows = await db
        .delete(importMappings)
        .where(and(eq(importMappings.instansiId, instansiId), eq(importMappings.kind, kind)))
        .returning({ id: importMappings.id });
      return rows.length > 0;
    },
  };
}

export type ImportMappingsRepository = ReturnType<typeof createImportMappingsRepository>;
