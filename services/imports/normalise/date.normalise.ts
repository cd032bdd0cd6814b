/**
 * Dates as Indonesian spreadsheets write them: ISO, day-first `dd-mm-yyyy` / `dd/mm/yyyy` / `dd.mm.yyyy` (never
 * month-first, which Indonesian offices do not use), year-first `yyyy/mm/dd`, month names in Bahasa Indonesia or
 * English (`12 Maret 2020`, `12-Mar-2020`, `Senin, 2 Agustus 2021`), and Excel serial day numbers.
 */
import { isIsoDate } from '../../../analytics/domain/dates.js';
import { spellingKey } from './spelling.js';

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['JANUARI', 'JAN', 'JANUARY'],
  ['FEBRUARI', 'PEBRUARI', 'FEB', 'PEB', 'FEBRUARY'],
  ['MARET', 'MAR', 'MARCH'],
  ['APRIL', 'APR'],
  ['MEI', 'MAY'],
  ['JUNI', 'JUN', 'JUNE'],
  ['JULI', 'JUL', 'JULY'],
  ['AGUSTUS', 'AGU', 'AGT', 'AGS', 'AGUST', 'AUG', 'AUGUST'],
  ['SEPTEMBER', 'SEP', 'SEPT'],
  ['OKTOBER', 'OKT', 'OCT', 'OCTOBER'],
  ['NOVEMBER', 'NOPEMBER', 'NOV', 'NOP'],
  ['DESEMBER', 'DES', 'DEC', 'DECEMBER'],
];
const MONTH_NUMBER = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

const WEEKDAYS = new Set(['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU', 'MINGGU', 'AHAD']);

/** Excel serials accepted in text: five digits, 1927-05-18 (10000) … 2173-10-14 (99999); shorter numbers are years or typos. */
const SERIAL = /^\d{5}(\.\d+)?$/;
const ISO_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/**
 * The calendar date of an Excel serial day number (time of day dropped). In the 1900 system Excel counts the
 * non-existent 1900-02-29 as day 60, so days from 61 on are shifted by one against the real calendar.
 * @returns ISO date, or `null` for a number that is not a date Excel can show
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

/** `12 Maret 2020`, `12-Mar-2020`, `Maret 12, 2020`, with an optional weekday before it. */
function fromMonthName(raw: string): string | null {
  const words = spellingKey(raw).split(' ').filter((w) => !WEEKDAYS.has(w));
  if (words.length !== 3) return null;
  const [a, b, c] = words as [string, string, string];
  const dayFirst = MONTH_NUMBER.get(b);
  if (dayFirst !== undefined && /^\d{1,2}$/.test(a) && /^\d{4}$/.test(c)) return iso(Number(c), dayFirst, Number(a));
  const monthFirst = MONTH_NUMBER.get(a);
  if (monthFirst !== undefined && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(c)) return iso(Number(c), monthFirst, Number(b));
  return null;
}

/** @returns the ISO date for any accepted spelling, or `null` when the text is not a real calendar date. */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  // Most files write ISO already: a valid one is its own answer.
  if (text.length === 10 && isIsoDate(text)) return text;
  let m = ISO_PREFIX.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YEAR_FIRST.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(text)) return excelSerialToIso(Number(text));
  return /[A-Za-z]/.test(text) ? fromMonthName(text) : null;
}
