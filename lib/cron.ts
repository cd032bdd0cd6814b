/**
 * Cron patterns and timezones as the schedulers read them: croner (in-process) and BullMQ accept the same 5-field
 * patterns, or 6 fields with leading seconds, in an IANA timezone.
 */
import { Cron } from 'croner';

/** Collapses runs of whitespace, so equal schedules compare equal. */
export function normaliseCron(cron: string): string {
  return cron.trim().replace(/\s+/g, ' ');
}

export function isValidCron(cron: string): boolean {
  const fields = normaliseCron(cron).split(' ');
  if (fields.length !== 5 && fields.length !== 6) return false;
  try {
    // paused: validate the pattern without scheduling anything.
    new Cron(normaliseCron(cron), { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a valid pattern fires at least once from now on. `0 2 30 2 *` (30 February) parses, yet a schedule
 * set to it would never run a review.
 */
export function firesEver(cron: string): boolean {
  const job = new Cron(normaliseCron(cron), { paused: true });
  const next = job.nextRun();
  job.stop();
  return next !== null;
}

export function isValidTimezone(tz: string): boolean {
  if (tz.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * When a schedule next fires after `now` (ISO 8601, UTC), computed by the library the in-process scheduler uses;
 * null for a disabled schedule or a cron that never fires again.
 */
export function nextRun(schedule: { cron: string; timezone: string; enabled: boolean }, now: Date): string | null {
  if (!schedule.enabled) return null;
  const cron = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  const next = cron.nextRun(now);
  cron.stop();
  return next ? next.toISOString() : null;
}
