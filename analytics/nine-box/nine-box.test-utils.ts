/**
 * Builders for nine-box tests: one employee with sensible defaults (placed, box 5-ish) whose records a test
 * overrides one at a time, so each test states only the fact it is about.
 */
import type { Predikat } from '../domain/enums.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import { parsePolicy } from '../policy/policy.parse.js';
import type { Policy } from '../policy/policy.schema.js';
import type {
  AssessmentRecord,
  DisciplineRecord,
  EmployeeRecord,
  RatingRecord,
  ReviewInputs,
  TrainingRecord,
} from '../types.js';
import { computePlacements } from './nine-box.compute.js';
import type { Placement } from './nine-box.types.js';

export const AS_OF = '2026-02-15';

export function buildEmployee(overrides: Partial<EmployeeRecord> = {}): EmployeeRecord {
  const id = overrides.id ?? 1;
  return {
    id,
    nip: `19800101200501100${id % 10}`,
    nama: `Pegawai ${id}`,
    jenisPegawai: 'PNS',
    jenisKelamin: 'L',
    tanggalLahir: '1980-01-01',
    golongan: 'III/c',
    pendidikan: 'S1',
    positionId: 1,
    tmtJabatan: '2020-01-01',
    tmtCpns: '2005-01-01',
    ...overrides,
  };
}

export function annual(tahun: number, predikat: Predikat, overrides: Partial<RatingRecord> = {}): RatingRecord {
  return { employeeId: 1, tahun, periode: 'TAHUNAN', predikat, source: 'PREDIKAT', nilaiSkp: null, ...overrides };
}

export function assessment(tanggal: string, overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return { employeeId: 1, tanggal, jpm: 75, nilaiPotensi: 70, lembaga: null, ...overrides };
}

export function training(tanggalSelesai: string, jp: number, overrides: Partial<TrainingRecord> = {}): TrainingRecord {
  return { employeeId: 1, nama: `Pelatihan ${tanggalSelesai}`, jp, tanggalSelesai, ...overrides };
}

export function penalty(
  tingkat: DisciplineRecord['tingkat'],
  tmtMulai: string,
  tmtSelesai: string | null,
  overrides: Partial<DisciplineRecord> = {},
): DisciplineRecord {
  return { employeeId: 1, tingkat, jenis: null, tmtMulai, tmtSelesai, ...overrides };
}

export function buildInputs(parts: Partial<ReviewInputs> = {}): ReviewInputs {
  return {
    units: [],
    positions: [],
    employees: [buildEmployee()],
    ratings: [annual(2025, 'BAIK'), annual(2024, 'BAIK')],
    assessments: [assessment('2025-01-10')],
    discipline: [],
    trainings: [],
    ...parts,
  };
}

/** A policy from an override, failing the test loudly when the override is invalid. */
export function policyWith(override: unknown): Policy {
  const parsed = parsePolicy(override);
  if (!parsed.ok) throw new Error(`invalid test policy: ${JSON.stringify(parsed.issues)}`);
  return parsed.policy;
}

/** Places the single employee of `parts` (defaults fill the rest). */
export function placeOne(
  parts: Partial<ReviewInputs> = {},
  { asOf = AS_OF, policy = DEFAULT_POLICY }: { asOf?: string; policy?: Policy } = {},
): Placement {
  const [placement] = computePlacements({ inputs: buildInputs(parts), asOf, policy });
  if (placement === undefined) throw new Error('no placement');
  return placement;
}
