/**
 * The five-year staffing outlook (PP 11/2017 Pasal 5: five years, broken down per year). For year t:
 * need_t = rounding(need × (1 + growth)^(t − ABK year)); existing_t = counted holders minus those reaching BUP by
 * 31 December of t; shortage_t = max(0, need_t − existing_t); the formasi of t is the increase of the shortage over
 * the earlier years (the first year carries the whole shortage then open). Earlier years' formasi are taken as filled,
 * so a shortage that dips and returns is not planned twice; with growth ≥ 0 the shortage never dips and this is
 * exactly shortage_t − shortage_(t−1). Formasi already granted and unfilled is not an input of Talenta, so it is not
 * subtracted.
 */
import { yearOf } from '../domain/dates.js';
import type { AbkPolicy } from './abk.policy.js';
import { roundNeed } from './abk.numbers.js';
import type { OutlookTotals, OutlookYear, PositionBalance, PositionOutlook } from './abk.types.js';
import { isCounted, type PositionHolders } from './holders.js';

/** Outlook years: from the ABK year, or the current year when the ABK is older, for `horizonYears` years. */
export function outlookYears({ tahun, asOf, horizonYears }: { tahun: number; asOf: string; horizonYears: number }): number[] {
  const first = Math.max(tahun, yearOf(asOf));
  return Array.from({ length: horizonYears }, (_, i) => first + i);
}

/** Counted holders still in service at the end of year t: pension (1st of the month after BUP) after 1 January t+1. */
function inServiceAtEndOf(year: number, holders: PositionHolders | undefined, countPppk: boolean): number {
  if (holders === undefined) return 0;
  const firstOfNextYear = (year + 1) * 10_000 + 101;
  let n = 0;
  holders.all.forEach((h, i) => {
    const ymd = holders.retirementYmd[i];
    if (isCounted(h, countPppk) && (ymd === null || ymd === undefined || ymd > firstOfNextYear)) n++;
  });
  return n;
}

export function positionOutlook({
  balance,
  holders,
  years,
  policy,
}: {
  balance: PositionBalance;
  holders: PositionHolders | undefined;
  years: readonly number[];
  policy: Pick<AbkPolicy, 'growthPercentPerYear' | 'rounding' | 'countPppk'>;
}): PositionOutlook {
  const growth = 1 + policy.growthPercentPerYear / 100;
  let plannedKurang = 0;
  const out: OutlookYear[] = years.map((tahun) => {
    const kebutuhan = roundNeed(balance.kebutuhan * growth ** (tahun - balance.tahun), policy.rounding);
    const existing = inServiceAtEndOf(tahun, holders, policy.countPppk);
    const kurang = Math.max(0, kebutuhan - existing);
    const formasi = Math.max(0, kurang - plannedKurang);
    plannedKurang = Math.max(plannedKurang, kurang);
    return { tahun, kebutuhan, existing, pensiun: balance.existing - existing, kurang, lebih: Math.max(0, existing - kebutuhan), formasi };
  });
  return { positionId: balance.positionId, kode: balance.kode, nama: balance.nama, unitId: balance.unitId, years: out };
}

/** Per-year sums over a set of position outlooks (shortages and surpluses summed apart). */
export function outlookTotals(years: readonly number[], outlooks: Iterable<Pick<PositionOutlook, 'years'>>): OutlookTotals[] {
  const totals = years.map((tahun) => ({ tahun, kebutuhan: 0, existing: 0, pensiun: 0, kurang: 0, lebih: 0, formasi: 0 }));
  for (const o of outlooks) {
    o.years.forEach((y, i) => {
      const t = totals[i];
      if (t === undefined) return;
      t.kebutuhan += y.kebutuhan;
      t.existing += y.existing;
      t.pensiun += y.pensiun;
      t.kurang += y.kurang;
      t.lebih += y.lebih;
      t.formasi += y.formasi;
    });
  }
  return totals;
}
