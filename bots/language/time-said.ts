/**
 * The time a question says, read off its tokens: a span ahead ("6 bulan ke depan", "tahun depan", "2027") and a part
 * of the year ("triwulan III", "Q2", "semester kedua"), which go together ("triwulan III 2027"). A number the grammar
 * gave to a unit's name ("sd negeri 1 tahun depan") counts as no number of time.
 */
import { findPeriod, findYearPart, type Period, type YearPart } from './numbers.js';
import type { Token } from './token.js';

/** The words of the tokens, a unit's number masked. */
function timeWords(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t) => (t.role === 'org' && /^\d+$/.test(t.text) ? ['#'] : t.text.split(' ')));
}

export function periodOf(tokens: readonly Token[]): Period | null {
  return findPeriod(timeWords(tokens));
}

export function yearPartOf(tokens: readonly Token[]): YearPart | null {
  return findYearPart(timeWords(tokens));
}
