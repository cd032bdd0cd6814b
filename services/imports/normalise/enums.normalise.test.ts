import { describe, expect, it } from 'vitest';
import { parseJenisJabatan, parseJenjangJf } from './jabatan.normalise.js';
import { isExcelNumberNip, normaliseNip } from './nip.normalise.js';
import { parseJenisKelamin, parseJenisPegawai } from './pegawai.normalise.js';
import { parseJenisPelatihan, parseTingkatDisiplin } from './riwayat.normalise.js';
import { isCodeHeader, memoisedSpelling, spellingKey } from './spelling.js';

describe('NIP spellings', () => {
  it.each([
    ['198001012005011001', '198001012005011001'],
    ['19800101 200501 1 001', '198001012005011001'],
    ['19800101.200501.1.001', '198001012005011001'],
    ['19800101-200501-1-001', '198001012005011001'],
    ['NIP. 19800101 200501 1 001', '198001012005011001'],
    ["'198001012005011001", '198001012005011001'],
    [' 19800101\u00a0200501\u00a01\u00a0001 ', '198001012005011001'],
  ])('reads %j as %s', (raw, expected) => {
    expect(normaliseNip(raw)).toBe(expected);
  });

  it.each(['1980010120050110', '19800101 200501 1 00A', '1.98001E+17', ''])('refuses %j', (raw) => {
    expect(normaliseNip(raw)).toBeNull();
  });

  it.each(['1.98001E+17', '1,98001E+17', '1.98001012005011E+17', '1.98001e17'])('recognises %j as a NIP Excel made a number', (raw) => {
    expect(isExcelNumberNip(raw)).toBe(true);
  });
});

describe('jenis and jenjang jabatan', () => {
  it.each([
    ['JPT Pratama', 'JPT_PRATAMA'],
    ['Jabatan Pimpinan Tinggi Pratama', 'JPT_PRATAMA'],
    ['Eselon II.a', 'JPT_PRATAMA'],
    ['II.b', 'JPT_PRATAMA'],
    ['JPT Madya', 'JPT_MADYA'],
    ['Eselon I.b', 'JPT_MADYA'],
    ['JPT Utama', 'JPT_UTAMA'],
    ['Administrator', 'ADMINISTRATOR'],
    ['Eselon III/a', 'ADMINISTRATOR'],
    ['Pengawas', 'PENGAWAS'],
    ['Eselon IV.b', 'PENGAWAS'],
    ['Pelaksana', 'PELAKSANA'],
    ['Jabatan Fungsional Umum', 'PELAKSANA'],
    ['JFU', 'PELAKSANA'],
    ['Fungsional', 'FUNGSIONAL'],
    ['Jabatan Fungsional Tertentu', 'FUNGSIONAL'],
    ['JFT', 'FUNGSIONAL'],
    ['jpt_pratama', 'JPT_PRATAMA'],
  ])('reads jenis %j as %s', (raw, expected) => {
    expect(parseJenisJabatan(raw)).toBe(expected);
  });

  it.each(['Struktural', 'Jabatan Struktural', 'Eselon V', ''])('refuses jenis %j (struktural needs the eselon)', (raw) => {
    expect(parseJenisJabatan(raw)).toBeNull();
  });

  it.each([
    ['Ahli Pertama', 'AHLI_PERTAMA'],
    ['AHLI_MUDA', 'AHLI_MUDA'],
    ['Madya', 'AHLI_MADYA'],
    ['Ahli Utama', 'AHLI_UTAMA'],
    ['Pemula', 'PEMULA'],
    ['Pelaksana Pemula', 'PEMULA'],
    ['Terampil', 'TERAMPIL'],
    ['Pelaksana', 'TERAMPIL'],
    ['Pelaksana Lanjutan', 'MAHIR'],
    ['Mahir', 'MAHIR'],
    ['Penyelia', 'PENYELIA'],
  ])('reads jenjang %j as %s', (raw, expected) => {
    expect(parseJenjangJf(raw)).toBe(expected);
  });
});

describe('jenis pegawai and jenis kelamin', () => {
  it.each([
    ['PNS', 'PNS'],
    ['CPNS', 'PNS'],
    ['PNS Daerah', 'PNS'],
    ['PNS Pusat DPK', 'PNS'],
    ['Pegawai Negeri Sipil', 'PNS'],
    ['PPPK', 'PPPK'],
    ['P3K', 'PPPK'],
    ['PPPK Paruh Waktu', 'PPPK'],
    ['Pegawai Pemerintah dengan Perjanjian Kerja', 'PPPK'],
  ])('reads jenis pegawai %j as %s', (raw, expected) => {
    expect(parseJenisPegawai(raw)).toBe(expected);
  });

  it.each(['Honorer', 'TNI', ''])('refuses jenis pegawai %j', (raw) => {
    expect(parseJenisPegawai(raw)).toBeNull();
  });

  it.each([
    ['L', 'L'],
    ['Laki-laki', 'L'],
    ['LAKI-LAKI', 'L'],
    ['Pria', 'L'],
    ['M', 'L'],
    ['P', 'P'],
    ['Perempuan', 'P'],
    ['Wanita', 'P'],
    ['F', 'P'],
  ])('reads jenis kelamin %j as %s', (raw, expected) => {
    expect(parseJenisKelamin(raw)).toBe(expected);
  });
});

describe('tingkat hukuman disiplin and jenis pelatihan', () => {
  it.each([
    ['RINGAN', 'RINGAN'],
    ['Ringan', 'RINGAN'],
    ['R', 'RINGAN'],
    ['Hukuman Disiplin Ringan', 'RINGAN'],
    ['Hukdis Sedang', 'SEDANG'],
    ['S', 'SEDANG'],
    ['Tingkat Berat', 'BERAT'],
    ['B', 'BERAT'],
  ])('reads tingkat %j as %s', (raw, expected) => {
    expect(parseTingkatDisiplin(raw)).toBe(expected);
  });

  it.each([
    ['PIM II', 'PIM_II'],
    ['Diklatpim Tk. III', 'PIM_III'],
    ['Diklat PIM Tingkat IV', 'PIM_IV'],
    ['Diklat Kepemimpinan Tingkat II', 'PIM_II'],
    ['PKN Tingkat II', 'PKN_II'],
    ['Pelatihan Kepemimpinan Nasional Tingkat I', 'PKN_I'],
    ['PKA', 'PKA'],
    ['Pelatihan Kepemimpinan Administrator', 'PKA'],
    ['Pelatihan Kepemimpinan Pengawas', 'PKP'],
    ['Diklat Teknis', 'TEKNIS'],
    ['Bimtek', 'TEKNIS'],
    ['Diklat Fungsional', 'FUNGSIONAL'],
    ['Seminar', 'LAINNYA'],
    ['Lainnya', 'LAINNYA'],
    ['pim_iv', 'PIM_IV'],
  ])('reads jenis pelatihan %j as %s', (raw, expected) => {
    expect(parseJenisPelatihan(raw)).toBe(expected);
  });
});

describe('spelling keys and code columns', () => {
  it('reduces punctuation, case and letter–digit joins to one key', () => {
    expect(spellingKey('S-1')).toBe(spellingKey('s1'));
    expect(spellingKey('PANGKAT/GOL.')).toBe('PANGKAT GOL');
    expect(spellingKey('Tgl. Lahir')).toBe('TGL LAHIR');
    expect(spellingKey('Pendidikan Terakhir')).toBe('PENDIDIKAN TERAKHIR');
  });

  it('remembers short texts only, and answers exactly as the function does once it starts afresh', () => {
    let calls = 0;
    const key = memoisedSpelling((raw: string) => (calls++, raw.toUpperCase()));
    expect([key('iii/a'), key('iii/a'), key('iii/a')]).toEqual(['III/A', 'III/A', 'III/A']);
    expect(calls).toBe(1);
    const long = 'x'.repeat(65);
    key(long);
    key(long);
    expect(calls).toBe(3);
    for (let i = 0; i < 5_000; i++) expect(key(`v${i}`)).toBe(`V${i}`);
    expect(key('iii/a')).toBe('III/A');
  });

  it.each([
    ['HASIL KINERJA NILAI', true],
    ['hasilKinerjaNilai', true],
    ['KODE PERILAKU KERJA', true],
    ['GOL AKHIR ID', true],
    ['GOL_AKHIR_ID', true],
    ['HASIL KERJA', false],
    ['PREDIKAT KINERJA', false],
    ['IDENTITAS', false],
  ])('header %j says codes: %s', (header, expected) => {
    expect(isCodeHeader(header)).toBe(expected);
  });
});
