/**
 * The schedule an instansi's reviews actually follow: its stored one, or the configured default
 * (`SCHEDULE_DEFAULT_CRON` in `TZ_DEFAULT`, quarterly unless changed) while it has none. The API, the bots and the
 * scheduler all read it here, so what is shown is what is registered.
 */
import type { Config } from '../../lib/config.js';

export interface EffectiveSchedule {
  cron: string;
  timezone: string;
  enabled: boolean;
  /** True when nothing is stored and the default applies. */
  isDefault: boolean;
}

/** A stored schedule row as the repository returns it (`enabled` is 0 or 1). */
export interface StoredSchedule {
  cron: string;
  timezone: string;
  enabled: number;
}

export function effectiveSchedule(
  stored: StoredSchedule | null,
  config: Pick<Config, 'SCHEDULE_DEFAULT_CRON' | 'TZ_DEFAULT'>,
): EffectiveSchedule {
  if (!stored) return { cron: config.SCHEDULE_DEFAULT_CRON, timezone: config.TZ_DEFAULT, enabled: true, isDefault: true };
  return { cron: stored.cron, timezone: stored.timezone, enabled: stored.enabled === 1, isDefault: false };
}

/**
 * Identifies a schedule among an instansi's reviews: a scheduled review is created once per (instansi, asOf,
 * schedule), however often its firing is delivered.
 */
export function scheduleKey(schedule: { cron: string; timezone: string }): string {
  return `${schedule.cron} @ ${schedule.timezone}`;
}
