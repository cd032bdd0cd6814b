import { describe, expect, it } from 'vitest';
import { parsePeriodeVolume, parseSatuanWaktu, parseSumberKebutuhan } from './abk.normalise.js';

describe('periode volume', () => {
  it.each([
    ['TAHUN', 'TAHUN'], ['Tahunan', 'TAHUN'], ['per tahun', 'TAHUN'], ['thn', 'TAHUN'], ['/tahun', 'TAHUN'],
    ['BULAN', 'BULAN'], ['Bulanan', 'BULAN'], ['per-bulan', 'BULAN'], ['bln', 'BULAN'],
    ['MINGGU', 'MINGGU'], ['mingguan', 'MINGGU'], ['Per Minggu', 'MINGGU'], ['pekan', 'MINGGU'],
    ['HARI', 'HARI'], ['Harian', 'HARI'], ['per hari', 'HARI'], ['hr', 'HARI'],
  ])('reads %s as %s', (raw, expected) => {
    expect(parsePeriodeVolume(raw)).toBe(expected);
  });

  it.each(['Semester', 'triwulan', ''])('does not guess %j', (raw) => {
    expect(parsePeriodeVolume(raw)).toBeNull();
  });
});

describe('satuan waktu', () => {
  it.each([['MENIT', 'MENIT'], ['mnt', 'MENIT'], ['Menit', 'MENIT'], ['JAM', 'JAM'], ['jam', 'JAM'], ['Hours', 'JAM']])(
    'reads %s as %s',
    (raw, expected) => {
      expect(parseSatuanWaktu(raw)).toBe(expected);
    },
  );

  it('does not guess seconds or days', () => {
    expect(parseSatuanWaktu('detik')).toBeNull();
    expect(parseSatuanWaktu('hari')).toBeNull();
  });
});

describe('sumber kebutuhan', () => {
  it.each([['SIASN', 'SIASN'], ['siasn bkn', 'SIASN'], ['e-Formasi', 'E_FORMASI'], ['E_FORMASI', 'E_FORMASI'], ['eformasi', 'E_FORMASI'], ['Internal', 'INTERNAL'], ['ABK instansi', 'INTERNAL']])(
    'reads %s as %s',
    (raw, expected) => {
      expect(parseSumberKebutuhan(raw)).toBe(expected);
    },
  );
});
