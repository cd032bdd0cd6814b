/** When a token stops working, as operators write it. */
import { isIsoDate } from '../../../analytics/domain/dates.js';

/**
 * `YYYY-MM-DD` = valid through that day in Asia/Jakarta (UTC+7, no DST); a full ISO timestamp is taken as is.
 * @returns null when the value is neither
 */
export function parseExpiry(value: string): Date | null {
  const text = value.trim();
  if (isIsoDate(text)) return new Date(`${text}T23:59:59.999+07:00`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
