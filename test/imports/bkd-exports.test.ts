/**
 * Files as a BKD has them import to exactly what the canonical files import to: SIASN/SIMPEG/e-Kinerja headers,
 * title rows, two-row merged headers, names instead of codes, spaced NIPs, every date spelling, codes where a column
 * says so, total rows. Also: saved mappings, sheet choice, dry run, and every problem of a row.
 */
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import type { ImportKind } from '../../services/imports/import-kinds.js';
import { putColumnMapping } from '../../services/imports/mappings/column-mapping.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import {
  ASSESSMENT_EXPORT, diklatXlsx, DISCIPLINE_EXPORT, EKINERJA_RATINGS, petaJabatanXlsx, SIASN_UNITS, simpegNominatifXlsx,
  spaced, SPACED_NIP_CSV,
} from './bkd-exports.js';
import {
  BASE_EMPLOYEES, BASE_FACTS, BASE_POSITIONS, BASE_UNITS, csv, INSTANSI, NIP_KABID, openImportKit, seedBase, type ImportKit,
} from './import-test-kit.js';

const TABLES = ['units', 'positions', 'employees', 'performance_ratings', 'assessments', 'discipline', 'trainings'];

/** Every imported row without its timestamps: equal dumps of two databases mean the same data was stored. */
async function dump(handle: DbHandle): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await queryRows<{ r: string }>(
      handle.db,
      sql.raw(`select (to_jsonb(t) - 'created_at' - 'updated_at')::text as r from ${table} t order by 1`),
    );
    out[table] = rows.map((row) => row.r);
  }
  return out;
}

async function importAll(kit: ImportKit, files: Array<[ImportKind, string | Buffer]>) {
  const reports = [];
  for (const [kind, body] of files) reports.push(await kit.run(kind, body));
  return reports;
}

/** `text` in Windows-1252, as Excel on Windows saves "CSV (Comma delimited)": Latin-1 plus curly quotes at 0x91–0x94. */
function windows1252(text: string): Buffer {
  const curly: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = curly[ch] ?? ch.codePointAt(0)!;
      if (code > 0xff) throw new Error(`${ch} has no Windows-1252 byte here`);
      return code;
    }),
  );
}

const CANONICAL_FILES: Array<[ImportKind, string]> = [
  ['units', BASE_UNITS], ['positions', BASE_POSITIONS], ['employees', BASE_EMPLOYEES],
  ...(Object.entries(BASE_FACTS) as Array<[ImportKind, string]>),
];

describe('files as a BKD has them', () => {
  /** What the canonical files store. */
  let expected: Record<string, string[]>;
  let realistic: ImportKit;
  beforeAll(async () => {
    const canonical = await openImportKit(await createPgliteTestDb());
    for (const report of await importAll(canonical, CANONICAL_FILES)) expect(report.rejected).toEqual([]);
    expected = await dump(canonical.handle);
    await canonical.handle.close();
  });
  beforeEach(async () => {
    realistic = await openImportKit(await createPgliteTestDb());
  });
  afterEach(async () => {
    await realistic.handle.close();
  });

  it('store exactly what the canonical files store, every row accepted, with the headers and aliases reported', async () => {
    const reports = await importAll(realistic, [
      ['units', SIASN_UNITS],
      ['positions', await petaJabatanXlsx()],
      ['employees', await simpegNominatifXlsx()],
      ['performance', EKINERJA_RATINGS],
      ['assessments', ASSESSMENT_EXPORT],
      ['discipline', DISCIPLINE_EXPORT],
      ['trainings', await diklatXlsx()],
    ]);
    for (const report of reports) expect({ kind: report.kind, rejected: report.rejected }).toEqual({ kind: report.kind, rejected: [] });
    expect(reports.map((r) => r.rows)).toEqual([3, 4, 4, 3, 1, 1, 1]);
    expect(await dump(realistic.handle)).toEqual(expected);

    const simpeg = reports[2]!;
    // No sheet named: the instructions sheet has no header of the kind, so the next sheet is read.
    expect(simpeg.file).toEqual({ format: 'xlsx', encoding: null, sheet: 'Nominatif', headerRows: [4, 5] });
  });

  it('reads the SIMPEG sheet chosen by name: two title rows, merged header, column numbers and the total row skipped', async () => {
    await seedBase(realistic);
    const report = await realistic.run('employees', await simpegNominatifXlsx(), { sheet: 'nominatif', dryRun: true });
    expect(report).toMatchObject({ rows: 4, unchanged: 4, rejectedRows: 0, dryRun: true });
    expect(report.file).toEqual({ format: 'xlsx', encoding: null, sheet: 'Nominatif', headerRows: [4, 5] });
    expect(report.skipped).toEqual([
      { row: 12, reason: 'baris jumlah ("JUMLAH")' },
      { row: 13, reason: 'tidak ada kolom wajib yang terisi (catatan atau tanda tangan)' },
    ]);
    expect(report.rowNumbering).toContain('baris judul kolom: 4 dan 5');
    expect(report.columns).toEqual(
      expect.arrayContaining([
        { column: 'nip', header: 'NIP', sourceColumn: 'B', via: 'nama' },
        { column: 'golongan', header: 'GOL. RUANG', sourceColumn: 'D', via: 'alias' },
        { column: 'tmt_golongan', header: 'TMT PANGKAT/GOL', sourceColumn: 'E', via: 'alias' },
        { column: 'kode_jabatan', header: 'NAMA JABATAN', sourceColumn: 'F', via: 'alias' },
        { column: 'tmt_jabatan', header: 'TMT JABATAN', sourceColumn: 'G', via: 'nama' },
        { column: 'pendidikan', header: 'PENDIDIKAN TERAKHIR', sourceColumn: 'I', via: 'alias' },
      ]),
    );
  });

  it('reads a CSV with spaced NIPs and dd-mm-yyyy dates as the canonical employees', async () => {
    await importAll(realistic, [['units', BASE_UNITS], ['positions', BASE_POSITIONS]]);
    const report = await realistic.run('employees', SPACED_NIP_CSV);
    expect(report).toMatchObject({ rows: 4, inserted: 4, rejected: [] });
    expect(report.file.headerRows).toEqual([2]);
    expect((await dump(realistic.handle)).employees).toEqual(expected.employees);
  });

  it("reads Excel's Unicode Text (UTF-16, tab-delimited) as the canonical employees", async () => {
    await importAll(realistic, [['units', BASE_UNITS], ['positions', BASE_POSITIONS]]);
    const unicodeText = Buffer.from(`\ufeff${BASE_EMPLOYEES.replaceAll(',', '\t').replaceAll('\n', '\r\n')}`, 'utf16le');
    const report = await realistic.run('employees', unicodeText);
    expect(report).toMatchObject({ rows: 4, inserted: 4, rejected: [], file: { format: 'csv', encoding: 'utf-16le' } });
    expect((await dump(realistic.handle)).employees).toEqual(expected.employees);
  });

  it('reads a CSV Excel saved in the Windows code page with its names intact, not as replacement characters', async () => {
    await importAll(realistic, [['units', BASE_UNITS], ['positions', BASE_POSITIONS]]);
    // Excel's autocorrect writes the apostrophe of Ma'ruf as a curly one: 0x92 in Windows-1252, invalid UTF-8.
    const names = BASE_EMPLOYEES.replace('Budi Santoso', 'Ma\u2019ruf Santoso').replace('Siti Rahayu', 'Th\u00e9resia Rahayu');
    const report = await realistic.run('employees', windows1252(names.replaceAll(',', ';')));
    expect(report).toMatchObject({ rows: 4, inserted: 4, rejected: [], file: { format: 'csv', encoding: 'windows-1252' } });
    const stored = await queryRows<{ nama: string }>(realistic.handle.db, sql`select nama from employees order by nip`);
    expect(stored.map((r) => r.nama)).toEqual(['Ma\u2019ruf Santoso', 'Th\u00e9resia Rahayu', 'Andi Pratama', 'Dewi Lestari']);
    expect((await realistic.run('assessments', BASE_FACTS.assessments)).file.encoding).toBe('utf-8');
  });

  it('refuses a sheet that does not exist, naming the sheets there are', async () => {
    await seedBase(realistic);
    await expect(realistic.run('employees', await simpegNominatifXlsx(), { sheet: 'Pegawai' })).rejects.toMatchObject({
      kind: 'UNPROCESSABLE',
      message: 'Lembar kerja "Pegawai" tidak ada; lembar yang tersedia: Petunjuk, Nominatif',
    });
  });

  it('reports every problem of a row with spreadsheet row numbers and the file header, and a NIP Excel made a number', async () => {
    await seedBase(realistic);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pegawai');
    sheet.addRow(['DAFTAR PEGAWAI']);
    sheet.addRow(['NIP BARU', 'NAMA', 'STATUS PEGAWAI', 'GOL', 'JABATAN', 'TMT JABATAN', 'PENDIDIKAN']);
    sheet.addRow([Number('198001012005011001'), 'Angka', 'PNS', 'III/a', 'STAF-YAN', '02-01-2020', 'S1']);
    sheet.addRow(['19800101 200501 1 002', '', 'Honorer', 'V/z', 'Jabatan Fiktif', '31-02-2020', 'Kursus']);
    sheet.addRow(['19800101 200501 1 003', 'Benar', 'PNS', 'III/a', 'Pengadministrasi Umum', '2 Januari 2020', 'Sarjana']);
    const report = await realistic.run('employees', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(report).toMatchObject({ rows: 3, inserted: 1, rejectedRows: 2 });
    expect(report.rejected[0]).toMatchObject({ row: 3, column: 'nip', value: '1.98001012005011E+17' });
    expect(report.rejected[0]?.message).toContain('Baris 3, kolom nip (NIP BARU): "1.98001012005011E+17" NIP tersimpan sebagai angka');
    expect(report.rejected[0]?.message).toContain('ubah format kolom NIP menjadi Teks');
    expect(report.rejected.filter((r) => r.row === 4).map((r) => r.column)).toEqual([
      'nama', 'jenis_pegawai', 'kode_jabatan', 'tmt_jabatan', 'pendidikan',
    ]);
  });

  it('applies a saved column mapping of the instansi, before the aliases, and says so in the report', async () => {
    await seedBase(realistic);
    const file = csv(
      'NOMOR INDUK;NAMA;JENIS PEGAWAI;GOL;KODE JABATAN;MULAI MENJABAT;IJAZAH',
      `${spaced(NIP_KABID)};Siti Rahayu;PNS;IV/a;KABID-YAN;01-03-2022;S2`,
    );
    await expect(realistic.run('employees', file)).rejects.toMatchObject({ details: { missingColumns: ['nip', 'tmt_jabatan', 'pendidikan'] } });
    await putColumnMapping(realistic.ctx, {
      instansiKode: INSTANSI,
      kind: 'employees',
      mapping: { columns: { nip: 'Nomor Induk', tmt_jabatan: 'MULAI MENJABAT', pendidikan: 'IJAZAH' } },
    });
    const report = await realistic.run('employees', file);
    expect(report).toMatchObject({ rows: 1, updated: 1, rejected: [] });
    expect(report.mapping?.columns).toEqual({ nip: 'Nomor Induk', tmt_jabatan: 'MULAI MENJABAT', pendidikan: 'IJAZAH' });
    expect(report.columns.find((c) => c.column === 'nip')).toEqual({ column: 'nip', header: 'NOMOR INDUK', sourceColumn: 'A', via: 'pemetaan' });
    expect(report.columns.find((c) => c.column === 'golongan')?.via).toBe('alias');
  });

  it('refuses a mapping naming columns the kind does not have, or one header for two columns', async () => {
    const put = (columns: Record<string, string>) =>
      putColumnMapping(realistic.ctx, { instansiKode: INSTANSI, kind: 'units', mapping: { columns } });
    await expect(put({ kode: 'KODE' })).rejects.toMatchObject({ kind: 'VALIDATION', details: { unknownColumns: ['kode'] } });
    await expect(put({ kode_unit: 'KODE', nama_unit: 'kode' })).rejects.toMatchObject({ kind: 'VALIDATION' });
  });

  it('a dry run reports what an import would do and stores nothing', async () => {
    await seedBase(realistic);
    const before = await dump(realistic.handle);
    const report = await realistic.run('performance', EKINERJA_RATINGS, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, rows: 3, inserted: 3, rejectedRows: 0 });
    expect(await dump(realistic.handle)).toEqual(before);
    const [audit] = await queryRows<{ n: number }>(realistic.handle.db, sql`select count(*)::int as n from audit_log where target = 'performance'`);
    expect(audit?.n).toBe(0);
  });
});
