/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), exactly as the policy contract defines it.
 * Dates stay strings at the boundary; comparisons of ISO strings are chronological.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic, not a `Date`: imports check several dates on each of 100,000s of rows. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The number `value` writes in `[from, to)` with ASCII digits only, or -1. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** @returns true for a real calendar date written `YYYY-MM-DD` (read digit by digit: imports check 500,000 dates). */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Integer `YYYYMMDD` of an ISO date: cheap to compare and to subtract in bulk. */
export function toYmd(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export function fromYmd(ymd: number): string {
  const y = Math.floor(ymd / 10000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Completed years from `from` to `to`, as an age counts them (2021-11-23 → 2026-11-22 is 4).
 * Works on `YYYYMMDD` integers because the month-day part orders like the calendar.
 */
export function wholeYearsBetween(from: string, to: string): number {
  return Math.floor((toYmd(to) - toYmd(from)) / 10000);
}

/** Same as {@link wholeYearsBetween} on `YYYYMMDD` integers, for hot loops. */
export function wholeYearsBetweenYmd(from: number, to: number): number {
  return Math.floor((to - from) / 10000);
}

/**
 * The same day of the month `months` later (negative: earlier), clamped to that month's last day.
 * `addMonths('2024-02-29', -12)` is `2023-02-28`.
 */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last day of `month` (1–12; 0 is the December before) of `year`. */
export function lastDayOfMonth(year: number, month: number): string {
  const y = month === 0 ? year - 1 : year;
  const m = month === 0 ? 12 : month;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The day after `iso`. */
export function nextDay(iso: string): string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  return d < daysInMonth(y, m) ? `${iso.slice(0, 8)}${String(d + 1).padStart(2, '0')}` : addMonths(`${iso.slice(0, 8)}01`, 1);
}

/** First day of the month after `iso` (pension starts then, after BUP is reached). */
export function firstOfNextMonth(iso: string): string {
  const first = `${iso.slice(0, 8)}01`;
  return addMonths(first, 1);
}
