import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog } from '../schema/index.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** Reads of the audit log, newest first, keyset-paginated on the id (monotonic with `at`). */
export function createAuditRepository({ db }: { db: Db }) {
  return {
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
