/**
 * The fields of government a phrase names ("perempuan", "kepegawaian", "perikanan") against the fields the instansi's
 * names say. A phrase that asks for a field no name of the instansi says ("dinas pemberdayaan perempuan" where there
 * is no women's office) names a unit the instansi does not have: a unit that shares another of its words
 * ("Pemberdayaan" of the Dinas Pemberdayaan Masyarakat dan Desa) but says a field of its own in its place is not it.
 * Used by resolve-org.ts.
 */
import type { PreparedName } from '../../services/succession/name-match.js';
import { tokenMatches } from '../../services/succession/word-match.js';
import { orgRoleOf } from './org-terms.js';
import { isPemdaWord } from './vocabulary.js';

/**
 * Words of pemda naming that say where an office is, what level of government it belongs to or whom it serves, not
 * its field: names add or drop them freely ("Inspektorat" and "Inspektorat Daerah", "Dinas Perumahan Rakyat dan
 * Kawasan Permukiman" and "Dinas Perumahan dan Kawasan Permukiman").
 */
const NOT_A_FIELD: ReadonlySet<string> = new Set([
  'daerah', 'kabupaten', 'kota', 'provinsi', 'pemerintah', 'negeri', 'rakyat',
  // Said with "ketertiban" as one field ("trantib"), which names alone say too ("Bidang Ketertiban Umum").
  'ketenteraman',
]);

/** A word of a name that says what it is about, rather than its kind or title ("Dinas", "Kepala") or a number. */
export function isFieldWord(token: string): boolean {
  return orgRoleOf(token) === 'domain' && !/^\d+$/.test(token) && !NOT_A_FIELD.has(token);
}

/**
 * The words of `query` that name a field of government (words of pemda naming, see {@link isPemdaWord}) that no word
 * the instansi's names say matches, in any spelling the matcher accepts.
 * @param said - every word of the instansi's prepared names
 * @param typo - whether a word may be a typo of another (a word spelt as pemda naming spells it is none)
 */
export function unheardFields(query: PreparedName, said: ReadonlySet<string>, typo: (token: string) => boolean): string[] {
  return query.tokens.filter((t) => isFieldWord(t) && isPemdaWord(t) && !heardIn(said, t, typo(t)));
}

/** Whether any word of `said` matches `word` in a spelling the matcher accepts (a typo too, where `typo`). */
function heardIn(said: ReadonlySet<string>, word: string, typo: boolean): boolean {
  if (said.has(word)) return true;
  for (const u of said) if (tokenMatches(word, u, typo)) return true;
  return false;
}

/** The shortest word the name matcher reads with a typo (name-match.ts `tokenMatches`). */
const MIN_TYPO_LENGTH = 5;

/**
 * The field words of `words` that are no words of pemda naming (those are {@link unheardFields}' business) and that
 * nothing in `said` matches in any spelling the matcher accepts, typos included: a field never heard there.
 */
export function unknownFields(words: readonly string[], said: ReadonlySet<string>): string[] {
  const fields = words.filter(isFieldWord);
  const unknown = fields.filter((t) => !isPemdaWord(t) && !heardIn(said, t, true));
  // A shorter word may be a typo the matcher cannot tell ("bna marga"), when the other words name the field; alone
  // it is the field's name, an acronym more often than not ("kabid SDK dinkes", "bidang PSU perkim").
  const allUnknown = unknown.length === fields.length;
  return unknown.filter((t) => t.length >= MIN_TYPO_LENGTH || allUnknown);
}

/**
 * True when `own` (the words of a unit's or a post's own name) says a field word the query does not: where the query's field has
 * no name in the instansi, such a name is about something else.
 * @param said - the words of the query that could name `own`'s field (see part-asked.ts)
 */
export function saysOtherField(said: readonly string[], own: readonly string[], typo: (token: string) => boolean): boolean {
  return own.some((u) => isFieldWord(u) && !said.some((t) => tokenMatches(t, u, typo(t))));
}

/** Kinds of unit that stand on their own, never another unit's other name: a phrase saying one asks for one of them. */
const SEPARATE_UNIT_KINDS: ReadonlySet<string> = new Set(['puskesmas', 'kelurahan', 'desa', 'upt', 'uptd', 'sekolah', 'madrasah']);

/**
 * "puskesmas contoh utara", "kelurahan kota contoh", "who could run the Contoh Timur health centre" where the instansi
 * lists no puskesmas or kelurahan: the kinds said that no name of the instansi says (not the kecamatan the rest names).
 */
export function kindsNotListed(query: PreparedName, said: ReadonlySet<string>): string[] {
  return query.tokens.filter((t) => SEPARATE_UNIT_KINDS.has(t) && !said.has(t));
}
