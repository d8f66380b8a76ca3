// The plain-text reader's shortcuts give what the full passes give: normaliseText skips the CR and NFC
// passes when a scan finds nothing for them, looksBinary skips its count when no byte counts,
// utf16WithoutBom searches a short file whole, decodeTextUnlessWindows1252 is decodeText without a
// promise, readMarkdown skips the blank-run replace. Each is compared with the code it replaced, on
// Swedish text that takes the fast path and on inputs that must take the slow one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown.js';
import { looksBinary, sniff, utf16WithoutBom } from '../../src/read/sniff.js';
import { decodeText, decodeTextUnlessWindows1252, NFC_MAY_CHANGE, normaliseText } from '../../src/read/text.js';

/** normaliseText before the shortcut. */
const normaliseReference = (text: string) => text.replace(/\r\n?/g, '\n').normalize('NFC');

/** looksBinary before the shortcut. */
function looksBinaryReference(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes.subarray(0, n).indexOf(0) >= 0) return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** utf16WithoutBom before the whole-file search. */
function utf16WithoutBomReference(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8 || bytes.subarray(0, n).indexOf(0) < 0) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs >= 0.7 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs >= 0.7 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

const SV = [
  'Regeringen beslutade den 12 mars 2021 att ge Myndigheten för samhällsskydd och beredskap i uppdrag.',
  'Ärendet avser Dnr Fi2021/01234. Ansvarig handläggare är Åsa Öberg, tfn 08-405 10 00.',
  'Myndigheten får använda 1 500 000 kronor – högst 2 000 000 kronor – under 2022 (”anslaget”), 5 € per år…',
  'Övriga frågor: § 3 i förordningen (2007:1244) om konsekvensutredning vid regelgivning.',
].join('\n');

describe('normaliseText', () => {
  it('NFC leaves a text of characters from the skipped ranges alone', () => {
    const safe: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!NFC_MAY_CHANGE.test(ch)) safe.push(ch);
    }
    expect(safe.length).toBe(0x300 + 24 + 47 + 32);
    const isSafe = new Set(safe);
    for (const c of safe) {
      // Its own NFC form ...
      expect(c.normalize('NFC')).toBe(c);
      // ... a starter (class 0: not moved before a mark of class 1–239, U+0345 being the only 240) ...
      for (const mark of ['\u0316', '\u0301', '\u0345']) expect(`${mark}${c}`.normalize('NFC')).toBe(`${mark}${c}`);
    }
    // ... and never the second part of a composition: no character's canonical decomposition holds one
    // after its first character.
    for (let p = 0; p <= 0x10ffff; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue;
      const d = String.fromCodePoint(p).normalize('NFD');
      for (let i = 1; i < d.length; i++) if (isSafe.has(d[i]!)) expect.fail(`U+${p.toString(16)} decomposes to … ${d[i]} …`);
    }
    // And directly: after every character of the Latin, Greek, Cyrillic … blocks.
    for (let x = 0; x < 0x2200; x++) {
      const X = String.fromCharCode(x);
      const nx = X.normalize('NFC');
      // "\n" composes with nothing on either side: each pair X + c is normalised on its own.
      if (safe.map((c) => `${X}${c}\n`).join('').normalize('NFC') !== safe.map((c) => `${nx}${c}\n`).join('')) expect.fail(`U+${x.toString(16)} composes with a skipped character`);
    }
  }, 60_000);

  it('Swedish text with LF only takes the fast path and is returned as it is', () => {
    expect(NFC_MAY_CHANGE.test(SV)).toBe(false);
    expect(normaliseText(SV)).toBe(SV);
    expect(normaliseText(SV)).toBe(normaliseReference(SV));
  });

  const slow: [string, string][] = [
    ['CRLF', SV.replace(/\n/g, '\r\n')],
    ['lone CR', SV.replace(/\n/g, '\r')],
    ['CR CR LF', `${SV}\r\r\n`],
    ['decomposed å ä ö', SV.normalize('NFD')],
    ['decomposed with CRLF', SV.normalize('NFD').replace(/\n/g, '\r\n')],
    ['Ångström sign U+212B', `${SV}\n\u212b`],
    ['U+2000 en quad', `Belopp:\u20001 000 kronor`],
    ['astral characters', `${SV} 😀 𝔸\n`],
    ['a combining mark after a quote', `”\u0301 och –\u0308`],
    ['Hangul jamo', '\u1100\u1161\u11a8'],
  ];
  it.each(slow)('%s: same as the full passes', (_, text) => {
    expect(normaliseText(text)).toBe(normaliseReference(text));
  });

  it('any string: same as the full passes', () => {
    const chars = fc.constantFrom('a', 'å', 'A', '\r', '\n', '\u030a', '\u0301', '–', '”', '€', '\u2000', '\u212b', '\u00ad', '\0', '😀', '\ud800', 'ﬁ');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }), (parts) => normaliseText(parts.join('')) === normaliseReference(parts.join(''))), { numRuns: 3000 });
  });
});

describe('looksBinary and utf16WithoutBom', () => {
  /** `bytes` at every alignment (the fast pass reads whole 32-bit words). */
  function atOffsets(bytes: Uint8Array): Uint8Array[] {
    return [0, 1, 2, 3].map((o) => {
      const host = new Uint8Array(bytes.length + o);
      host.set(bytes, o);
      return host.subarray(o);
    });
  }
  const cases: [string, Uint8Array][] = [
    ['Swedish UTF-8 text (fast path)', Buffer.from(SV)],
    ['text with tabs, CRLF, form feed, ESC', Buffer.from(`${SV.replace(/\n/g, '\r\n')}\t\f\v\x1b[0m`)],
    ['Windows-1252 text', Buffer.from(SV.replace(/[–”…€]/g, '-'), 'latin1')],
    ['a NUL as the last byte', Buffer.concat([Buffer.from(SV), Buffer.from([0])])],
    ['a NUL as the last byte of an odd length', Buffer.concat([Buffer.from(`${SV}x`), Buffer.from([0])])],
    ['a NUL after the first 8 KB', Buffer.concat([Buffer.from(SV.repeat(40)), Buffer.from([0])])],
    ['a NUL at byte 8191', Buffer.concat([Buffer.alloc(8191, 0x61), Buffer.from([0]), Buffer.from(SV)])],
    ['few control characters', Buffer.from(`${SV}\x01\x02`)],
    ['many control characters', Buffer.from(SV.replace(/[aeiou ]/g, '\x07'))],
    ['control characters after the first 8 KB', Buffer.concat([Buffer.from(SV.repeat(40)), Buffer.alloc(5000, 1)])],
    ['UTF-16 LE without BOM', Buffer.from(SV, 'utf16le')],
    ['UTF-16 BE without BOM', Buffer.from(SV, 'utf16le').swap16()],
    ['short', Buffer.from('ab\0')],
    ['empty', new Uint8Array(0)],
  ];
  it.each(cases)('%s: same as before', (_, bytes) => {
    for (const v of atOffsets(bytes)) {
      expect(looksBinary(v)).toBe(looksBinaryReference(v));
      expect(utf16WithoutBom(v)).toBe(utf16WithoutBomReference(v));
    }
  });

  it('any bytes, at any alignment: same as before', () => {
    const byte = fc.oneof(fc.integer({ min: 32, max: 255 }), fc.integer({ min: 0, max: 31 }), fc.constant(10));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 300 }), fc.integer({ min: 0, max: 7 }), (arr, o) => {
        const host = new Uint8Array(arr.length + o);
        host.set(arr, o);
        const v = host.subarray(o);
        return looksBinary(v) === looksBinaryReference(v) && utf16WithoutBom(v) === utf16WithoutBomReference(v);
      }),
      { numRuns: 5000 },
    );
  });

  it('sniff: a UTF-8 BOM before HTML, a late %PDF-, plain text', () => {
    expect(sniff(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('  <!DOCTYPE html><p>Beslut</p>')]))).toBe('html');
    expect(sniff(Buffer.from(`${'x'.repeat(1017)}\n%PDF-1.4`))).toBe('pdf');
    expect(sniff(Buffer.from(`${'x'.repeat(1018)}\n%PDF-1.4`))).toBe('text');
    expect(sniff(Buffer.from(SV))).toBe('text');
  });
});

describe('decodeTextUnlessWindows1252', () => {
  const inputs: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(SV), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SV)]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SV, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE without BOM', Buffer.from(SV, 'utf16le').swap16(), 'utf-16be'],
    ['UTF-8 with a broken byte', Buffer.concat([Buffer.from(SV), Buffer.from([0xc3]), Buffer.from(' slut')]), 'utf-8'],
  ];
  it.each(inputs)('%s: what decodeText gives', async (_, bytes, encoding) => {
    const fast = decodeTextUnlessWindows1252(bytes);
    expect(fast?.encoding).toBe(encoding);
    expect(fast).toEqual(await decodeText(bytes));
  });

  it('Windows-1252: undefined, and decodeText decodes it', async () => {
    const l = (t: string) => Buffer.from(t, 'latin1');
    const bytes = Buffer.concat([l('Beslut om ändring '), Buffer.from([0x96]), l(' avgift '), Buffer.from([0x94]), l('höjs'), Buffer.from([0x94]), l(' 5 '), Buffer.from([0x80])]);
    expect(decodeTextUnlessWindows1252(bytes)).toBeUndefined();
    expect(await decodeText(bytes)).toEqual({ text: 'Beslut om ändring – avgift ”höjs” 5 €', encoding: 'windows-1252' });
  });

  it('a UTF-8 BOM before invalid UTF-8 still throws', () => {
    expect(() => decodeTextUnlessWindows1252(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toThrow(/byte order mark/);
  });
});

describe('readMarkdown blank runs', () => {
  it('collapses three or more line breaks from a code block and keeps plain paragraphs as they are', () => {
    expect(readMarkdown('# Rubrik\n\nFörsta stycket.\n\nAndra stycket.\n').text).toBe('Rubrik\n\nFörsta stycket.\n\nAndra stycket.\n');
    expect(readMarkdown('Före\n\n```\nkod\n\n\n\nmer kod\n```\n\nEfter\n').text).toBe('Före\n\nkod\n\nmer kod\n\nEfter\n');
  });
});
