/** Education levels in the contract's order; S1 and D-IV are the same rank. */
export const PENDIDIKAN = ['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'S1', 'D-IV', 'S2', 'S3'] as const;
export type Pendidikan = (typeof PENDIDIKAN)[number];

const RANK: Readonly<Record<Pendidikan, number>> = {
  SD: 1, SLTP: 2, SLTA: 3, 'D-I': 4, 'D-II': 5, 'D-III': 6, S1: 7, 'D-IV': 7, S2: 8, S3: 9,
};

/** Ordinal used for comparisons (SD = 1 … S3 = 9, S1 = D-IV = 7). */
export function pendidikanRank(p: Pendidikan): number {
  return RANK[p];
}
