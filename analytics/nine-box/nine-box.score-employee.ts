/**
 * The numeric core of contract §2 for one employee, written into a reused scratch object so scoring a million
 * employees allocates nothing here. Every score is rounded (2 decimals, half up) as soon as it exists.
 *
 * One flat function on purpose: split into a dozen helpers, the optimiser stops inlining them and this loop runs
 * at half speed. Each formula therefore appears exactly once, here, with the contract clause next to it.
 */
import { wholeYearsBetweenYmd } from '../domain/dates.js';
import type { ReviewInputs } from '../types.js';
import { annualKeyRank, type GroupedInputs } from './nine-box.group.js';
import { round2 } from './nine-box.rounding.js';
import type { CompiledPolicy } from './nine-box.scoring.js';
import { ymd } from './nine-box.ymd.js';

/** Scratch result; `NaN` / `-1` / `0` stand for "none" until the placement is materialised. */
export class EmployeeScores {
  yearsFound = 0;
  kinerjaScore = NaN;
  /** Index in RATING order (0 DI_BAWAH, 1 SESUAI, 2 DI_ATAS), -1 when unrated. */
  kinerjaLevel = -1;
  kompetensi = NaN;
  potensi = NaN;
  pendidikan = 0;
  jp = 0;
  pelatihan = 0;
  pengalamanYears = 0;
  pengalaman = 0;
  kualifikasi = 0;
  integritas = 0;
  potensialScore = NaN;
  /** Index in POTENSIAL_LEVEL order (0 RENDAH, 1 MENENGAH, 2 TINGGI), -1 when unrated. */
  potensialLevel = -1;
  /** 1..9, 0 when unplaced. */
  box = 0;
  nilaiTalenta = NaN;
}

function unknownPendidikan(pendidikan: string, nip: string): never {
  throw new RangeError(`pendidikan "${pendidikan}" pegawai ${nip} tidak dikenal`);
}

/** Scores employee `i` (input position) into `s`. */
export function scoreEmployee(
  i: number,
  inputs: ReviewInputs,
  g: GroupedInputs,
  cp: CompiledPolicy,
  s: EmployeeScores,
): void {
  // §2.1 kinerja: mean of the scores of the most recent annual ratings in the window (slot 0 = year(asOf)).
  const base = i * g.span;
  let sum = 0;
  let found = 0;
  for (let y = 0; y < g.span && found < cp.yearsUsed; y++) {
    const slot = g.annualKey[base + y]!;
    if (slot === 0) continue;
    sum += cp.predikatScore[annualKeyRank(slot)]!;
    found++;
  }
  const kinerja = found === 0 ? NaN : round2(sum / found);
  const kinerjaLevel = found === 0 ? -1 : kinerja >= cp.kinerjaAtas ? 2 : kinerja >= cp.kinerjaSesuai ? 1 : 0;
  s.yearsFound = found;
  s.kinerjaScore = kinerja;
  s.kinerjaLevel = kinerjaLevel;

  // §2.2 kualifikasi = mean of pendidikan, pelatihan and pengalaman. Computed even without an assessment, so
  // the explanation shows every component the employee has.
  const employee = inputs.employees[i]!;
  const pendidikan =
    cp.pendidikanScore.get(employee.pendidikan) ?? unknownPendidikan(employee.pendidikan, employee.nip);
  // JP is rounded like a score so the total never depends on the order fractional JP were added in.
  const jp = round2(g.jp[i]!);
  const pelatihan = round2(Math.min(cp.pelatihanCap, cp.pelatihanBase + cp.pelatihanPerJp * jp));
  const years = wholeYearsBetweenYmd(ymd(employee.tmtJabatan), g.windows.asOfYmd);
  let pengalaman = cp.pengalamanOtherwise;
  for (let b = 0; b < cp.pengalamanMinYears.length; b++) {
    if (years >= cp.pengalamanMinYears[b]!) {
      pengalaman = cp.pengalamanScore[b]!;
      break;
    }
  }
  const kualifikasi = round2((pendidikan + pelatihan + pengalaman) / 3);
  // §2.2 integritas: any penalty running at asOf, else the most severe recent one.
  const integritas = g.activePenalty[i] === 1 ? cp.integritasActive : cp.integritasBySeverity[g.severity[i]!]!;
  s.pendidikan = pendidikan;
  s.jp = jp;
  s.pelatihan = pelatihan;
  s.pengalamanYears = years;
  s.pengalaman = pengalaman;
  s.kualifikasi = kualifikasi;
  s.integritas = integritas;

  const a = g.assessment[i]!;
  if (a <= 0) {
    s.kompetensi = NaN;
    s.potensi = NaN;
    s.potensialScore = NaN;
    s.potensialLevel = -1;
    s.box = 0;
    s.nilaiTalenta = NaN;
    return;
  }
  // §2.2 potensial = weighted sum of kompetensi (JPM, capped), potensi, kualifikasi and integritas.
  const assessment = inputs.assessments[a - 1]!;
  const kompetensi = round2(Math.min(assessment.jpm, cp.kompetensiCap));
  const potensi = round2(assessment.nilaiPotensi);
  const potensial = round2(
    cp.wKompetensi * kompetensi + cp.wPotensi * potensi + cp.wKualifikasi * kualifikasi + cp.wIntegritas * integritas,
  );
  const potensialLevel = potensial >= cp.potensialTinggi ? 2 : potensial >= cp.potensialMenengah ? 1 : 0;
  s.kompetensi = kompetensi;
  s.potensi = potensi;
  s.potensialScore = potensial;
  s.potensialLevel = potensialLevel;

  // §2.3 box: a table lookup, never arithmetic; nilai talenta only when both axes are rated.
  if (kinerjaLevel < 0) {
    s.box = 0;
    s.nilaiTalenta = NaN;
    return;
  }
  s.box = cp.boxTable[kinerjaLevel * 3 + potensialLevel]!;
  s.nilaiTalenta = round2(cp.wKinerja * kinerja + cp.wPotensial * potensial);
}
