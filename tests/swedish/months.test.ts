// Swedish month names and the words around dates that fix or deny their year.
import { describe, expect, it } from 'vitest';
import {
  MONTH_ALTERNATION,
  MONTH_NAMES,
  RECURRING_AFTER,
  RECURRING_BEFORE,
  isMonthAbbreviation,
  isValidDate,
  isoDate,
  monthNumber,
  parseSwedishDate,
  relativeYearOffset,
} from '../../src/swedish/months.js';

describe('month names', () => {
  it('numbers full names, abbreviations and soft-hyphenated names', () => {
    expect(MONTH_NAMES.map((m) => monthNumber(m))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('febr')).toBe(2);
    expect(monthNumber('sep\u00adtember')).toBe(9);
    expect(monthNumber('marsch')).toBeUndefined();
  });

  it('tells abbreviations from full names', () => {
    expect(isMonthAbbreviation('jul')).toBe(true);
    expect(isMonthAbbreviation('juli')).toBe(false);
  });

  it('keeps MONTH_ALTERNATION the full names', () => {
    expect(new RegExp(`^(?:${MONTH_ALTERNATION})$`).test('december')).toBe(true);
    expect(new RegExp(`^(?:${MONTH_ALTERNATION})$`).test('dec')).toBe(false);
  });
});

describe('parseSwedishDate', () => {
  it.each([
    ['den 14 september 2021', undefined, '2021-09-14'],
    ['14 sept. 2021', undefined, '2021-09-14'],
    ['2021-09-14', undefined, '2021-09-14'],
    ['den 14 september', 2020, '2020-09-14'],
    ['den 1 januari år 2000', undefined, '2000-01-01'],
  ])('%s (default year %s) → %s', (input, year, iso) => {
    expect(parseSwedishDate(input, year)).toBe(iso);
  });

  it('rejects invalid days and missing years', () => {
    expect(parseSwedishDate('den 31 april 2021')).toBeUndefined();
    expect(parseSwedishDate('den 14 september')).toBeUndefined();
    expect(isValidDate(2020, 2, 29)).toBe(true);
    expect(isValidDate(2021, 2, 29)).toBe(false);
    expect(isoDate(998, 1, 2)).toBe('0998-01-02');
  });

  it('knows the Gregorian leap years and the length of each month', () => {
    expect([1900, 2000, 2004, 2100].map((y) => isValidDate(y, 2, 29))).toEqual([false, true, true, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [30, 31].filter((d) => isValidDate(2021, m, d)).length)).toEqual([2, 0, 2, 1, 2, 1, 2, 2, 1, 2, 1, 2]);
    expect(isValidDate(2021, 0, 1) || isValidDate(2021, 13, 1) || isValidDate(2021, 1, 0) || isValidDate(999, 1, 1) || isValidDate(3000, 1, 1)).toBe(false);
    expect(isValidDate(2021, 1.5, 1) || isValidDate(2021, 1, 1.5) || isValidDate(Number.NaN, 1, 1)).toBe(false);
    expect(isoDate(2021, 9, 4)).toBe('2021-09-04');
  });
});

describe('words that fix or deny a year', () => {
  it('reads relative years', () => {
    expect(relativeYearOffset('i  år')).toBe(0);
    expect(relativeYearOffset('innevarande år')).toBe(0);
    expect(relativeYearOffset('nästa år')).toBe(1);
    expect(relativeYearOffset('kommande  år')).toBe(1);
    expect(relativeYearOffset('i fjol')).toBe(-1);
    expect(relativeYearOffset('varje år')).toBeUndefined();
  });

  it.each([' varje år', ' året efter', ' det år då valet hålls', ', årligen', ' under budgetåret'])('"%s" after a date makes it recurring', (after) => {
    expect(RECURRING_AFTER.test(after)).toBe(true);
  });

  it.each([' 2021', ' och den 30 juni 2022', ' i år', '. Året därpå'])('"%s" after a date does not', (after) => {
    expect(RECURRING_AFTER.test(after)).toBe(false);
  });

  it('reads recurring words before a date', () => {
    expect(RECURRING_BEFORE.test('Priset delas ut varje år ')).toBe(true);
    expect(RECURRING_BEFORE.test('Myndigheten ska årligen senast ')).toBe(true);
    expect(RECURRING_BEFORE.test('ska varje år, i samband med årsredovisningen, senast ')).toBe(true);
    expect(RECURRING_BEFORE.test('Vid varje årsskifte ')).toBe(false);
    expect(RECURRING_BEFORE.test('Uppdraget ska redovisas senast ')).toBe(false);
  });
});
