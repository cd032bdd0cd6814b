/**
 * Files as a BKD really has them, generated for the tests: a SIASN-style unit list, a peta jabatan workbook, a SIMPEG
 * daftar nominatif with two title rows and a two-row merged header, a CSV with spaced NIPs and dd-mm-yyyy dates, an
 * e-Kinerja rating export with SIASN codes, and assessment, discipline and training exports. Each holds the same data
 * as the canonical files of import-test-kit.ts.
 */
import ExcelJS from 'exceljs';
import { NIP_KABID, NIP_KADIS, NIP_PERAWAT, NIP_PPPK } from './import-test-kit.js';

/** `196608011988031001` → `19660801 198803 1 001`, as SIMPEG prints a NIP. */
export function spaced(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** SIASN-style unit list: `;`, a title line, parents named instead of coded. */
export const SIASN_UNITS = [
  'DAFTAR UNIT ORGANISASI;;;',
  ';;;',
  'NO;KODE UNOR;NAMA UNOR;UNOR INDUK',
  '1;ROOT;Pemerintah Kabupaten Uji;',
  '2;DINKES;Dinas Kesehatan;Pemerintah Kabupaten Uji',
  '3;DINKES-YAN;Bidang Pelayanan Kesehatan;DINAS KESEHATAN',
].join('\r\n');

/** Peta jabatan: units by name, structural positions by eselon, kritikal as Ya/Tidak. */
export async function petaJabatanXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peta Jabatan');
  sheet.addRow(['PETA JABATAN DINAS KESEHATAN']);
  sheet.addRow([]);
  sheet.addRow(['NO', 'KODE JABATAN', 'NAMA JABATAN', 'UNIT KERJA', 'JENIS JABATAN', 'ESELON', 'JENJANG', 'RUMPUN JABATAN', 'JABATAN KRITIKAL']);
  sheet.addRow([1, 'KADINKES', 'Kepala Dinas Kesehatan', 'Dinas Kesehatan', 'Jabatan Struktural', 'II.a', '', 'Kesehatan', '']);
  sheet.addRow([2, 'KABID-YAN', 'Kepala Bidang Pelayanan Kesehatan', 'Bidang Pelayanan Kesehatan', 'Administrator', '', '', 'Kesehatan', 'Ya']);
  sheet.addRow([3, 'PERAWAT-AP', 'Perawat Ahli Pertama', 'Bidang Pelayanan Kesehatan', 'Jabatan Fungsional Tertentu', '', 'Ahli Pertama', 'Kesehatan', 'Tidak']);
  sheet.addRow([4, 'STAF-YAN', 'Pengadministrasi Umum', 'Bidang Pelayanan Kesehatan', 'Jabatan Fungsional Umum', '', '', '', '']);
  sheet.addRow(['JUMLAH', '4 jabatan']);
  return bufferOf(workbook);
}

/**
 * SIMPEG daftar nominatif: two title rows and a blank row, a header of two rows with merged group cells
 * (`PANGKAT/GOL` over `GOL. RUANG | TMT`, `JABATAN` over `NAMA | TMT`, the rest merged down), a row of column
 * numbers, NIPs with spaces, golongan with pangkat, positions by name, date cells and Indonesian month names, and a
 * total row at the end. A first sheet of instructions precedes it.
 */
export async function simpegNominatifXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Petunjuk').addRow(['Lembar berikut berisi daftar nominatif.']);
  const sheet = workbook.addWorksheet('Nominatif');
  sheet.addRow(['DAFTAR NOMINATIF PEGAWAI']);
  sheet.addRow(['PEMERINTAH KABUPATEN UJI — KEADAAN 30 JUNI 2026']);
  sheet.addRow([]);
  sheet.addRow(['NO', 'NIP', 'NAMA', 'PANGKAT/GOL', '', 'JABATAN', '', 'UNIT KERJA', 'PENDIDIKAN TERAKHIR', 'PROGRAM STUDI', 'JENIS PEGAWAI', 'JENIS KELAMIN', 'TGL. LAHIR']);
  sheet.addRow(['', '', '', 'GOL. RUANG', 'TMT', 'NAMA', 'TMT', '', '', '', '', '', '']);
  for (const col of ['A', 'B', 'C', 'H', 'I', 'J', 'K', 'L', 'M']) sheet.mergeCells(`${col}4:${col}5`);
  sheet.mergeCells('D4:E4');
  sheet.mergeCells('F4:G4');
  sheet.addRow([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  sheet.addRow([1, spaced(NIP_KADIS), 'Budi Santoso', 'Pembina Utama Muda (IV/c)', utc(2018, 4, 1), 'Kepala Dinas Kesehatan', utc(2021, 1, 4), 'Dinas Kesehatan', 'S-2', 'Kesehatan Masyarakat', 'PNS Daerah', 'Laki-laki', utc(1966, 8, 1)]);
  sheet.addRow([2, spaced(NIP_KABID), 'Siti Rahayu', 'IV/a', '1 Oktober 2019', 'Kepala Bidang Pelayanan Kesehatan', '01-03-2022', 'Bidang Pelayanan Kesehatan', 'Magister', 'Manajemen', 'PNS', '', '']);
  sheet.addRow([3, spaced(NIP_PERAWAT), 'Andi Pratama', 'Penata Muda Tk. I (III/b)', '01/04/2019', 'Perawat Ahli Pertama', utc(2019, 4, 1), 'Bidang Pelayanan Kesehatan', 'S-1/Sarjana', 'Keperawatan', 'PNS', '', '']);
  sheet.addRow([4, spaced(NIP_PPPK), 'Dewi Lestari', 'IX', '', 'Pengadministrasi Umum', '1 Agustus 2021', 'Bidang Pelayanan Kesehatan', 'Diploma III', 'Administrasi', 'PPPK', 'Perempuan', '']);
  sheet.addRow([]);
  sheet.addRow(['JUMLAH', '', '4 orang']);
  sheet.addRow(['', '', '', '', '', '', '', 'Kepala BKPSDM']);
  return bufferOf(workbook);
}

/** The same employees as a `;` CSV with a title line, spaced NIPs and dd-mm-yyyy dates. */
export const SPACED_NIP_CSV = [
  'Data Pegawai Dinas Kesehatan;;;;;;;;;;',
  'NIP;NAMA;STATUS PEGAWAI;JK;TGL LAHIR;GOL;TMT GOL;JABATAN;TMT JABATAN;PENDIDIKAN;JURUSAN',
  `${spaced(NIP_KADIS)};Budi Santoso;PNS;L;01-08-1966;IV/c;01-04-2018;Kepala Dinas Kesehatan;04-01-2021;S2;Kesehatan Masyarakat`,
  `${spaced(NIP_KABID)};Siti Rahayu;PNS;;;IV/a;01-10-2019;Kepala Bidang Pelayanan Kesehatan;01-03-2022;S-2;Manajemen`,
  `${spaced(NIP_PERAWAT)};Andi Pratama;PNS;;;III/b;01/04/2019;PERAWAT-AP;01-04-2019;S1;Keperawatan`,
  `${spaced(NIP_PPPK)};Dewi Lestari;PPPK;P;;IX;;STAF-YAN;01-08-2021;D3;Administrasi`,
].join('\n');

/** e-Kinerja rating export: SIASN's codes for ratings (a `…NILAI` column), words for predikat, periods spelled out. */
export const EKINERJA_RATINGS = [
  'NIP,NAMA,TAHUN,PERIODE,HASIL KINERJA NILAI,PERILAKU KERJA NILAI,PREDIKAT KINERJA,NILAI SKP',
  `${spaced(NIP_KADIS)},Budi Santoso,2025,Tahunan,1,1,Sangat Baik,`,
  `${spaced(NIP_KABID)},Siti Rahayu,2025,Triwulan IV,,,BAIK,`,
  `${spaced(NIP_PERAWAT)},Andi Pratama,2023,Akhir Tahun,,,,"88,00"`,
].join('\n');

export const ASSESSMENT_EXPORT = [
  'REKAP HASIL ASESMEN KOMPETENSI',
  '',
  'NIP BARU;NAMA;TGL ASESMEN;NILAI JPM;POTENSI;LEMBAGA ASESMEN',
  `${NIP_KADIS.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1.$2.$3.$4')};Budi Santoso;10 Februari 2025;85,5;78;UPT Penilaian Kompetensi`,
].join('\n');

export const DISCIPLINE_EXPORT = [
  'NIP;NAMA;TINGKAT HUKUMAN;JENIS HUKUMAN;TMT HUKUMAN;AKHIR HUKUMAN',
  `${spaced(NIP_PPPK)};Dewi Lestari;Hukuman Disiplin Ringan;Teguran lisan;01/03/2025;`,
].join('\n');

/** Riwayat diklat: jenis spelled out, the end date as an Excel serial in a General cell. */
export async function diklatXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Riwayat Diklat');
  sheet.addRow(['NIP', 'NAMA PEGAWAI', 'NAMA DIKLAT', 'JENIS DIKLAT', 'JUMLAH JP', 'TGL SELESAI']);
  const serial = (Date.UTC(2025, 4, 30) - Date.UTC(1899, 11, 30)) / 86_400_000;
  sheet.addRow([spaced(NIP_KABID), 'Siti Rahayu', 'PKA Angkatan I', 'Pelatihan Kepemimpinan Administrator', 60, serial]);
  return bufferOf(workbook);
}
