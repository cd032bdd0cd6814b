import { Cron } from 'croner';

/**
 * When a schedule next fires after `now` (ISO 8601, UTC), computed by the same cron library the in-process
 * scheduler uses; null for a disabled schedule or a cron that never fires again.
 */
export function nextRun(schedule: { cron: string; timezone: string; enabled: boolean }, now: Date): string | null {
  if (!schedule.enabled) return null;
  const cron = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  const next = cron.nextRun(now);
  cron.stop();
  return next ? next.toISOString() : null;
}
