/**
 * Readiness, kesesuaian and the slate order: SIAP_SEKARANG first, then kesesuaian (OPD, RUMPUN,
 * LAIN), then nilai talenta desc, golongan desc, masa kerja desc, NIP asc.
 */
import { UNKNOWN, type CandidateColumns } from './candidate.columns.js';
import type { CandidateFacts } from './candidate.facts.js';
import type { SuccessionParams } from './succession.params.js';
import type { Kesesuaian, Readiness } from './succession.types.js';

/** Box 9 is ready now; the rest of the pool (7, 8) is ready in 1–2 years. */
export function readinessOf({
  box,
  params,
}: {
  box: number;
  params: Pick<SuccessionParams, 'readyNowBoxes'>;
}): Readiness {
  return params.readyNowBoxes.includes(box) ? 'SIAP_SEKARANG' : 'SIAP_1_2_TAHUN';
}

/** Where a target sits, as kesesuaian compares it. */
export interface TargetPlace {
  opdUnitId: number | null;
  rumpunKey: string | null;
}

/** OPD when both sit in the same OPD; else RUMPUN when both positions share a non-empty rumpun; else LAIN. */
export function kesesuaianOf({
  candidate,
  target,
}: {
  candidate: Pick<CandidateFacts, 'opdUnitId' | 'rumpunKey'>;
  target: TargetPlace;
}): Kesesuaian {
  if (candidate.opdUnitId !== null && candidate.opdUnitId === target.opdUnitId) return 'OPD';
  if (candidate.rumpunKey !== null && candidate.rumpunKey === target.rumpunKey) return 'RUMPUN';
  return 'LAIN';
}

const KESESUAIAN_ORDER: Readonly<Record<Kesesuaian, number>> = { OPD: 0, RUMPUN: 1, LAIN: 2 };

/** Lower sorts first; an unknown value (null) sorts after every known one. */
function descNullLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * The order that does not depend on the target: readiness, nilai talenta desc, golongan desc, masa kerja desc,
 * NIP asc. Within one kesesuaian class the slate order is exactly this, which lets the index sort once.
 * NIPs are compared by code unit, not by locale, so the order is the same on every machine.
 */
export function compareBase(
  a: CandidateFacts,
  b: CandidateFacts,
  params: Pick<SuccessionParams, 'readyNowBoxes'>,
): number {
  const ra = a.box !== null && params.readyNowBoxes.includes(a.box) ? 0 : 1;
  const rb = b.box !== null && params.readyNowBoxes.includes(b.box) ? 0 : 1;
  return (
    ra - rb ||
    descNullLast(a.nilaiTalenta, b.nilaiTalenta) ||
    b.golonganRank - a.golonganRank ||
    descNullLast(a.serviceYears, b.serviceYears) ||
    (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0)
  );
}

/** Rank of each distinct known value, highest first; `size` leaves room for "unknown" after all of them. */
function descendingRanks(
  values: ArrayLike<number>,
  isKnown: (i: number) => boolean,
  n: number,
): { rankOf: Map<number, number>; size: number } {
  const seen = new Set<number>();
  for (let i = 0; i < n; i += 1) if (isKnown(i)) seen.add(values[i] as number);
  const distinct = [...seen].sort((a, b) => b - a);
  return { rankOf: new Map(distinct.map((v, i) => [v, i])), size: distinct.length + 1 };
}

/**
 * The permutation that puts the rows of `cols` in {@link compareBase} order, fast enough for a national talent pool
 * (1.5 million people). Readiness, nilai talenta, golongan and masa kerja fold into one exact integer (dense ranks,
 * so any decimals stay exact), packed with the row number into a Float64Array that sorts natively; only runs of
 * equal keys are then ordered by NIP. Falls back to a comparator when the packed value would not be exact.
 */
export function basePermutation(cols: CandidateColumns): Int32Array {
  const n = cols.length;
  const nilaiKnown = (i: number) => cols.nilaiKnown[i] === 1;
  const serviceKnown = (i: number) => cols.serviceYears[i] !== UNKNOWN;
  const nilaiRank = descendingRanks(cols.nilai, nilaiKnown, n);
  const serviceRank = descendingRanks(cols.serviceYears, serviceKnown, n);
  const golSize = 18;
  const keyOf = (i: number) => {
    const nilai = nilaiKnown(i) ? (nilaiRank.rankOf.get(cols.nilai[i] as number) as number) : nilaiRank.size - 1;
    const service = serviceKnown(i)
      ? (serviceRank.rankOf.get(cols.serviceYears[i] as number) as number)
      : serviceRank.size - 1;
    const readiness = cols.readinessClass[i] as number;
    const golongan = 17 - (cols.golonganRank[i] as number);
    return ((readiness * nilaiRank.size + nilai) * golSize + golongan) * serviceRank.size + service;
  };
  const byNip = (a: number, b: number) => {
    const na = cols.nip[a] as string;
    const nb = cols.nip[b] as string;
    return na < nb ? -1 : na > nb ? 1 : 0;
  };
  const maxKey = 2 * nilaiRank.size * golSize * serviceRank.size;
  if (maxKey * Math.max(n, 1) >= Number.MAX_SAFE_INTEGER) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keyOf(a) - keyOf(b) || byNip(a, b));
    return Int32Array.from(order);
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i += 1) packed[i] = keyOf(i) * n + i;
  packed.sort();
  const perm = new Int32Array(n);
  for (let start = 0; start < n; ) {
    const key = Math.floor((packed[start] as number) / n);
    let end = start + 1;
    while (end < n && Math.floor((packed[end] as number) / n) === key) end += 1;
    if (end - start === 1) perm[start] = (packed[start] as number) % n;
    else {
      // Equal on every numeric key: NIP decides, as in compareBase.
      const run: number[] = [];
      for (let k = start; k < end; k += 1) run.push((packed[k] as number) % n);
      run.sort(byNip);
      for (let k = 0; k < run.length; k += 1) perm[start + k] = run[k] as number;
    }
    start = end;
  }
  return perm;
}

/** The full slate order for one target. */
export function compareForSlate({
  a,
  b,
  target,
  params,
}: {
  a: CandidateFacts;
  b: CandidateFacts;
  target: TargetPlace;
  params: Pick<SuccessionParams, 'readyNowBoxes'>;
}): number {
  const ra = a.box !== null && params.readyNowBoxes.includes(a.box) ? 0 : 1;
  const rb = b.box !== null && params.readyNowBoxes.includes(b.box) ? 0 : 1;
  return (
    ra - rb ||
    KESESUAIAN_ORDER[kesesuaianOf({ candidate: a, target })] -
      KESESUAIAN_ORDER[kesesuaianOf({ candidate: b, target })] ||
    compareBase(a, b, params)
  );
}
