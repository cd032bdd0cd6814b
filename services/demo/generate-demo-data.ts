/**
 * The synthetic Kabupaten Contoh as one CSV text per import kind. Deterministic: the same `{ seed, size, asOf }`
 * gives byte-identical files (seeded PRNG, no clock).
 */
import { isIsoDate } from '../../analytics/domain/dates.js';
import { IMPORT_COLUMNS, type ImportKind } from '../imports/import-kinds.js';
import { generateAbk } from './demo-abk.generate.js';
import { toCsv } from './demo-csv.js';
import { generateOrganisation } from './demo-organisation.generate.js';
import { generatePeople } from './demo-people.generate.js';
import { createPrng } from './demo-prng.js';
import { generateRecords } from './demo-records.generate.js';

export interface DemoOptions {
  /** PRNG seed. */
  seed: number;
  /** Employees to generate (about 3,000 for a typical kabupaten). */
  size: number;
  /** Reference date (`YYYY-MM-DD`): ratings cover its year and the two before, dates lie on or before it. */
  asOf: string;
  /** When false, the four per-employee kinds are header-only (the import benchmark needs only the organisation). @defaultValue true */
  includeRecords?: boolean;
}

/** CSV text per import kind, in the order the kinds must be imported. */
export type DemoData = Record<ImportKind, string>;

const ABK_SEED_OFFSET = 19;

export function generateDemoData(options: DemoOptions): DemoData {
  if (!isIsoDate(options.asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got ${options.asOf}`);
  const prng = createPrng(options.seed);
  const org = generateOrganisation(options.size);
  const people = generatePeople({ size: options.size, asOf: options.asOf, org, prng });
  const records = options.includeRecords === false
    ? { performance: [], assessments: [], discipline: [], trainings: [] }
    : generateRecords(people, options.asOf, prng);
  // Its own PRNG stream, so adding the ABK left every other generated file unchanged.
  const abk = generateAbk({ org, people, asOf: options.asOf, prng: createPrng(options.seed + ABK_SEED_OFFSET) });
  const csv = (kind: ImportKind, rows: Parameters<typeof toCsv>[1]) => toCsv(IMPORT_COLUMNS[kind].all, rows);
  return {
    units: csv('units', org.units.map((u) => ({ kode_unit: u.kode, nama_unit: u.nama, kode_unit_induk: u.parentKode }))),
    positions: csv(
      'positions',
      org.positions.map((p) => ({
        kode_jabatan: p.kode, nama_jabatan: p.nama, kode_unit: p.unitKode, jenis_jabatan: p.jenis, jenjang_jf: p.jenjang,
        rumpun: p.rumpun, kritikal: p.kritikal,
      })),
    ),
    employees: csv(
      'employees',
      people.map((e) => ({
        nip: e.nip, nama: e.nama, jenis_pegawai: e.jenisPegawai, jenis_kelamin: null, tanggal_lahir: e.tanggalLahir,
        golongan: e.golongan, tmt_golongan: e.tmtGolongan, kode_jabatan: e.position.kode, tmt_jabatan: e.tmtJabatan,
        pendidikan: e.pendidikan, jurusan: e.jurusan, tmt_cpns: e.tmtCpns,
      })),
    ),
    performance: csv('performance', records.performance),
    assessments: csv('assessments', records.assessments),
    discipline: csv('discipline', records.discipline),
    trainings: csv('trainings', records.trainings),
    kebutuhan: csv('kebutuhan', abk.kebutuhan),
    abk_tugas: csv('abk_tugas', abk.abkTugas),
  };
}
