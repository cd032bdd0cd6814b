/**
 * Deterministic synthetic review inputs for the placements benchmark, plus the same population as plain typed
 * columns for the baseline. Both views come from one seeded generator, so their results must agree exactly.
 */
import { PREDIKAT, type Predikat, type TingkatDisiplin } from '../analytics/domain/enums.js';
import { PENDIDIKAN, type Pendidikan } from '../analytics/domain/pendidikan.js';
import type {
  AssessmentRecord,
  DisciplineRecord,
  EmployeeRecord,
  RatingRecord,
  ReviewInputs,
  TrainingRecord,
} from '../analytics/types.js';
import { createPrng } from '../services/demo/demo-prng.js';

export const BENCH_AS_OF = '2026-01-15';
/** The default policy's windows at {@link BENCH_AS_OF}: a date counts when it is after these (and not after asOf). */
const TRAINING_AFTER = '2025-01-15';
const LOOKBACK_AFTER = '2024-01-15';

/** What the baseline reads: one slot per employee, the raw facts the policy turns into scores. */
export interface BaselineColumns {
  n: number;
  /** Predikat rank (0 = SANGAT_BAIK … 4) of the newest and second-newest annual rating in the window; -1 none. */
  predikat1: Int8Array;
  predikat2: Int8Array;
  /** NaN when the employee has no valid assessment. */
  jpm: Float64Array;
  /** 0 a valid assessment, 1 none at all, 2 only an expired one (the unrated reason). */
  assessmentState: Int8Array;
  nilaiPotensi: Float64Array;
  pendidikan: Int8Array;
  jp: Float64Array;
  yearsInPosition: Int8Array;
  activePenalty: Uint8Array;
  /** 0 none, 1 RINGAN, 2 SEDANG, 3 BERAT (within the lookback). */
  severity: Int8Array;
}


/** Day strings 2015-01-01 … 2027-12-31, created once: a loader's strings are flat, and this keeps memory flat too. */
function dayPool(): string[] {
  const days: string[] = [];
  for (let y = 2015; y <= 2027; y++) {
    for (let m = 1; m <= 12; m++) {
      const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
      for (let d = 1; d <= dim; d++) days.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  }
  return days;
}

function dayIndex(days: readonly string[], iso: string): number {
  return days.indexOf(iso);
}

const TINGKAT: readonly TingkatDisiplin[] = ['RINGAN', 'SEDANG', 'BERAT'];

/** Row facts collected while drawing random numbers; objects are built per table afterwards. */
interface Facts {
  employees: Array<{ pend: number; nip: string; tmtJabatan: string }>;
  ratings: number[][];
  assessments: Array<[number, string, number, number]>;
  trainings: Array<[number, string, number]>;
  discipline: Array<[number, TingkatDisiplin, string, string]>;
}

const PERIODE_CODES = ['TAHUNAN', 'TW4', 'TW2'] as const;

/**
 * Builds `n` employees with ~3 ratings, ~1 assessment, ~0.5 trainings and a few penalties each. Objects are created
 * table by table, as the review loader creates them (one query per table), so each table sits together in memory.
 */
export function buildSyntheticReview(n: number, seed = 20260115): { inputs: ReviewInputs; baseline: BaselineColumns } {
  const rnd = createPrng(seed).next;
  const pick = (k: number): number => Math.floor(rnd() * k);
  const days = dayPool();
  const dayOf = new Map(days.map((d) => [d, d]));
  const asOfDay = dayIndex(days, BENCH_AS_OF);
  const day = (offsetBack: number): string => days[asOfDay - offsetBack]!;

  const facts: Facts = { employees: [], ratings: [], assessments: [], trainings: [], discipline: [] };
  const b: BaselineColumns = {
    n,
    predikat1: new Int8Array(n).fill(-1),
    predikat2: new Int8Array(n).fill(-1),
    jpm: new Float64Array(n).fill(NaN),
    assessmentState: new Int8Array(n).fill(1),
    nilaiPotensi: new Float64Array(n).fill(NaN),
    pendidikan: new Int8Array(n),
    jp: new Float64Array(n),
    yearsInPosition: new Int8Array(n),
    activePenalty: new Uint8Array(n),
    severity: new Int8Array(n),
  };
  // Skewed towards good predikat, as real distributions are.
  const predikat = (): number => [0, 0, 1, 1, 1, 1, 1, 2, 3, 4][pick(10)]!;

  for (let i = 0; i < n; i++) {
    const id = i + 1;
    const yearsInPosition = pick(9);
    const pend = pick(PENDIDIKAN.length);
    const birthYear = 1966 + pick(35);
    // NIP shape: birth date, TMT CPNS (YYYYMM), gender digit, sequence number.
    const born = `${birthYear}0${1 + pick(9)}1${pick(10)}`;
    const cpns = `20${10 + pick(15)}0${1 + pick(9)}`;
    const nip = `${born}${cpns}${1 + pick(2)}${String(1 + (i % 999)).padStart(3, '0')}`;
    // Mid-October so whole years are unambiguous: `yearsInPosition` years and ~3 months before asOf.
    const tmtJabatan = dayOf.get(`${2025 - yearsInPosition}-10-${String(1 + pick(28)).padStart(2, '0')}`)!;
    facts.employees.push({ pend, nip, tmtJabatan });
    b.pendidikan[i] = pend;
    b.yearsInPosition[i] = yearsInPosition;

    const shape = rnd();
    if (shape >= 0.01) {
      const p2025 = predikat();
      facts.ratings.push([id, 2025, 0, p2025], [id, 2023, 0, predikat()]);
      b.predikat1[i] = p2025;
      if (shape >= 0.04) {
        // 2024 comes as TW4 only for a fifth of employees: the fallback path.
        const p2024 = predikat();
        facts.ratings.push([id, 2024, shape < 0.2 ? 1 : 0, p2024]);
        b.predikat2[i] = p2024;
      } else {
        facts.ratings.push([id, 2024, 2, predikat()]);
      }
    }

    const a = rnd();
    if (a >= 0.01) {
      const expired = a < 0.04;
      const jpm = Math.round((45 + rnd() * 60) * 100) / 100;
      const np = Math.round((40 + rnd() * 60) * 100) / 100;
      facts.assessments.push([id, day(expired ? 1100 + pick(300) : pick(1090)), jpm, np]);
      b.assessmentState[i] = expired ? 2 : 0;
      if (!expired) {
        b.jpm[i] = jpm;
        b.nilaiPotensi[i] = np;
      }
    }

    if (rnd() < 0.5) {
      const tanggalSelesai = day(pick(540));
      const jp = [8, 16, 20, 24, 40][pick(5)]!;
      facts.trainings.push([id, tanggalSelesai, jp]);
      if (tanggalSelesai > TRAINING_AFTER) b.jp[i] = jp;
    }

    if (rnd() < 0.03) {
      const tingkat = pick(3);
      const back = pick(1000);
      const tmtMulai = day(back);
      const tmtSelesai = day(back - [180, 365][pick(2)]!);
      facts.discipline.push([id, TINGKAT[tingkat]!, tmtMulai, tmtSelesai]);
      if (BENCH_AS_OF < tmtSelesai) b.activePenalty[i] = 1;
      if (tmtMulai > LOOKBACK_AFTER) b.severity[i] = tingkat + 1;
    }
  }

  const employees: EmployeeRecord[] = facts.employees.map((e, i) => ({
    id: i + 1,
    nip: e.nip,
    nama: `Pegawai ${i + 1}`,
    jenisPegawai: 'PNS',
    jenisKelamin: null,
    tanggalLahir: null,
    golongan: 'III/a',
    pendidikan: PENDIDIKAN[e.pend] as Pendidikan,
    positionId: 1 + (i % 5000),
    tmtJabatan: e.tmtJabatan,
    tmtCpns: null,
  }));
  const ratings: RatingRecord[] = facts.ratings.map(([employeeId, tahun, periode, rank]) => ({
    employeeId: employeeId!,
    tahun: tahun!,
    periode: PERIODE_CODES[periode!]!,
    predikat: PREDIKAT[rank!] as Predikat,
    source: 'PREDIKAT',
    nilaiSkp: null,
  }));
  const assessments: AssessmentRecord[] = facts.assessments.map(([employeeId, tanggal, jpm, nilaiPotensi]) => ({
    employeeId,
    tanggal,
    jpm,
    nilaiPotensi,
    lembaga: 'UPT Penilaian Kompetensi',
  }));
  const trainings: TrainingRecord[] = facts.trainings.map(([employeeId, tanggalSelesai, jp]) => ({
    employeeId,
    nama: 'Pelatihan Teknis',
    jp,
    tanggalSelesai,
  }));
  const discipline: DisciplineRecord[] = facts.discipline.map(([employeeId, tingkat, tmtMulai, tmtSelesai]) => ({
    employeeId,
    tingkat,
    jenis: null,
    tmtMulai,
    tmtSelesai,
  }));
  return { inputs: { units: [], positions: [], employees, ratings, assessments, discipline, trainings }, baseline: b };
}
