import { describe, expect, test } from 'vitest';
import { readDemo as read, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

describe('the people under a head, said by the head\'s post', () => {
  test('ask about the head\'s unit, not the post', () => {
    expect(read('hitung anak buah kadis pu').intent).toBe('jumlah');
    expect(unitOf('hitung anak buah kadis pu')).toBe('DPUPR');
    expect(unitOf('brp org anak buah kaban bapenda yg blm dipetakan?')).toBe('BAPENDA');
    expect(unitOf('Selamat pagi, bagaimana risiko suksesi di jajaran Kadis Pertanian?')).toBe('DISPERTAN');
    // A title that says the kind of unit it heads names that kind: a camat's kecamatan, the Inspektur's inspektorat.
    expect(read('tampilkan posisi bawahan camat kota yg blm ada kandidat siap sekarang').intent).toBe('tanpa-siap-sekarang');
    expect(unitOf('tampilkan posisi bawahan camat kota yg blm ada kandidat siap sekarang')).toBe('KEC-KOTA');
    expect(unitOf('Which posts under the Inspector are at succession risk?')).toBe('INSPEKTORAT');
    expect(unitOf('Hi, which positions under the head of Bapenda have no ready-now successor?')).toBe('BAPENDA');
    expect(unitOf('show me the talent grid for the staff of the regional secretary')).toBe('SETDA');
  });

  test('a head\'s post said on its own is still the post', () => {
    expect(read('kandidat kadis pu').intent).toBe('kandidat');
    // The posts in the unit an Irban heads, said after "jabatan … di" or opening the question, are asked about.
    expect(read('jabatan tanpa calon siap sekarang di irban wilayah 3').intent).toBe('tanpa-siap-sekarang');
    expect(unitOf('irban wil II jabatan yg blm ada calon siap skrg apa aja')).toBe('INSPEKTORAT-B2');
    // "di bawah" a level, or a place on the grid, names no head.
    expect(read('kinerja di bawah ekspektasi di dinkes siapa aja').args.unit).toBe('dinas kesehatan');
  });
});
