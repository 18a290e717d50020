/**
 * The first and last calendar day of a partial date (core/domain/fuzzy-date.ts), worked out from
 * its length and a table of month lengths, against the calendar of JavaScript's Date.
 */
import { describe, expect, it } from 'vitest';
import { firstDay, gregorianDaysInMonth, lastDay, partialDateProblem } from '../../core/domain/fuzzy-date.js';

const YEARS = [1000, 1600, 1900, 1999, 2000, 2019, 2020, 2023, 2024, 2100, 2400, 2999];
const pad = (n: number) => String(n).padStart(2, '0');
const calendarDays = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('firstDay and lastDay', () => {
  it('give a year its first and last day', () => {
    for (const year of YEARS) {
      expect(firstDay(String(year))).toBe(`${year}-01-01`);
      expect(lastDay(String(year))).toBe(`${year}-12-31`);
    }
  });

  it('give every month of leap and common years its first and last day, as the Date calendar has them', () => {
    for (const year of YEARS) {
      for (let month = 1; month <= 12; month++) {
        const partial = `${year}-${pad(month)}`;
        expect(gregorianDaysInMonth(year, month), partial).toBe(calendarDays(year, month));
        expect(firstDay(partial)).toBe(`${partial}-01`);
        expect(lastDay(partial)).toBe(`${partial}-${pad(calendarDays(year, month))}`);
      }
    }
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2100-02')).toBe('2100-02-28');
    expect(lastDay('2000-02')).toBe('2000-02-29');
  });

  it('give a day itself', () => {
    expect(firstDay('2024-02-29')).toBe('2024-02-29');
    expect(lastDay('2024-02-29')).toBe('2024-02-29');
  });

  it('still refuse days a month does not have', () => {
    expect(partialDateProblem('2023-02-29')).toBe('day 29 does not exist in 2023-02');
    expect(partialDateProblem('2024-02-29')).toBeNull();
    expect(partialDateProblem('2100-02-29')).toBe('day 29 does not exist in 2100-02');
    expect(partialDateProblem('2024-04-31')).toBe('day 31 does not exist in 2024-04');
  });
});
