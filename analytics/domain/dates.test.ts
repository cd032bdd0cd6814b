import { describe, expect, it } from 'vitest';
import { addMonths, firstOfNextMonth, isIsoDate, lastDayOfMonth, nextDay, wholeYearsBetween } from './dates.js';

describe('calendar arithmetic of the policy', () => {
  it('counts completed years as an age does', () => {
    expect(wholeYearsBetween('2021-11-23', '2026-11-22')).toBe(4);
    expect(wholeYearsBetween('2021-11-22', '2026-11-22')).toBe(5);
    expect(wholeYearsBetween('1970-02-28', '2026-02-27')).toBe(55);
  });

  it('clamps N months after D to the last day of the month', () => {
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-22', -36)).toBe('2023-11-22');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('starts a pension on the first of the next month', () => {
    expect(firstOfNextMonth('2026-12-05')).toBe('2027-01-01');
    expect(firstOfNextMonth('2026-03-01')).toBe('2026-04-01');
  });

  it('finds a month\'s last day and the day after a date, across months, years and leap days', () => {
    expect(lastDayOfMonth(2027, 6)).toBe('2027-06-30');
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
    expect(lastDayOfMonth(2027, 0)).toBe('2026-12-31');
    expect(nextDay('2027-03-31')).toBe('2027-04-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-01-15')).toBe('2026-01-16');
  });

  it('rejects dates that are not on the calendar', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    // Century years are leap years only when divisible by 400.
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    for (const malformed of ['2026-1a-01', '2026/01/01', '+026-01-01', '2026-01-0 ', ' 2026-01-01', '2026-01-001', '２０２６-01-01', '2026-00-10', '2026-01-00']) {
      expect(isIsoDate(malformed)).toBe(false);
    }
  });
});
