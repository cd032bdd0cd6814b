import { asc, eq, inArray } from 'drizzle-orm';
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
    async upsertSchedule(input: { instansiId: number; cron: string; timezone: string; enabled: boolean }) {
      const values = { ...input, enabled: input.enabled ? 1 : 0, updatedAt: new Date() };
      const [row] = await db
        .insert(schedules)
        .values(values)
        .onConflictDoUpdate({ target: schedules.instansiId, set: values })
        .returning();
      return row!;
    },
    async listSchedules() {
      return db
        .select({ instansiId: schedules.instansiId, kode: instansi.kode, cron: schedules.cron, timezone: schedules.timezone, enabled: schedules.enabled })
        .from(schedules)
        .innerJoin(instansi, eq(instansi.id, schedules.instansiId));
    },
  };
}

export type InstansiRepository = ReturnType<typeof createInstansiRepository>;
