/**
 * Golongan ruang as exports write it. PNS: `III/c`, `III.c`, `III c`, `IIIc`, `3c`, `3/c`, with the pangkat
 * (`Penata (III/c)`, `III/d - Penata Tingkat I`, `Pembina Utama Muda IV/c`) or as the pangkat name alone (`Penata Tk. I`);
 * SIASN's numeric id (`33` = III/c) where the column says it is a code. PPPK: `IX`, `9`, `Golongan IX`.
 */
import type { JenisPegawai } from '../../../analytics/domain/enums.js';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../../../analytics/domain/golongan.js';
import { spellingKey, toRoman } from './spelling.js';

/** Pangkat of each PNS golongan (PP 99/2000), `TINGKAT I` spelled out. */
const PANGKAT: Readonly<Record<(typeof GOLONGAN_PNS)[number], string>> = {
  'I/a': 'JURU MUDA', 'I/b': 'JURU MUDA TINGKAT I', 'I/c': 'JURU', 'I/d': 'JURU TINGKAT I',
  'II/a': 'PENGATUR MUDA', 'II/b': 'PENGATUR MUDA TINGKAT I', 'II/c': 'PENGATUR', 'II/d': 'PENGATUR TINGKAT I',
  'III/a': 'PENATA MUDA', 'III/b': 'PENATA MUDA TINGKAT I', 'III/c': 'PENATA', 'III/d': 'PENATA TINGKAT I',
  'IV/a': 'PEMBINA', 'IV/b': 'PEMBINA TINGKAT I', 'IV/c': 'PEMBINA UTAMA MUDA', 'IV/d': 'PEMBINA UTAMA MADYA',
  'IV/e': 'PEMBINA UTAMA',
};
const BY_PANGKAT = new Map<string, string>(Object.entries(PANGKAT).map(([gol, name]) => [name, gol]));
const BY_RUANG = new Map<string, string>(GOLONGAN_PNS.map((g) => [g.replace('/', ' ').toUpperCase(), g]));

const RUANG = /\b(IV|III|II|I|[1-4]) ?([A-E])\b/;
const PREFIX_WORDS = /^(GOLONGAN|GOL|RUANG|PANGKAT)\b ?/;

/** `TK. I`, `TK 1`, `TINGKAT 1` → `TINGKAT I`, so pangkat names compare as written in the regulation. */
function pangkatKey(key: string): string {
  return key.replace(/\bTK\b/g, 'TINGKAT').replace(/\bTINGKAT 1\b/g, 'TINGKAT I');
}

/** Most files write the canonical `III/c`: it is its own answer, without the spelling work below. */
const CANONICAL_PNS = new Set<string>(GOLONGAN_PNS);

function pnsGolongan(raw: string, code: boolean): string | null {
  if (CANONICAL_PNS.has(raw)) return raw;
  const key = spellingKey(raw);
  if (code && /^[1-4][1-5]$/.test(key)) return BY_RUANG.get(`${toRoman(key[0]!)} ${'ABCDE'[Number(key[1]) - 1]}`) ?? null;
  const ruang = RUANG.exec(key);
  const fromRuang = ruang ? (BY_RUANG.get(`${toRoman(ruang[1]!)} ${ruang[2]}`) ?? null) : null;
  const words = pangkatKey(ruang ? key.replace(ruang[0], ' ') : key).replace(PREFIX_WORDS, '').replace(/\s+/g, ' ').trim();
  const fromPangkat = words === '' ? null : (BY_PANGKAT.get(words) ?? null);
  if (fromRuang && fromPangkat) return fromRuang === fromPangkat ? fromRuang : null;
  if (fromRuang) return words === '' ? fromRuang : null;
  return fromPangkat;
}

function pppkGolongan(raw: string): string | null {
  const key = spellingKey(raw).replace(PREFIX_WORDS, '').trim();
  const roman = toRoman(key);
  return (GOLONGAN_PPPK as readonly string[]).includes(roman) ? roman : null;
}

/**
 * @param options.code - the column holds SIASN golongan ids (`11` = I/a … `45` = IV/e)
 * @returns the canonical golongan for the employee's status, or `null` (also when pangkat and ruang disagree)
 */
export function parseGolongan(raw: string, jenisPegawai: JenisPegawai, options: { code?: boolean } = {}): string | null {
  return jenisPegawai === 'PNS' ? pnsGolongan(raw, options.code ?? false) : pppkGolongan(raw);
}
