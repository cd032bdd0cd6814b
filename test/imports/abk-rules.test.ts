import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/sql.js';
import { csv, importKitPerFile } from './import-test-kit.js';

const kit = importKitPerFile({ seedBase: true });

const NEED = 'kode_unit,kode_jabatan,tahun,kebutuhan,sumber,nomor_penetapan,tanggal_penetapan';
const TASK = 'kode_unit,kode_jabatan,tahun,urutan,uraian_tugas,satuan_hasil,volume,periode_volume,waktu_penyelesaian,satuan_waktu';

async function storedTasks(kode: string) {
  return queryRows<{ tahun: number; urutan: number; uraian: string; volume: number; periode: string }>(
    kit.handle.db,
    sql`select t.tahun, t.urutan, t.uraian_tugas as uraian, t.volume, t.periode_volume as periode from abk_tugas t
        join positions p on p.id = t.position_id where p.kode = ${kode} order by t.tahun, t.urutan`,
  );
}

describe('kebutuhan import', () => {
  it('stores ABK results with decimals, spellings of the source and a jabatan named within its unit, then changes nothing on re-import', async () => {
    const file = csv(
      NEED,
      'DINKES,KADINKES,2026,1,e-Formasi,800/12/2026,15-02-2026',
      'DINKES-YAN,PERAWAT-AP,2026,"4,6",SIASN,,',
      'Bidang Pelayanan Kesehatan,Pengadministrasi Umum,2026,2,internal,,',
    );
    expect(await kit.run('kebutuhan', file)).toMatchObject({ rows: 3, inserted: 3, updated: 0, rejected: [], notes: [] });
    expect(await kit.run('kebutuhan', file)).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });
    const rows = await queryRows<{ kode: string; kebutuhan: number; sumber: string | null; tanggal: string | null }>(
      kit.handle.db,
      sql`select p.kode, k.kebutuhan, k.sumber, to_char(k.tanggal_penetapan, 'YYYY-MM-DD') as tanggal from abk_kebutuhan k
          join positions p on p.id = k.position_id order by p.kode`,
    );
    expect(rows).toEqual([
      { kode: 'KADINKES', kebutuhan: 1, sumber: 'E_FORMASI', tanggal: '2026-02-15' },
      { kode: 'PERAWAT-AP', kebutuhan: 4.6, sumber: 'SIASN', tanggal: null },
      { kode: 'STAF-YAN', kebutuhan: 2, sumber: 'INTERNAL', tanggal: null },
    ]);
  });

  it.each([
    ['an unknown unit', 'NOWHERE,KADINKES,2026,1,,,', 'kode_unit', 'Baris 2, kolom kode_unit: "NOWHERE" tidak dikenal: unit belum diimpor'],
    ['an unknown jabatan', 'DINKES,BUPATI,2026,1,,,', 'kode_jabatan', 'Baris 2, kolom kode_jabatan: "BUPATI" tidak dikenal: jabatan belum diimpor di unit DINKES'],
    ['a unit that is not the position\'s', 'DINKES,PERAWAT-AP,2026,1,,,', 'kode_unit', 'Baris 2, kolom kode_unit: "DINKES" tidak sesuai: jabatan PERAWAT-AP berada di unit DINKES-YAN'],
    ['a negative need', 'DINKES,KADINKES,2026,-1,,,', 'kebutuhan', 'Baris 2, kolom kebutuhan: "-1" harus antara 0 dan 100000'],
    ['a need that is not a number', 'DINKES,KADINKES,2026,dua,,,', 'kebutuhan', 'Baris 2, kolom kebutuhan: "dua" harus berupa angka'],
    ['a year far ahead', 'DINKES,KADINKES,2040,1,,,', 'tahun', 'Baris 2, kolom tahun: "2040" harus antara 2000 dan 2031'],
    ['an unknown source', 'DINKES,KADINKES,2026,1,Bappenas,,', 'sumber', 'Baris 2, kolom sumber: "Bappenas" tidak dikenal; gunakan salah satu dari SIASN, E_FORMASI, INTERNAL'],
  ])('rejects %s with row and column', async (_name, line, column, message) => {
    const report = await kit.run('kebutuhan', csv(NEED, line));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, column, message: expect.stringContaining(message) })]);
    expect(report.inserted + report.updated).toBe(0);
  });

  it('rejects a second row for the same jabatan and year', async () => {
    const report = await kit.run('kebutuhan', csv(NEED, 'DINKES,KADINKES,2025,1,,,', 'DINKES,KADINKES,2025,2,,,'));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 3, column: 'kode_jabatan', message: expect.stringContaining('baris 2') })]);
  });

  it('refuses a file without a required column, naming it', async () => {
    await expect(kit.run('kebutuhan', csv('kode_unit,kode_jabatan,tahun', 'DINKES,KADINKES,2026'))).rejects.toMatchObject({
      details: expect.objectContaining({ missingColumns: ['kebutuhan'] }),
    });
  });
});

describe('abk_tugas import', () => {
  const TASKS = csv(
    TASK,
    'DINKES-YAN,KABID-YAN,2026,1,Menyusun rencana pelayanan,Dokumen,10,TAHUN,60,JAM',
    'DINKES-YAN,KABID-YAN,2026,2,Memverifikasi laporan puskesmas,Laporan,1,per bulan,30,mnt',
    'DINKES-YAN,KABID-YAN,2026,3,Memimpin rapat koordinasi,Rapat,2,Mingguan,2,Jam',
  );

  it('stores the task list with annualisation spellings, then changes nothing on re-import', async () => {
    expect(await kit.run('abk_tugas', TASKS)).toMatchObject({ rows: 3, inserted: 3, rejected: [], notes: [] });
    expect(await kit.run('abk_tugas', TASKS)).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3, notes: [] });
    expect((await storedTasks('KABID-YAN')).map((t) => [t.urutan, t.volume, t.periode])).toEqual([
      [1, 10, 'TAHUN'],
      [2, 1, 'BULAN'],
      [3, 2, 'MINGGU'],
    ]);
  });

  it.each([
    ['a volume of 0', '0', 'TAHUN', '60', 'MENIT', 'volume', 'Baris 2, kolom volume: "0" harus lebih dari 0'],
    ['a negative volume', '-3', 'TAHUN', '60', 'MENIT', 'volume', 'Baris 2, kolom volume: "-3" harus minimal 0'],
    ['an unknown period', '3', 'Semester', '60', 'MENIT', 'periode_volume', 'Baris 2, kolom periode_volume: "Semester" tidak dikenal; gunakan salah satu dari TAHUN, BULAN, MINGGU, HARI'],
    ['a time norm of 0', '3', 'TAHUN', '0', 'MENIT', 'waktu_penyelesaian', 'Baris 2, kolom waktu_penyelesaian: "0" harus lebih dari 0'],
    ['an unknown time unit', '3', 'TAHUN', '60', 'Detik', 'satuan_waktu', 'Baris 2, kolom satuan_waktu: "Detik" tidak dikenal; gunakan salah satu dari MENIT, JAM'],
  ])('rejects %s with row and column', async (_name, volume, periode, waktu, satuan, column, message) => {
    const report = await kit.run('abk_tugas', csv(TASK, `DINKES-YAN,PERAWAT-AP,2026,1,Asuhan keperawatan,Pasien,${volume},${periode},${waktu},${satuan}`));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, column, message: expect.stringContaining(message) })]);
  });

  it('rejects an unknown unit and an unknown jabatan with row and column', async () => {
    const report = await kit.run(
      'abk_tugas',
      csv(TASK, 'LUAR,PERAWAT-AP,2026,1,Asuhan,Pasien,3,HARI,30,MENIT', 'DINKES-YAN,BIDAN-X,2026,1,Asuhan,Pasien,3,HARI,30,MENIT'),
    );
    expect(report.rejected.map((r) => [r.row, r.column])).toEqual([
      [2, 'kode_unit'],
      [3, 'kode_jabatan'],
    ]);
  });

  it('numbers tasks without urutan in file order within their jabatan and year', async () => {
    const report = await kit.run(
      'abk_tugas',
      csv(TASK, 'DINKES-YAN,STAF-YAN,2025,,Mengagendakan surat,Surat,20,HARI,5,MENIT', 'DINKES-YAN,STAF-YAN,2025,,Mengarsipkan dokumen,Berkas,10,HARI,5,MENIT'),
    );
    expect(report).toMatchObject({ inserted: 2, rejected: [] });
    expect((await storedTasks('STAF-YAN')).map((t) => [t.tahun, t.urutan, t.uraian])).toEqual([
      [2025, 1, 'Mengagendakan surat'],
      [2025, 2, 'Mengarsipkan dokumen'],
    ]);
  });

  it('replaces the task list of a jabatan and year it carries, and says which tasks it removed', async () => {
    const revised = csv(
      TASK,
      'DINKES-YAN,KABID-YAN,2026,1,Menyusun rencana pelayanan,Dokumen,12,TAHUN,60,JAM',
      'DINKES-YAN,KABID-YAN,2026,3,Memimpin rapat koordinasi,Rapat,2,MINGGU,2,JAM',
    );
    const report = await kit.run('abk_tugas', revised);
    expect(report).toMatchObject({ rows: 2, updated: 1, unchanged: 1 });
    expect(report.notes).toEqual([
      { row: 2, column: null, message: '1 tugas tersimpan jabatan KABID-YAN tahun 2026 dihapus karena tidak ada lagi di berkas ini' },
    ]);
    expect((await storedTasks('KABID-YAN')).map((t) => t.urutan)).toEqual([1, 3]);
  });

  it('keeps stored tasks of a jabatan and year when one of its rows is rejected', async () => {
    const report = await kit.run(
      'abk_tugas',
      csv(TASK, 'DINKES-YAN,KABID-YAN,2026,5,Tugas baru,Dokumen,1,TAHUN,60,MENIT', 'DINKES-YAN,KABID-YAN,2026,6,Tugas salah,Dokumen,0,TAHUN,60,MENIT'),
    );
    expect(report).toMatchObject({ inserted: 1, rejectedRows: 1, notes: [] });
    expect((await storedTasks('KABID-YAN')).map((t) => t.urutan)).toEqual([1, 3, 5]);
  });

  it('says when an imported kebutuhan overrides task rows of the same jabatan and year, both ways', async () => {
    const need = await kit.run('kebutuhan', csv(NEED, 'DINKES-YAN,KABID-YAN,2026,1,,,'));
    expect(need.notes).toEqual([
      expect.objectContaining({ row: 2, column: 'kebutuhan', message: expect.stringContaining('kebutuhan jabatan KABID-YAN tahun 2026 dipakai') }),
    ]);
    const tasks = await kit.run('abk_tugas', csv(TASK, 'DINKES-YAN,KABID-YAN,2026,1,Menyusun rencana pelayanan,Dokumen,12,TAHUN,60,JAM', 'DINKES-YAN,KABID-YAN,2026,3,Memimpin rapat koordinasi,Rapat,2,MINGGU,2,JAM', 'DINKES-YAN,KABID-YAN,2026,5,Tugas baru,Dokumen,1,TAHUN,60,MENIT'));
    expect(tasks.notes).toEqual([
      expect.objectContaining({ row: 2, message: expect.stringContaining('kebutuhan hasil impor untuk jabatan dan tahun itu yang dipakai') }),
    ]);
  });
});

describe('positions: kode_referensi', () => {
  const refOf = async (kode: string) =>
    (await queryRows<{ ref: string | null }>(kit.handle.db, sql`select kode_referensi as ref from positions where kode = ${kode}`))[0]?.ref;

  it('stores the catalogue code, keeps it for a file without the column and clears it for an empty cell', async () => {
    const header = 'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan,jenjang_jf,rumpun,kritikal';
    await kit.run('positions', csv(`${header},kode_referensi`, 'PERAWAT-AP,Perawat Ahli Pertama,DINKES-YAN,FUNGSIONAL,AHLI_PERTAMA,Kesehatan,N,JF-PRWT-01'));
    expect(await refOf('PERAWAT-AP')).toBe('JF-PRWT-01');
    const without = await kit.run('positions', csv(header, 'PERAWAT-AP,Perawat Ahli Pertama,DINKES-YAN,FUNGSIONAL,AHLI_PERTAMA,Kesehatan,N'));
    expect(without).toMatchObject({ unchanged: 1 });
    expect(await refOf('PERAWAT-AP')).toBe('JF-PRWT-01');
    await kit.run('positions', csv(`${header},kode_referensi`, 'PERAWAT-AP,Perawat Ahli Pertama,DINKES-YAN,FUNGSIONAL,AHLI_PERTAMA,Kesehatan,N,'));
    expect(await refOf('PERAWAT-AP')).toBeNull();
  });
});
