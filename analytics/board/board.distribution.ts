/** Share of placed employees per box, set against the policy's optional distribution guide. */
import type { Box } from '../domain/enums.js';
import type { Policy } from '../policy/index.js';

export type GuideStatus = 'DI_BAWAH_PANDUAN' | 'SESUAI_PANDUAN' | 'DI_ATAS_PANDUAN';

export interface BoxShare {
  box: Box;
  count: number;
  /** Percent of placed employees in scope, one decimal; 0 when nobody is placed. */
  pct: number;
  guide: { min: number; max: number } | null;
  status: GuideStatus | null;
}

export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

/** @param counts - employees per effective box (boxes missing count as 0) */
export function boxShares(args: { counts: ReadonlyMap<Box, number>; policy: Policy }): BoxShare[] {
  const placed = [...args.counts.values()].reduce((a, b) => a + b, 0);
  const guide = args.policy.calibration.distributionGuide;
  return ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((box) => {
    const count = args.counts.get(box) ?? 0;
    const pct = percentOf(count, placed);
    const range = guide?.[String(box) as `${Box}`] ?? null;
    const status: GuideStatus | null =
      range === null ? null : pct < range.min ? 'DI_BAWAH_PANDUAN' : pct > range.max ? 'DI_ATAS_PANDUAN' : 'SESUAI_PANDUAN';
    return { box, count, pct, guide: range ? { min: range.min, max: range.max } : null, status };
  });
}
