import { ROMAN } from '../../../lib/roman-numerals.js';

/** Longest text remembered by {@link memoisedSpelling}: codes, enumerations and headers, not free text. */
const MEMO_MAX_CHARS = 64;
/** Distinct texts remembered per function before it starts afresh: a file's enumerations repeat a few values. */
const MEMO_MAX_ENTRIES = 4096;

/**
 * A pure function of one short text, remembered per text. A 100,000-row file writes its golongan, pendidikan or
 * jenis pegawai in a few dozen spellings, so each is reduced once instead of once per row.
 */
export function memoisedSpelling<T>(fn: (raw: string) => T): (raw: string) => T {
  const memo = new Map<string, T>();
  return (raw) => {
    if (raw.length > MEMO_MAX_CHARS) return fn(raw);
    if (memo.has(raw)) return memo.get(raw) as T;
    const value = fn(raw);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(raw, value);
    return value;
  };
}

/**
 * How exports spell things, reduced to one comparable key: accents dropped, upper case, every run of punctuation or
 * spaces one space, and a letter–digit boundary split (`S-1`, `S.1`, `s1` and `S 1` all become `S 1`).
 */
export const spellingKey = memoisedSpelling((raw: string): string =>
  raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .replace(/([A-Z])(?=\d)|(\d)(?=[A-Z])/g, '$1$2 ')
    .trim(),
);

/**
 * A lookup from spellings to canonical values. Every spelling is reduced with {@link spellingKey}, so a table lists
 * each real variant once and punctuation or case differences come free.
 */
export function spellingTable<T extends string>(spellings: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const [value, variants] of Object.entries(spellings) as Array<[T, readonly string[]]>) {
    for (const variant of [value, ...variants]) table.set(spellingKey(variant), value);
  }
  return table;
}

/**
 * True when a column's header says its values are codes (`… KODE`, `ID …`, SIASN's `…NILAI` fields), so digits in it
 * are read as the source system's numeric codes instead of being rejected.
 */
export function isCodeHeader(header: string | null): boolean {
  return header !== null && headerSaysCode(header);
}

const headerSaysCode = memoisedSpelling((header: string): boolean => {
  const words = spellingKey(header.replace(/([a-z])([A-Z])/g, '$1 $2')).split(' ');
  return words.some((w) => w === 'KODE' || w === 'ID' || w === 'NILAI' || w === 'KD');
});

/** `3` → `III`, `III` → `III`; anything else unchanged. */
export function toRoman(token: string): string {
  const n = Number(token);
  return /^\d+$/.test(token) && n >= 1 && n <= ROMAN.length ? ROMAN[n - 1]! : token;
}
