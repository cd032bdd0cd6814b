import { describe, expect, it } from 'vitest';
import { parseNumberText, requiredNip, requiredNumber, requiredText, RowProblem, toRejectedRow, type RowReader } from './row-fields.js';

const rowOf = (values: Record<string, string>, headers: Record<string, string> = {}): RowReader => ({
  row: 7,
  get: (c) => values[c] ?? '',
  header: (c) => headers[c] ?? (c in values ? c : null),
});

describe('row fields', () => {
  it.each([
    ['87,5', 87.5],
    ['87.5', 87.5],
    ['100', 100],
    ['-3', -3],
    ['1.000,5', null],
    ['1e3', null],
    ['delapan', null],
  ])('reads the number %s as %s', (raw, expected) => {
    expect(parseNumberText(raw)).toBe(expected);
  });

  it('names row, column, the file header when it differs, and value in a rejection', () => {
    const r = rowOf({ nip: 'x' }, { nip: 'NIP BARU' });
    expect(toRejectedRow(r, new RowProblem('nip', '19660801198803100', 'harus 18 digit angka'))).toEqual({
      row: 7, column: 'nip', value: '19660801198803100', message: 'Baris 7, kolom nip (NIP BARU): "19660801198803100" harus 18 digit angka',
    });
    expect(toRejectedRow(rowOf({ nama: '' }), new RowProblem('nama', '', 'wajib diisi')).message).toBe('Baris 7, kolom nama: wajib diisi');
  });

  it('checks ranges and whole numbers', () => {
    expect(requiredNumber(rowOf({ jp: '24' }), 'jp', { min: 0 })).toBe(24);
    expect(() => requiredNumber(rowOf({ tahun: '2024.5' }), 'tahun', { min: 2000, max: 2030, integer: true })).toThrow(
      'harus berupa bilangan bulat antara 2000 dan 2030',
    );
    expect(() => requiredNumber(rowOf({ jpm: '101' }), 'jpm', { min: 0, max: 100 })).toThrow('harus antara 0 dan 100');
    expect(() => requiredNumber(rowOf({}), 'jpm', { min: 0, max: 100 })).toThrow('wajib diisi');
  });

  it('limits text by what it is and refuses control characters', () => {
    expect(requiredText(rowOf({ nama: 'x'.repeat(255) }), 'nama', 'name')).toHaveLength(255);
    expect(() => requiredText(rowOf({ nama: 'x'.repeat(256) }), 'nama', 'name')).toThrow('terlalu panjang: 256 karakter, paling banyak 255');
    expect(() => requiredText(rowOf({ kode_unit: 'x'.repeat(65) }), 'kode_unit', 'code')).toThrow('paling banyak 64');
    expect(() => requiredText(rowOf({ nama: 'Budi\u0000' }), 'nama', 'name')).toThrow('karakter kendali');
  });

  it('reads a NIP with separators and refuses one Excel stored as a number, saying the column must be text', () => {
    expect(requiredNip(rowOf({ nip: '19800101 200501 1 001' }))).toBe('198001012005011001');
    expect(requiredNip(rowOf({ nip: "'198001012005011001" }))).toBe('198001012005011001');
    expect(() => requiredNip(rowOf({ nip: '1.98001E+17' }))).toThrow(/format kolom NIP menjadi Teks/);
    expect(() => requiredNip(rowOf({ nip: '1980010120050110' }))).toThrow('harus 18 digit angka');
  });
});
