import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog } from '../schema/index.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

/** Reads of the audit log, newest first, keyset-paginated on the id (monotonic with `at`). */
export function createAuditRepository({ db }: { db: Db }) {
  return {
    /**
     * Stores many rows in one statement with a single JSON parameter: cheaper to build than a multi-row VALUES list
     * and free of the per-statement parameter limit.
     */
    /** Each row carries its own `at` (the acting context's clock). */
    async insertMany(rows: ReadonlyArray<NewAuditRow & { at: Date }>): Promise<void> {
      if (rows.length === 0) return;
      const json = JSON.stringify(
        rows.map((r) => ({ i: r.instansiId ?? null, a: r.actor, c: r.action, t: r.target ?? null, d: r.details ?? null, at: r.at.toISOString() })),
      );
      await db.execute(sql`
        insert into audit_log (instansi_id, actor, action, target, details, at)
        select (r->>'i')::int, r->>'a', r->>'c', r->>'t',
               case when json_typeof(r->'d') = 'null' then null else (r->'d')::jsonb end, (r->>'at')::timestamptz
        from json_array_elements(${json}::json) as r`);
    },
    async insert(row: NewAuditRow): Promise<void> {
      await db.insert(auditLog).values(row);
    },
    async listByInstansi(input: { instansiId: number; limit: number; beforeId?: number }): Promise<AuditRow[]> {
      const scope = eq(auditLog.instansiId, input.instansiId);
      return db
        .select()
        .from(auditLog)
        .where(input.beforeId === undefined ? scope : and(scope, lt(auditLog.id, input.beforeId)))
        .orderBy(desc(auditLog.id))
        .limit(input.limit);
    },
  };
}
