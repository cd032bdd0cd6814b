import { describe, expect, test } from 'vitest';
import { jabatanMatcher } from './jabatan-words.js';

const NAMES = ['Guru Ahli Pertama', 'Guru Kelas', 'Kepala Bidang Guru dan Tenaga Kependidikan', 'Bidan Terampil', 'Kepala Bidang Pelayanan',
  'Penyuluh Pertanian Ahli Muda', 'Penyuluh Ketenagakerjaan Ahli Pertama', 'Pengadministrasi  Perkantoran.'];
const named = (phrase: string) => NAMES.filter(jabatanMatcher(phrase));

describe('which positions a jabatan phrase names', () => {
  test('a family is every name holding its words, in any order and case', () => {
    expect(named('guru')).toEqual(['Guru Ahli Pertama', 'Guru Kelas', 'Kepala Bidang Guru dan Tenaga Kependidikan']);
    expect(named('Penyuluh Pertanian')).toEqual(['Penyuluh Pertanian Ahli Muda']);
    expect(named('ahli pertama penyuluh')).toEqual(['Penyuluh Ketenagakerjaan Ahli Pertama']);
    expect(named('pengadministrasi perkantoran')).toEqual(['Pengadministrasi  Perkantoran.']);
  });

  test('whole words only, and an empty phrase names nothing', () => {
    expect(named('bidan')).toEqual(['Bidan Terampil']);
    expect(named('guru ahli madya')).toEqual([]);
    expect(named(' .. ')).toEqual([]);
  });
});
