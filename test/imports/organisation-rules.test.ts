import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/sql.js';
import { csv, importKitPerFile } from './import-test-kit.js';

const kit = importKitPerFile({ seedBase: true });

const UNIT_HEADER = 'kode_unit,nama_unit,kode_unit_induk';
const POSITION_HEADER = 'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan,jenjang_jf,rumpun,kritikal';

describe('units import', () => {
  it('accepts a parent defined earlier in the file and rejects one defined later', async () => {
    const report = await kit.run(
      'units',
      csv(UNIT_HEADER, 'BAPPEDA,Bappeda,ROOT', 'BAPPEDA-SEK,Sekretariat Bappeda,BAPPEDA', 'X-ANAK,Anak,X-INDUK', 'X-INDUK,Induk,ROOT'),
    );
    expect(report).toMatchObject({ rows: 4, inserted: 3 });
    expect(report.rejected).toEqual([
      {
        row: 4, column: 'kode_unit_induk', value: 'X-INDUK',
        message: 'Baris 4, kolom kode_unit_induk: "X-INDUK" tidak dikenal: unit induk tidak ada di database maupun di baris sebelumnya',
      },
    ]);
  });

  it('rejects a row that closes a cycle with stored units, and a unit that is its own parent', async () => {
    const report = await kit.run('units', csv(UNIT_HEADER, 'ROOT,Pemerintah Kabupaten Uji,DINKES-YAN', 'SENDIRI,Sendiri,SENDIRI'));
    expect(report.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [2, 'kode_unit_induk', 'DINKES-YAN'],
      [3, 'kode_unit_induk', 'SENDIRI'],
    ]);
    expect(report.rejected[0]?.message).toContain('membentuk siklus pada pohon unit (ROOT → DINKES-YAN → DINKES → ROOT)');
  });

  it('rejects a cycle formed within the file and keeps the tree as it was', async () => {
    const report = await kit.run('units', csv(UNIT_HEADER, 'C-1,Satu,ROOT', 'C-2,Dua,C-1', 'C-1,Satu,C-2'));
    // Row 4 both repeats the key of row 2 and closes a cycle: every problem is reported, left to right.
    expect(report.rejected.map((r) => [r.row, r.column])).toEqual([[4, 'kode_unit'], [4, 'kode_unit_induk']]);
    expect(report.rejectedRows).toBe(1);
    const [parent] = await queryRows<{ kode: string }>(
      kit.handle.db,
      sql`select p.kode from units u join units p on p.id = u.parent_id where u.kode = 'C-1'`,
    );
    expect(parent?.kode).toBe('ROOT');
  });

  it('moves a unit to another parent and counts it as updated', async () => {
    const report = await kit.run('units', csv(UNIT_HEADER, 'BAPPEDA-SEK,Sekretariat Bappeda,ROOT', 'BAPPEDA,Bappeda,ROOT'));
    expect(report).toMatchObject({ rows: 2, inserted: 0, updated: 1, unchanged: 1, rejected: [] });
  });
});

describe('positions import', () => {
  it.each([
    ['an unknown unit', 'J-1,Analis,TIDAK-ADA,PELAKSANA,,,', 'kode_unit', 'Baris 2, kolom kode_unit: "TIDAK-ADA" tidak dikenal'],
    ['a jenjang on a structural position', 'J-2,Kepala Seksi,DINKES-YAN,PENGAWAS,AHLI_MUDA,,', 'jenjang_jf', 'Baris 2, kolom jenjang_jf: "AHLI_MUDA" hanya untuk jenis_jabatan FUNGSIONAL, bukan PENGAWAS'],
    ['an unknown jenjang', 'J-3,Dokter,DINKES-YAN,FUNGSIONAL,Ahli Sekali,,', 'jenjang_jf', 'Baris 2, kolom jenjang_jf: "Ahli Sekali" tidak dikenal'],
    ['an unknown jenis_jabatan', 'J-4,Kepala,DINKES-YAN,Eselon V,,,', 'jenis_jabatan', 'Baris 2, kolom jenis_jabatan: "Eselon V" tidak dikenal'],
    ['a kritikal that is not Y/N', 'J-5,Kepala,DINKES-YAN,PENGAWAS,,,Mungkin', 'kritikal', 'Baris 2, kolom kritikal: "Mungkin" harus Y atau N'],
    ['an empty nama_jabatan', 'J-6,,DINKES-YAN,PELAKSANA,,,', 'nama_jabatan', 'Baris 2, kolom nama_jabatan: wajib diisi'],
  ])('rejects %s', async (_name, line, column, message) => {
    const report = await kit.run('positions', csv(POSITION_HEADER, line));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, column, message: expect.stringContaining(message) })]);
  });

  it('tolerates case, spaces and hyphens in enumerations and stores canonical values', async () => {
    const report = await kit.run(
      'positions',
      csv(POSITION_HEADER, 'J-7,Kepala Seksi Pelayanan,DINKES-YAN,pengawas,,,ya', 'J-8,Dokter Ahli Muda,DINKES-YAN,Fungsional,ahli-muda,Kesehatan,n', 'J-9,Sekretaris,DINKES,jpt pratama,,,'),
    );
    expect(report).toMatchObject({ inserted: 3, rejected: [] });
    const rows = await queryRows<{ kode: string; jenis_jabatan: string; jenjang_jf: string | null; kritikal: boolean | null }>(
      kit.handle.db,
      sql`select kode, jenis_jabatan, jenjang_jf, kritikal from positions where kode in ('J-7', 'J-8', 'J-9') order by kode`,
    );
    expect(rows).toEqual([
      { kode: 'J-7', jenis_jabatan: 'PENGAWAS', jenjang_jf: null, kritikal: true },
      { kode: 'J-8', jenis_jabatan: 'FUNGSIONAL', jenjang_jf: 'AHLI_MUDA', kritikal: false },
      { kode: 'J-9', jenis_jabatan: 'JPT_PRATAMA', jenjang_jf: null, kritikal: null },
    ]);
  });
});
