/**
 * The dates a review may have. `asOf` is bounded to a window set in config (`AS_OF_MIN` to `AS_OF_MAX_MONTHS_AHEAD`
 * months after today): a review dated 0000-01-01 breaks date arithmetic, and one dated 9999-12-31 would stay the
 * newest review forever. "Today" is the calendar date in the deployment's timezone.
 */
import { addMonths, isIsoDate } from '../../analytics/domain/dates.js';
import { todayIn } from '../../lib/dates.js';
import { validationError } from '../../lib/errors.js';
import type { ServiceContext } from '../context.js';

export function todayOf(ctx: Pick<ServiceContext, 'deps' | 'now'>): string {
  return todayIn(ctx.deps.config.TZ_DEFAULT, ctx.now());
}

/** The earliest and latest `asOf` a new review may have today. */
export function asOfWindow(ctx: Pick<ServiceContext, 'deps' | 'now'>): { earliest: string; latest: string } {
  return { earliest: ctx.deps.config.AS_OF_MIN, latest: addMonths(todayOf(ctx), ctx.deps.config.AS_OF_MAX_MONTHS_AHEAD) };
}

/** Refuses (400) an `asOf` that is not a calendar date or lies outside {@link asOfWindow}. */
export function assertAsOfAllowed(ctx: Pick<ServiceContext, 'deps' | 'now'>, asOf: string): void {
  if (!isIsoDate(asOf)) throw validationError(`Tanggal acuan "${asOf}" tidak valid (format YYYY-MM-DD)`);
  const { earliest, latest } = asOfWindow(ctx);
  if (asOf < earliest || asOf > latest) {
    throw validationError(`Tanggal acuan ${asOf} di luar rentang yang diizinkan (${earliest} sampai ${latest})`, {
      earliest,
      latest,
    });
  }
}
