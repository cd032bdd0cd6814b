/** A migrated test database with one instansi and a helper to import CSV text through the real service. */
import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../services/context.js';
import { importFile, type ImportFileInput } from '../../services/imports/import-file.js';
import type { ImportKind } from '../../services/imports/import-kinds.js';
import type { ImportReport } from '../../services/imports/import-report.schema.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

export const INSTANSI = 'kab-uji';

export interface ImportKit {
  handle: DbHandle;
  ctx: ServiceContext;
  run(kind: ImportKind, content: string | Buffer, options?: Pick<ImportFileInput, 'sheet' | 'dryRun'>): Promise<ImportReport>;
}

export async function openImportKit(handle: DbHandle): Promise<ImportKit> {
  await createInstansiRepository({ db: handle.db }).create({ kode: INSTANSI, nama: 'Kabupaten Uji' });
  const deps = createTestDeps(handle);
  const ctx: ServiceContext = {
    deps,
    actor: { type: 'cli' },
    principal: SYSTEM_PRINCIPAL,
    log: deps.log,
    now: () => new Date('2026-06-30T00:00:00Z'),
  };
  return {
    handle,
    ctx,
    run: (kind, content, options = {}) =>
      importFile(ctx, {
        instansiKode: INSTANSI,
        kind,
        data: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
        ...options,
      }),
  };
}

/** Lines joined into a CSV body (the test writes the header as the first line). */
export function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A small organisation every rule test starts from. */
export const BASE_UNITS = csv(
  'kode_unit,nama_unit,kode_unit_induk',
  'ROOT,Pemerintah Kabupaten Uji,',
  'DINKES,Dinas Kesehatan,ROOT',
  'DINKES-YAN,Bidang Pelayanan Kesehatan,DINKES',
);

export const BASE_POSITIONS = csv(
  'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan,jenjang_jf,rumpun,kritikal',
  'KADINKES,Kepala Dinas Kesehatan,DINKES,JPT_PRATAMA,,Kesehatan,',
  'KABID-YAN,Kepala Bidang Pelayanan Kesehatan,DINKES-YAN,ADMINISTRATOR,,Kesehatan,Y',
  'PERAWAT-AP,Perawat Ahli Pertama,DINKES-YAN,FUNGSIONAL,AHLI_PERTAMA,Kesehatan,N',
  'STAF-YAN,Pengadministrasi Umum,DINKES-YAN,PELAKSANA,,,',
);

export const NIP_KADIS = '196608011988031001';
export const NIP_KABID = '197503152000032002';
export const NIP_PERAWAT = '199001012015031003';
export const NIP_PPPK = '199203042021211001';

export const EMPLOYEE_HEADER =
  'nip,nama,jenis_pegawai,jenis_kelamin,tanggal_lahir,golongan,tmt_golongan,kode_jabatan,tmt_jabatan,pendidikan,jurusan,tmt_cpns';

export const BASE_EMPLOYEES = csv(
  EMPLOYEE_HEADER,
  `${NIP_KADIS},Budi Santoso,PNS,L,1966-08-01,IV/c,2018-04-01,KADINKES,2021-01-04,S2,Kesehatan Masyarakat,`,
  `${NIP_KABID},Siti Rahayu,PNS,,,IV/a,2019-10-01,KABID-YAN,2022-03-01,S2,Manajemen,`,
  `${NIP_PERAWAT},Andi Pratama,PNS,,,III/b,2019-04-01,PERAWAT-AP,2019-04-01,S1,Keperawatan,`,
  `${NIP_PPPK},Dewi Lestari,PPPK,P,,IX,,STAF-YAN,2021-08-01,D-III,Administrasi,`,
);

/** One row or a few of each per-employee kind, on the base employees. */
export const BASE_FACTS = {
  performance: csv(
    'nip,tahun,periode,rating_hasil_kerja,rating_perilaku_kerja,predikat,nilai_skp',
    `${NIP_KADIS},2025,TAHUNAN,DI_ATAS,DI_ATAS,,`,
    `${NIP_KABID},2025,TW4,,,Baik,`,
    `${NIP_PERAWAT},2023,TAHUNAN,,,,88`,
  ),
  assessments: csv('nip,tanggal,jpm,nilai_potensi,lembaga', `${NIP_KADIS},2025-02-10,85.5,78,UPT Penilaian Kompetensi`),
  discipline: csv('nip,tingkat,jenis,tmt_mulai,tmt_selesai', `${NIP_PPPK},RINGAN,Teguran lisan,2025-03-01,`),
  trainings: csv('nip,nama,jenis,jp,tanggal_selesai', `${NIP_KABID},PKA Angkatan I,PKA,60,2025-05-30`),
};

/** Imports units, positions and employees of the base organisation and fails loudly if any row is rejected. */
export async function seedBase(kit: ImportKit): Promise<void> {
  for (const [kind, body] of [['units', BASE_UNITS], ['positions', BASE_POSITIONS], ['employees', BASE_EMPLOYEES]] as const) {
    const report = await kit.run(kind, body);
    if (report.rejected.length > 0) throw new Error(`base ${kind} rejected: ${JSON.stringify(report.rejected)}`);
  }
}

/**
 * One kit for the whole test file on a fresh PGlite: opened (and, with `seedBase`, given the base organisation)
 * before the first test and closed after the last. The returned kit reads through to it, so tests use it directly.
 */
export function importKitPerFile(options: { seedBase: boolean }): ImportKit {
  let kit: ImportKit | undefined;
  const current = (): ImportKit => {
    if (!kit) throw new Error('the import kit is only open inside the tests of its file');
    return kit;
  };
  beforeAll(async () => {
    kit = await openImportKit(await createPgliteTestDb());
    if (options.seedBase) await seedBase(kit);
  });
  afterAll(async () => {
    await kit?.handle.close();
  });
  return {
    get handle() {
      return current().handle;
    },
    get ctx() {
      return current().ctx;
    },
    run: (kind, content, options) => current().run(kind, content, options),
  };
}

/** `n` distinct valid PNS employees on the PELAKSANA position: enough rows to cross chunk and parameter limits. */
export function manyEmployeesCsv(n: number): string {
  const lines = [EMPLOYEE_HEADER];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const year = 1970 + (Math.floor(i / 336) % 30);
    const seq = String(1 + Math.floor(i / 10_080)).padStart(3, '0');
    lines.push(`${year}${month}${day}200501${1 + (i % 2)}${seq},Pegawai ${i},PNS,,,III/a,,STAF-YAN,2020-01-02,S1,,`);
  }
  return csv(...lines);
}
