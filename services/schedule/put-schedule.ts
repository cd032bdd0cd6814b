/**
 * Sets the review schedule of an instansi: a 5- or 6-field cron (6 = with seconds) that fires at least once, and an
 * IANA timezone, or disables it. Stored, audited and registered with the job queue as one step: the registration is
 * the last statement of the transaction, so a refused registration (Redis unreachable, say) stores nothing and the
 * old timer keeps running; a commit that fails after the queue took the new schedule puts the old one back.
 * Permission `schedule.write`.
 */
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { firesEver, isValidCron, isValidTimezone, nextRun, normaliseCron } from '../../lib/cron.js';
import { failureFields, preconditionError, validationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { effectiveSchedule, type EffectiveSchedule } from './effective-schedule.js';
import { registerSchedule } from './register-schedule.js';
import type { PutScheduleInput, Schedule } from './schemas.js';

export async function putSchedule(ctx: ServiceContext, input: PutScheduleInput): Promise<Schedule> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'schedule.write');
  const cron = normaliseCron(input.cron);
  const timezone = input.timezone.trim();
  const problems: string[] = [];
  if (!isValidCron(cron)) problems.push(`cron "${input.cron}" tidak valid (gunakan 5 atau 6 kolom, mis. "0 2 1 1,4,7,10 *")`);
  else if (!firesEver(cron)) problems.push(`cron "${input.cron}" tidak pernah berjalan (mis. tanggal 30 Februari); pilih tanggal yang ada`);
  if (!isValidTimezone(timezone)) problems.push(`zona waktu "${input.timezone}" tidak dikenal (gunakan nama IANA, mis. "Asia/Jakarta")`);
  if (problems.length > 0) throw validationError(problems.join('; '), { problems });
  const queue = ctx.deps.queue;
  if (!queue) throw preconditionError('Antrean tinjauan tidak tersedia; jadwal tidak dapat dipasang');

  const wanted: EffectiveSchedule = { cron, timezone, enabled: input.enabled ?? true, isDefault: false };
  const replaced: { schedule?: EffectiveSchedule } = {};
  try {
    await ctx.deps.dbHandle.db.transaction(async (tx) => {
      const repo = createInstansiRepository({ db: tx });
      const before = effectiveSchedule(await repo.getSchedule(instansi.id), ctx.deps.config);
      await repo.upsertSchedule({ instansiId: instansi.id, cron, timezone, enabled: wanted.enabled, updatedAt: ctx.now() });
      await recordAudit(ctx, { instansiId: instansi.id, action: 'schedule.write', details: { cron, timezone, enabled: wanted.enabled } }, tx);
      await registerSchedule(queue, instansi.id, wanted);
      replaced.schedule = before;
    });
  } catch (err) {
    if (replaced.schedule) {
      await registerSchedule(queue, instansi.id, replaced.schedule).catch((restoreErr: unknown) =>
        ctx.log.error({ instansiId: instansi.id, ...failureFields(restoreErr) }, 'previous schedule not restored'),
      );
    }
    throw err;
  }
  return { instansi: instansi.kode, ...wanted, next: nextRun(wanted, ctx.now()) };
}
