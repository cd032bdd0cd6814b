/**
 * Builders for succession tests: small instansi with readable defaults. Test-only; not exported from the barrel.
 */
import type { Box, JenisJabatan, JenisPegawai, JenjangJf } from '../domain/enums.js';
import type { Pendidikan } from '../domain/pendidikan.js';
import type { DisciplineRecord, EmployeeRecord, PositionRecord, UnitRecord } from '../types.js';
import { buildCandidateFacts, factsContext, type CandidateFacts } from './candidate.facts.js';
import { DEFAULT_SUCCESSION_PARAMS, type SuccessionParams } from './succession.params.js';
import type { AnnualPredikat, SuccessionInputs } from './succession.types.js';

export const AS_OF = '2026-11-22';

/** Two good years inside the window of AS_OF. */
export const GOOD_KINERJA: AnnualPredikat[] = [
  { tahun: 2025, predikat: 'BAIK' },
  { tahun: 2024, predikat: 'SANGAT_BAIK' },
];

export function unit(id: number, kode: string, parentId: number | null, nama = kode): UnitRecord {
  return { id, kode, nama, parentId };
}

const KRITIKAL_BY_DEFAULT = new Set<JenisJabatan>(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR']);

export function position(p: {
  id: number;
  kode: string;
  unitId: number;
  jenisJabatan: JenisJabatan;
  jenjangJf?: JenjangJf | null;
  rumpun?: string | null;
  kritikal?: boolean;
  nama?: string;
}): PositionRecord {
  return {
    id: p.id,
    kode: p.kode,
    nama: p.nama ?? p.kode,
    unitId: p.unitId,
    jenisJabatan: p.jenisJabatan,
    jenjangJf: p.jenjangJf ?? null,
    rumpun: p.rumpun ?? null,
    kritikal: p.kritikal ?? KRITIKAL_BY_DEFAULT.has(p.jenisJabatan),
  };
}

/** A person: employee record plus placement, annual predikat and penalties. */
export interface PersonSpec {
  id: number;
  positionId: number;
  nip?: string;
  nama?: string;
  jenisPegawai?: JenisPegawai;
  tanggalLahir?: string | null;
  golongan?: string;
  pendidikan?: Pendidikan;
  tmtJabatan?: string;
  tmtCpns?: string | null;
  box?: Box | null;
  calibratedBox?: Box | null;
  nilaiTalenta?: number | null;
  /** JPM of the valid assessment (80 when not given; null = none). */
  jpm?: number | null;
  predikat?: AnnualPredikat[];
  discipline?: Omit<DisciplineRecord, 'employeeId'>[];
}

/** A PNS-shaped NIP: birth date, TMT CPNS month, sex digit, sequence. */
export function nipFor(tanggalLahir: string | null, tmtCpns: string | null, seq: number): string {
  const birth = (tanggalLahir ?? '1980-01-01').replaceAll('-', '');
  const cpns = (tmtCpns ?? '2005-03-01').slice(0, 7).replace('-', '');
  return `${birth}${cpns}1${String(seq % 1000).padStart(3, '0')}`;
}

export function employeeOf(s: PersonSpec): EmployeeRecord {
  const tanggalLahir = s.tanggalLahir === undefined ? '1980-01-15' : s.tanggalLahir;
  const tmtCpns = s.tmtCpns === undefined ? '2005-03-01' : s.tmtCpns;
  return {
    id: s.id,
    nip: s.nip ?? nipFor(tanggalLahir, tmtCpns, s.id),
    nama: s.nama ?? `Pegawai ${s.id}`,
    jenisPegawai: s.jenisPegawai ?? 'PNS',
    jenisKelamin: 'L',
    tanggalLahir,
    golongan: s.golongan ?? 'IV/b',
    pendidikan: s.pendidikan ?? 'S2',
    positionId: s.positionId,
    tmtJabatan: s.tmtJabatan ?? '2020-01-06',
    tmtCpns,
  };
}

/** Full engine inputs for a small instansi. */
export function buildInputs({
  units,
  positions,
  people,
  asOf = AS_OF,
  params = DEFAULT_SUCCESSION_PARAMS,
}: {
  units: UnitRecord[];
  positions: PositionRecord[];
  people: PersonSpec[];
  asOf?: string;
  params?: SuccessionParams;
}): SuccessionInputs {
  return {
    asOf,
    params,
    units,
    positions,
    employees: people.map(employeeOf),
    discipline: people.flatMap((p) => (p.discipline ?? []).map((d) => ({ ...d, employeeId: p.id }))),
    placements: people.map((p) => ({
      employeeId: p.id,
      box: p.box === undefined ? 9 : p.box,
      calibratedBox: p.calibratedBox ?? null,
      nilaiTalenta: p.nilaiTalenta === undefined ? 85 : p.nilaiTalenta,
      jpm: p.jpm === undefined ? 80 : p.jpm,
    })),
    annualPredikat: new Map(people.map((p) => [p.id, p.predikat ?? GOOD_KINERJA])),
  };
}

/** Facts of one person holding a position of the given jenis, for gate tests. */
export function candidateFacts(
  spec: Partial<PersonSpec> & {
    jenisJabatan?: JenisJabatan;
    jenjangJf?: JenjangJf | null;
    rumpun?: string | null;
    asOf?: string;
    params?: SuccessionParams;
  } = {},
): CandidateFacts {
  const person: PersonSpec = { id: 1, positionId: 1, ...spec };
  const inputs = buildInputs({
    units: [unit(1, 'ROOT', null)],
    positions: [
      position({
        id: 1,
        kode: 'P',
        unitId: 1,
        jenisJabatan: spec.jenisJabatan ?? 'ADMINISTRATOR',
        jenjangJf: spec.jenjangJf ?? null,
        rumpun: spec.rumpun ?? null,
      }),
    ],
    people: [person],
    ...(spec.asOf === undefined ? {} : { asOf: spec.asOf }),
    ...(spec.params === undefined ? {} : { params: spec.params }),
  });
  const employee = inputs.employees[0] as EmployeeRecord;
  return buildCandidateFacts({
    employee,
    position: inputs.positions[0] as PositionRecord,
    opdUnitId: 1,
    placement: inputs.placements[0],
    annualPredikat: inputs.annualPredikat.get(employee.id),
    discipline: inputs.discipline,
    ctx: factsContext(inputs.asOf, inputs.params),
  });
}
