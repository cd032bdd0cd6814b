/**
 * Builders for ABK tests: a small instansi with readable defaults. Test-only; not exported from the barrel.
 */
import type { Box, JenisJabatan, JenisPegawai, JenjangJf } from '../domain/enums.js';
import { DEFAULT_POLICY, parsePolicy, type PolicyOverride } from '../policy/index.js';
import type { DisciplineRecord, EmployeeRecord, UnitRecord } from '../types.js';
import { abkParamsFromPolicy, type AbkParams } from './abk.params.js';
import type { AbkInputs, AbkNeedRecord, AbkPositionRecord, AbkSuccessionFacts, AbkTaskRecord } from './abk.types.js';

export const AS_OF = '2026-06-30';

export function paramsWith(override: PolicyOverride = {}): AbkParams {
  const parsed = parsePolicy(override);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return abkParamsFromPolicy(parsed.policy);
}

export const DEFAULT_PARAMS: AbkParams = abkParamsFromPolicy(DEFAULT_POLICY);

export function unit(id: number, kode: string, parentId: number | null, nama = kode): UnitRecord {
  return { id, kode, nama, parentId };
}

export function position(p: {
  id: number;
  kode: string;
  unitId: number;
  nama?: string;
  jenisJabatan?: JenisJabatan;
  jenjangJf?: JenjangJf | null;
  rumpun?: string | null;
  kritikal?: boolean;
  kodeReferensi?: string | null;
}): AbkPositionRecord {
  return {
    id: p.id,
    kode: p.kode,
    nama: p.nama ?? p.kode,
    unitId: p.unitId,
    jenisJabatan: p.jenisJabatan ?? 'PELAKSANA',
    jenjangJf: p.jenjangJf ?? null,
    rumpun: p.rumpun ?? null,
    kritikal: p.kritikal ?? false,
    kodeReferensi: p.kodeReferensi ?? null,
  };
}

export interface PersonSpec {
  id: number;
  positionId: number;
  jenisPegawai?: JenisPegawai;
  tanggalLahir?: string | null;
  tmtJabatan?: string;
  box?: Box | null;
  calibratedBox?: Box | null;
  nilaiTalenta?: number | null;
  discipline?: Omit<DisciplineRecord, 'employeeId'>[];
}

export function employeeOf(s: PersonSpec): EmployeeRecord {
  const tanggalLahir = s.tanggalLahir === undefined ? '1985-04-10' : s.tanggalLahir;
  return {
    id: s.id,
    nip: `${(tanggalLahir ?? '1985-04-10').replaceAll('-', '')}2010031${String(s.id % 1000).padStart(3, '0')}`,
    nama: `Pegawai ${s.id}`,
    jenisPegawai: s.jenisPegawai ?? 'PNS',
    jenisKelamin: 'L',
    tanggalLahir,
    golongan: s.jenisPegawai === 'PPPK' ? 'IX' : 'III/b',
    pendidikan: 'S1',
    positionId: s.positionId,
    tmtJabatan: s.tmtJabatan ?? '2020-01-06',
    tmtCpns: '2010-03-01',
  };
}

/** `n` holders of a position with consecutive ids from `firstId`. */
export function holders(positionId: number, n: number, firstId: number, spec: Partial<PersonSpec> = {}): PersonSpec[] {
  return Array.from({ length: n }, (_, i) => ({ ...spec, id: firstId + i, positionId }));
}

export function need(positionId: number, kebutuhan: number, tahun = 2026): AbkNeedRecord {
  return { positionId, tahun, kebutuhan, sumber: 'INTERNAL', nomorPenetapan: null, tanggalPenetapan: null };
}

export function task(
  positionId: number,
  urutan: number,
  t: Partial<Omit<AbkTaskRecord, 'positionId' | 'urutan'>> = {},
): AbkTaskRecord {
  return {
    positionId,
    tahun: t.tahun ?? 2026,
    urutan,
    uraianTugas: t.uraianTugas ?? `Tugas ${urutan}`,
    satuanHasil: t.satuanHasil ?? 'Dokumen',
    volume: t.volume ?? 1,
    periodeVolume: t.periodeVolume ?? 'TAHUN',
    waktuPenyelesaian: t.waktuPenyelesaian ?? 60,
    satuanWaktu: t.satuanWaktu ?? 'MENIT',
  };
}

export function buildAbkInputs({
  units,
  positions,
  people = [],
  needs = [],
  tasks = [],
  succession = [],
  asOf = AS_OF,
  params = DEFAULT_PARAMS,
  tahun,
}: {
  units: UnitRecord[];
  positions: AbkPositionRecord[];
  people?: PersonSpec[];
  needs?: AbkNeedRecord[];
  tasks?: AbkTaskRecord[];
  succession?: AbkSuccessionFacts[];
  asOf?: string;
  params?: AbkParams;
  tahun?: number | null;
}): AbkInputs {
  return {
    asOf,
    params,
    units,
    positions,
    employees: people.map(employeeOf),
    discipline: people.flatMap((p) => (p.discipline ?? []).map((d) => ({ ...d, employeeId: p.id }))),
    needs,
    tasks,
    placements: people.map((p) => ({
      employeeId: p.id,
      box: p.box === undefined ? 5 : p.box,
      calibratedBox: p.calibratedBox ?? null,
      nilaiTalenta: p.nilaiTalenta === undefined ? 70 : p.nilaiTalenta,
    })),
    succession,
    ...(tahun === undefined ? {} : { tahun }),
  };
}
