import { describe, expect, it } from 'vitest';
import { parsePendidikan } from './pendidikan.normalise.js';

describe('pendidikan as SIASN and SIMPEG write it', () => {
  it.each([
    ['S1', 'S1'],
    ['S-1', 'S1'],
    ['S.1', 'S1'],
    ['s1', 'S1'],
    ['Strata 1', 'S1'],
    ['Strata I', 'S1'],
    ['Sarjana', 'S1'],
    ['S-1/Sarjana', 'S1'],
    ['Sarjana (S1)', 'S1'],
    ['S-1 Akuntansi', 'S1'],
    ['S1 Kesehatan Masyarakat', 'S1'],
    ['D4', 'D-IV'],
    ['D-IV', 'D-IV'],
    ['DIV', 'D-IV'],
    ['Diploma IV', 'D-IV'],
    ['Sarjana Terapan', 'D-IV'],
    ['D4/S1', 'D-IV'],
    ['S1/D4', 'S1'],
    ['Diploma IV/Strata I', 'D-IV'],
    ['Diploma III', 'D-III'],
    ['D3', 'D-III'],
    ['D-3', 'D-III'],
    ['D III', 'D-III'],
    ['DIII', 'D-III'],
    ['Diploma III/Sarjana Muda', 'D-III'],
    ['Sarjana Muda', 'D-III'],
    ['Akademi', 'D-III'],
    ['D-III Keperawatan', 'D-III'],
    ['Diploma II', 'D-II'],
    ['D1', 'D-I'],
    ['Diploma I', 'D-I'],
    ['S2', 'S2'],
    ['S-2', 'S2'],
    ['Magister', 'S2'],
    ['Pascasarjana', 'S2'],
    ['Strata II', 'S2'],
    ['S3', 'S3'],
    ['S-3/Doktor', 'S3'],
    ['Doktor', 'S3'],
    ['SMA', 'SLTA'],
    ['SMA/Sederajat', 'SLTA'],
    ['SLTA Kejuruan', 'SLTA'],
    ['SMK', 'SLTA'],
    ['SMA IPA', 'SLTA'],
    ['Paket C', 'SLTA'],
    ['SMP', 'SLTP'],
    ['SLTP/Sederajat', 'SLTP'],
    ['MTs', 'SLTP'],
    ['SD', 'SD'],
    ['Sekolah Dasar', 'SD'],
    ['Tamat SD', 'SD'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parsePendidikan(raw)).toBe(expected);
  });

  it.each(['', 'Kursus', 'Diploma IV/Strata I/Strata II', 'S4', '40', 'Akuntansi'])('refuses %j', (raw) => {
    expect(parsePendidikan(raw)).toBeNull();
  });

  it.each([
    ['05', 'SD'],
    ['10', 'SLTP'],
    ['15', 'SLTA'],
    ['18', 'SLTA'],
    ['20', 'D-I'],
    ['25', 'D-II'],
    ['30', 'D-III'],
    ['35', 'D-IV'],
    ['40', 'S1'],
    ['45', 'S2'],
    ['50', 'S3'],
  ])('reads BKN tingkat pendidikan code %j as %s where the column says it holds codes', (raw, expected) => {
    expect(parsePendidikan(raw, { code: true })).toBe(expected);
  });
});
