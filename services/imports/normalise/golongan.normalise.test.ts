import { describe, expect, it } from 'vitest';
import { parseGolongan } from './golongan.normalise.js';

describe('golongan as SIASN and SIMPEG write it', () => {
  it.each([
    ['III/c', 'III/c'],
    ['iii/C', 'III/c'],
    ['III.c', 'III/c'],
    ['III c', 'III/c'],
    ['IIIc', 'III/c'],
    ['III-c', 'III/c'],
    ['3c', 'III/c'],
    ['3/c', 'III/c'],
    ['3 C', 'III/c'],
    ['IV/e', 'IV/e'],
    ['4a', 'IV/a'],
    ['I/a', 'I/a'],
    ['II/d', 'II/d'],
    ['Penata (III/c)', 'III/c'],
    ['Penata, III/c', 'III/c'],
    ['III/d - Penata Tingkat I', 'III/d'],
    ['Penata Tk. I (III/d)', 'III/d'],
    ['Pembina Utama Muda IV/c', 'IV/c'],
    ['Pembina Utama Madya (IV/d)', 'IV/d'],
    ['Penata Muda Tk.I', 'III/b'],
    ['Pengatur Muda Tingkat 1', 'II/b'],
    ['Juru', 'I/c'],
    ['PEMBINA', 'IV/a'],
    ['Gol. III/a', 'III/a'],
    ['Golongan IV/b', 'IV/b'],
  ])('reads PNS %j as %s', (raw, expected) => {
    expect(parseGolongan(raw, 'PNS')).toBe(expected);
  });

  it.each(['V/a', 'III/f', 'IX', '33', 'Penata (III/d)', 'Penata Utama', 'III/c PNS', ''])(
    'refuses PNS %j (not a ruang, a code in a text column, or pangkat and ruang disagreeing)',
    (raw) => {
      expect(parseGolongan(raw, 'PNS')).toBeNull();
    },
  );

  it.each([
    ['11', 'I/a'],
    ['24', 'II/d'],
    ['33', 'III/c'],
    ['45', 'IV/e'],
    ['III/c', 'III/c'],
  ])('reads SIASN golongan id %j as %s where the column says it holds codes', (raw, expected) => {
    expect(parseGolongan(raw, 'PNS', { code: true })).toBe(expected);
  });

  it('refuses ids that are not a golongan', () => {
    expect(parseGolongan('46', 'PNS', { code: true })).toBeNull();
    expect(parseGolongan('51', 'PNS', { code: true })).toBeNull();
  });

  it.each([
    ['IX', 'IX'],
    ['ix', 'IX'],
    ['9', 'IX'],
    ['Golongan IX', 'IX'],
    ['Gol. XVII', 'XVII'],
    ['17', 'XVII'],
    ['I', 'I'],
  ])('reads PPPK %j as %s', (raw, expected) => {
    expect(parseGolongan(raw, 'PPPK')).toBe(expected);
  });

  it.each(['XVIII', '18', 'III/c', '0'])('refuses PPPK %j', (raw) => {
    expect(parseGolongan(raw, 'PPPK')).toBeNull();
  });
});
