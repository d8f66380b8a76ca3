// Swedish parliamentary parties: the abbreviations the Riksdag writes after names, today and historically.
import { describe, expect, it } from 'vitest';
import { PARTIES, PARTY_ABBREVIATION_PATTERN, canonicalParty, isPartyAbbreviation, partyOf } from '../../src/swedish/parties.js';

describe('party abbreviations', () => {
  it.each([
    ['S', true], ['s', true], ['M', true], ['m', true], ['SD', true], ['KD', true], ['kd', true], ['V', true], ['C', true],
    ['L', true], ['MP', true], ['mp', true], ['FP', true], ['fp', true], ['kds', true], ['vpk', true], ['NyD', true],
    // near misses: other parentheses after names and words
    ['X', false], ['EU', false], ['SKR', false], ['red', false], ['-', false], ['', false], ['Socialdemokraterna', false], ['MPs', false],
  ])('%s → %s', (abbr, ok) => {
    expect(isPartyAbbreviation(abbr)).toBe(ok);
  });

  it('gives the pattern every abbreviation, longest first, whole', () => {
    const re = new RegExp(`^(?:${PARTY_ABBREVIATION_PATTERN})$`, 'i');
    for (const p of PARTIES) for (const a of [p.abbreviation, ...p.variants]) expect(re.test(a)).toBe(true);
    expect(re.test('SDX')).toBe(false);
    expect(PARTY_ABBREVIATION_PATTERN.split('|')[0]!.length).toBeGreaterThanOrEqual(3);
  });
});

describe('canonical parties and names', () => {
  it.each([
    ['s', 'S'], ['Kd', 'KD'], ['fp', 'FP'], ['mp', 'MP'], ['kds', 'KDS'],
    ['Socialdemokraterna', 'S'], ['Folkpartiet liberalerna', 'L'], ['moderata samlingspartiet', 'M'], ['Miljöpartiet de gröna', 'MP'],
  ])('%s → %s', (written, canonical) => {
    expect(canonicalParty(written)).toBe(canonical);
  });

  it('knows no party for other words', () => {
    expect(canonicalParty('Riksdagen')).toBeUndefined();
    expect(partyOf('EU')).toBeUndefined();
  });

  it('keeps history with the party it became', () => {
    expect(partyOf('fp')?.name).toBe('Liberalerna');
    expect(partyOf('vpk')?.name).toBe('Vänsterpartiet');
    expect(partyOf('NYD')?.historical).toBe(true);
  });
});
