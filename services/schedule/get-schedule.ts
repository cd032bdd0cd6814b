/** The review schedule of an instansi as the scheduler follows it (the default while none is stored). Permission `schedule.read`. */
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { nextRun } from '../../lib/cron.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { effectiveSchedule } from './effective-schedule.js';
import type { GetScheduleInput, Schedule } from './schemas.js';

export async function getSchedule(ctx: ServiceContext, input: GetScheduleInput): Promise<Schedule> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'schedule.read');
  const stored = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).getSchedule(instansi.id);
  const schedule = effectiveSchedule(stored, ctx.deps.config);
  return { instansi: instansi.kode, ...schedule, next: nextRun(schedule, ctx.now()) };
}
