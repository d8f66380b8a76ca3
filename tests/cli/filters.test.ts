import { describe, expect, it } from 'vitest';
import { parseDateBound, toFilters } from '../../src/cli/filters.js';
import { UsageError } from '../../src/cli/output.js';

describe('date bounds', () => {
  it.each([
    ['2021-03-05', false, '2021-03-05'],
    ['2021-03', false, '2021-03-01'],
    ['2021-02', true, '2021-02-28'],
    ['2020-02', true, '2020-02-29'],
    ['2021', false, '2021-01-01'],
    ['2021', true, '2021-12-31'],
  ])('%s (end=%s) → %s', (input, end, expected) => {
    expect(parseDateBound('--from', input, end)).toBe(expected);
  });

  it.each(['igår', '2021-13', '2021-02-30', '21-01-01', '2021/03/01', ''])('rejects %j with a usage error naming the flag', (input) => {
    expect(() => parseDateBound('--to', input, true)).toThrow(UsageError);
    expect(() => parseDateBound('--to', input, true)).toThrow(/--to/);
  });
});

describe('filter flags', () => {
  it('validates types, amounts and ranges', () => {
    expect(toFilters({ type: 'bill,statute' }).type).toEqual(['bill', 'statute']);
    expect(() => toFilters({ type: 'memo' })).toThrow(/unknown type "memo"/);
    expect(toFilters({ minAmount: '1 000 000' }).minAmount).toBe(1_000_000);
    expect(toFilters({ maxAmount: '2,5' }).maxAmount).toBe(2.5);
    expect(() => toFilters({ minAmount: 'lots' })).toThrow(UsageError);
    expect(() => toFilters({ from: '2022', to: '2021' })).toThrow(/after/);
    expect(toFilters({ diary: ' S2020/ 05028 ' }).diary).toBe('S2020/05028');
    expect(() => toFilters({ sourceFormat: 'rtf' })).toThrow(/unknown format/);
  });

  it('uses the designation parser for --ref when given one', () => {
    const parse = (s: string) => (s === 'SOU 2021:25' ? { kind: 'sou', id: 'SOU 2021:25' } : undefined);
    expect(toFilters({ ref: 'SOU 2021:25' }, parse).ref).toEqual({ kind: 'sou', id: 'SOU 2021:25' });
    expect(toFilters({ ref: 'unknown thing' }, parse).ref).toEqual({ id: 'unknown thing' });
  });
});
