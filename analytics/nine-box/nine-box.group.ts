/**
 * One pass over each input table, keeping per employee only what the policy needs: the annual rating per window
 * year, the assessment to use (and the latest expired one), the JP total, and the penalty state. Results live in
 * typed arrays indexed by the employee's input position; the rows an explanation lists are chained in typed
 * linked lists (head per employee, next per row), so grouping allocates nothing per row.
 */
import { addMonths, yearOf } from '../domain/dates.js';
import { predikatRank } from '../domain/predikat.js';
import type { AssessmentRecord, RatingRecord, ReviewInputs } from '../types.js';
import { indexEmployees, type EmployeeIndex } from './nine-box.employee-index.js';
import { isAnnualPeriode, isPreferredAnnual } from './nine-box.kinerja.js';
import type { CompiledPolicy } from './nine-box.scoring.js';
import { ymd } from './nine-box.ymd.js';

export interface ReviewWindows {
  asOf: string;
  asOfYmd: number;
  fromYear: number;
  toYear: number;
  /** Assessments count when tanggal is after this (exclusive) and at or before asOf. */
  assessmentAfter: string;
  trainingAfter: string;
  lookbackAfter: string;
}

export interface GroupedInputs {
  index: EmployeeIndex;
  windows: ReviewWindows;
  /** Calendar years in the window; slot 0 of each employee is year(asOf). */
  span: number;
  /**
   * `annual[i * span + (toYear - tahun)]` = rating row + 1, 0 for none. Only explanations list the rows, so
   * without them this is empty and {@link annualKey} alone picks each year's rating.
   */
  annual: Int32Array;
  /**
   * Same slots: {@link annualPreferenceKey} + 1 of the year's rating (0 none), which holds its predikat rank
   * ({@link annualKeyRank}), so scoring never goes back to the row objects.
   */
  annualKey: Uint8Array;
  /**
   * Assessment per employee, from the row + 1 of the one used (> 0), or, when there is none, minus (row + 1) of the
   * most recent one at or before asOf that is too old (< 0); 0 when there is neither. One array rather than two:
   * the expired one only matters when no valid one exists.
   */
  assessment: Int32Array;
  jp: Float64Array;
  activePenalty: Uint8Array;
  /** Most severe penalty started within the lookback: 0 none, 1 RINGAN, 2 SEDANG, 3 BERAT. */
  severity: Int8Array;
  /** Rows an explanation lists, chained per employee; `null` when explanations are off. */
  lists: ExplanationLists | null;
}

/** `head[i]` = first row + 1 of employee i, `next[row]` = following row + 1; 0 ends a chain. */
export interface ExplanationLists {
  trainingHead: Int32Array;
  trainingNext: Int32Array;
  penaltyHead: Int32Array;
  penaltyNext: Int32Array;
}

const SEVERITY = { RINGAN: 1, SEDANG: 2, BERAT: 3 } as const;
const SOURCE_KEY = { RATING: 2, PREDIKAT: 1, NILAI_SKP: 0 } as const;

/**
 * {@link isPreferredAnnual} as a number, up to its last tie-break: of two rows of one employee and year, the one
 * with the larger key is preferred (TAHUNAN over TW4, then the worse predikat, then the source). Rows with equal
 * keys differ at most in `nilaiSkp`, never in predikat, so the key alone decides every score.
 */
export function annualPreferenceKey(row: RatingRecord): number {
  return ((row.periode === 'TAHUNAN' ? 1 : 0) << 5) | (predikatRank(row.predikat) << 2) | SOURCE_KEY[row.source];
}

/** Predikat rank (0 = SANGAT_BAIK … 4) of a non-zero {@link GroupedInputs.annualKey} slot. */
export function annualKeyRank(slot: number): number {
  return ((slot - 1) >> 2) & 7;
}

/** The windows of one review, computed once from asOf and the policy. */
export function reviewWindows(asOf: string, cp: CompiledPolicy): ReviewWindows {
  const toYear = yearOf(asOf);
  return {
    asOf,
    asOfYmd: ymd(asOf),
    fromYear: toYear - cp.spanYears,
    toYear,
    assessmentAfter: addMonths(asOf, -cp.validityMonths),
    trainingAfter: addMonths(asOf, -cp.pelatihanWindowMonths),
    lookbackAfter: addMonths(asOf, -cp.integritasLookbackMonths),
  };
}

/**
 * Between two assessments on the same date (the natural key forbids it), the lower result wins (fail closed),
 * then a fixed order of the other fields, so input order never matters.
 */
function isPreferredSameDay(a: AssessmentRecord, b: AssessmentRecord): boolean {
  if (a.jpm !== b.jpm) return a.jpm < b.jpm;
  if (a.nilaiPotensi !== b.nilaiPotensi) return a.nilaiPotensi < b.nilaiPotensi;
  return (a.lembaga ?? '') < (b.lembaga ?? '');
}

function groupRatings(inputs: ReviewInputs, g: GroupedInputs): void {
  const { ratings } = inputs;
  const { fromYear, toYear } = g.windows;
  const { span, annual, annualKey, index } = g;
  const withRows = annual.length !== 0;
  for (let r = 0; r < ratings.length; r++) {
    const row = ratings[r]!;
    const tahun = row.tahun;
    if (tahun < fromYear || tahun > toYear || !isAnnualPeriode(row.periode)) continue;
    const i = index.indexOf(row.employeeId);
    if (i < 0) continue;
    const slot = i * span + (toYear - tahun);
    const key = annualPreferenceKey(row) + 1;
    if (withRows) {
      // Explanations show the row, so the last tie-break (nilaiSkp) must be applied too.
      const current = annual[slot]!;
      if (current === 0 || isPreferredAnnual(row, ratings[current - 1]!)) {
        annual[slot] = r + 1;
        annualKey[slot] = key;
      }
    } else if (key > annualKey[slot]!) {
      annualKey[slot] = key;
    }
  }
}

function groupAssessments(inputs: ReviewInputs, g: GroupedInputs): void {
  const { assessments } = inputs;
  const asOf = g.windows.asOfYmd;
  const after = ymd(g.windows.assessmentAfter);
  for (let a = 0; a < assessments.length; a++) {
    const row = assessments[a]!;
    const t = ymd(row.tanggal);
    // An assessment dated after asOf did not exist at the review date.
    if (t > asOf) continue;
    const i = g.index.indexOf(row.employeeId);
    if (i < 0) continue;
    const valid = t > after;
    const current = g.assessment[i]!;
    // A valid assessment beats any expired one; an expired one never replaces a valid one.
    if (current === 0 || (valid && current < 0)) {
      g.assessment[i] = valid ? a + 1 : -(a + 1);
      continue;
    }
    if (!valid && current > 0) continue;
    // Most employees have one assessment; only a second one of the same kind pays for re-reading the current choice.
    const other = assessments[Math.abs(current) - 1]!;
    const otherYmd = ymd(other.tanggal);
    if (t > otherYmd || (t === otherYmd && isPreferredSameDay(row, other))) g.assessment[i] = valid ? a + 1 : -(a + 1);
  }
}

function groupTrainings(inputs: ReviewInputs, g: GroupedInputs): void {
  const { trainings } = inputs;
  const asOf = g.windows.asOfYmd;
  const after = ymd(g.windows.trainingAfter);
  for (let t = 0; t < trainings.length; t++) {
    const row = trainings[t]!;
    const done = ymd(row.tanggalSelesai);
    if (done <= after || done > asOf) continue;
    const i = g.index.indexOf(row.employeeId);
    if (i < 0) continue;
    g.jp[i]! += row.jp;
    if (g.lists !== null) {
      g.lists.trainingNext[t] = g.lists.trainingHead[i]!;
      g.lists.trainingHead[i] = t + 1;
    }
  }
}

function groupDiscipline(inputs: ReviewInputs, g: GroupedInputs): void {
  const { discipline } = inputs;
  const asOf = g.windows.asOfYmd;
  const after = ymd(g.windows.lookbackAfter);
  for (let d = 0; d < discipline.length; d++) {
    const row = discipline[d]!;
    const start = ymd(row.tmtMulai);
    if (start > asOf) continue;
    const i = g.index.indexOf(row.employeeId);
    if (i < 0) continue;
    // Active until the day before tmt_selesai: on tmt_selesai itself the penalty is over.
    const active = row.tmtSelesai === null || row.tmtSelesai === '' || asOf < ymd(row.tmtSelesai);
    const recent = start > after;
    if (!active && !recent) continue;
    if (active) g.activePenalty[i] = 1;
    if (recent) {
      const severity = SEVERITY[row.tingkat];
      if (severity > g.severity[i]!) g.severity[i] = severity;
    }
    if (g.lists !== null) {
      g.lists.penaltyNext[d] = g.lists.penaltyHead[i]!;
      g.lists.penaltyHead[i] = d + 1;
    }
  }
}

/**
 * Groups every input table by employee for one review. Every array here is off-heap memory allocated per review;
 * V8 runs a full collection of the (large) input heap for roughly every 64 MB of it, so keep them narrow.
 * @param withLists - also keep the rating row per year and chain the training and penalty rows per employee
 * (needed only for explanations)
 */
export function groupInputs(inputs: ReviewInputs, asOf: string, cp: CompiledPolicy, withLists: boolean): GroupedInputs {
  const n = inputs.employees.length;
  const span = cp.spanYears + 1;
  const g: GroupedInputs = {
    index: indexEmployees(inputs.employees),
    windows: reviewWindows(asOf, cp),
    span,
    annual: new Int32Array(withLists ? n * span : 0),
    annualKey: new Uint8Array(n * span),
    assessment: new Int32Array(n),
    jp: new Float64Array(n),
    activePenalty: new Uint8Array(n),
    severity: new Int8Array(n),
    lists: withLists
      ? {
          trainingHead: new Int32Array(n),
          trainingNext: new Int32Array(inputs.trainings.length),
          penaltyHead: new Int32Array(n),
          penaltyNext: new Int32Array(inputs.discipline.length),
        }
      : null,
  };
  groupRatings(inputs, g);
  groupAssessments(inputs, g);
  groupTrainings(inputs, g);
  groupDiscipline(inputs, g);
  return g;
}
