/** PNS golongan ruang, lowest first: I/a = rank 1 … IV/e = rank 17. */
export const GOLONGAN_PNS = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;

/** PPPK pay grades, lowest first: I = rank 1 … XVII = rank 17. */
export const GOLONGAN_PPPK = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

/**
 * Ordinal of a canonical golongan within its own scale (1..17). PNS and PPPK scales are not comparable;
 * callers compare ranks only between employees of the same status.
 */
export function golonganRank(golongan: string): number {
  const pns = (GOLONGAN_PNS as readonly string[]).indexOf(golongan);
  if (pns >= 0) return pns + 1;
  const pppk = (GOLONGAN_PPPK as readonly string[]).indexOf(golongan);
  return pppk >= 0 ? pppk + 1 : 0;
}
