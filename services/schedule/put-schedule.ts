/**
 * Sets the review schedule of an instansi: a 5- or 6-field cron (6 = with seconds) checked by croner, and an IANA
 * timezone checked by Intl. Stored, then handed to the job queue (which replaces the recurring job). Audited.
 * Permission `schedule.write`.
 */
import { Cron } from 'croner';
import { nextRun } from './next-run.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { preconditionError, validationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import type { PutScheduleInput, Schedule } from './schemas.js';

export function isValidTimezone(tz: string): boolean {
  if (tz.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function isValidCron(cron: string): boolean {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return false;
  try {
    // paused: validate the pattern without scheduling anything.
    new Cron(cron.trim(), { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export async function putSchedule(ctx: ServiceContext, input: PutScheduleInput): Promise<Schedule> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'schedule.write');
  const cron = input.cron.trim().replace(/\s+/g, ' ');
  const timezone = input.timezone.trim();
  const problems: string[] = [];
  if (!isValidCron(cron)) problems.push(`cron "${input.cron}" tidak valid (gunakan 5 atau 6 kolom, mis. "0 2 1 1,4,7,10 *")`);
  if (!isValidTimezone(timezone)) problems.push(`zona waktu "${input.timezone}" tidak dikenal (gunakan nama IANA, mis. "Asia/Jakarta")`);
  if (problems.length > 0) throw validationError(problems.join('; '), { problems });
  const queue = ctx.deps.queue;
  if (!queue) throw preconditionError('Antrean tinjauan tidak tersedia; jadwal tidak dapat dipasang');

  const enabled = input.enabled ?? true;
  const row = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).upsertSchedule({
    instansiId: instansi.id, cron, timezone, enabled,
  });
  if (enabled) await queue.upsertSchedule({ instansiId: instansi.id, instansiKode: instansi.kode, cron, timezone });
  else await queue.removeSchedule(instansi.id);
  await recordAudit(ctx, { instansiId: instansi.id, action: 'schedule.write', details: { cron, timezone, enabled } });
  const stored = { cron: row.cron, timezone: row.timezone, enabled: row.enabled === 1 };
  return { instansi: instansi.kode, ...stored, isDefault: false, next: nextRun(stored, ctx.now()) };
}
