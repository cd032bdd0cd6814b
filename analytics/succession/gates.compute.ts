/**
 * The eight succession gates, each reported with a Bahasa Indonesia reason naming the compared
 * values, plus a branch-light bitmask form of the same predicates for the candidate index.
 */
import { addMonths } from '../domain/dates.js';
import { JENIS_JABATAN, JENJANG_JF, PREDIKAT, type JenjangJf } from '../domain/enums.js';
import { GOLONGAN_PNS, golonganRank } from '../domain/golongan.js';
import { pendidikanRank } from '../domain/pendidikan.js';
import type { DisciplineRecord } from '../types.js';
import { toColumns, UNKNOWN, type CandidateColumns } from './candidate.columns.js';
import type { CandidateFacts } from './candidate.facts.js';
import { gateJalur } from './gates.jalur.js';
import type { SlateTarget, SuccessionParams } from './succession.params.js';
import { GATES, type GateName, type GateResult } from './succession.types.js';

export { gateJalur } from './gates.jalur.js';

/** What every gate reads: the candidate's facts, the target jenis, asOf and the parameters. */
export interface GateInput {
  candidate: CandidateFacts;
  target: SlateTarget;
  asOf: string;
  params: SuccessionParams;
}

/** STATUS: only PNS may hold a structural post (PP 11/2017 Pasal 105). */
export function gateStatus({ candidate }: Pick<GateInput, 'candidate'>): GateResult {
  return candidate.jenisPegawai === 'PNS'
    ? { gate: 'STATUS', passed: true, reason: 'jenis pegawai PNS' }
    : { gate: 'STATUS', passed: false, reason: 'PPPK tidak dapat menduduki jabatan struktural' };
}

/** S1 and D-IV share a rank, so a minimum at that rank is written `S1/D-IV`. */
function pendidikanLabel(minimum: string, rank: number): string {
  return rank === pendidikanRank('S1') ? 'S1/D-IV' : minimum;
}

/** PENDIDIKAN: at least D-III for PENGAWAS, S1/D-IV above. */
export function gatePendidikan({ candidate, target, params }: Omit<GateInput, 'asOf'>): GateResult {
  const min = params.minPendidikan[target];
  const minRank = pendidikanRank(min);
  const passed = candidate.pendidikanRank >= minRank;
  return {
    gate: 'PENDIDIKAN',
    passed,
    reason: `pendidikan ${candidate.pendidikan} ${passed ? '≥' : '<'} ${pendidikanLabel(min, minRank)}`,
  };
}

/**
 * GOLONGAN: at least the target's minimum. PPPK grades I–XVII are read at their pay-grade equivalent (grade k ≈ the
 * k-th PNS golongan, Perpres 98/2020) so that a PPPK is stopped by STATUS alone and shows up as an honest near miss.
 */
export function gateGolongan({ candidate, target, params }: Omit<GateInput, 'asOf'>): GateResult {
  const min = params.minGolongan[target];
  const rank = candidate.golonganRank;
  if (rank === 0) {
    return { gate: 'GOLONGAN', passed: false, reason: `golongan ${candidate.golongan} tidak dikenal` };
  }
  const passed = rank >= golonganRank(min);
  const shown =
    candidate.jenisPegawai === 'PNS'
      ? candidate.golongan
      : `PPPK ${candidate.golongan} (setara ${GOLONGAN_PNS[rank - 1]})`;
  return { gate: 'GOLONGAN', passed, reason: `golongan ${shown} ${passed ? '≥' : '<'} ${min}` };
}

/** KINERJA: both of the window's two most recent annual predikat exist and are at least BAIK. */
export function gateKinerja({ candidate, params }: Pick<GateInput, 'candidate' | 'params'>): GateResult {
  const years = candidate.kinerja.map((k) => `${k.tahun} ${k.predikat}`).join(', ');
  if (candidate.kinerjaPasses) {
    return { gate: 'KINERJA', passed: true, reason: `predikat ${years} ≥ ${params.minPredikat}` };
  }
  if (candidate.kinerja.length === 0) {
    return { gate: 'KINERJA', passed: false, reason: 'tidak ada predikat tahunan dalam jendela penilaian' };
  }
  if (candidate.kinerja.length < params.kinerjaYears) {
    return {
      gate: 'KINERJA',
      passed: false,
      reason: `hanya ${candidate.kinerja.length} predikat tahunan (${years}), perlu ${params.kinerjaYears}`,
    };
  }
  const worstAllowed = PREDIKAT.indexOf(params.minPredikat);
  const low = candidate.kinerja.filter((k) => PREDIKAT.indexOf(k.predikat) > worstAllowed);
  const lowText = low.map((k) => `${k.tahun} ${k.predikat}`).join(', ');
  return { gate: 'KINERJA', passed: false, reason: `predikat ${lowText} < ${params.minPredikat}` };
}

function penaltyPeriod(r: DisciplineRecord): string {
  return r.tmtSelesai === null ? `TMT ${r.tmtMulai}, tanpa tanggal selesai` : `TMT ${r.tmtMulai} s.d. ${r.tmtSelesai}`;
}

/** DISIPLIN: no SEDANG/BERAT penalty started in the lookback window, and none running at asOf. */
export function gateDisiplin({ candidate, asOf, params }: Omit<GateInput, 'target'>): GateResult {
  const { activePenalty: active, recentSeriousPenalty: recent } = candidate;
  const window = `${params.disciplineLookbackMonths} bulan sebelum ${asOf}`;
  if (active === null && recent === null) {
    return {
      gate: 'DISIPLIN',
      passed: true,
      reason: `tidak ada hukuman disiplin sedang/berat dalam ${window} dan tidak ada yang masih berlaku`,
    };
  }
  const parts: string[] = [];
  if (recent !== null) {
    const stillRunning = active === recent ? `, masih berlaku pada ${asOf}` : '';
    parts.push(`hukuman disiplin ${recent.tingkat} TMT ${recent.tmtMulai}, dalam ${window}${stillRunning}`);
  }
  if (active !== null && active !== recent) {
    parts.push(`hukuman disiplin ${active.tingkat} masih berlaku pada ${asOf} (${penaltyPeriod(active)})`);
  }
  return { gate: 'DISIPLIN', passed: false, reason: parts.join('; ') };
}

/** True when the age cap of `target` (if any) holds; an unknown age fails a cap. */
function ageWithinCap(candidate: CandidateFacts, cap: number | undefined): boolean {
  return cap === undefined || (candidate.ageYears !== null && candidate.ageYears <= cap);
}

/**
 * USIA: the pension date (BUP of the current jabatan) is more than `retirementMarginMonths` after asOf, and the age
 * at asOf is within the target's cap. An unknown birth date fails closed.
 */
export function gateUsia({ candidate, target, asOf, params }: GateInput): GateResult {
  if (candidate.retirementDate === null || candidate.ageYears === null) {
    return { gate: 'USIA', passed: false, reason: 'tanggal lahir tidak diketahui' };
  }
  const margin = params.retirementMarginMonths;
  const cap = params.maxAgeByTarget[target];
  const retirementOk = candidate.retirementBeyondMargin;
  const ageOk = ageWithinCap(candidate, cap);
  const pension = `pensiun ${candidate.retirementDate} (BUP ${candidate.bup})`;
  const parts: string[] = [];
  if (retirementOk) parts.push(`${pension}, lebih dari ${margin} bulan setelah ${asOf}`);
  else {
    // The bound itself fails too: the rule wants strictly more than the margin.
    const relation = candidate.retirementDate === addMonths(asOf, margin) ? 'tepat' : 'kurang dari';
    parts.push(`${pension}, ${relation} ${margin} bulan setelah ${asOf}`);
  }
  if (cap !== undefined) parts.push(`usia ${candidate.ageYears} tahun ${ageOk ? '≤' : '>'} ${cap} tahun`);
  return { gate: 'USIA', passed: retirementOk && ageOk, reason: parts.join('; ') };
}

/** KOTAK: the (calibrated) box is in the talent pool. */
export function gateKotak({ candidate, params }: Pick<GateInput, 'candidate' | 'params'>): GateResult {
  const pool = `{${params.poolBoxes.join(', ')}}`;
  if (candidate.box === null) return { gate: 'KOTAK', passed: false, reason: 'belum terpetakan dalam nine-box' };
  const passed = params.poolBoxes.includes(candidate.box);
  return { gate: 'KOTAK', passed, reason: `kotak ${candidate.box} ${passed ? '∈' : '∉'} ${pool}` };
}

/** All gates in their published order: STATUS, PENDIDIKAN, GOLONGAN, JALUR, KINERJA, DISIPLIN, USIA, KOTAK. */
export function evaluateGates(input: GateInput): GateResult[] {
  return [
    gateStatus(input),
    gatePendidikan(input),
    gateGolongan(input),
    gateJalur(input),
    gateKinerja(input),
    gateDisiplin(input),
    gateUsia(input),
    gateKotak(input),
  ];
}

const BIT: Readonly<Record<GateName, number>> = Object.fromEntries(GATES.map((g, i) => [g, 1 << i])) as Record<
  GateName,
  number
>;

/**
 * The same predicates as the gate functions, without building reasons, over the pool's columns and with the
 * target's thresholds resolved once: the returned function sets bit `i` when `GATES[i]` fails for row `row`.
 * The candidate index runs it for every (candidate, target jenis) pair, millions of times nationally, and
 * explains only the rows it outputs. Any change to a gate must change both; the index property test compares them.
 */
export function compileGateMask(
  target: SlateTarget,
  params: SuccessionParams,
): (cols: CandidateColumns, row: number) => number {
  const minPendidikan = pendidikanRank(params.minPendidikan[target]);
  const minGolongan = golonganRank(params.minGolongan[target]);
  const cap = params.maxAgeByTarget[target];
  const { promotionFrom, minYearsInPosition, minServiceYears } = params.jalur[target];
  const targetJenis = JENIS_JABATAN.indexOf(target);
  // route[jenis * (JENJANG + 1) + jenjang + 1] = 1 when that jabatan is a PROMOSI source.
  const width = JENJANG_JF.length + 1;
  const route = new Uint8Array(JENIS_JABATAN.length * width);
  for (const s of promotionFrom) {
    const j = JENIS_JABATAN.indexOf(s.jenis);
    for (let k = -1; k < JENJANG_JF.length; k += 1) {
      const jenjang = k < 0 ? null : (JENJANG_JF[k] as JenjangJf);
      if (s.jenjang === null || (jenjang !== null && s.jenjang.includes(jenjang))) route[j * width + k + 1] = 1;
    }
  }
  const pool = new Uint8Array(10);
  for (const b of params.poolBoxes) if (b >= 0 && b < 10) pool[b] = 1;
  return (c, i) => {
    let mask = 0;
    if (c.pns[i] !== 1) mask |= BIT.STATUS;
    if ((c.pendidikanRank[i] as number) < minPendidikan) mask |= BIT.PENDIDIKAN;
    const gol = c.golonganRank[i] as number;
    if (gol === 0 || gol < minGolongan) mask |= BIT.GOLONGAN;
    // JALUR as assessJalur reads it: ROTASI needs no years in position; everyone needs the service minimum.
    const jenis = c.jenis[i] as number;
    const kind = jenis === targetJenis ? 2 : route[jenis * width + (c.jenjang[i] as number) + 1] === 1 ? 1 : 0;
    const years = c.yearsInPosition[i] as number;
    const service = c.serviceYears[i] as number;
    const yearsOk = kind !== 1 || minYearsInPosition === 0 || years >= minYearsInPosition;
    const serviceOk = minServiceYears === 0 || (service !== UNKNOWN && service >= minServiceYears);
    if (kind === 0 || !yearsOk || !serviceOk) mask |= BIT.JALUR;
    if (c.kinerjaOk[i] !== 1) mask |= BIT.KINERJA;
    if (c.disiplinOk[i] !== 1) mask |= BIT.DISIPLIN;
    const age = c.ageYears[i] as number;
    if (c.retirementOk[i] !== 1 || (cap !== undefined && (age === UNKNOWN || age > cap))) mask |= BIT.USIA;
    if (pool[c.box[i] as number] !== 1) mask |= BIT.KOTAK;
    return mask;
  };
}

/** {@link compileGateMask} for a single candidate. */
export function gateFailMask({ candidate, target, params }: Omit<GateInput, 'asOf'>): number {
  return compileGateMask(target, params)(toColumns([candidate], params), 0);
}

/** The gate of a mask with exactly one bit set, else null. */
export function singleFailedGate(mask: number): GateName | null {
  if (mask === 0 || (mask & (mask - 1)) !== 0) return null;
  return GATES[31 - Math.clz32(mask)] ?? null;
}
