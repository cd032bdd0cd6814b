import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDate } from './date.normalise.js';

describe('dates as spreadsheets write them', () => {
  it.each([
    ['2020-03-12', '2020-03-12'],
    ['2020-3-2', '2020-03-02'],
    ['2020-03-12T00:00:00.000Z', '2020-03-12'],
    ['2020-03-12 00:00:00', '2020-03-12'],
    ['12-03-2020', '2020-03-12'],
    ['12/03/2020', '2020-03-12'],
    ['1/3/2024', '2024-03-01'],
    ['12.03.2020', '2020-03-12'],
    ['2020/03/12', '2020-03-12'],
    ['12 Maret 2020', '2020-03-12'],
    ['12 MARET 2020', '2020-03-12'],
    ['12-Mar-2020', '2020-03-12'],
    ['2 Agustus 2021', '2021-08-02'],
    ['2 Agt 2021', '2021-08-02'],
    ['17 Agustus 1945', '1945-08-17'],
    ['1 Pebruari 1999', '1999-02-01'],
    ['30 Nopember 2010', '2010-11-30'],
    ['5 Des 2019', '2019-12-05'],
    ['Senin, 2 Agustus 2021', '2021-08-02'],
    ['March 12, 2020', '2020-03-12'],
    ['31 Okt 2022', '2022-10-31'],
    ['43902', '2020-03-12'],
    ['43902.5', '2020-03-12'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each(['2023-02-29', '03/31/2024', '31 Februari 2020', '12-03-20', '2020', '123', 'kemarin', '12 Maretan 2020', ''])(
    'refuses %j (not a real date, month-first, two-digit year, or not a date)',
    (raw) => {
      expect(parseDate(raw)).toBeNull();
    },
  );

  it('converts Excel serials in both date systems, across the 1900 leap-year bug', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(36526)).toBe('2000-01-01');
    expect(excelSerialToIso(36526 - 1462, true)).toBe('2000-01-01');
    expect(excelSerialToIso(0)).toBeNull();
  });
});
