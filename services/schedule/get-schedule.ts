/** The review schedule of an instansi (the default quarterly one when none is stored). Permission `schedule.read`. */
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { nextRun } from './next-run.js';
import { DEFAULT_SCHEDULE, type GetScheduleInput, type Schedule } from './schemas.js';

export async function getSchedule(ctx: ServiceContext, input: GetScheduleInput): Promise<Schedule> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'schedule.read');
  const row = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).getSchedule(instansi.id);
  const schedule = row
    ? { cron: row.cron, timezone: row.timezone, enabled: row.enabled === 1, isDefault: false }
    : { ...DEFAULT_SCHEDULE, enabled: true, isDefault: true };
  return { instansi: instansi.kode, ...schedule, next: nextRun(schedule, ctx.now()) };
}
