/**
 * What a review derives from its placements before the snapshot can be completed: succession (with the ABK's
 * shortage flags), the ABK part (Neraca Pegawai) and the counts. It needs only the boxes, never the explanations, so
 * the review computes it in short slices while the placements are written: the database takes rows while this
 * thread works, instead of one waiting for the other.
 */
import type { PlacedEmployees } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { AnnualPredikat, SuccessionPlacement } from '../../analytics/succession/index.js';
import type { Steps } from '../../analytics/domain/steps.js';
import type { ReviewInputs } from '../../analytics/types.js';
import type { AbkInputRows } from '../../db/repositories/abk-inputs.repository.js';
import { BESIDE_COPY_SLICE_MS, runInSlices } from '../../lib/event-loop-slices.js';
import { computeReviewAbk, type ReviewAbk } from '../abk/compute-review-abk.js';
import { reviewSuccessionInSteps } from './compute-review-succession.js';
import { countReview } from './review-counts.js';
import type { ReviewCounts } from './schemas.js';
import { toSuccessionRows, type SnapshotRows, type SuccessionRows } from './snapshot-rows.js';

export interface DerivedSnapshot {
  /** Succession with the ABK's shortage flags, as the rows the snapshot stores. */
  successionRows: SuccessionRows;
  abk: ReviewAbk;
  counts: ReviewCounts;
  /** Time spent computing each part, not counting the turns given to other work between slices. */
  timings: { successionMs: number; abkMs: number };
}

export type DerivingStage = 'menghitung suksesi' | 'menghitung neraca pegawai';

/** A fresh review's boxes: no calibration yet, so the effective box is the computed one. */
function freshBoxes(placed: PlacedEmployees): SuccessionPlacement[] {
  return placed.placements.map((p, k) => ({
    employeeId: p.employeeId,
    box: p.box,
    calibratedBox: null,
    nilaiTalenta: p.nilaiTalenta,
    jpm: placed.jpmAt(k),
  }));
}

/** Placements per step while reading their kinerja windows. */
const PLACEMENTS_PER_STEP = 8_192;

/** The kinerja window of every placed employee, as the nine-box read it (the succession gates read the same). */
function* kinerjaWindows(placed: PlacedEmployees): Steps<Map<number, readonly AnnualPredikat[]>> {
  const windows = new Map<number, readonly AnnualPredikat[]>();
  const { placements } = placed;
  for (let k = 0; k < placements.length; k++) {
    if (k > 0 && k % PLACEMENTS_PER_STEP === 0) yield;
    const years = placed.kinerjaYearsAt(k);
    if (years.length > 0) windows.set(placements[k]!.employeeId, years);
  }
  return windows;
}

/** Succession of a fresh review, its kinerja windows taken from the placements rather than read again. */
function* freshSuccessionInSteps(args: { inputs: ReviewInputs; placed: PlacedEmployees; boxes: SuccessionPlacement[]; asOf: string; policy: Policy }) {
  const annualPredikat = yield* kinerjaWindows(args.placed);
  return yield* reviewSuccessionInSteps({ ...args, placements: args.boxes, annualPredikat });
}

/** @param onStage - told which part is being computed (a failure is reported with it) */
export async function deriveSnapshot(args: {
  inputs: ReviewInputs;
  abkRows: AbkInputRows;
  placed: PlacedEmployees;
  /** Who the review placed (slates and near misses are stored with their names and units). */
  person: SnapshotRows['person'];
  asOf: string;
  policy: Policy;
  onStage: (stage: DerivingStage) => void;
}): Promise<DerivedSnapshot> {
  const { inputs, asOf, policy } = args;
  args.onStage('menghitung suksesi');
  const boxes = freshBoxes(args.placed);
  const computed = await runInSlices(freshSuccessionInSteps({ inputs, placed: args.placed, boxes, asOf, policy }), BESIDE_COPY_SLICE_MS);
  args.onStage('menghitung neraca pegawai');
  const started = performance.now();
  const abk = computeReviewAbk({ inputs, abk: args.abkRows, placements: boxes, succession: computed.value, asOf, policy });
  const counts = countReview({ placements: args.placed.placements, succession: abk.succession, policy });
  const abkMs = Math.round(performance.now() - started);
  return {
    successionRows: toSuccessionRows(abk.succession, args.person),
    abk,
    counts,
    timings: { successionMs: Math.round(computed.busyMs), abkMs },
  };
}
