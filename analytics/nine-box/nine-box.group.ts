/**
 * One pass over each input table, keeping per employee only what the policy needs: the annual rating per window
 * year, the assessment to use (and the latest expired one), the JP total, and the penalty state. Results live in
 * typed arrays indexed by the employee's input position; the rows an explanation lists are chained in typed
 * linked lists (head per employee, next per row), so grouping allocates nothing per row.
 */
import { addMonths, yearOf } from '../domain/dates.js';
import { predikatRank } from '../domain/predikat.js';
import type { AssessmentRecord, ReviewInputs } from '../types.js';
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
  /** `annual[i * span + (toYear - tahun)]` = rating row + 1, 0 for none. */
  annual: Int32Array;
  /** Same slots: predikat rank + 1 of that row, so scoring never goes back to the row objects. */
  annualRank: Int8Array;
  /** Assessment row + 1 of the one used, 0 for none. */
  assessment: Int32Array;
  /** Most recent assessment at or before asOf that is too old, row + 1. */
  expired: Int32Array;
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
  const { span, annual, index } = g;
  for (let r = 0; r < ratings.length; r++) {
    const row = ratings[r]!;
    const tahun = row.tahun;
    if (tahun < fromYear || tahun > toYear || !isAnnualPeriode(row.periode)) continue;
    const i = index.indexOf(row.employeeId);
    if (i < 0) continue;
    const slot = i * span + (toYear - tahun);
    const current = annual[slot]!;
    if (current === 0 || isPreferredAnnual(row, ratings[current - 1]!)) {
      annual[slot] = r + 1;
      g.annualRank[slot] = predikatRank(row.predikat) + 1;
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
    const best = t > after ? g.assessment : g.expired;
    const current = best[i]!;
    if (current === 0) {
      best[i] = a + 1;
      continue;
    }
    // Most employees have one assessment; only a second one pays for re-reading the current choice.
    const other = assessments[current - 1]!;
    const otherYmd = ymd(other.tanggal);
    if (t > otherYmd || (t === otherYmd && isPreferredSameDay(row, other))) best[i] = a + 1;
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
 * Groups every input table by employee for one review.
 * @param withLists - also chain the training and penalty rows per employee (needed only for explanations)
 */
export function groupInputs(inputs: ReviewInputs, asOf: string, cp: CompiledPolicy, withLists: boolean): GroupedInputs {
  const n = inputs.employees.length;
  const span = cp.spanYears + 1;
  const g: GroupedInputs = {
    index: indexEmployees(inputs.employees),
    windows: reviewWindows(asOf, cp),
    span,
    annual: new Int32Array(n * span),
    annualRank: new Int8Array(n * span),
    assessment: new Int32Array(n),
    expired: new Int32Array(n),
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
