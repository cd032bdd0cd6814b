import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/sql.js';
import { csv, importKitPerFile, NIP_KABID, NIP_KADIS, NIP_PERAWAT } from './import-test-kit.js';

const kit = importKitPerFile({ seedBase: true });

const PERF = 'nip,tahun,periode,rating_hasil_kerja,rating_perilaku_kerja,predikat,nilai_skp';

describe('performance import: one source per row', () => {
  it('derives the predikat from both ratings, accepts an agreeing predikat and stores the source', async () => {
    const report = await kit.run(
      'performance',
      csv(
        PERF,
        `${NIP_KADIS},2025,TAHUNAN,Di Atas Ekspektasi,di atas ekspektasi,,`,
        `${NIP_KADIS},2024,tahunan,DI_ATAS,DI_BAWAH,Kurang/Misconduct,`,
        `${NIP_KABID},2025,TW4,,,Sangat Baik,`,
        `${NIP_PERAWAT},2023,TAHUNAN,,,,"90,99"`,
        `${NIP_PERAWAT},2022,TAHUNAN,,,,91`,
        `${NIP_PERAWAT},2021,TAHUNAN,,,,60.5`,
      ),
    );
    expect(report).toMatchObject({ rows: 6, inserted: 6, rejected: [] });
    const rows = await queryRows<{ tahun: number; predikat: string; source: string; nilai_skp: number | null }>(
      kit.handle.db,
      sql`select tahun, predikat, source, nilai_skp from performance_ratings order by tahun, source`,
    );
    expect(rows).toEqual([
      { tahun: 2021, predikat: 'KURANG', source: 'NILAI_SKP', nilai_skp: 60.5 },
      { tahun: 2022, predikat: 'SANGAT_BAIK', source: 'NILAI_SKP', nilai_skp: 91 },
      { tahun: 2023, predikat: 'BAIK', source: 'NILAI_SKP', nilai_skp: 90.99 },
      { tahun: 2024, predikat: 'KURANG', source: 'RATING', nilai_skp: null },
      { tahun: 2025, predikat: 'SANGAT_BAIK', source: 'PREDIKAT', nilai_skp: null },
      { tahun: 2025, predikat: 'SANGAT_BAIK', source: 'RATING', nilai_skp: null },
    ]);
  });

  it.each([
    ['a predikat that disagrees with the ratings', `${NIP_KADIS},2023,TAHUNAN,SESUAI,SESUAI,Sangat Baik,`, 'predikat',
      'Baris 2, kolom predikat: "Sangat Baik" tidak sesuai dengan rating: hasil kerja SESUAI dan perilaku kerja SESUAI menghasilkan BAIK'],
    ['only one rating', `${NIP_KADIS},2023,TAHUNAN,SESUAI,,,`, 'rating_perilaku_kerja', 'Baris 2, kolom rating_perilaku_kerja: wajib diisi bersama rating_hasil_kerja'],
    ['ratings together with nilai_skp', `${NIP_KADIS},2023,TAHUNAN,SESUAI,SESUAI,,80`, 'nilai_skp', 'Baris 2, kolom nilai_skp: "80" tidak boleh diisi bersama rating'],
    ['a predikat together with nilai_skp', `${NIP_KADIS},2023,TAHUNAN,,,Baik,80`, 'nilai_skp', 'Baris 2, kolom nilai_skp: "80" tidak boleh diisi bersama predikat'],
    ['no source at all', `${NIP_KADIS},2023,TAHUNAN,,,,`, 'predikat', 'Baris 2, kolom predikat: wajib diisi'],
    ['a nilai_skp above 100', `${NIP_KADIS},2019,TAHUNAN,,,,100.5`, 'nilai_skp', 'Baris 2, kolom nilai_skp: "100.5" harus antara 0 dan 100'],
    ['an unknown rating', `${NIP_KADIS},2023,TAHUNAN,Luar Biasa,SESUAI,,`, 'rating_hasil_kerja', 'Baris 2, kolom rating_hasil_kerja: "Luar Biasa" tidak dikenal'],
    ['an unknown predikat', `${NIP_KADIS},2023,TAHUNAN,,,Istimewa,`, 'predikat', 'Baris 2, kolom predikat: "Istimewa" tidak dikenal'],
    ['an unknown periode', `${NIP_KADIS},2023,Semester 1,,,Baik,`, 'periode', 'Baris 2, kolom periode: "Semester 1" tidak dikenal'],
    ['a year in the future', `${NIP_KADIS},2031,TAHUNAN,,,Baik,`, 'tahun', 'Baris 2, kolom tahun: "2031" harus antara 2000 dan 2027'],
    ['a year that is not a whole number', `${NIP_KADIS},2023.5,TAHUNAN,,,Baik,`, 'tahun', 'Baris 2, kolom tahun: "2023.5" harus berupa bilangan bulat'],
    ['an unknown NIP', `199901012024011001,2023,TAHUNAN,,,Baik,`, 'nip', 'Baris 2, kolom nip: "199901012024011001" tidak dikenal: pegawai belum diimpor'],
  ])('rejects %s', async (_name, line, column, message) => {
    const report = await kit.run('performance', csv(PERF, line));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, column, message: expect.stringContaining(message) })]);
  });

  it('rejects a second row for the same (nip, tahun, periode)', async () => {
    const report = await kit.run('performance', csv(PERF, `${NIP_KABID},2020,TAHUNAN,,,Baik,`, `${NIP_KABID},2020,Tahunan,,,Baik,`));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 3, column: 'periode', message: expect.stringContaining('baris 2') })]);
  });
});

describe('assessments, discipline and trainings import', () => {
  it.each([
    ['assessments', 'nip,tanggal,jpm,nilai_potensi,lembaga', `${NIP_KADIS},2025-02-10,101,80,`, 'jpm', 'Baris 2, kolom jpm: "101" harus antara 0 dan 100'],
    ['assessments', 'nip,tanggal,jpm,nilai_potensi,lembaga', `${NIP_KADIS},2025-02-10,80,-1,`, 'nilai_potensi', 'Baris 2, kolom nilai_potensi: "-1" harus antara 0 dan 100'],
    ['assessments', 'nip,tanggal,jpm,nilai_potensi,lembaga', `${NIP_KADIS},10/02/25,80,70,`, 'tanggal', 'Baris 2, kolom tanggal: "10/02/25" bukan tanggal yang valid'],
    ['discipline', 'nip,tingkat,jenis,tmt_mulai,tmt_selesai', `${NIP_KADIS},Sangat Berat,,2025-01-01,`, 'tingkat', 'Baris 2, kolom tingkat: "Sangat Berat" tidak dikenal'],
    ['discipline', 'nip,tingkat,jenis,tmt_mulai,tmt_selesai', `${NIP_KADIS},RINGAN,Teguran lisan,2025-01-01,2024-12-31`, 'tmt_selesai', 'Baris 2, kolom tmt_selesai: "2024-12-31" tidak boleh sebelum tmt_mulai 2025-01-01'],
    ['trainings', 'nip,nama,jenis,jp,tanggal_selesai', `${NIP_KADIS},Pelatihan X,TEKNIS,-2,2025-01-01`, 'jp', 'Baris 2, kolom jp: "-2" harus minimal 0'],
    ['trainings', 'nip,nama,jenis,jp,tanggal_selesai', `${NIP_KADIS},Pelatihan X,Arisan,2,2025-01-01`, 'jenis', 'Baris 2, kolom jenis: "Arisan" tidak dikenal'],
    ['trainings', 'nip,nama,jenis,jp,tanggal_selesai', `${NIP_KADIS},,TEKNIS,2,2025-01-01`, 'nama', 'Baris 2, kolom nama: wajib diisi'],
  ] as const)('%s: rejects a bad %s', async (kind, header, line, column, message) => {
    const report = await kit.run(kind, csv(header, line));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, column, message: expect.stringContaining(message) })]);
  });

  it('stores valid rows with tolerant enumerations and day-first dates', async () => {
    const a = await kit.run('assessments', csv('nip,tanggal,jpm,nilai_potensi,lembaga', `${NIP_KADIS},10-02-2025,"85,5",78,UPT Penilaian Kompetensi`));
    const d = await kit.run('discipline', csv('nip,tingkat,jenis,tmt_mulai,tmt_selesai', `${NIP_PERAWAT},ringan,Teguran lisan,2025-03-01,2025-09-01`));
    const t = await kit.run('trainings', csv('nip,nama,jenis,jp,tanggal_selesai', `${NIP_KABID},PKA Angkatan I,pka,60,2025-05-30`, `${NIP_KABID},Pelatihan Teknis SIPD,teknis,24,2025-07-15`));
    expect([a.inserted, d.inserted, t.inserted]).toEqual([1, 1, 2]);
    const [row] = await queryRows<{ tanggal: string; jpm: number }>(kit.handle.db, sql`select tanggal::text, jpm from assessments`);
    expect(row).toEqual({ tanggal: '2025-02-10', jpm: 85.5 });
  });
});
