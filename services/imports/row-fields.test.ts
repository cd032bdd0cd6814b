import { describe, expect, it } from 'vitest';
import { parseDateText, parseNumberText, requiredNumber, RowProblem, toRejectedRow, type RowReader } from './row-fields.js';

const rowOf = (values: Record<string, string>): RowReader => ({ row: 7, get: (c) => values[c] ?? '' });

describe('row fields', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['29-02-2024', '2024-02-29'],
    ['1/3/2024', '2024-03-01'],
    ['2023-02-29', null],
    ['03/31/2024', null],
    ['2024/03/01', null],
    ['kemarin', null],
  ])('reads the date %s as %s (ISO or day-first only)', (raw, expected) => {
    expect(parseDateText(raw)).toBe(expected);
  });

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

  it('names row, column and value in a rejection, and omits the quotes for an empty value', () => {
    expect(toRejectedRow(3, new RowProblem('nip', '19660801198803100', 'harus 18 digit angka'))).toEqual({
      row: 3, column: 'nip', value: '19660801198803100', message: 'Baris 3, kolom nip: "19660801198803100" harus 18 digit angka',
    });
    expect(toRejectedRow(4, new RowProblem('nama', '', 'wajib diisi')).message).toBe('Baris 4, kolom nama: wajib diisi');
  });

  it('checks ranges and whole numbers', () => {
    expect(requiredNumber(rowOf({ jp: '24' }), 'jp', { min: 0 })).toBe(24);
    expect(() => requiredNumber(rowOf({ tahun: '2024.5' }), 'tahun', { min: 2000, max: 2030, integer: true })).toThrow(
      'harus berupa bilangan bulat antara 2000 dan 2030',
    );
    expect(() => requiredNumber(rowOf({ jpm: '101' }), 'jpm', { min: 0, max: 100 })).toThrow('harus antara 0 dan 100');
    expect(() => requiredNumber(rowOf({}), 'jpm', { min: 0, max: 100 })).toThrow('wajib diisi');
  });
});
