/**
 * Words of the calendar inside a question, whose neighbours say what they are: the numeral of a part of the year
 * ("pensiun triwulan II", "semester dua") and a month that is also a given name ("pensiun bulan Juli"). Pure; used by
 * refine-roles.ts.
 */
import { MONTH_NUMBERS, MONTHS_EN, MONTHS_ID } from './lexicon/months.js';
import { MONTH_RANGE_LINKS, ordinalOfYearPart } from './numbers.js';
import type { Token } from './token.js';

/** In place: "pensiun triwulan II" — the numeral of a part of the year is the span's, no word of a unit's name. */
function readYearPartOrdinals(tokens: Token[]): void {
  const words = tokens.map((t) => t.text);
  tokens.forEach((t, i) => {
    if (ordinalOfYearPart(words, i)) tokens[i] = { text: t.text, role: 'period' };
  });
}

/** Months that are also given names (Juni, Juli, April, Agustus, Mei), folded. */
const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS_ID, ...MONTHS_EN].map((m) => m.toLowerCase()));

/** A month, at `at`, said as one end of a range of months ("Juli sampai Desember", "Okt-Des"). */
function endsMonthRange(tokens: readonly Token[], at: number): boolean {
  const month = (k: number) => MONTH_NUMBERS.has(tokens[k]?.text ?? '');
  const link = (k: number) => MONTH_RANGE_LINKS.has(tokens[k]?.text ?? '');
  return month(at) && ((link(at + 1) && month(at + 2)) || (link(at - 1) && month(at - 2)));
}

/** In place: "pensiun bulan Juli", "in the month of June", "Okt-Des 2026": a month said as one, no name. */
function readMonthsSaidAsMonths(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.text ?? '';
    const named = MONTH_NAMES.has(t.text) && (before === 'bulan' || before === 'month' || (before === 'of' && tokens[i - 2]?.text === 'month'));
    if (t.role === 'name' && (named || endsMonthRange(tokens, i))) tokens[i] = { text: t.text, role: 'function' };
  });
}

/** In place: every word of the calendar read as such, no word of a unit's name nor a person's. */
export function readCalendarWords(tokens: Token[]): void {
  readYearPartOrdinals(tokens);
  readMonthsSaidAsMonths(tokens);
}
