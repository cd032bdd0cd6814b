/**
 * The kinerja window of contract §2.1: per year the annual rating (TAHUNAN, else TW4), then the most recent
 * years within year(asOf) − spanYears … year(asOf). Shared by the bulk engine and the succession KINERJA gate so
 * both read the same two predikat.
 */
import { predikatRank } from '../domain/predikat.js';
import { yearOf } from '../domain/dates.js';
import type { Policy } from '../policy/policy.schema.js';
import type { RatingRecord } from '../types.js';
import type { AnnualPredikat } from './nine-box.types.js';

const SOURCE_ORDER = { RATING: 0, PREDIKAT: 1, NILAI_SKP: 2 } as const;

/** @returns true for the periods that can be a year's annual rating. */
export function isAnnualPeriode(periode: string): periode is AnnualPredikat['periode'] {
  return periode === 'TAHUNAN' || periode === 'TW4';
}

/**
 * Whether `a` should be a year's annual rating rather than `b` (same employee and year). TAHUNAN beats TW4. Two rows
 * for the same period should not exist (the natural key forbids it); if they do, the worse predikat wins (fail
 * closed), then a fixed order of the remaining fields, so the choice never depends on input order.
 */
export function isPreferredAnnual(a: RatingRecord, b: RatingRecord): boolean {
  if (a.periode !== b.periode) return a.periode === 'TAHUNAN';
  const rank = predikatRank(a.predikat) - predikatRank(b.predikat);
  if (rank !== 0) return rank > 0;
  const source = SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source];
  if (source !== 0) return source < 0;
  return (a.nilaiSkp ?? -1) < (b.nilaiSkp ?? -1);
}

export function toAnnualPredikat(r: RatingRecord): AnnualPredikat {
  return {
    tahun: r.tahun,
    periode: r.periode === 'TAHUNAN' ? 'TAHUNAN' : 'TW4',
    predikat: r.predikat,
    source: r.source,
    nilaiSkp: r.nilaiSkp,
  };
}

/**
 * The annual ratings that make up one employee's kinerja window, newest first: the `yearsUsed` most recent
 * years with an annual rating and year(asOf) − spanYears ≤ tahun ≤ year(asOf). Empty means kinerja is unrated;
 * one entry (with the default policy) means the SATU_TAHUN flag.
 * @param ratings - the employee's rating rows (any order; rows of other periods and years are ignored)
 * @param asOf - ISO date of the review
 */
export function annualPredikatWindow(
  ratings: readonly RatingRecord[],
  asOf: string,
  policy: Policy,
): AnnualPredikat[] {
  const toYear = yearOf(asOf);
  const fromYear = toYear - policy.kinerja.window.spanYears;
  const byYear = new Map<number, RatingRecord>();
  for (const r of ratings) {
    if (r.tahun < fromYear || r.tahun > toYear || !isAnnualPeriode(r.periode)) continue;
    const current = byYear.get(r.tahun);
    if (current === undefined || isPreferredAnnual(r, current)) byYear.set(r.tahun, r);
  }
  return [...byYear.values()]
    .sort((a, b) => b.tahun - a.tahun)
    .slice(0, policy.kinerja.window.yearsUsed)
    .map(toAnnualPredikat);
}
