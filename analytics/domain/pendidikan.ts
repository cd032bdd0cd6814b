import { normalizeEnumToken } from './enums.js';

/** Education levels in the contract's order; S1 and D-IV are the same rank. */
export const PENDIDIKAN = ['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'S1', 'D-IV', 'S2', 'S3'] as const;
export type Pendidikan = (typeof PENDIDIKAN)[number];

const RANK: Readonly<Record<Pendidikan, number>> = {
  SD: 1, SLTP: 2, SLTA: 3, 'D-I': 4, 'D-II': 5, 'D-III': 6, S1: 7, 'D-IV': 7, S2: 8, S3: 9,
};

/** Common spellings in BKD exports mapped to the canonical level. */
const ALIASES: Readonly<Record<string, Pendidikan>> = {
  SMP: 'SLTP', MTS: 'SLTP', SMA: 'SLTA', SMK: 'SLTA', MA: 'SLTA', STM: 'SLTA',
  DI: 'D-I', D1: 'D-I', D_I: 'D-I', D_1: 'D-I',
  DII: 'D-II', D2: 'D-II', D_II: 'D-II', D_2: 'D-II',
  DIII: 'D-III', D3: 'D-III', D_III: 'D-III', D_3: 'D-III',
  DIV: 'D-IV', D4: 'D-IV', D_IV: 'D-IV', D_4: 'D-IV',
  S_1: 'S1', S_2: 'S2', S_3: 'S3', SARJANA: 'S1', MAGISTER: 'S2', DOKTOR: 'S3',
};

/** @returns the canonical pendidikan for a tolerant spelling, or `null`. */
export function parsePendidikan(raw: string): Pendidikan | null {
  const token = normalizeEnumToken(raw);
  for (const p of PENDIDIKAN) if (normalizeEnumToken(p) === token) return p;
  return ALIASES[token] ?? null;
}

/** Ordinal used for comparisons (SD = 1 … S3 = 9, S1 = D-IV = 7). */
export function pendidikanRank(p: Pendidikan): number {
  return RANK[p];
}
