/**
 * Remembers delivery ids (Slack `event_id`, Telegram `update_id`) for a few minutes, so a delivery the platform
 * repeats (a retry after a slow answer, a replayed request) is acknowledged but answered only once. Bounded: the
 * oldest ids are forgotten first. Per process: several server processes each remember their own deliveries.
 */
import { wallClock } from '../../lib/clock.js';

export interface ReplayGuard {
  /** True the first time `id` is seen within the window; false for a repeat. */
  firstTime(id: string): boolean;
}

/**
 * @param options.ttlMs - how long an id is remembered; @defaultValue 10 minutes (Slack retries within ~5)
 * @param options.max - most ids remembered; @defaultValue 50 000
 */
export function createReplayGuard(options: { ttlMs?: number; max?: number; now?: () => number } = {}): ReplayGuard {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const max = options.max ?? 50_000;
  const now = options.now ?? (() => wallClock().getTime());
  const seen = new Map<string, number>();
  return {
    firstTime(id) {
      const at = now();
      for (const [key, expires] of seen) {
        if (expires > at && seen.size < max) break;
        seen.delete(key);
      }
      const expires = seen.get(id);
      if (expires !== undefined && expires > at) return false;
      seen.delete(id);
      seen.set(id, at + ttl);
      return true;
    },
  };
}
