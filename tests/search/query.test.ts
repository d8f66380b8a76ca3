// The query language: what each input parses to, and that malformed input is a one-line error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFts5, type WordTerms } from '../../src/search/fts5.js';
import { parseQuery, type QueryNode, QuerySyntaxError } from '../../src/search/query.js';
import { parseDesignationQuery } from '../../src/swedish/designations.js';

const parse = (q: string) => parseQuery(q, { parseDesignation: parseDesignationQuery });
const w = (word: string): QueryNode => ({ type: 'word', word });

describe('parseQuery', () => {
  const table: [string, QueryNode | null][] = [
    ['äldreomsorg', w('äldreomsorg')],
    ['Äldreomsorg Kommun', { type: 'and', items: [w('äldreomsorg'), w('kommun')] }],
    ['skola AND förskola', { type: 'and', items: [w('skola'), w('förskola')] }],
    ['skola OR förskola', { type: 'or', items: [w('skola'), w('förskola')] }],
    ['a b OR c', { type: 'or', items: [{ type: 'and', items: [w('a'), w('b')] }, w('c')] }],
    ['skola -gymnasium', { type: 'and', items: [w('skola'), { type: 'not', item: w('gymnasium') }] }],
    ['skola NOT gymnasium', { type: 'and', items: [w('skola'), { type: 'not', item: w('gymnasium') }] }],
    ['"nationell samordnare"', { type: 'phrase', words: ['nationell', 'samordnare'] }],
    ['”nationell samordnare”', { type: 'phrase', words: ['nationell', 'samordnare'] }],
    ['"vård"', w('vård')],
    ['klimat*', { type: 'prefix', prefix: 'klimat' }],
    ['(skola OR förskola) -gymnasium', { type: 'and', items: [{ type: 'or', items: [w('skola'), w('förskola')] }, { type: 'not', item: w('gymnasium') }] }],
    // Punctuation inside a word keeps the parts together, as a phrase.
    ['covid-19', { type: 'phrase', words: ['covid', '19'], raw: 'covid-19' }],
    ['title:skola', { type: 'phrase', words: ['title', 'skola'], raw: 'title:skola' }],
    // A hyphen ending a word (hälso- och sjukvården) is not an exclusion.
    ['hälso- och sjukvården', { type: 'and', items: [w('hälso'), w('och'), w('sjukvården')] }],
    // NEAR is a word like any other: FTS5 never sees it as an operator.
    ['NEAR(skola förskola)', { type: 'and', items: [w('near'), w('skola'), w('förskola')] }],
    ['– & :', null],
    ['', null],
    ['   ', null],
    // Designations: the stored form, never loose words.
    ['S2020/05028', { type: 'designation', text: 'S2020/05028', designation: { kind: 'diary', id: 'S2020/05028' } }],
    ['SOU 2021:25', { type: 'designation', text: 'SOU 2021:25', designation: { kind: 'sou', id: 'SOU 2021:25' } }],
    ['"SOU 2021:25"', { type: 'designation', text: 'SOU 2021:25', designation: { kind: 'sou', id: 'SOU 2021:25' } }],
    ['sou 2021:25', { type: 'designation', text: 'sou 2021:25', designation: { kind: 'sou', id: 'SOU 2021:25' } }],
    ['prop. 2020/21:1', { type: 'designation', text: 'prop. 2020/21:1', designation: { kind: 'bill', id: '2020/21:1' } }],
    ['2020/21:1311', { type: 'designation', text: '2020/21:1311', designation: { kind: null, id: '2020/21:1311' } }],
    ['Dir. 2024:18', { type: 'designation', text: 'Dir. 2024:18', designation: { kind: 'directive', id: 'Dir. 2024:18' } }],
    ['SFS 2017:30', { type: 'designation', text: 'SFS 2017:30', designation: { kind: 'sfs', id: '2017:30' } }],
  ];
  it.each(table)('%j', (q, expected) => {
    expect(parse(q)).toEqual(expected);
  });

  it('a designation and words together; a designation excluded', () => {
    expect(parse('S2020/05028 bemanning')).toEqual({
      type: 'and',
      items: [{ type: 'designation', text: 'S2020/05028', designation: { kind: 'diary', id: 'S2020/05028' } }, w('bemanning')],
    });
    expect(parse('äldreomsorg -S2020/05028')).toEqual({
      type: 'and',
      items: [w('äldreomsorg'), { type: 'not', item: { type: 'designation', text: 'S2020/05028', designation: { kind: 'diary', id: 'S2020/05028' } } }],
    });
  });

  it('only exclusions at the top level: every document without them', () => {
    expect(parse('-skola')).toEqual({ type: 'and', items: [{ type: 'not', item: w('skola') }] });
  });

  const malformed: [string, RegExp][] = [
    ['"nationell samordnare', /unclosed quote/],
    ['""', /empty phrase/],
    ['(skola OR förskola', /unclosed "\("/],
    ['skola)', /unmatched "\)"/],
    ['()', /empty parentheses/],
    ['*', /lone "\*"/],
    ['skola *', /lone "\*"/],
    ['sk*ola', /\* may only end a word/],
    ['a*', /at least two letters/],
    ['-', /lone "-"/],
    ['skola - förskola', /lone "-"/],
    ['skola OR', /OR .* both sides/],
    ['OR skola', /OR .* both sides/],
    ['skola OR OR förskola', /OR .* both sides/],
    ['skola OR -gymnasium', /needs a word to exclude it from/],
    ['NOT', /must be followed/],
    ['x'.repeat(20_000), /query too long/],
    [Array.from({ length: 100 }, (_, i) => `ord${i}`).join(' '), /query too long \(100 words/],
    ['('.repeat(50) + 'a' + ')'.repeat(50), /nested deeper/],
  ];
  it.each(malformed)('%j is a one-line syntax error', (q, message) => {
    let error: unknown;
    try {
      parse(q);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('toFts5', () => {
  const expand = (word: string): WordTerms => ({ whole: [word], compound: [`x${word}`], folded: [] });
  it('quotes every term it writes', () => {
    expect(toFts5(parse('skola -gymnasium')!, expand, 'stem', 2)).toBe('("skola" NOT "gymnasium")');
    expect(toFts5(parse('skola OR förskola')!, expand, 'compound', 2)).toBe('(("skola" OR "xskola") OR ("förskola" OR "xförskola"))');
    expect(toFts5(parse('"nationella samordnare"')!, expand, 'stem', 2)).toBe('"nationell samordn"');
    expect(toFts5(parse('kommunerna*')!, expand, 'stem', 2)).toBe('"kommun"*');
  });

  it('any input parses to a MATCH that SQLite accepts, or to a syntax error', async () => {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize="unicode61 remove_diacritics 0")`);
    db.exec(`INSERT INTO t VALUES ('skola', 'vård och omsorg')`);
    const search = db.prepare('SELECT rowid FROM t WHERE t MATCH ?');
    const alphabet = fc.constantFrom('a', 'ö', 'å', ' ', '"', '(', ')', '-', '*', ':', 'OR', 'NOT', 'AND', 'NEAR', '^', '+', '{', '}', 'title:', 'S2020/05028', 'SOU 2021:25', '\\', "'", '\u0000', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const q = parts.join('');
        let tree: QueryNode | null;
        try {
          tree = parse(q);
        } catch (err) {
          expect(err).toBeInstanceOf(QuerySyntaxError);
          return;
        }
        if (!tree) return;
        const strip = (n: QueryNode): QueryNode | null => {
          if (n.type === 'designation') return null;
          if (n.type === 'and' || n.type === 'or') {
            const items = n.items.map(strip).filter((i): i is QueryNode => i !== null);
            if (!items.length || (n.type === 'and' && !items.some((i) => i.type !== 'not'))) return null;
            return { ...n, items };
          }
          if (n.type === 'not') {
            const inner = strip(n.item);
            return inner ? { type: 'not', item: inner } : null;
          }
          return n;
        };
        const text = strip(tree);
        if (!text || text.type === 'not') return;
        search.all(toFts5(text, expand, 'compound', 2));
      }),
      { numRuns: 500 },
    );
  });
});
