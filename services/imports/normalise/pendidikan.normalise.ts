/**
 * Pendidikan terakhir as exports write it: the level alone (`S-1`, `S1`, `Strata I`, `Sarjana`, `D4`, `Diploma III`,
 * `SMA/Sederajat`), SIASN's tingkat names (`S-1/Sarjana`, `Diploma III/Sarjana Muda`, `SLTA Kejuruan`), the level
 * followed by the study programme as SIASN's pendidikan name has it (`S-1 Akuntansi`, `D-III Keperawatan`), and the
 * BKN tingkat pendidikan code (`40` = S-1) where the column says it is a code.
 */
import { pendidikanRank, type Pendidikan } from '../../../analytics/domain/pendidikan.js';
import { memoisedSpelling, spellingKey, spellingTable } from './spelling.js';

const DIPLOMA: ReadonlyArray<[Pendidikan, string, string, string]> = [
  ['D-I', '1', 'I', 'SATU'],
  ['D-II', '2', 'II', 'DUA'],
  ['D-III', '3', 'III', 'TIGA'],
  ['D-IV', '4', 'IV', 'EMPAT'],
];
const STRATA: ReadonlyArray<[Pendidikan, string, string, string]> = [
  ['S1', '1', 'I', 'SATU'],
  ['S2', '2', 'II', 'DUA'],
  ['S3', '3', 'III', 'TIGA'],
];

function levelSpellings(levels: typeof DIPLOMA, prefixes: readonly string[]): Array<[Pendidikan, string[]]> {
  return levels.map(([level, digit, roman, word]) => [
    level,
    prefixes.flatMap((p) => [`${p} ${digit}`, `${p} ${roman}`, `${p} ${word}`]).concat(prefixes.map((p) => `${p}${roman}`)),
  ]);
}

const SPELLINGS: Record<Pendidikan, string[]> = {
  SD: ['SEKOLAH DASAR', 'MI', 'MADRASAH IBTIDAIYAH', 'PAKET A', 'SR', 'SEKOLAH RAKYAT'],
  SLTP: ['SMP', 'MTS', 'MADRASAH TSANAWIYAH', 'SEKOLAH MENENGAH PERTAMA', 'PAKET B', 'SMEP', 'SLTP KEJURUAN'],
  SLTA: [
    'SMA', 'SMU', 'SMK', 'STM', 'SMEA', 'SPG', 'SPK', 'SMF', 'SMAK', 'MA', 'MAK', 'MADRASAH ALIYAH', 'PAKET C',
    'SEKOLAH MENENGAH ATAS', 'SEKOLAH MENENGAH KEJURUAN', 'SLTA KEJURUAN', 'SLTA KEGURUAN',
  ],
  'D-I': [],
  'D-II': [],
  'D-III': ['SARJANA MUDA', 'AKADEMI', 'DIPLOMA III SARJANA MUDA', 'AKADEMI DIPLOMA III SARJANA MUDA'],
  'D-IV': ['SARJANA TERAPAN', 'SARJANA SAINS TERAPAN'],
  S1: ['SARJANA', 'S 1 SARJANA', 'SARJANA S 1', 'SARJANA STRATA 1', 'STRATA SATU'],
  S2: ['MAGISTER', 'MASTER', 'PASCASARJANA', 'PASCA SARJANA', 'SPESIALIS', 'SPESIALIS I'],
  S3: ['DOKTOR', 'DOKTORAL', 'PHD', 'S 3 DOKTOR', 'SUBSPESIALIS', 'SUB SPESIALIS', 'SPESIALIS II'],
};
for (const [level, variants] of [
  ...levelSpellings(DIPLOMA, ['D', 'DIPLOMA', 'PROGRAM DIPLOMA']),
  ...levelSpellings(STRATA, ['S', 'STRATA', 'PROGRAM STRATA']),
]) {
  SPELLINGS[level].push(...variants);
}

const TABLE = spellingTable(SPELLINGS);
const LONGEST = Math.max(...[...TABLE.keys()].map((k) => k.split(' ').length));

/** BKN tingkat pendidikan codes (SIASN `tingkat_pendidikan_id`). */
const BKN_CODES: Readonly<Record<string, Pendidikan>> = {
  '5': 'SD', '05': 'SD', '10': 'SLTP', '12': 'SLTP', '15': 'SLTA', '17': 'SLTA', '18': 'SLTA',
  '20': 'D-I', '25': 'D-II', '30': 'D-III', '35': 'D-IV', '40': 'S1', '45': 'S2', '50': 'S3',
};

/** Words around a level that say nothing about it (`SMA/Sederajat`, `Tamat SD`, `Lulusan S1`). */
const NOISE = /\b(SEDERAJAT|TAMAT|LULUS|LULUSAN|IJAZAH|JENJANG|PENDIDIKAN|TINGKAT)\b/g;

/** The level at the start of one alternative, matching the longest known spelling (`S 1 AKUNTANSI` → S1). */
function leadingLevel(key: string): Pendidikan | null {
  const words = key.replace(NOISE, ' ').replace(/\s+/g, ' ').trim().split(' ');
  for (let n = Math.min(LONGEST, words.length); n >= 1; n--) {
    const level = TABLE.get(words.slice(0, n).join(' '));
    if (level) return level;
  }
  return null;
}

function readPendidikan(raw: string, code: boolean): Pendidikan | null {
  const whole = spellingKey(raw);
  if (whole === '') return null;
  if (code && /^\d+$/.test(whole)) return BKN_CODES[whole] ?? null;
  const exact = TABLE.get(whole.replace(NOISE, ' ').replace(/\s+/g, ' ').trim());
  if (exact) return exact;
  const levels = raw.split('/').map((part) => leadingLevel(spellingKey(part)));
  if (levels.some((l) => l === null)) return levels.length === 1 ? null : leadingLevel(whole);
  const first = levels[0]!;
  return levels.every((l) => pendidikanRank(l!) === pendidikanRank(first)) ? first : null;
}

/** A file writes its pendidikan in a few dozen spellings: each is read once per kind of column. */
const asWritten = memoisedSpelling((raw: string) => readPendidikan(raw, false));
const asCode = memoisedSpelling((raw: string) => readPendidikan(raw, true));

/**
 * @param options.code - the column holds BKN tingkat pendidikan codes
 * @returns the canonical level, or `null`. Alternatives (`S1/D4`, `Diploma IV/Strata I`) are accepted when they are
 *   the same rank (the first is kept); alternatives of different ranks are ambiguous.
 */
export function parsePendidikan(raw: string, options: { code?: boolean } = {}): Pendidikan | null {
  return options.code ? asCode(raw) : asWritten(raw);
}
