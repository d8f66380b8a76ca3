// Shared helpers for trying patterns only where they can match (src/scan.ts).
import { describe, expect, it } from 'vitest';
import { isLineTerminator, isWhiteSpace, lineStartsAt, singleSpaced, stickyCopy, withoutSoftHyphens } from '../src/scan.js';

describe('lineStartsAt', () => {
  const TABLE: [string, string, number[], number[]][] = [
    ['one line, two positions', 'Socialdepartementet och Finansdepartementet', [6, 30], [0, 0]],
    ['positions on separate lines', 'Rubrik\nSocialdepartementet\n  Stockholm', [8, 30], [7, 27]],
    ['CRLF and a position at a line start', 'a\r\nbc\r\nd', [3, 7], [3, 7]],
    ['U+2028 ends a line as ^ sees it', 'x\u2028yz', [3], [2]],
    ['position 0', 'abc', [0], [0]],
    ['no positions', 'abc', [], []],
  ];
  for (const [name, text, at, starts] of TABLE) it(name, () => expect(lineStartsAt(text, at)).toEqual(starts));

  it('equals a walk back from each position on its own', () => {
    const text = 'Dnr S2020/05028\nSvar på fråga 2020/21:1311\n\nav Anna Ek (M)\r\nStockholm den 3 mars 2021';
    const at = [...text.matchAll(/\d/g)].map((m) => m.index!);
    const alone = at.map((q) => {
      let s = q;
      while (s > 0 && !isLineTerminator(text.charCodeAt(s - 1))) s--;
      return s;
    });
    expect(lineStartsAt(text, at)).toEqual(alone);
  });
});

describe('stickyCopy', () => {
  it('keeps the flags but g, adds y: matches only at lastIndex', () => {
    const copy = stickyCopy(/^den (\d{1,2}) mars$/gimu);
    expect(copy.flags).toBe('imuy');
    copy.lastIndex = 4;
    expect(copy.exec('xyz\nDEN 3 mars')?.[1]).toBe('3');
    copy.lastIndex = 2;
    expect(copy.exec('xyz\nden 3 mars')).toBeNull();
  });
});

describe('character tests and clean-ups that stand in for a regex', () => {
  it('isWhiteSpace is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`U+${c.toString(16)} differs`);
    }
    // past the end of a string charCodeAt gives NaN: no white space there
    expect(isWhiteSpace(Number.NaN)).toBe(false);
  });

  const TABLE: [string, string][] = [
    ['single spaces stay (the same string)', 'Minister för högre utbildning'],
    ['a trailing single space', 'Socialminister '],
    ['a double space', 'Justitie-  och migrationsminister'],
    ['a no-break space', 'Lena\u00a0Hallengren'],
    ['a tab and a newline', 'Statsrådet\tAnna\nEk'],
    ['a space before a no-break space', 'a \u00a0b'],
    ['no white space', 'Kansliråd'],
    ['empty', ''],
  ];
  for (const [name, s] of TABLE) {
    it(`singleSpaced: ${name}`, () => {
      expect(singleSpaced(s)).toBe(s.replace(/\s+/g, ' '));
      if (!/\s\s|[^\S ]/.test(s)) expect(singleSpaced(s)).toBe(s);
    });
  }

  it('withoutSoftHyphens removes every U+00AD and nothing else', () => {
    expect(withoutSoftHyphens('Social\u00addeparte\u00admentet')).toBe('Socialdepartementet');
    expect(withoutSoftHyphens('Socialdepartementet')).toBe('Socialdepartementet');
    expect(withoutSoftHyphens('\u00ad')).toBe('');
    expect(withoutSoftHyphens('a-b\u2010c')).toBe('a-b\u2010c');
  });
});
