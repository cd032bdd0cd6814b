/**
 * The explanation of one placement: every component with its value and the rows it came from, the weights and
 * thresholds applied, and the counterfactual (points missing to the next level up). Lists are sorted on content so
 * the explanation never depends on input order.
 */
import { predikatRank } from '../domain/predikat.js';
import type { KinerjaLevel, PotensialLevel } from '../domain/enums.js';
import type { AssessmentRecord, ReviewInputs } from '../types.js';
import type { ExplanationConstants } from './nine-box.explanation-parts.js';
import type { ExplanationLists, GroupedInputs } from './nine-box.group.js';
import { toAnnualPredikat } from './nine-box.kinerja.js';
import { round2 } from './nine-box.rounding.js';
import type { EmployeeScores } from './nine-box.score-employee.js';
import { boxAt, kinerjaLevelAt, potensialLevelAt, type CompiledPolicy } from './nine-box.scoring.js';
import type {
  AssessmentUsed,
  AxisGap,
  Counterfactual,
  Explanation,
  KinerjaExplanation,
  PenaltyConsidered,
  PotensialExplanation,
  TrainingCounted,
} from './nine-box.types.js';

const TINGKAT_ORDER = { RINGAN: 1, SEDANG: 2, BERAT: 3 } as const;

const SEVERITY_NAME = [null, 'RINGAN', 'SEDANG', 'BERAT'] as const;

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

function compareText(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function explainKinerja(
  i: number,
  inputs: ReviewInputs,
  g: GroupedInputs,
  cp: CompiledPolicy,
  ctx: ExplanationConstants,
  s: EmployeeScores,
): KinerjaExplanation {
  const years: KinerjaExplanation['years'] = [];
  for (let y = 0; y < g.span && years.length < cp.yearsUsed; y++) {
    const r = g.annual[i * g.span + y]!;
    if (r === 0) continue;
    const row = inputs.ratings[r - 1]!;
    const annual = toAnnualPredikat(row);
    years.push({
      tahun: annual.tahun,
      periode: annual.periode,
      predikat: annual.predikat,
      source: annual.source,
      nilaiSkp: annual.nilaiSkp,
      score: cp.predikatScore[predikatRank(row.predikat)]!,
    });
  }
  return {
    window: ctx.kinerja.window,
    years,
    score: orNull(s.kinerjaScore),
    level: s.kinerjaLevel < 0 ? null : kinerjaLevelAt(s.kinerjaLevel),
    thresholds: ctx.kinerja.thresholds,
  };
}

function assessmentUsed(row: AssessmentRecord | undefined): AssessmentUsed | null {
  if (row === undefined) return null;
  return { tanggal: row.tanggal, jpm: row.jpm, nilaiPotensi: row.nilaiPotensi, lembaga: row.lembaga };
}

// Most employees have no recent training or penalty: they share these instead of allocating empty arrays.
const NO_TRAININGS: readonly TrainingCounted[] = Object.freeze([]);
const NO_PENALTIES: readonly PenaltyConsidered[] = Object.freeze([]);

function trainingsCounted(i: number, inputs: ReviewInputs, lists: ExplanationLists): readonly TrainingCounted[] {
  if (lists.trainingHead[i] === 0) return NO_TRAININGS;
  const list: TrainingCounted[] = [];
  for (let t = lists.trainingHead[i]!; t !== 0; t = lists.trainingNext[t - 1]!) {
    const row = inputs.trainings[t - 1]!;
    list.push({ nama: row.nama, jp: row.jp, tanggalSelesai: row.tanggalSelesai });
  }
  return list.sort(
    (a, b) => compareText(a.tanggalSelesai, b.tanggalSelesai) || compareText(a.nama, b.nama) || a.jp - b.jp,
  );
}

function penaltiesConsidered(
  i: number,
  inputs: ReviewInputs,
  asOf: string,
  lists: ExplanationLists,
): readonly PenaltyConsidered[] {
  if (lists.penaltyHead[i] === 0) return NO_PENALTIES;
  const list: PenaltyConsidered[] = [];
  for (let d = lists.penaltyHead[i]!; d !== 0; d = lists.penaltyNext[d - 1]!) {
    const row = inputs.discipline[d - 1]!;
    const tmtSelesai = row.tmtSelesai === '' ? null : row.tmtSelesai;
    list.push({
      tingkat: row.tingkat,
      jenis: row.jenis,
      tmtMulai: row.tmtMulai,
      tmtSelesai,
      active: tmtSelesai === null || asOf < tmtSelesai,
    });
  }
  return list.sort(
    (a, b) =>
      compareText(a.tmtMulai, b.tmtMulai) ||
      TINGKAT_ORDER[a.tingkat] - TINGKAT_ORDER[b.tingkat] ||
      compareText(a.jenis, b.jenis) ||
      compareText(a.tmtSelesai, b.tmtSelesai),
  );
}

function explainPotensial(
  i: number,
  inputs: ReviewInputs,
  g: GroupedInputs,
  ctx: ExplanationConstants,
  s: EmployeeScores,
): PotensialExplanation {
  const employee = inputs.employees[i]!;
  const lists = g.lists!;
  const a = g.assessment[i]!;
  const used = a > 0 ? assessmentUsed(inputs.assessments[a - 1]) : null;
  return {
    assessment: used,
    latestExpired: a < 0 ? assessmentUsed(inputs.assessments[-a - 1]) : null,
    assessmentWindow: ctx.potensial.assessmentWindow,
    kompetensi: used === null ? null : { score: s.kompetensi, jpm: used.jpm, cap: ctx.potensial.kompetensiCap },
    potensi: used === null ? null : { score: s.potensi, nilaiPotensi: used.nilaiPotensi },
    kualifikasi: {
      score: s.kualifikasi,
      pendidikan: { level: employee.pendidikan, score: s.pendidikan },
      pelatihan: {
        score: s.pelatihan,
        jp: s.jp,
        window: ctx.potensial.pelatihan.window,
        trainings: trainingsCounted(i, inputs, lists),
        formula: ctx.potensial.pelatihan.formula,
      },
      pengalaman: { score: s.pengalaman, tmtJabatan: employee.tmtJabatan, years: s.pengalamanYears },
    },
    integritas: {
      score: s.integritas,
      activePenalty: g.activePenalty[i] === 1,
      mostSevere: SEVERITY_NAME[g.severity[i]!] ?? null,
      lookback: ctx.potensial.lookback,
      penalties: penaltiesConsidered(i, inputs, g.windows.asOf, lists),
    },
    weights: ctx.potensial.weights,
    score: orNull(s.potensialScore),
    level: s.potensialLevel < 0 ? null : potensialLevelAt(s.potensialLevel),
    thresholds: ctx.potensial.thresholds,
  };
}

function gap<L extends string>(
  level: number,
  score: number,
  thresholds: readonly [number, number],
  levelAt: (index: number) => L,
  boxIfReached: (next: number) => number,
): AxisGap<L> | null {
  if (level < 0 || level >= 2) return null;
  const threshold = thresholds[level]!;
  const box = boxIfReached(level + 1);
  return {
    nextLevel: levelAt(level + 1),
    threshold,
    pointsNeeded: round2(threshold - score),
    boxIfReached: box === 0 ? null : (box as AxisGap<L>['boxIfReached']),
  };
}

function counterfactual(cp: CompiledPolicy, s: EmployeeScores): Counterfactual {
  const kinerja = gap<KinerjaLevel>(
    s.kinerjaLevel,
    s.kinerjaScore,
    [cp.kinerjaSesuai, cp.kinerjaAtas],
    kinerjaLevelAt,
    (k) => (s.potensialLevel < 0 ? 0 : boxAt(k, s.potensialLevel, cp)),
  );
  const potensial = gap<PotensialLevel>(
    s.potensialLevel,
    s.potensialScore,
    [cp.potensialMenengah, cp.potensialTinggi],
    potensialLevelAt,
    (p) => (s.kinerjaLevel < 0 ? 0 : boxAt(s.kinerjaLevel, p, cp)),
  );
  return { kinerja, potensial };
}

/** Builds the explanation of employee `i` from the grouped inputs and its computed scores. */
export function explainEmployee(
  i: number,
  inputs: ReviewInputs,
  g: GroupedInputs,
  cp: CompiledPolicy,
  ctx: ExplanationConstants,
  s: EmployeeScores,
): Explanation {
  return {
    asOf: ctx.asOf,
    kinerja: explainKinerja(i, inputs, g, cp, ctx, s),
    potensial: explainPotensial(i, inputs, g, ctx, s),
    nilaiTalenta: { score: orNull(s.nilaiTalenta), weights: ctx.nilaiTalenta.weights },
    counterfactual: counterfactual(cp, s),
  };
}
