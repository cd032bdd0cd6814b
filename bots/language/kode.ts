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

/**
 * The families an instansi's kodes form: the first parts of its kodes of several parts ("disdik" of DISDIK-SMPN1),
 * and the letters its numbered first parts and one-part kodes number ("pkm" of PKM02-KEPALA, "upt" of UPT01).
 */
export interface KodeFamilies {
  firsts: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

/** The letters a numbered kode part opens with ("pkm" of "pkm02"); the part itself when it holds no number. */
function stemOf(part: string): string {
  return /^([a-z]+)\d+$/.exec(part)?.[1] ?? part;
}

const firstPart = (word: string) => word.split('-')[0] as string;

export function kodeFamilies(kodes: Iterable<string>): KodeFamilies {
  const words = [...kodes].map(kodeWord);
  const firsts = new Set(words.filter((w) => w.includes('-')).map(firstPart));
  const stems = new Set(words.map(firstPart).filter((p) => stemOf(p) !== p).map(stemOf));
  return { firsts, stems };
}

/**
 * A word written as a kode of one of the instansi's families that is none of its kodes ("disdik-smpn9" where the
 * schools are DISDIK-SMPN1 … 3; "pkm03-kepala" or "upt02" beside PKM02-KEPALA and UPT01): a kode copied wrong or from
 * another instansi, not words to match names with.
 */
export function looksLikeKode(word: string, families: KodeFamilies): boolean {
  const parts = word.split('-');
  const first = parts[0] as string;
  const numberedStem = stemOf(first) !== first && families.stems.has(stemOf(first));
  // "dinkes-dinkes" is a word said twice, not a kode.
  if (parts.length > 1) return new Set(parts).size > 1 && /[a-z]/.test(word) && (families.firsts.has(first) || numberedStem);
  return numberedStem;
}

/** Kodes of the family `word` is written in, most like it first (longest alike start), at most `limit`. */
export function kodesAlike<T>(word: string, byKode: ReadonlyMap<string, T>, limit: number): Array<{ item: T; kode: string; shared: number }> {
  const stem = stemOf(firstPart(word));
  const alike = [...byKode].filter(([kode]) => stemOf(firstPart(kode)) === stem).map(([kode, item]) => ({ item, kode, shared: sharedStart(kode, word) }));
  alike.sort((a, b) => b.shared - a.shared);
  return alike.slice(0, limit);
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
  families: KodeFamilies,
  isKode: (word: string) => boolean,
  limit: number,
): UnknownKode<T> | null {
  for (const written of phrase.split(/\s+/)) {
    const word = kodeWord(written);
    if (!looksLikeKode(word, families) || isKode(word)) continue;
    return { written: word.toUpperCase(), nearest: kodesAlike(word, byKode, limit).map((a) => a.item) };
  }
  return null;
}

/**
 * Whether an unknown kode is written like a post's kode or a unit's: whichever of the instansi's kodes is most like
 * it ("pkm02-wakil" beside PKM02-KEPALA is a post's), the one with as many parts on a tie; a unit's when nothing tells.
 */
export function unknownKodeKind(word: string, unitKodes: ReadonlySet<string>, positionKodes: ReadonlySet<string>): 'unitKode' | 'positionKode' {
  const parts = word.split('-').length;
  const closeness = (kodes: ReadonlySet<string>) =>
    Math.max(-Infinity, ...kodesAlike(word, new Map([...kodes].map((k) => [k, k])), Infinity).map((a) => a.shared * 10 - Math.abs(a.kode.split('-').length - parts)));
  return closeness(positionKodes) > closeness(unitKodes) ? 'positionKode' : 'unitKode';
}
