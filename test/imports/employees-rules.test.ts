import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/sql.js';
import { csv, EMPLOYEE_HEADER, importKitPerFile, NIP_KABID, NIP_KADIS } from './import-test-kit.js';

const kit = importKitPerFile({ seedBase: true });

/** One employee row on the PELAKSANA position, with the given overrides. */
function employee(fields: Partial<Record<string, string>>): string {
  const row: Record<string, string> = {
    nip: '198705122010011004', nama: 'Rina Wati', jenis_pegawai: 'PNS', jenis_kelamin: '', tanggal_lahir: '',
    golongan: 'III/a', tmt_golongan: '', kode_jabatan: 'STAF-YAN', tmt_jabatan: '2020-01-02', pendidikan: 'S1',
    jurusan: '', tmt_cpns: '', ...fields,
  };
  return EMPLOYEE_HEADER.split(',').map((c) => row[c] ?? '').join(',');
}

async function rejectionOf(...rows: string[]) {
  const report = await kit.run('employees', csv(EMPLOYEE_HEADER, ...rows));
  return report.rejected;
}

describe('employees import: row rules', () => {
  it.each([
    ['a NIP that is not 18 digits', { nip: '19660801198803100' }, 'nip', 'Baris 2, kolom nip: "19660801198803100" harus 18 digit angka'],
    ['a NIP whose birth date is not a date', { nip: '196613011988031001' }, 'nip', 'digit 1–8 bukan tanggal lahir'],
    ['a PNS NIP whose TMT CPNS month is 13', { nip: '196608011988131001' }, 'nip', 'digit 9–14 bukan TMT CPNS'],
    ['a PNS NIP with gender digit 3', { nip: '196608011988033001' }, 'nip', 'digit 15'],
    ['a PNS NIP with sequence 000', { nip: '196608011988031000' }, 'nip', 'digit 16–18'],
    ['a PPPK NIP with an impossible birth date', { nip: '199202302021211001', jenis_pegawai: 'PPPK', golongan: 'IX' }, 'nip', 'digit 1–8'],
    ['an unknown jenis_pegawai', { jenis_pegawai: 'Honorer' }, 'jenis_pegawai', 'Baris 2, kolom jenis_pegawai: "Honorer" tidak dikenal'],
    ['an empty nama', { nama: '' }, 'nama', 'Baris 2, kolom nama: wajib diisi'],
    ['a PNS with a PPPK golongan', { golongan: 'IX' }, 'golongan', 'Baris 2, kolom golongan: "IX" bukan golongan PNS yang valid'],
    ['a PPPK with a PNS golongan', { nip: '199203042021211009', jenis_pegawai: 'PPPK', golongan: 'III/a' }, 'golongan', 'bukan golongan PPPK'],
    ['an impossible tmt_jabatan', { tmt_jabatan: '2021-02-30' }, 'tmt_jabatan', 'Baris 2, kolom tmt_jabatan: "2021-02-30" bukan tanggal yang valid'],
    ['an unknown pendidikan', { pendidikan: 'Kursus' }, 'pendidikan', 'Baris 2, kolom pendidikan: "Kursus" tidak dikenal'],
    ['an unknown kode_jabatan', { kode_jabatan: 'TIDAK-ADA' }, 'kode_jabatan', 'Baris 2, kolom kode_jabatan: "TIDAK-ADA" tidak dikenal'],
  ])('rejects %s', async (_name, fields, column, message) => {
    const [rejected] = await rejectionOf(employee(fields));
    expect(rejected?.row).toBe(2);
    expect(rejected?.column).toBe(column);
    expect(rejected?.message).toContain(message);
  });

  it('rejects a tanggal_lahir that contradicts the NIP, quoting both dates', async () => {
    const [rejected] = await rejectionOf(employee({ tanggal_lahir: '1987-05-13' }));
    expect(rejected).toMatchObject({ row: 2, column: 'tanggal_lahir', value: '1987-05-13' });
    expect(rejected?.message).toBe(
      'Baris 2, kolom tanggal_lahir: "1987-05-13" bertentangan dengan NIP "198705122010011004" yang menyatakan tanggal lahir 1987-05-12',
    );
  });

  it('rejects a jenis_kelamin or tmt_cpns that contradicts the NIP', async () => {
    const rejected = await rejectionOf(employee({ jenis_kelamin: 'Perempuan' }), employee({ tmt_cpns: '2010-02-01' }));
    expect(rejected[0]).toMatchObject({ row: 2, column: 'jenis_kelamin', value: 'Perempuan' });
    expect(rejected[0]?.message).toContain('jenis kelamin L');
    expect(rejected[1]).toMatchObject({ row: 3, column: 'tmt_cpns', value: '2010-02-01' });
    expect(rejected[1]?.message).toContain('TMT CPNS 2010-01');
  });

  it('fills tanggal_lahir, jenis_kelamin and tmt_cpns from the NIP, accepting agreeing values in any spelling', async () => {
    const report = await kit.run(
      'employees',
      csv(
        EMPLOYEE_HEADER,
        employee({ nip: '198911302014022001', golongan: 'iii b', pendidikan: 'd4' }),
        employee({ nip: '198911302014021002', jenis_kelamin: 'Laki-laki', tanggal_lahir: '30-11-1989', tmt_cpns: '2014-02-14' }),
      ),
    );
    expect(report).toMatchObject({ rows: 2, inserted: 2, rejected: [] });
    const rows = await queryRows<{ nip: string; jenis_kelamin: string; tanggal_lahir: string; tmt_cpns: string; golongan: string; pendidikan: string }>(
      kit.handle.db,
      sql`select nip, jenis_kelamin, tanggal_lahir::text, tmt_cpns::text, golongan, pendidikan from employees
          where nip like '19891130%' order by nip`,
    );
    expect(rows).toEqual([
      { nip: '198911302014021002', jenis_kelamin: 'L', tanggal_lahir: '1989-11-30', tmt_cpns: '2014-02-14', golongan: 'III/a', pendidikan: 'S1' },
      { nip: '198911302014022001', jenis_kelamin: 'P', tanggal_lahir: '1989-11-30', tmt_cpns: '2014-02-01', golongan: 'III/b', pendidikan: 'D-IV' },
    ]);
  });

  it('checks only the birth date of a PPPK NIP (NI PPPK digits 13–14 are not a month)', async () => {
    const report = await kit.run('employees', csv(EMPLOYEE_HEADER, employee({ nip: '199509092022241003', jenis_pegawai: 'pppk', golongan: 'vii' })));
    expect(report).toMatchObject({ inserted: 1, rejected: [] });
  });

  it('rejects a second employee on an occupied structural position, whoever occupies it', async () => {
    const rejected = await rejectionOf(
      employee({ nip: '198001012005011001', golongan: 'IV/a', kode_jabatan: 'KABID-YAN' }),
    );
    expect(rejected[0]).toMatchObject({ row: 2, column: 'kode_jabatan', value: 'KABID-YAN' });
    expect(rejected[0]?.message).toContain(`sudah diduduki pegawai lain (NIP ${NIP_KABID}, data tersimpan)`);

    const inFile = await rejectionOf(
      employee({ nip: '198001012005011001', golongan: 'IV/a', kode_jabatan: 'STAF-YAN' }),
      `${NIP_KABID},Siti Rahayu,PNS,,,IV/a,,STAF-YAN,2026-01-02,S2,,`,
      employee({ nip: '198001012005011001', golongan: 'IV/a', kode_jabatan: 'KABID-YAN' }),
      employee({ nip: '198202022006041002', golongan: 'IV/a', kode_jabatan: 'KABID-YAN' }),
    );
    // Spreadsheet row 4 repeats the NIP of row 2; row 5 finds KABID-YAN vacated by row 3 and taken by nobody else.
    expect(inFile.map((r) => [r.row, r.column])).toEqual([[4, 'nip']]);
  });

  it('rejects the second of two new employees on one structural position in the same file, naming the first row', async () => {
    const rejected = await rejectionOf(
      `${NIP_KADIS},Budi Santoso,PNS,L,1966-08-01,IV/c,2018-04-01,STAF-YAN,2026-01-04,S2,,`,
      employee({ nip: '197001012000031001', golongan: 'IV/b', kode_jabatan: 'KADINKES' }),
      employee({ nip: '197101012000031001', golongan: 'IV/b', kode_jabatan: 'KADINKES' }),
    );
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ row: 4, column: 'kode_jabatan', value: 'KADINKES' });
    expect(rejected[0]?.message).toContain('NIP 197001012000031001, baris 3');
  });

  it('lets the incumbent be re-imported on their own structural position', async () => {
    // The previous test seated 197001012000031001 on KADINKES.
    const report = await kit.run('employees', csv(EMPLOYEE_HEADER, employee({ nip: '197001012000031001', golongan: 'IV/c', kode_jabatan: 'KADINKES' })));
    expect(report).toMatchObject({ updated: 1, rejected: [] });
  });

  it('rejects a duplicate NIP in the same file naming the first row', async () => {
    const rejected = await rejectionOf(employee({ nip: '199912312024121001' }), employee({ nip: '199912312024121001' }));
    expect(rejected).toEqual([
      expect.objectContaining({ row: 3, column: 'nip', message: expect.stringContaining('sudah ada di baris 2') }),
    ]);
  });
});
