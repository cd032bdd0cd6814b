/**
 * Cross-field rules of a policy that a per-field schema cannot express. Each rule protects a property the engines
 * rely on: ordered thresholds keep levels meaningful, weights summing to 1 keep axes on the 0–100 scale, and the
 * monotone score tables guarantee that a better input never lowers a level.
 */
import { checkAbkPolicyInvariants } from '../abk/abk.policy.js';
import { PREDIKAT } from '../domain/enums.js';
import { PENDIDIKAN, pendidikanRank } from '../domain/pendidikan.js';
import type { Policy } from './policy.schema.js';

export interface InvariantIssue {
  path: (string | number)[];
  message: string;
  input: unknown;
}

/** Tolerance for weight sums: decimal weights such as 0.15 are not exact in binary. */
const WEIGHT_SUM_TOLERANCE = 1e-9;

/** Prints a number without binary noise (0.9500000000000001 → 0.95). */
export function formatNumber(n: number): string {
  return String(Number(n.toFixed(10)));
}

const fmt = formatNumber;

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function checkThresholds(
  issues: InvariantIssue[],
  axis: 'kinerja' | 'potensial',
  upper: number,
  middle: number,
): void {
  if (upper > middle) return;
  issues.push({
    path: [axis, 'thresholds', axis === 'kinerja' ? 'diAtas' : 'tinggi'],
    message: `ambang atas ${axis} (${fmt(upper)}) harus lebih besar dari ambang tengah (${fmt(middle)})`,
    input: upper,
  });
}

function checkWeights(
  issues: InvariantIssue[],
  path: string[],
  label: string,
  weights: Record<string, number>,
): void {
  const total = sum(Object.values(weights));
  if (Math.abs(total - 1) <= WEIGHT_SUM_TOLERANCE) return;
  issues.push({ path, message: `bobot ${label} harus berjumlah 1 (sekarang ${fmt(total)})`, input: weights });
}

/** Scores listed best-first must not increase: a better category never scores lower than a worse one. */
function checkNonIncreasing(
  issues: InvariantIssue[],
  path: string[],
  label: string,
  entries: ReadonlyArray<readonly [string, number]>,
): void {
  for (let i = 1; i < entries.length; i++) {
    const better = entries[i - 1];
    const worse = entries[i];
    if (better === undefined || worse === undefined || worse[1] <= better[1]) continue;
    const [worseName, worseScore] = worse;
    const [betterName, betterScore] = better;
    issues.push({
      path: [...path, worseName],
      message:
        `${label} ${worseName} (${fmt(worseScore)}) ` +
        `tidak boleh lebih tinggi dari ${betterName} (${fmt(betterScore)})`,
      input: worseScore,
    });
  }
}

type Kualifikasi = Policy['potensial']['kualifikasi'];

function checkPendidikan(issues: InvariantIssue[], scores: Kualifikasi['pendidikanScore']): void {
  for (const lower of PENDIDIKAN) {
    for (const higher of PENDIDIKAN) {
      if (pendidikanRank(higher) <= pendidikanRank(lower) || scores[higher] >= scores[lower]) continue;
      issues.push({
        path: ['potensial', 'kualifikasi', 'pendidikanScore', higher],
        message:
          `skor pendidikan ${higher} (${fmt(scores[higher])}) ` +
          `tidak boleh lebih rendah dari ${lower} (${fmt(scores[lower])})`,
        input: scores[higher],
      });
    }
  }
}

function checkPengalaman(issues: InvariantIssue[], pengalaman: Kualifikasi['pengalaman']): void {
  const path = ['potensial', 'kualifikasi', 'pengalaman', 'bands'];
  pengalaman.bands.forEach((band, i) => {
    const previous = pengalaman.bands[i - 1];
    if (previous !== undefined && band.minYears >= previous.minYears) {
      issues.push({
        path: [...path, i, 'minYears'],
        message:
          'ambang pengalaman harus urut dari masa jabatan terlama ' +
          `(${band.minYears} tahun setelah ${previous.minYears} tahun)`,
        input: band.minYears,
      });
    }
    const nextScore = pengalaman.bands[i + 1]?.score ?? pengalaman.otherwiseScore;
    if (nextScore > band.score) {
      issues.push({
        path: [...path, i, 'score'],
        message:
          `skor pengalaman ≥ ${band.minYears} tahun (${fmt(band.score)}) ` +
          `tidak boleh lebih rendah dari masa jabatan yang lebih singkat (${fmt(nextScore)})`,
        input: band.score,
      });
    }
  });
}

function checkBoxTable(issues: InvariantIssue[], table: Policy['nineBox']['table']): void {
  const seen = new Map<number, number>();
  for (const row of Object.values(table)) for (const box of Object.values(row)) seen.set(box, (seen.get(box) ?? 0) + 1);
  const problems: string[] = [];
  for (let box = 1; box <= 9; box++) {
    const count = seen.get(box) ?? 0;
    if (count === 0) problems.push(`kotak ${box} tidak ada`);
    else if (count > 1) problems.push(`kotak ${box} muncul ${count} kali`);
  }
  if (problems.length === 0) return;
  issues.push({
    path: ['nineBox', 'table'],
    message: `tabel kotak harus memuat setiap kotak 1–9 tepat sekali (${problems.join('; ')})`,
    input: table,
  });
}

function checkBoxList(
  issues: InvariantIssue[],
  path: (string | number)[],
  label: string,
  boxes: readonly number[],
): void {
  if (new Set(boxes).size === boxes.length) return;
  issues.push({ path, message: `daftar kotak ${label} tidak boleh memuat kotak yang sama dua kali`, input: boxes });
}

/** @returns every violated cross-field rule, with its path and a message in Bahasa Indonesia. */
export function checkPolicyInvariants(policy: Policy): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const { kinerja, potensial, nineBox, succession } = policy;

  checkThresholds(issues, 'kinerja', kinerja.thresholds.diAtas, kinerja.thresholds.sesuai);
  checkThresholds(issues, 'potensial', potensial.thresholds.tinggi, potensial.thresholds.menengah);
  checkWeights(issues, ['potensial', 'weights'], 'potensial', potensial.weights);
  checkWeights(issues, ['nilaiTalenta', 'weights'], 'nilai talenta', policy.nilaiTalenta.weights);

  const calendarYears = kinerja.window.spanYears + 1;
  if (kinerja.window.yearsUsed > calendarYears) {
    const { yearsUsed } = kinerja.window;
    issues.push({
      path: ['kinerja', 'window', 'yearsUsed'],
      message:
        `jumlah tahun kinerja yang dirata-rata (${yearsUsed}) ` +
        `melebihi jumlah tahun dalam jendela (${calendarYears})`,
      input: yearsUsed,
    });
  }

  const predikatScores = PREDIKAT.map((p) => [p, kinerja.predikatScore[p]] as const);
  checkNonIncreasing(issues, ['kinerja', 'predikatScore'], 'skor predikat', predikatScores);
  const integritas = potensial.integritas.score;
  const integritasScores = (['TANPA', 'RINGAN', 'SEDANG', 'BERAT'] as const).map((t) => [t, integritas[t]] as const);
  checkNonIncreasing(issues, ['potensial', 'integritas', 'score'], 'skor integritas', integritasScores);
  const { activePenaltyScore } = potensial.integritas;
  if (activePenaltyScore > integritas.BERAT) {
    issues.push({
      path: ['potensial', 'integritas', 'activePenaltyScore'],
      message:
        `skor integritas saat hukuman aktif (${fmt(activePenaltyScore)}) ` +
        `tidak boleh lebih tinggi dari BERAT (${fmt(integritas.BERAT)})`,
      input: activePenaltyScore,
    });
  }
  checkPendidikan(issues, potensial.kualifikasi.pendidikanScore);
  checkPengalaman(issues, potensial.kualifikasi.pengalaman);

  checkBoxTable(issues, nineBox.table);
  checkBoxList(issues, ['nineBox', 'talentPoolBoxes'], 'kelompok rencana suksesi', nineBox.talentPoolBoxes);
  const { SIAP_SEKARANG: now, SIAP_1_2_TAHUN: soon } = succession.readiness;
  checkBoxList(issues, ['succession', 'readiness', 'SIAP_SEKARANG'], 'SIAP_SEKARANG', now);
  checkBoxList(issues, ['succession', 'readiness', 'SIAP_1_2_TAHUN'], 'SIAP_1_2_TAHUN', soon);
  // Readiness is only ever given to talent-pool members: a box outside the pool would make ready successors of
  // people the committee never put in the pool.
  for (const [name, boxes] of [['SIAP_SEKARANG', now], ['SIAP_1_2_TAHUN', soon]] as const) {
    for (const box of boxes) {
      if (nineBox.talentPoolBoxes.includes(box)) continue;
      issues.push({
        path: ['succession', 'readiness', name],
        message: `kotak ${box} pada ${name} berada di luar kelompok rencana suksesi (${nineBox.talentPoolBoxes.join(', ')})`,
        input: box,
      });
    }
  }
  for (const box of now) {
    if (!soon.includes(box)) continue;
    issues.push({
      path: ['succession', 'readiness'],
      message: `kotak ${box} tidak boleh berada di SIAP_SEKARANG dan SIAP_1_2_TAHUN sekaligus`,
      input: box,
    });
  }
  issues.push(...checkAbkPolicyInvariants(policy.abk));
  return issues;
}
