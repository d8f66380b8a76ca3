// Swedish numbers: number words, digit groups, scale and currency words.
import { describe, expect, it } from 'vitest';
import {
  currencyCode,
  parseDigits,
  parseNumberPhrase,
  parseNumberWord,
  scaleAmount,
  scaledCurrency,
  scaleValue,
} from '../../src/swedish/numbers.js';

describe('parseNumberWord', () => {
  it.each([
    ['en', 1], ['ett', 1], ['två', 2], ['sex', 6], ['tio', 10], ['elva', 11], ['sexton', 16], ['aderton', 18],
    ['tjugo', 20], ['tjugofem', 25], ['sjuttio', 70], ['sjuttiosju', 77], ['hundra', 100], ['etthundra', 100],
    ['tvåhundrafemtio', 250], ['tusen', 1000], ['ettusen', 1000], ['tretusen', 3000], ['tiotusen', 10000],
    ['hundratusen', 100000], ['tvåtusenfemhundra', 2500], ['Femtio', 50],
  ])('%s → %d', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it.each(['tretio', 'femtre', 'tioen', 'hundrahundra', 'tusentusen', 'femte', 'miljoner', 'flera', ''])('%s is no number', (word) => {
    expect(parseNumberWord(word)).toBeUndefined();
  });
});

describe('parseNumberPhrase', () => {
  it.each([
    ['en halv', 0.5], ['halv', 0.5], ['en och en halv', 1.5], ['tre och en halv', 3.5], ['3 och en halv', 3.5], ['två', 2],
  ])('%s → %d', (phrase, value) => {
    expect(parseNumberPhrase(phrase)).toBe(value);
  });

  it('rejects other phrases', () => {
    expect(parseNumberPhrase('några och en halv')).toBeUndefined();
    expect(parseNumberPhrase('en kvarts')).toBeUndefined();
  });
});

describe('parseDigits', () => {
  it.each([
    ['50 000 000', 50000000], ['2\u00a0500', 2500], ['1\u202f000', 1000], ['3,4', 3.4], ['12,50', 12.5],
    ['1.500.000', 1500000], ['3.4', 3.4], ['577', 577],
    // plain digits take a fast path: leading zeros, and more digits than a double holds exactly
    ['0500', 500], ['12345678901234567890', 12345678901234567890],
  ])('%s → %d', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });

  it('rejects what is no number', () => {
    expect(parseDigits('3,4,5')).toBeUndefined();
    expect(parseDigits('12.3456')).toBeUndefined();
    expect(parseDigits('')).toBeUndefined();
    expect(parseDigits('12a')).toBeUndefined();
    expect(parseDigits('\u0663')).toBeUndefined();
  });
});

describe('scales and currencies', () => {
  it('reads scale words as written', () => {
    expect(scaleValue('Miljarder')).toBe(1e9);
    expect(scaleValue('milj.')).toBe(1e6);
    expect(scaleValue('md')).toBe(1e9);
    expect(scaleValue('tusen')).toBe(1e3);
    expect(scaleValue('procent')).toBeUndefined();
    // a word found as written takes a fast path; with a soft hyphen or a line break it is normalised first
    expect(scaleValue('mil\u00adjoner')).toBe(1e6);
    expect(scaleValue('MILJO\u00adNER')).toBe(1e6);
  });

  it('reads currency words as ISO codes', () => {
    expect(currencyCode('kronor')).toBe('SEK');
    expect(currencyCode('Kr.')).toBe('SEK');
    expect(currencyCode('svenska  kronor')).toBe('SEK');
    expect(currencyCode('danska kronor')).toBe('DKK');
    expect(currencyCode('euro')).toBe('EUR');
    expect(currencyCode('€')).toBe('EUR');
    expect(currencyCode('kro\u00adnor')).toBe('SEK');
    expect(currencyCode('procent')).toBeUndefined();
    // found as written (fast path), and the near misses that need normalising first
    expect(currencyCode('SVENSKA KRONOR')).toBe('SEK');
    expect(currencyCode('svenska\nkronor')).toBe('SEK');
    expect(currencyCode(' euro ')).toBe('EUR');
    expect(currencyCode('EU\u00adRO')).toBe('EUR');
  });

  it('reads combined scale and currency words', () => {
    expect(scaledCurrency('mnkr')).toEqual({ scale: 1e6, currency: 'SEK' });
    expect(scaledCurrency('Tkr')).toEqual({ scale: 1e3, currency: 'SEK' });
    expect(scaledCurrency('MSEK')).toEqual({ scale: 1e6, currency: 'SEK' });
    expect(scaledCurrency('kr')).toBeUndefined();
    expect(scaledCurrency('mn\u00adkr')).toEqual({ scale: 1e6, currency: 'SEK' });
    expect(scaledCurrency('mn kr')).toEqual({ scale: 1e6, currency: 'SEK' });
  });

  it('scales without binary noise', () => {
    expect(scaleAmount(3.4, 1e9)).toBe(3400000000);
    expect(scaleAmount(1.7, 1e9)).toBe(1700000000);
    expect(scaleAmount(0.1, 1e6)).toBe(100000);
    expect(scaleAmount(12.5, 1)).toBe(12.5);
  });
});
