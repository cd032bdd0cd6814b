/**
 * Unit and position kodes as leaders copy them from SIASN/SIMPEG exports into a question ("DISDIK-SMPN1",
 * "dinkes_pkm_02", "BAPPEDA.SEK", "DINKES/PKM/02"): one word, its parts joined by "-" whatever joined them, so the
 * kode survives folding and names exactly one unit or position.
 */
import { foldText } from '../../services/succession/name-match.js';

/** Letters and digits joined by "-", "_", "." or "/" with nothing between: a kode as written, or an ordinary word. */
export const KODE_CHUNK = /[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*/g;

/** The one word a kode is read as: `DINKES_PKM.02` → `dinkes-pkm-02`. */
export function kodeWord(text: string): string {
  return foldText(text).replace(/ /g, '-');
}

/** A particle joined to an abbreviation or kode by a hyphen ("Dinkes-nya", "DISDIK-SMPN1-lah"): no part of it. */
const JOINED_PARTICLE = /-(?:nya|kah|lah|pun|ku|mu)$/;

/** `word` without a particle joined to it. */
export function withoutParticle(word: string): string {
  return word.replace(JOINED_PARTICLE, '');
}

/**
 * The kode words of an instansi that a question may use as one word: a kode of several parts, and a kode of one part
 * with a letter that is no word of the instansi's names nor otherwise known ("UPT01"; "BKPSDM" stays the
 * abbreviation it also is, and a number stays a number).
 */
export function kodeWords(kodes: Iterable<string>, isKnownWord: (word: string) => boolean): Set<string> {
  const words = new Set<string>();
  for (const kode of kodes) {
    const word = kodeWord(kode);
    if (!/[a-z]/.test(word)) continue;
    if (word.includes('-') || !isKnownWord(word)) words.add(word);
  }
  return words;
}

/** The first parts of an instansi's kodes of several parts ("disdik" of DISDIK-SMPN1): the families its kodes form. */
export function kodeFamilies(kodes: Iterable<string>): Set<string> {
  return new Set([...kodes].map(kodeWord).filter((w) => w.includes('-')).map((w) => w.split('-')[0] as string));
}

/**
 * A word written as a kode of one of the instansi's families that is none of its kodes ("disdik-smpn9" where the
 * schools are DISDIK-SMPN1 … 3): a kode copied wrong or from another instansi, not words to match names with.
 */
export function looksLikeKode(word: string, families: ReadonlySet<string>): boolean {
  const parts = word.split('-');
  // "dinkes-dinkes" is a word said twice, not a kode.
  return parts.length > 1 && new Set(parts).size > 1 && /[a-z]/.test(word) && families.has(parts[0] as string);
}

/**
 * The item whose kode a word of `phrase` is: a kode of several parts anywhere ("kepala sekolah disdik-smpn1"), one of
 * a single part when it is the whole phrase or no word of the instansi's names ("upt01", not "sekretariat").
 */
export function namedByKode<T>(phrase: string, byKode: ReadonlyMap<string, T>, nameWords: ReadonlySet<string>): { item: T; word: string } | null {
  const words = phrase.split(/\s+/).filter((w) => w.length > 0);
  for (const written of words) {
    const word = kodeWord(written);
    const item = byKode.get(word);
    if (item !== undefined && (word.includes('-') || words.length === 1 || !nameWords.has(word))) return { item, word: written };
  }
  return null;
}

/** A kode of one of the instansi's families that it does not have ("DISDIK-SMPN9"), and its kodes most like it. */
export interface UnknownKode<T> {
  written: string;
  nearest: readonly T[];
}

/** Characters `a` and `b` open with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/**
 * A word of `phrase` written as a kode of one of `families` that no unit or position has (`isKode` false), with at
 * most `limit` kodes of `byKode` most like it (same family, longest alike start first).
 */
export function unknownKode<T>(
  phrase: string,
  byKode: ReadonlyMap<string, T>,
  families: ReadonlySet<string>,
  isKode: (word: string) => boolean,
  limit: number,
): UnknownKode<T> | null {
  for (const written of phrase.split(/\s+/)) {
    const word = kodeWord(written);
    if (!looksLikeKode(word, families) || isKode(word)) continue;
    const family = word.split('-')[0] as string;
    const alike = [...byKode].filter(([kode]) => kode.split('-')[0] === family).map(([kode, item]) => ({ item, shared: sharedStart(kode, word) }));
    alike.sort((a, b) => b.shared - a.shared);
    return { written: word.toUpperCase(), nearest: alike.slice(0, limit).map((a) => a.item) };
  }
  return null;
}
