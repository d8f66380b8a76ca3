// Swedish analysis: inflections meet at one stem, compounds are recognised, diacritics are letters.
import { describe, expect, it } from 'vitest';
import { fold, hasDiacritics, isCompoundOf, queryStems, stem } from '../../src/search/analyze.js';
import { makeSnippet } from '../../src/search/snippet.js';

describe('stem', () => {
  // Each row: forms that must share a stem.
  const same: string[][] = [
    ['äldreomsorg', 'äldreomsorgen', 'äldreomsorgens'],
    ['kommun', 'kommunen', 'kommunerna', 'kommunernas', 'kommuner'],
    ['fråga', 'frågan', 'frågans', 'frågor', 'frågorna'],
    ['skola', 'skolan', 'skolans', 'skolor'],
    ['stöd', 'stödet', 'stödets'],
    ['arbete', 'arbetet', 'arbetets'],
    ['försvar', 'försvaret', 'försvarets'],
    ['samhälle', 'samhället', 'samhällets'],
    ['vård', 'vården', 'vårdens'],
  ];
  it.each(same)('%s and its forms share a stem', (...forms) => {
    const stems = new Set(forms.map((f) => stem(f)));
    expect(stems.size).toBe(1);
  });

  const different: [string, string][] = [
    ['vård', 'vard'],
    ['här', 'har'],
    ['kommun', 'kommunikation'],
    ['Johan', 'Joh'],
  ];
  it.each(different)('%s and %s stay apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('a word that only looks definite is asked for in both forms (budget → budg | budget)', () => {
    expect(queryStems('budget')).toEqual(['budg', 'budget']);
    expect(queryStems('budget')).toContain(stem('budgeten'));
    expect(queryStems('budget')).toContain(stem('budget'));
    expect(queryStems('kommun')).toEqual(['kommun']);
  });
});

describe('isCompoundOf', () => {
  const table: [string, string, boolean][] = [
    [stem('äldreomsorgen'), stem('omsorg'), true],
    [stem('äldreomsorgslyftet'), stem('äldreomsorg'), true],
    [stem('äldreomsorgslagen'), stem('äldreomsorg'), true],
    [stem('barnomsorgen'), stem('omsorg'), true],
    [stem('tandvården'), stem('vård'), true],
    [stem('kommunstyrelsen'), stem('kommun'), true],
    [stem('skolinspektionen'), stem('skola'), true],
    // Derivations and chance letters are not compounds.
    [stem('kommunikation'), stem('kommun'), false],
    [stem('uppskattningsvis'), stem('skatt'), false],
    [stem('skattehöjningen'), stem('skatt'), true],
    [stem('vardagliga'), 'vard', false],
    [stem('vardagen'), 'vard', false],
    [stem('omsorg'), stem('omsorg'), false],
    // Parts shorter than four letters are never looked for inside words.
    [stem('förslag'), 'lag', false],
  ];
  it.each(table)('%s ⊃ %s: %s', (term, part, expected) => {
    expect(isCompoundOf(term, part)).toBe(expected);
  });
});

describe('fold', () => {
  it('maps å ä ö to a a o and leaves other letters', () => {
    expect(fold('Äldreomsorgen på Öland')).toBe('aldreomsorgen pa oland');
    expect(hasDiacritics('vård')).toBe(true);
    expect(hasDiacritics('vard')).toBe(false);
  });
});

describe('makeSnippet', () => {
  const text =
    'Inledning om något helt annat. '.repeat(20) +
    'Kommunerna ansvarar för äldreomsorgen. ' +
    'Mellanrum utan träffar. '.repeat(20) +
    'Här nämns kommunen igen men bara den.';
  const matcher = {
    terms: new Map([
      [stem('kommun'), 0],
      [stem('äldreomsorg'), 1],
    ]),
    prefixes: new Map<string, number>(),
  };

  it('chooses the window holding the most different query words, with offsets into the text', () => {
    const s = makeSnippet(text, matcher);
    expect(s.text).toBe(text.slice(s.start, s.end));
    const words = s.highlights.map((h) => text.slice(h.start, h.end));
    expect(words).toEqual(['Kommunerna', 'äldreomsorgen']);
    expect(s.end - s.start).toBeLessThanOrEqual(220);
  });

  it('a text without matches gives its beginning', () => {
    const s = makeSnippet('Ingenting här. '.repeat(30), matcher);
    expect(s.start).toBe(0);
    expect(s.highlights).toEqual([]);
  });

  it('known spans (designation facts) are highlighted', () => {
    const t = 'Dnr S2020/05028 om något.';
    const s = makeSnippet(t, { terms: new Map(), prefixes: new Map() }, [{ start: 4, end: 15 }]);
    expect(s.highlights).toEqual([{ start: 4, end: 15 }]);
  });
});
