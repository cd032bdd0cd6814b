import { describe, expect, it } from 'vitest';
import { neutraliseFormula, safeCell } from './formula-guard.js';

describe('formula injection guard', () => {
  it.each([
    ['=HYPERLINK("http://contoh.invalid","klik")', `'=HYPERLINK("http://contoh.invalid","klik")`],
    ['+62 812', `'+62 812`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['＝1+1', `'＝1+1`],
  ])('makes %j inert', (text, inert) => {
    expect(neutraliseFormula(text)).toBe(inert);
  });

  it.each(['Budi Santoso', 'Hasil rapat komite (=3 suara)', '', 'III/c'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('leaves numbers, dates and empty cells alone', () => {
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBeNull();
    const at = new Date(0);
    expect(safeCell(at)).toBe(at);
  });
});
