/**
 * The enabled review schedules of every instansi, as the job system registers them at boot. Disabled schedules are
 * left out, so syncing removes them from the scheduler.
 */
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';

export interface ReviewScheduleEntry {
  instansiId: number;
  instansiKode: string;
  cron: string;
  timezone: string;
}

export async function listReviewSchedules(ctx: ServiceContext): Promise<ReviewScheduleEntry[]> {
  const rows = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).listSchedules();
  return rows
    .filter((row) => row.enabled === 1)
    .map((row) => ({ instansiId: row.instansiId, instansiKode: row.kode, cron: row.cron, timezone: row.timezone }));
}
