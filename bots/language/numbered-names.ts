/**
 * Numbered units in a question ("smp negeri 4", "sd negeri 2"): which numbers a name says, and whether a name says
 * another number, or the phrase's number of another series, than the phrase asks for; places told apart by the
 * compass likewise ("camat contoh tengah" beside Contoh Utara and Contoh Barat). Used by resolve-org.ts.
 */
import type { PreparedName } from '../../services/succession/name-match.js';
import { tokenMatches } from '../../services/succession/word-match.js';
import { PLACE_KINDS } from './absent-post.js';
import { TITLE_WORDS } from './org-terms.js';
import { COMPASS_POINTS } from './lexicon/compass.js';

/** The numbers a name says ("smp negeri 4" → 4). */
export function numbersOf(name: PreparedName): string[] {
  return name.tokens.filter((t) => /^\d+$/.test(t));
}

/**
 * True when `names` say a number and none of `numbers` ("SMP Negeri 1" for "smp negeri 4"); a phrase naming two
 * numbered units ("sd negeri 3 dan smp negeri 1") is matched by either.
 */
export function saysOtherNumber(numbers: readonly string[], names: readonly PreparedName[]): boolean {
  if (numbers.length === 0) return false;
  const said = new Set(names.flatMap(numbersOf));
  return said.size > 0 && !numbers.some((n) => said.has(n));
}

/**
 * True when the phrase says a number and `names` say none: "inspektorat daerah wilayah 2" says the Inspektorat's
 * kind, but asks for its numbered part.
 */
export function leavesNumberOut(numbers: readonly string[], names: readonly PreparedName[]): boolean {
  return numbers.length > 0 && !names.some(isNumbered);
}

/** The points of the compass a name says ("kecamatan contoh utara" → utara). */
export function pointsOf(name: PreparedName): string[] {
  return name.tokens.filter((t) => COMPASS_POINTS.has(t));
}

/**
 * True when the phrase says a point of the compass and `names` say another one but none of the phrase's ("Camat
 * Contoh Barat" for "camat contoh tengah" or "camat contoh barat daya"): places told apart by the compass are a series as numbered ones are. So is
 * a place that says none where others of the instansi say the phrase's ("kasi trantib kecamatan contoh utara" is not
 * the one of Kecamatan Kota Contoh).
 * @param directoryWords - every word the instansi's names say
 */
export function saysOtherPoint(query: PreparedName, names: readonly PreparedName[], directoryWords: ReadonlySet<string>): boolean {
  const asked = pointsOf(query);
  if (asked.length === 0) return false;
  const said = new Set(names.flatMap(pointsOf));
  // Every point the phrase says must be said: "contoh barat daya" is no "Contoh Barat", southwest being no west.
  return said.size > 0 ? !asked.every((p) => said.has(p)) : asked.some((p) => directoryWords.has(p));
}

/** Words that say what a post is or heads, not which numbered unit: "kepala sekolah" of "kepala sekolah sd negeri 2". */
const NOT_SERIES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...PLACE_KINDS]);

/**
 * True when `names` say a number of the phrase but not the words it is said after ("sd negeri 2" for SMP Negeri 2):
 * each number of the phrase goes with the words since the number before it, which the names must say too.
 */
export function saysOtherSeries(query: PreparedName, names: readonly PreparedName[]): boolean {
  const said = new Set(names.flatMap(numbersOf));
  if (said.size === 0) return false;
  const words = names.flatMap((n) => n.tokens);
  let segment: string[] = [];
  let asked = false;
  for (const token of query.tokens) {
    if (!/^\d+$/.test(token)) {
      if (!NOT_SERIES.has(token)) segment.push(token);
      continue;
    }
    if (said.has(token)) {
      asked = true;
      if (segment.every((w) => words.some((u) => tokenMatches(w, u)))) return false;
    }
    segment = [];
  }
  return asked;
}

/** The name says a number ("SMP Negeri 7 Uji"). */
export function isNumbered(name: PreparedName): boolean {
  return numbersOf(name).length > 0;
}

/**
 * The series a numbered name belongs to, as one key: its words before its number ("smp negeri" of SMP Negeri 7 Uji,
 * "puskesmas cibodas" of Puskesmas Cibodas 2); null for a name without a number.
 */
export function seriesOf(name: PreparedName): string | null {
  const at = name.tokens.findIndex((t) => /^\d+$/.test(t));
  return at <= 0 ? null : name.tokens.slice(0, at).join(' ');
}

/** The phrase says every word of the series (see {@link seriesOf}): "smpn" and "smp negeri" say SMP Negeri 7's. */
export function saysSeries(query: PreparedName, series: string): boolean {
  return series.split(' ').every((w) => query.tokens.some((t) => tokenMatches(t, w)));
}
