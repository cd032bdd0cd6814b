/** Versioned talent policies per instansi: the newest version is in force; old versions stay for old reviews. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { policies } from '../schema/index.js';

export type PolicyRow = typeof policies.$inferSelect;

export function createPoliciesRepository({ db }: { db: Db }) {
  return {
    async findLatest(instansiId: number): Promise<PolicyRow | null> {
      const [row] = await db
        .select()
        .from(policies)
        .where(eq(policies.instansiId, instansiId))
        .orderBy(desc(policies.version))
        .limit(1);
      return row ?? null;
    },

    async findVersion(instansiId: number, version: number): Promise<PolicyRow | null> {
      const [row] = await db
        .select()
        .from(policies)
        .where(and(eq(policies.instansiId, instansiId), eq(policies.version, version)))
        .limit(1);
      return row ?? null;
    },

    /** Inserts `version`; a concurrent writer of the same version hits the unique key and the caller retries. */
    async insert(input: { instansiId: number; version: number; body: unknown; createdBy: string }): Promise<PolicyRow> {
      const [row] = await db.insert(policies).values(input).returning();
      return row!;
    },
  };
}

export type PoliciesRepository = ReturnType<typeof createPoliciesRepository>;
