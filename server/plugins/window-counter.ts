/**
 * Counts hits per key in windows that start at a key's first hit and last `windowMs`. Memory is bounded: at
 * `maxKeys` live keys, expired ones are swept (at most every tenth of a window, so a flood does not sweep on every
 * hit) and new keys share one overflow key, so a flood of distinct keys (random tokens, many addresses) exhausts a
 * shared budget instead of the heap.
 */
export interface WindowCounter {
  /** Counts one hit; returns the count in the key's window and when that window ends. */
  hit(key: string, now: number): { count: number; resetAt: number };
  /** The count without a hit (0 for an unknown or expired key). */
  peek(key: string, now: number): { count: number; resetAt: number };
}

const OVERFLOW_KEY = '\u0000overflow';

export function createWindowCounter(options: { windowMs: number; maxKeys: number }): WindowCounter {
  const windows = new Map<string, { start: number; count: number }>();
  let nextSweepAt = Number.NEGATIVE_INFINITY;

  function live(key: string, now: number) {
    const w = windows.get(key);
    return w && now - w.start < options.windowMs ? w : undefined;
  }

  function slotFor(key: string, now: number): string {
    if (windows.size < options.maxKeys || windows.has(key)) return key;
    if (now >= nextSweepAt) {
      for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
      nextSweepAt = now + options.windowMs / 10;
    }
    return windows.size < options.maxKeys ? key : OVERFLOW_KEY;
  }

  return {
    hit(key, now) {
      let w = live(key, now);
      if (!w) {
        const slot = slotFor(key, now);
        w = live(slot, now) ?? { start: now, count: 0 };
        windows.set(slot, w);
      }
      w.count++;
      return { count: w.count, resetAt: w.start + options.windowMs };
    },
    peek(key, now) {
      const w = live(key, now);
      return w ? { count: w.count, resetAt: w.start + options.windowMs } : { count: 0, resetAt: now };
    },
  };
}
