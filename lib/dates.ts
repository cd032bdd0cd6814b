/** Reading "today" off a clock: the one place that turns an instant into a calendar date in a timezone. */

/**
 * The calendar date (`YYYY-MM-DD`) of `now` in `timeZone`: a 02:00 WIB instant on the 1st is still the 1st in
 * Asia/Jakarta, not the 31st in UTC.
 * @param timeZone - an IANA timezone, e.g. `Asia/Jakarta` (config `TZ_DEFAULT`, or a schedule's own timezone)
 * @param now - the instant to read, usually `ctx.now()`
 */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
