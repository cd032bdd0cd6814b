import { afterEach, beforeEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import type { ImportKind } from '../../services/imports/import-kinds.js';
import { eachDatabase } from '../helpers/test-db.js';
import {
  BASE_EMPLOYEES, BASE_FACTS, BASE_POSITIONS, BASE_UNITS, csv, manyEmployeesCsv, NIP_KABID, NIP_KADIS, NIP_PPPK,
  openImportKit, seedBase, type ImportKit,
} from './import-test-kit.js';

const TABLES = ['units', 'positions', 'employees', 'performance_ratings', 'assessments', 'discipline', 'trainings'];

/** Every row of every import table, as text, in a stable order: two equal dumps mean nothing changed. */
async function dump(handle: DbHandle): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const rows = await queryRows<{ r: string }>(handle.db, sql.raw(`select t::text as r from ${table} t order by t::text`));
    parts.push(`${table}:${rows.map((row) => row.r).join('|')}`);
  }
  return parts.join('\n');
}

async function importEverything(kit: ImportKit) {
  const reports = [];
  const files: Array<[ImportKind, string]> = [
    ['units', BASE_UNITS], ['positions', BASE_POSITIONS], ['employees', BASE_EMPLOYEES],
    ...(Object.entries(BASE_FACTS) as Array<[ImportKind, string]>),
  ];
  for (const [kind, body] of files) {
    reports.push(await kit.run(kind, body));
  }
  return reports;
}

eachDatabase('importFile', (_lane, open) => {
  let kit: ImportKit;
  beforeEach(async () => {
    kit = await openImportKit(await open());
  });
  afterEach(async () => {
    await kit.handle.close();
  });

  it('imports all seven kinds, and re-importing the same files changes nothing and reports every row unchanged', async () => {
    const first = await importEverything(kit);
    expect(first.map((r) => [r.kind, r.rows, r.inserted, r.rejected.length])).toEqual([
      ['units', 3, 3, 0], ['positions', 4, 4, 0], ['employees', 4, 4, 0], ['performance', 3, 3, 0],
      ['assessments', 1, 1, 0], ['discipline', 1, 1, 0], ['trainings', 1, 1, 0],
    ]);
    const before = await dump(kit.handle);
    const second = await importEverything(kit);
    for (const report of second) expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: report.rows, rejected: [] });
    expect(await dump(kit.handle)).toBe(before);
  });

  it('counts a changed row as updated and leaves the others untouched', async () => {
    await seedBase(kit);
    const changed = BASE_EMPLOYEES.replace('Siti Rahayu', 'Siti Rahayu Ningsih');
    expect(await kit.run('employees', changed)).toMatchObject({ rows: 4, inserted: 0, updated: 1, unchanged: 3 });
  });

  it('writes an audit row per import with counts and no personal data', async () => {
    await seedBase(kit);
    const rows = await queryRows<{ action: string; target: string; details: Record<string, unknown> }>(
      kit.handle.db,
      sql`select action, target, details from audit_log where action = 'import' order by id`,
    );
    expect(rows.map((r) => r.target)).toEqual(['units', 'positions', 'employees']);
    expect(rows[2]?.details).toEqual({ kind: 'employees', format: 'csv', rows: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('reads a semicolon CSV with BOM, CRLF, quoted fields, padded headers and extra columns', async () => {
    const body = '\ufeffKODE_UNIT ; Nama_Unit;kode_unit_induk;catatan\r\nROOT;"Pemerintah Kabupaten; Uji";;x\r\nDINAS;"Dinas ""Baru""";ROOT;y\r\n';
    expect(await kit.run('units', body)).toMatchObject({ rows: 2, inserted: 2, rejected: [] });
    const rows = await queryRows<{ nama: string }>(kit.handle.db, sql`select nama from units order by kode`);
    expect(rows.map((r) => r.nama)).toEqual(['Dinas "Baru"', 'Pemerintah Kabupaten; Uji']);
  });

  it('imports the first sheet of an XLSX workbook, with date cells, text cells and blank rows', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pegawai');
    sheet.addRow(['NIP', 'Nama', 'Jenis_Pegawai', 'Golongan', 'Kode_Jabatan', 'TMT_Jabatan', 'Pendidikan', 'Keterangan']);
    sheet.addRow([NIP_KADIS, 'Budi Santoso', 'PNS', 'IV/c', 'KADINKES', new Date(Date.UTC(2021, 0, 4)), 'S2', 'x']);
    sheet.addRow([]);
    sheet.addRow([NIP_PPPK, 'Dewi Lestari', 'PPPK', 'IX', 'STAF-YAN', '2021-08-01', 'D3', null]);
    workbook.addWorksheet('Lain').addRow(['bukan', 'ini']);
    const report = await kit.run('employees', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(report).toMatchObject({ rows: 2, inserted: 2, rejected: [] });
    const rows = await queryRows<{ tmt_jabatan: string; golongan: string }>(
      kit.handle.db,
      sql`select tmt_jabatan::text, golongan from employees order by nip`,
    );
    expect(rows).toEqual([{ tmt_jabatan: '2021-01-04', golongan: 'IV/c' }, { tmt_jabatan: '2021-08-01', golongan: 'IX' }]);
  });

  it('refuses a file that is not CSV/XLSX, or lacks required columns, naming them (nothing stored)', async () => {
    const refused = async (data: Buffer | string) => kit.run('units', data).then(() => null, (err: unknown) => err);
    expect(await refused(Buffer.from('%PDF-1.7\n\u0000\u0001binary'))).toMatchObject({ kind: 'UNPROCESSABLE', message: 'Berkas bukan CSV atau XLSX' });
    expect(await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toMatchObject({ kind: 'UNPROCESSABLE' });
    expect(await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ kind: 'UNPROCESSABLE', message: 'Berkas bukan XLSX yang valid' });
    expect(await refused('')).toMatchObject({ kind: 'UNPROCESSABLE' });
    const missing = await kit.run('employees', csv('nip;nama;golongan', '196608011988031001;Budi;IV/c')).catch((err: unknown) => err);
    expect(missing).toMatchObject({
      kind: 'UNPROCESSABLE',
      message: 'Kolom wajib tidak ditemukan: jenis_pegawai, kode_jabatan, tmt_jabatan, pendidikan',
      details: { missingColumns: ['jenis_pegawai', 'kode_jabatan', 'tmt_jabatan', 'pendidikan'] },
    });
    const [count] = await queryRows<{ n: number }>(kit.handle.db, sql`select count(*)::int as n from audit_log where action = 'import'`);
    expect(count?.n).toBe(0);
  });

  it('refuses an unknown instansi and a caller from another instansi', async () => {
    const { importFile } = await import('../../services/imports/import-file.js');
    await expect(importFile(kit.ctx, { instansiKode: 'tidak-ada', kind: 'units', data: Buffer.from(BASE_UNITS) })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const outsider = { ...kit.ctx, principal: { role: 'ADMIN' as const, instansiId: 999, unitId: null } };
    await expect(importFile(outsider, { instansiKode: 'kab-uji', kind: 'units', data: Buffer.from(BASE_UNITS) })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
  });

  it('imports 12,000 rows in chunks written while the file is read', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const body = manyEmployeesCsv(12_000);
    expect(await kit.run('employees', body)).toMatchObject({ rows: 12_000, inserted: 12_000, rejected: [] });
    expect(await kit.run('employees', body)).toMatchObject({ unchanged: 12_000 });
  });

  it('rolls the whole file back when the database fails mid-file', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const body = manyEmployeesCsv(12_000);
    // Row 11,000 lands in the third chunk, after two chunks were written inside the transaction.
    const failing = body.split('\n')[11_000]!.slice(0, 18);
    // A constraint, not a trigger: the embedded database copies new employees with row triggers off.
    await kit.handle.db.execute(sql.raw(`alter table employees add constraint uji_gagal check (nip <> '${failing}') not valid`));
    await expect(kit.run('employees', body)).rejects.toMatchObject({ kind: 'INTERNAL', code: 'import.failed' });
    const [count] = await queryRows<{ n: number }>(kit.handle.db, sql`select count(*)::int as n from employees`);
    expect(count?.n).toBe(0);
    const [audits] = await queryRows<{ n: number }>(kit.handle.db, sql`select count(*)::int as n from audit_log where target = 'employees'`);
    expect(audits?.n).toBe(0);
  });

  it('reports rejected rows of every chunk by spreadsheet row, and a dry run of a large file stores nothing', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const lines = manyEmployeesCsv(12_000).trimEnd().split('\n');
    // Data line i (1-based) is spreadsheet row i + 1. Bad golongan scattered over all chunks, and a NIP repeated
    // thousands of rows after its first use.
    const bad = [3, 4_999, 5_000, 5_001, 9_998, 11_999];
    for (const i of bad) lines[i] = lines[i]!.replace(',III/a,', ',III/z,');
    lines[7_500] = `${lines[10]!.slice(0, 18)}${lines[7_500]!.slice(18)}`;
    const body = `${lines.join('\n')}\n`;

    const dry = await kit.run('employees', body, { dryRun: true });
    const [stored] = await queryRows<{ n: number }>(kit.handle.db, sql`select count(*)::int as n from employees`);
    expect(stored?.n).toBe(0);
    const real = await kit.run('employees', body);
    expect({ ...dry, dryRun: false }).toEqual(real);
    expect(real).toMatchObject({ rows: 12_000, inserted: 12_000 - 7, rejectedRows: 7 });
    expect(real.rejected.map((r) => [r.row, r.column])).toEqual([
      ...bad.slice(0, 4).map((i) => [i + 1, 'golongan']),
      [7_501, 'nip'],
      ...bad.slice(4).map((i) => [i + 1, 'golongan']),
    ]);
    const [after] = await queryRows<{ n: number }>(kit.handle.db, sql`select count(*)::int as n from employees`);
    expect(after?.n).toBe(12_000 - 7);
  });

  it('writes a file mixing stored, changed and new employees: new ones inserted, changed ones updated, the rest unchanged', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const [header, ...data] = manyEmployeesCsv(12_000).trimEnd().split('\n');
    await kit.run('employees', csv(header!, ...data.slice(0, 8_000)));
    // Employees 4,000…7,999 are stored (every tenth renamed), 8,000…11,999 new; interleaved so every chunk holds both.
    const stored = data.slice(4_000, 8_000).map((line, i) => (i % 10 === 0 ? line.replace(',Pegawai ', ',Pegawai Baru ') : line));
    const mixed = stored.flatMap((line, i) => [line, data[8_000 + i]!]);
    expect(await kit.run('employees', csv(header!, ...mixed))).toMatchObject({
      rows: 8_000, inserted: 4_000, updated: 400, unchanged: 3_600, rejected: [],
    });
    const [counts] = await queryRows<{ n: number; renamed: number }>(
      kit.handle.db,
      sql`select count(*)::int as n, count(*) filter (where nama like 'Pegawai Baru %')::int as renamed from employees`,
    );
    expect(counts).toEqual({ n: 12_000, renamed: 400 });
  });

  it('stores names and jurusan holding backslashes, tabs and quotes exactly, new and updated alike', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const read = async () =>
      (await queryRows<{ nama: string; jurusan: string | null }>(kit.handle.db, sql`select nama, jurusan from employees where nip = ${NIP_KABID}`))[0];
    const withName = (nama: string, jurusan: string) =>
      BASE_EMPLOYEES.replace('Siti Rahayu', `"${nama.replaceAll('"', '""')}"`).replace('Manajemen', `"${jurusan.replaceAll('"', '""')}"`);
    const first = { nama: 'Siti \\N Ra\\hayu', jurusan: 'Manajemen\tSDM "Aparatur"' };
    expect(await kit.run('employees', withName(first.nama, first.jurusan))).toMatchObject({ inserted: 4, rejected: [] });
    expect(await read()).toEqual(first);
    const changed = { nama: 'Siti\tRahayu \\', jurusan: '\\N' };
    expect(await kit.run('employees', withName(changed.nama, changed.jurusan))).toMatchObject({ updated: 1, unchanged: 3, rejected: [] });
    expect(await read()).toEqual(changed);
  });

  it('writes 12,000 performance rows in chunks while the file is read, and rolls them all back when the database fails mid-file', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const employees = manyEmployeesCsv(4_000);
    await kit.run('employees', employees);
    const nips = employees.trimEnd().split('\n').slice(1).map((line) => line.slice(0, 18));
    const rows = [2023, 2024, 2025].flatMap((tahun) => nips.map((nip, i) => `${nip},${tahun},TAHUNAN,,,${i % 3 === 0 ? 'Baik' : 'Sangat Baik'},`));
    const body = csv('nip,tahun,periode,rating_hasil_kerja,rating_perilaku_kerja,predikat,nilai_skp', ...rows);

    // Row 11,000 lands in the third chunk, after two chunks were written inside the transaction.
    await kit.handle.db.execute(sql.raw(`
      create function fail_on_2025() returns trigger language plpgsql as $$
      begin if new.tahun = 2025 and new.employee_id = (select id from employees where nip = '${nips[2_999]}')
        then raise exception 'kegagalan uji'; end if; return new; end $$`));
    await kit.handle.db.execute(
      sql.raw('create trigger fail_on_2025 before insert on performance_ratings for each row execute function fail_on_2025()'),
    );
    await expect(kit.run('performance', body)).rejects.toMatchObject({ kind: 'INTERNAL', code: 'import.failed' });
    const [none] = await queryRows<{ n: number }>(kit.handle.db, sql`select count(*)::int as n from performance_ratings`);
    expect(none?.n).toBe(0);

    await kit.handle.db.execute(sql.raw('drop trigger fail_on_2025 on performance_ratings'));
    expect(await kit.run('performance', body)).toMatchObject({ rows: 12_000, inserted: 12_000, rejected: [] });
    const changed = body.replace(`${nips[10]},2024,TAHUNAN,,,Sangat Baik,`, `${nips[10]},2024,TAHUNAN,,,Butuh Perbaikan,`);
    expect(await kit.run('performance', changed)).toMatchObject({ inserted: 0, updated: 1, unchanged: 11_999 });
  });

  it('runs two imports of one instansi started at once one after the other: the second sees what the first stored', async () => {
    await kit.run('units', BASE_UNITS);
    await kit.run('positions', BASE_POSITIONS);
    const body = manyEmployeesCsv(6_000);
    const reports = await Promise.all([kit.run('employees', body), kit.run('employees', body)]);
    expect(reports.map((r) => [r.inserted, r.unchanged]).sort()).toEqual([[0, 6_000], [6_000, 0]]);
  });
});
