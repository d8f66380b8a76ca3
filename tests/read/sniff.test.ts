// Sniffing: the content decides the reader (magic bytes, BOM, markup), the extension only breaks ties
// between text formats. Near-misses: "%PDF" late in a text, a zip that is not Word, "<html" in prose.
import { describe, expect, it } from 'vitest';
import { formatFromExtension, type Sniffed, sniff, zipEntryNames } from '../../src/read/sniff.js';

const b = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

/** A zip local header + central directory holding `names` (content irrelevant). */
function zipWith(names: string[]): Buffer {
  const parts: Buffer[] = [];
  for (const n of names) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(n.length, 26);
    parts.push(h, Buffer.from(n));
  }
  for (const n of names) {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(n.length, 28);
    parts.push(c, Buffer.from(n));
  }
  return Buffer.concat(parts);
}

const TABLE: { name: string; bytes: Uint8Array; sniffed: Sniffed }[] = [
  { name: 'PDF magic', bytes: b('%PDF-1.7\n%âãÏÓ\n1 0 obj'), sniffed: 'pdf' },
  { name: 'PDF magic after a little junk', bytes: b([0xef, 0xbb, 0xbf], '\n%PDF-1.4\n'), sniffed: 'pdf' },
  { name: 'a text that mentions %PDF- late is text', bytes: b('Bilagan är en fil (%PDF-1.4) som ', 'x'.repeat(1100), ' %PDF-1.4'), sniffed: 'text' },
  { name: 'zip with word/document.xml', bytes: zipWith(['[Content_Types].xml', 'word/document.xml']), sniffed: 'docx' },
  { name: 'zip without word/ (an .odt or .xlsx)', bytes: zipWith(['mimetype', 'content.xml', 'xl/workbook.xml']), sniffed: 'zip' },
  { name: 'OLE compound file', bytes: b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'x'.repeat(600)), sniffed: 'ole' },
  { name: 'RTF', bytes: b('{\\rtf1\\ansi\\deff0 {\\fonttbl}}'), sniffed: 'rtf' },
  { name: 'PNG', bytes: b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), sniffed: 'binary' },
  { name: 'NUL bytes', bytes: b('abc', [0, 1, 2], 'def'), sniffed: 'binary' },
  { name: 'doctype html', bytes: b('\n  <!DOCTYPE html>\n<html lang="sv">'), sniffed: 'html' },
  { name: '<html> after an XML prolog and a comment', bytes: b('<?xml version="1.0"?>\n<!-- sparad -->\n<html xmlns="x">'), sniffed: 'html' },
  { name: 'HTML in UTF-16 with BOM', bytes: utf16('<!doctype html><html><body>Hej</body></html>'), sniffed: 'html' },
  { name: 'UTF-16 text (NUL bytes are normal there)', bytes: utf16('Svar på fråga 2020/21:1311'), sniffed: 'text' },
  { name: 'UTF-16 LE without a BOM', bytes: Buffer.from('Svar på fråga 2020/21:1311 av Anna', 'utf16le'), sniffed: 'text' },
  { name: 'UTF-16 BE without a BOM, HTML', bytes: Buffer.from('<html><body>Hej</body></html>', 'utf16le').swap16(), sniffed: 'html' },
  { name: 'binary with some NUL pairs is still binary', bytes: b([0, 0, 1, 0, 7, 0, 0, 0, 0, 3, 0, 0, 9, 9, 0, 0]), sniffed: 'binary' },
  { name: 'prose that mentions <html> later is text', bytes: b('Webbsidan börjar med <html> och slutar med </html>.'), sniffed: 'text' },
  { name: 'Windows-1252 text', bytes: b('Socialdepartementet ', [0xe5, 0xe4, 0xf6], ' 2021'), sniffed: 'text' },
  { name: 'empty', bytes: new Uint8Array(0), sniffed: 'empty' },
];

describe('sniff', () => {
  for (const row of TABLE) it(row.name, () => expect(sniff(row.bytes)).toBe(row.sniffed));

  it('reads zip names from local headers when the central directory is cut off', () => {
    const whole = zipWith(['word/document.xml', 'word/styles.xml']);
    expect(zipEntryNames(whole.subarray(0, 30 + 'word/document.xml'.length))).toEqual(['word/document.xml']);
  });
});

describe('formatFromExtension', () => {
  const rows: [string, string | undefined][] = [
    ['a/b.TXT', 'txt'], ['x.markdown', 'md'], ['sida.htm', 'html'], ['beslut.PDF', 'pdf'], ['prop.docx', 'docx'],
    ['prop.doc', 'doc'], ['bild.png', undefined], ['README', undefined], ['arkiv.docx.zip', undefined],
  ];
  for (const [path, format] of rows) it(`${path} → ${format}`, () => expect(formatFromExtension(path)).toBe(format));
});
