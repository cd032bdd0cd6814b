/**
 * What the committee board knows of one person beyond the placement: age band, and the flags the board filters and
 * the agenda pick people by. Pure: every date and the policy are arguments.
 */
import { addMonths, wholeYearsBetween } from '../domain/dates.js';
import type { Box, UnratedReason } from '../domain/enums.js';
import { POTENSIAL_LEVEL, RATING } from '../domain/enums.js';
import { cellOfBox } from '../nine-box/index.js';
import type { Policy } from '../policy/index.js';

/** Age bands of the board's filter and of the fairness view. */
export const AGE_BANDS = ['<30', '30-39', '40-49', '50+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * - `PENSIUN_12_BULAN`: the retirement date (BUP) falls within 12 months after asOf;
 * - `HUKDIS_AKTIF`: a discipline penalty is active at asOf;
 * - `ASESMEN_KEDALUWARSA`: the latest assessment is too old to count (the person is unplaced for it);
 * - `PINDAH_2_KOTAK`: the effective box moved two or more steps on the grid since the previous review;
 * - `MENETAP_2_TINJAUAN`: the same effective box in this and the previous review (stuck for ≥ 2 reviews).
 */
export const BOARD_FLAGS = ['PENSIUN_12_BULAN', 'HUKDIS_AKTIF', 'ASESMEN_KEDALUWARSA', 'PINDAH_2_KOTAK', 'MENETAP_2_TINJAUAN'] as const;
export type BoardFlag = (typeof BOARD_FLAGS)[number];

/** Months ahead in which a retirement counts as near (flag and agenda). */
export const RETIREMENT_HORIZON_MONTHS = 12;
/** Grid steps (kinerja + potensial levels) that make a "big" move. */
export const BIG_MOVE_STEPS = 2;

export function ageBand(tanggalLahir: string | null, asOf: string): AgeBand | null {
  if (tanggalLahir === null) return null;
  const age = wholeYearsBetween(tanggalLahir, asOf);
  return age < 30 ? '<30' : age < 40 ? '30-39' : age < 50 ? '40-49' : '50+';
}

/**
 * Steps between two boxes on the grid: levels moved on the kinerja axis plus levels moved on the potensial axis
 * (box numbers are a lookup, so their difference means nothing). Each box is read with its own review's policy.
 */
export function gridSteps(args: { from: Box; to: Box; fromPolicy: Policy; toPolicy: Policy }): number {
  const a = cellOfBox(args.from, args.fromPolicy);
  const b = cellOfBox(args.to, args.toPolicy);
  return (
    Math.abs(RATING.indexOf(b.kinerja) - RATING.indexOf(a.kinerja)) +
    Math.abs(POTENSIAL_LEVEL.indexOf(b.potensial) - POTENSIAL_LEVEL.indexOf(a.potensial))
  );
}

export interface BoardFlagInput {
  asOf: string;
  retirementDate: string | null;
  activePenalty: boolean;
  unratedReasons: readonly UnratedReason[] | readonly string[];
  /** Effective box now and in the previous review (null: unplaced or not there). */
  box: Box | null;
  previousBox: Box | null;
  policy: Policy;
  previousPolicy: Policy;
}

export function boardFlags(input: BoardFlagInput): BoardFlag[] {
  const flags: BoardFlag[] = [];
  if (input.retirementDate !== null && input.retirementDate <= addMonths(input.asOf, RETIREMENT_HORIZON_MONTHS)) {
    flags.push('PENSIUN_12_BULAN');
  }
  if (input.activePenalty) flags.push('HUKDIS_AKTIF');
  if (input.unratedReasons.includes('ASESMEN_KEDALUWARSA')) flags.push('ASESMEN_KEDALUWARSA');
  if (input.box !== null && input.previousBox !== null) {
    const steps = gridSteps({ from: input.previousBox, to: input.box, fromPolicy: input.previousPolicy, toPolicy: input.policy });
    if (steps >= BIG_MOVE_STEPS) flags.push('PINDAH_2_KOTAK');
    if (steps === 0) flags.push('MENETAP_2_TINJAUAN');
  }
  return flags;
}
