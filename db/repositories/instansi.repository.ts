import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { instansi, schedules } from '../schema/index.js';
import { isUniqueViolation } from './errors.js';

export type InstansiRow = typeof instansi.$inferSelect;

export function createInstansiRepository({ db }: { db: Db }) {
  return {
    /** @returns the new row, or `null` when the kode is taken. */
    async create(input: { kode: string; nama: string }): Promise<InstansiRow | null> {
      try {
        const [row] = await db.insert(instansi).values(input).returning();
        return row ?? null;
      } catch (err) {
        if (isUniqueViolation(err)) return null;
        throw err;
      }
    },
    async findById(id: number): Promise<InstansiRow | null> {
      const [row] = await db.select().from(instansi).where(eq(instansi.id, id)).limit(1);
      return row ?? null;
    },
    async findByKode(kode: string): Promise<InstansiRow | null> {
      const [row] = await db.select().from(instansi).where(eq(instansi.kode, kode)).limit(1);
      return row ?? null;
    },
    async list(filter: { ids?: number[] } = {}): Promise<InstansiRow[]> {
      const query = db.select().from(instansi);
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        return query.where(inArray(instansi.id, filter.ids)).orderBy(asc(instansi.kode));
      }
      return query.orderBy(asc(instansi.kode));
    },
    async setNotificationTargets(id: number, targets: { slackChannel?: string | null; telegramChatId?: string | null }) {
      await db.update(instansi).set(targets).where(eq(instansi.id, id));
    },
    async getSchedule(instansiId: number) {
      const [row] = await db.select().from(schedules).where(eq(schedules.instansiId, instansiId)).limit(1);
      return row ?? null;
    },
    /** @param input.updatedAt - when the schedule was put (the acting context's clock) */
    async upsertSchedule(input: { instansiId: number; cron: string; timezone: string; enabled: boolean; updatedAt: Date }) {
      const values = { ...input, enabled: input.enabled ? 1 : 0 };
      const [row] = await db
        .insert(schedules)
        .values(values)
        .onConflictDoUpdate({ target: schedules.instansiId, set: values })
        .returning();
      return row!;
    },
    /** Every instansi with its stored schedule (`schedule` null where none is stored). */
    async listWithSchedules() {
      return db
        .select({
          instansiId: instansi.id,
          schedule: { cron: schedules.cron, timezone: schedules.timezone, enabled: schedules.enabled },
        })
        .from(instansi)
        .leftJoin(schedules, eq(schedules.instansiId, instansi.id))
        .orderBy(asc(instansi.kode));
    },
  };
}

/**
 * Increments the instansi's data version. Call it with the transaction of the write that changes snapshot reads, so
 * the bump commits or rolls back with that write.
 * @returns the new version
 */
export async function bumpDataVersion(db: Db, instansiId: number): Promise<number> {
  const [row] = await db
    .update(instansi)
    .set({ dataVersion: sql`${instansi.dataVersion} + 1` })
    .where(eq(instansi.id, instansiId))
    .returning({ dataVersion: instansi.dataVersion });
  if (!row) throw new Error(`instansi ${instansiId} disappeared while its data changed`);
  return row.dataVersion;
}

export type InstansiRepository = ReturnType<typeof createInstansiRepository>;
