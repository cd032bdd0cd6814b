/**
 * Roots of Bahasa Indonesia nouns as pemda names say them: "perekonomian" of "ekonomi", "penataan" of "tata". The name
 * matcher (name-match.ts) counts a word and a noun of its root as the same word. Pure.
 */

/** Noun affixes of Bahasa Indonesia around a root: per-…-an, pen-…-an, ke-…-an. */
const NOUN_PREFIXES = ['peng', 'pem', 'pen', 'per', 'pe', 'ke'];

/** `word` without its noun affixes ("perekonomian" → "ekonomi"), or the word itself. */
export function rootOf(word: string): string {
  if (!word.endsWith('an')) return word;
  const prefix = NOUN_PREFIXES.find((p) => word.startsWith(p) && word.length - p.length - 2 >= 4);
  return prefix === undefined ? word : word.slice(prefix.length, -2);
}

/**
 * The peN- prefix takes the place of a root's first t, p, s or k before a vowel ("penataan" of "tata", "pemasaran" of
 * "pasar", "penyuluhan" of "suluh", "pengelolaan" of "kelola"): those roots of `word`, none when it has no such form.
 */
function nasalRootsOf(word: string): string[] {
  if (!word.endsWith('an')) return [];
  const m = /^(peny|peng|pen|pem)([aiueo][a-z]{2,})$/.exec(word.slice(0, -2));
  if (!m) return [];
  const rest = m[2] as string;
  const dropped: Readonly<Record<string, string[]>> = { peny: ['s'], peng: ['k'], pen: ['t'], pem: ['p'] };
  return (dropped[m[1] as string] ?? []).map((c) => c + rest);
}

/**
 * Whether the query word and the name word share a root: the root of a noun the name says ("ekonomi" of
 * "perekonomian", "dagang" of "perdagangan", "didik" of "pendidikan"), with peN-'s dropped letter ("tata ruang" of
 * "Penataan Ruang"), and a noun said of a root the name says ("persampahan" of "Pengelolaan Sampah").
 */
export function sharesRoot(query: string, name: string): boolean {
  if (query.length >= 4 && rootOf(name) === query) return true;
  // Affixes add four to six letters: lengths tell first whether a root can be shared (this runs for every pair scored).
  const longer = name.length - query.length;
  if (query.length >= 4 && longer >= 4 && longer <= 5 && name.startsWith('pe') && nasalRootsOf(name).includes(query)) return true;
  const shorter = -longer;
  return name.length >= 5 && shorter >= 4 && shorter <= 6 && query.startsWith('pe') && (rootOf(query) === name || nasalRootsOf(query).includes(name));
}
