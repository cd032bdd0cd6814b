/**
 * Deterministic synthetic national ASN workforce for the succession benchmark: ~498 instansi of 11 250 employees
 * (structural ≈ 5.7 %, JF ≈ 63 % of the rest, PPPK 36 % of non-structural), seeded, with interned date strings so
 * 5.6 million employees fit in about 2 GB.
 */
import type { Box, JenisJabatan, JenjangJf, Predikat, TingkatDisiplin } from '../analytics/domain/enums.js';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../analytics/domain/golongan.js';
import type { Pendidikan } from '../analytics/domain/pendidikan.js';
import type { DisciplineRecord, EmployeeRecord, PositionRecord, UnitRecord } from '../analytics/types.js';
import {
  DEFAULT_SUCCESSION_PARAMS,
  type AnnualPredikat,
  type SuccessionInputs,
  type SuccessionPlacement,
} from '../analytics/succession/index.js';
import { createPrng } from '../services/demo/demo-prng.js';

export const BENCH_AS_OF = '2026-11-22';
const AS_OF = BENCH_AS_OF;
const OPD_PER_INSTANSI = 40;
const BIDANG_PER_OPD = 3;
const SEKSI_PER_BIDANG = 3;
/** 1 + 40·(head + sekretaris + 2 kasubbag) + 120 kabid + 360 kasi = 641 structural posts ≈ 5.7 % of 11 250. */
const EMPLOYEES_PER_INSTANSI = 11_250;
const RUMPUN = [
  'Pendidikan', 'Kesehatan', 'Keuangan', 'Kepegawaian', 'Umum', 'Perencanaan', 'Pekerjaan Umum', 'Pertanian',
];


/** Interned ISO dates by day offset from 1950-01-01, so millions of records share a few thousand strings. */
const DAY0 = Date.UTC(1950, 0, 1);
const DAYS: string[] = [];
for (let d = 0; d < 80 * 366; d += 1) DAYS.push(new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10));
const dayOf = (iso: string) => Math.round((Date.parse(iso) - DAY0) / 86_400_000);
const AS_OF_DAY = dayOf(AS_OF);

const p = (tahun: number, predikat: Predikat): AnnualPredikat => ({ tahun, predikat });
/** Shared window arrays with their weights: most employees rate BAIK twice; some fall short. */
const KINERJA_POOL: [readonly AnnualPredikat[], number][] = [
  [[p(2025, 'BAIK'), p(2024, 'BAIK')], 50],
  [[p(2025, 'SANGAT_BAIK'), p(2024, 'BAIK')], 15],
  [[p(2025, 'BAIK'), p(2024, 'SANGAT_BAIK')], 10],
  [[p(2025, 'SANGAT_BAIK'), p(2024, 'SANGAT_BAIK')], 8],
  [[p(2025, 'BUTUH_PERBAIKAN'), p(2024, 'BAIK')], 7],
  [[p(2025, 'BAIK')], 5],
  [[], 5],
];
const BOX_WEIGHTS: [Box | null, number][] = [
  [null, 8], [1, 3], [2, 5], [3, 7], [4, 8], [5, 32], [6, 9], [7, 12], [8, 10], [9, 6],
];

/**
 * Birth date digits then a 10-digit sequence: unique, 18 digits. Built from char codes because a concatenated
 * 18-character string is a V8 rope, which every comparison would flatten (224 MB of hidden allocation at 5.6 M):
 * NIPs read from a database driver are flat strings, and the benchmark should measure the engine, not ropes.
 */
function flatNip(tanggalLahir: string, id: number): string {
  const codes: number[] = [];
  for (const ch of tanggalLahir) if (ch !== '-') codes.push(ch.charCodeAt(0));
  const seq = String(id).padStart(10, '0');
  for (let k = 0; k < seq.length; k += 1) codes.push(seq.charCodeAt(k));
  return String.fromCharCode(...codes);
}

function weighted<T>(rand: () => number, table: readonly [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return (table[table.length - 1] as [T, number])[0];
}

type Kind = JenisJabatan | JenjangJf;
/** Golongan rank range (1..17), age range and education by what the employee holds. */
interface Profile {
  gol: [number, number];
  age: [number, number];
  pend: [Pendidikan, number][];
}
/** Kinds without a profile of their own (FUNGSIONAL without jenjang) are drawn like PELAKSANA. */
const PELAKSANA_PROFILE: Profile = { gol: [5, 11], age: [22, 58], pend: [['SLTA', 40], ['D-III', 25], ['S1', 35]] };
const PROFILE: Partial<Record<Kind, Profile>> = {
  JPT_UTAMA: { gol: [16, 17], age: [50, 59], pend: [['S2', 60], ['S3', 40]] },
  JPT_MADYA: { gol: [15, 17], age: [48, 59], pend: [['S2', 70], ['S3', 30]] },
  JPT_PRATAMA: { gol: [14, 16], age: [45, 59], pend: [['S1', 30], ['S2', 65], ['S3', 5]] },
  ADMINISTRATOR: { gol: [12, 15], age: [38, 58], pend: [['S1', 55], ['S2', 42], ['D-III', 3]] },
  PENGAWAS: { gol: [10, 13], age: [30, 57], pend: [['D-III', 10], ['S1', 70], ['S2', 20]] },
  PELAKSANA: PELAKSANA_PROFILE,
  AHLI_PERTAMA: { gol: [9, 10], age: [23, 50], pend: [['S1', 85], ['S2', 15]] },
  AHLI_MUDA: { gol: [11, 12], age: [28, 58], pend: [['S1', 70], ['S2', 30]] },
  AHLI_MADYA: { gol: [13, 15], age: [38, 60], pend: [['S1', 40], ['S2', 55], ['S3', 5]] },
  AHLI_UTAMA: { gol: [16, 17], age: [50, 65], pend: [['S2', 50], ['S3', 50]] },
  TERAMPIL: { gol: [6, 8], age: [22, 58], pend: [['D-III', 80], ['S1', 20]] },
  MAHIR: { gol: [9, 10], age: [28, 58], pend: [['D-III', 70], ['S1', 30]] },
};
const JF_MIX: [JenjangJf, number][] = [
  ['AHLI_PERTAMA', 30], ['AHLI_MUDA', 25], ['AHLI_MADYA', 10], ['AHLI_UTAMA', 1], ['TERAMPIL', 20], ['MAHIR', 14],
];

/** Where one instansi's rows sit in the national arrays (start inclusive, end exclusive). */
export interface InstansiBounds {
  units: [number, number];
  positions: [number, number];
  employees: [number, number];
}

export interface NationalWorkforce {
  inputs: SuccessionInputs;
  instansi: InstansiBounds[];
  structural: number;
}

/** Builds the synthetic national workforce (deterministic for a given seed). */
export function buildNationalInputs({
  employees,
  nearMissLimit,
  seed = 20_261_122,
}: {
  employees: number;
  nearMissLimit: number | null;
  seed?: number;
}): NationalWorkforce {
  const rand = createPrng(seed).next;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const units: UnitRecord[] = [];
  const positions: PositionRecord[] = [];
  const emps: EmployeeRecord[] = [];
  const placements: SuccessionPlacement[] = [];
  const discipline: DisciplineRecord[] = [];
  const annualPredikat = new Map<number, readonly AnnualPredikat[]>();
  const instansi = Math.max(1, Math.round(employees / EMPLOYEES_PER_INSTANSI));
  const bounds: InstansiBounds[] = [];
  let structural = 0;

  const addUnit = (parentId: number | null) => {
    const u: UnitRecord = { id: units.length + 1, kode: `U${units.length + 1}`, nama: '', parentId };
    units.push(u);
    return u.id;
  };
  const addPosition = (
    unitId: number,
    jenis: JenisJabatan,
    jenjang: JenjangJf | null,
    rumpun: string,
    kritikal: boolean,
  ) => {
    const id = positions.length + 1;
    const kode = `J${String(id).padStart(7, '0')}`;
    positions.push({ id, kode, nama: '', unitId, jenisJabatan: jenis, jenjangJf: jenjang, rumpun, kritikal });
    return id;
  };
  const addEmployee = (positionId: number, kind: Kind, pppk: boolean) => {
    if (emps.length >= employees) return;
    const id = emps.length + 1;
    const profile = PROFILE[kind] ?? PELAKSANA_PROFILE;
    const birthDay = AS_OF_DAY - int(profile.age[0], profile.age[1]) * 365 - int(0, 364);
    const cpnsDay = pppk ? dayOf('2019-03-01') + int(0, 5) * 365 : Math.min(birthDay + int(22, 28) * 365, AS_OF_DAY - 400);
    const jabatanDay = Math.max(cpnsDay, AS_OF_DAY - int(0, 9 * 365));
    const rank = int(profile.gol[0], profile.gol[1]);
    const tanggalLahir = DAYS[birthDay] as string;
    emps.push({
      id,
      nip: flatNip(tanggalLahir, id),
      nama: '',
      jenisPegawai: pppk ? 'PPPK' : 'PNS',
      jenisKelamin: null,
      tanggalLahir,
      golongan: (pppk ? GOLONGAN_PPPK : GOLONGAN_PNS)[rank - 1] as string,
      pendidikan: weighted(rand, profile.pend),
      positionId,
      tmtJabatan: DAYS[jabatanDay] as string,
      tmtCpns: DAYS[cpnsDay] as string,
    });
    const box = weighted(rand, BOX_WEIGHTS);
    const base = box === null ? 0 : box >= 7 ? (box === 9 ? 85 : 75) : 40;
    placements.push({
      employeeId: id,
      box,
      calibratedBox: box !== null && rand() < 0.01 ? (int(1, 9) as Box) : null,
      nilaiTalenta: box === null ? null : Math.round((base + rand() * 15) * 100) / 100,
    });
    const window = weighted(rand, KINERJA_POOL);
    if (window.length > 0) annualPredikat.set(id, window);
    if (rand() < 0.02) {
      const start = AS_OF_DAY - int(0, 4 * 365);
      const tingkat: TingkatDisiplin = weighted(rand, [['RINGAN', 60], ['SEDANG', 30], ['BERAT', 10]]);
      const tmtSelesai = rand() < 0.2 ? null : (DAYS[start + int(180, 365)] as string);
      discipline.push({ employeeId: id, tingkat, jenis: null, tmtMulai: DAYS[start] as string, tmtSelesai });
    }
  };

  for (let inst = 0; inst < instansi; inst += 1) {
    const quota = inst === instansi - 1 ? employees - emps.length : EMPLOYEES_PER_INSTANSI;
    const from = { units: units.length, positions: positions.length, employees: emps.length };
    const stopAt = emps.length + quota;
    const structuralSlots: [number, Kind][] = [];
    const pelaksana: number[] = [];
    const jf = new Map<JenjangJf, number[]>();
    const jfPush = (j: JenjangJf, id: number) => (jf.get(j) ?? jf.set(j, []).get(j))?.push(id);
    const root = addUnit(null);
    const headJenis: JenisJabatan = inst % 25 === 0 ? 'JPT_UTAMA' : inst % 5 === 0 ? 'JPT_MADYA' : 'JPT_PRATAMA';
    const opdHead: JenisJabatan = inst % 25 === 0 ? 'JPT_MADYA' : 'JPT_PRATAMA';
    structuralSlots.push([addPosition(root, headJenis, null, 'Pemerintahan', true), headJenis]);
    for (let o = 0; o < OPD_PER_INSTANSI; o += 1) {
      const rumpun = RUMPUN[int(0, RUMPUN.length - 1)] as string;
      const opd = addUnit(root);
      structuralSlots.push([addPosition(opd, opdHead, null, rumpun, true), opdHead]);
      structuralSlots.push([addPosition(opd, 'ADMINISTRATOR', null, 'Umum', true), 'ADMINISTRATOR']);
      for (let k = 0; k < 2; k += 1) structuralSlots.push([addPosition(opd, 'PENGAWAS', null, 'Umum', rand() < 0.5), 'PENGAWAS']);
      // A critical JF post per OPD: listed for its risks, without a slate.
      jfPush('AHLI_UTAMA', addPosition(opd, 'FUNGSIONAL', 'AHLI_UTAMA', rumpun, true));
      for (let b = 0; b < BIDANG_PER_OPD; b += 1) {
        const bidang = addUnit(opd);
        structuralSlots.push([addPosition(bidang, 'ADMINISTRATOR', null, rumpun, true), 'ADMINISTRATOR']);
        for (const j of ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'TERAMPIL', 'MAHIR'] as const) {
          jfPush(j, addPosition(bidang, 'FUNGSIONAL', j, rumpun, false));
        }
        for (let s = 0; s < SEKSI_PER_BIDANG; s += 1) {
          const seksi = addUnit(bidang);
          structuralSlots.push([addPosition(seksi, 'PENGAWAS', null, rumpun, rand() < 0.5), 'PENGAWAS']);
          pelaksana.push(addPosition(seksi, 'PELAKSANA', null, rumpun, false));
        }
      }
    }
    structural += structuralSlots.length;
    for (const [positionId, kind] of structuralSlots) if (rand() < 0.95) addEmployee(positionId, kind, false);
    while (emps.length < stopAt) {
      const pppk = rand() < 0.36;
      if (rand() < 0.33) addEmployee(pelaksana[int(0, pelaksana.length - 1)] as number, 'PELAKSANA', pppk);
      else {
        const jenjang = weighted(rand, JF_MIX);
        const list = jf.get(jenjang) as number[];
        addEmployee(list[int(0, list.length - 1)] as number, jenjang, pppk);
      }
    }
    bounds.push({
      units: [from.units, units.length],
      positions: [from.positions, positions.length],
      employees: [from.employees, emps.length],
    });
  }
  return {
    inputs: {
      asOf: AS_OF,
      params: { ...DEFAULT_SUCCESSION_PARAMS, nearMissLimit },
      units,
      positions,
      employees: emps,
      discipline,
      placements,
      annualPredikat,
    },
    instansi: bounds,
    structural,
  };
}

/** One instansi's own inputs, as a regional review would load them. */
export function instansiInputs(
  national: SuccessionInputs,
  b: InstansiBounds,
  byEmployee: ReadonlyMap<number, DisciplineRecord[]>,
  nearMissLimit: number | null,
): SuccessionInputs {
  const employees = national.employees.slice(b.employees[0], b.employees[1]);
  return {
    asOf: national.asOf,
    params: { ...national.params, nearMissLimit },
    units: national.units.slice(b.units[0], b.units[1]),
    positions: national.positions.slice(b.positions[0], b.positions[1]),
    employees,
    discipline: employees.flatMap((e) => byEmployee.get(e.id) ?? []),
    placements: national.placements.slice(b.employees[0], b.employees[1]),
    annualPredikat: national.annualPredikat,
  };
}
