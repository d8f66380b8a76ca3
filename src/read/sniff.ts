// Which reader a file needs: the content decides first (magic bytes, byte order marks, markup),
// the extension second. Only a few KB at the start (and the zip's central directory) are looked at.
import { extname } from 'node:path';
import type { Format } from '../record.js';

/** What the bytes say, before the extension is asked. */
export type Sniffed =
  | 'pdf'
  | 'docx'
  /** A zip that is not a Word document (xlsx, odt, any archive). */
  | 'zip'
  /** An OLE compound file (Word 97+ or Word 6/95 .doc, but also .xls, .msg …). */
  | 'ole'
  | 'html'
  | 'rtf'
  /** Binary data of no kind we read (images, executables …). */
  | 'binary'
  /** Text of some kind: the extension decides between plain text and Markdown. */
  | 'text'
  | 'empty';

const HEAD = 8192;

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** Magic numbers of binary formats users keep beside documents: images, archives, executables. */
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (exe)
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
];

/** A byte looksBinary counts: NUL or a control character other than \t \n \v \f \r and ESC. */
function isControl(b: number): boolean {
  return b < 9 || (b > 13 && b < 32 && b !== 27);
}

/**
 * Whether bytes[0, n) hold a byte isControl() accepts. Four bytes at a time: (x - 0x20202020) & ~x &
 * 0x80808080 is non-zero whenever a byte of x is below 0x20 (the lowest such byte borrows and gets its
 * top bit set; no byte below it borrows). Only the words it flags (line breaks, tabs) are looked into.
 */
function hasControl(bytes: Uint8Array, n: number): boolean {
  let i = 0;
  const aligned = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < aligned; i++) if (isControl(bytes[i]!)) return true;
  const words = (n - i) >> 2;
  if (words > 0) {
    const w32 = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      const x = w32[w]!;
      if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
      const k = i + 4 * w;
      if (isControl(bytes[k]!) || isControl(bytes[k + 1]!) || isControl(bytes[k + 2]!) || isControl(bytes[k + 3]!)) return true;
    }
    i += 4 * words;
  }
  for (; i < n; i++) if (isControl(bytes[i]!)) return true;
  return false;
}

/** True when the bytes look like binary data rather than text (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, HEAD);
  // Text rarely holds a byte that counts below: a fast pass that finds none gives the answer (no NUL,
  // no control character: not binary) without the count.
  if (!hasControl(bytes, n)) return false;
  if (bytes.subarray(0, n).indexOf(0) >= 0) return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Byte order mark of UTF-16 (where NUL bytes are normal) or UTF-8. */
export function bomOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

/** UTF-16 written without a byte order mark: NUL in every other byte of Latin-script text. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, HEAD) & ~1;
  if (n < 8) return undefined;
  // A short file is searched whole (a view of its head would cost more than the search): no NUL before n.
  const nul = bytes.length <= HEAD ? bytes.indexOf(0) : bytes.subarray(0, n).indexOf(0);
  if (nul < 0 || nul >= n) return undefined;
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

/** The zip's file names (central directory, or local headers when the directory is cut off). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin = new TextDecoder('latin1');
  // Central directory headers: PK\x01\x02.
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x01 || bytes[i + 3] !== 0x02) continue;
    const len = dv.getUint16(i + 28, true);
    if (i + 46 + len > bytes.length) break;
    names.push(latin.decode(bytes.subarray(i + 46, i + 46 + len)));
    i += 45 + len;
  }
  if (names.length) return names;
  // Local headers: PK\x03\x04 (a truncated zip has no central directory).
  for (let i = 0; i + 30 <= bytes.length; ) {
    if (!(bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04)) break;
    const compressed = dv.getUint32(i + 18, true);
    const nameLen = dv.getUint16(i + 26, true);
    const extraLen = dv.getUint16(i + 28, true);
    if (i + 30 + nameLen > bytes.length) break;
    names.push(latin.decode(bytes.subarray(i + 30, i + 30 + nameLen)));
    if ((dv.getUint16(i + 6, true) & 0x08) !== 0) break; // sizes follow the data: cannot skip
    i += 30 + nameLen + extraLen + compressed;
  }
  return names;
}

/**
 * The first `n` bytes, one character per byte. Only ASCII marks are looked for in it (%PDF-, {\rtf,
 * tags), so bytes 0x80–0xFF may stand for anything: Buffer's Latin-1 copies them as they are, which
 * costs a tenth of TextDecoder('latin1') (windows-1252 tables).
 */
function asciiHead(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

/**
 * Decoded start of a text file in whatever Unicode form its BOM says, for markup sniffing. `bom` and
 * `bare` are bomOf(bytes) and (without a BOM) utf16WithoutBom(bytes); `ascii` is asciiHead(bytes, 2048).
 */
function textHead(bytes: Uint8Array, bom: ReturnType<typeof bomOf>, bare: ReturnType<typeof utf16WithoutBom>, ascii: string): string {
  const head = bytes.subarray(0, 2048);
  if (bom === 'utf-16le') return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (bom === 'utf-16be') return new TextDecoder('utf-16be').decode(head.subarray(2));
  if (bare) return new TextDecoder(bare).decode(head);
  // One byte, one character: the bytes after a UTF-8 BOM are the same characters further on.
  return bom === 'utf-8' ? ascii.slice(3) : ascii;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  // %PDF- may follow a little junk (readers accept it within the first 1024 bytes), at the start of a line.
  // The first 2048 bytes serve both tests below (PDF: the first 1024) and textHead.
  const ascii = asciiHead(bytes, 2048);
  const head = ascii.length > 1024 ? ascii.slice(0, 1024) : ascii;
  if (head.includes('%PDF-') && /(?:^|[\r\n])%PDF-\d/.test(head)) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    const names = zipEntryNames(bytes);
    return names.includes('word/document.xml') || names.some((n) => /^word\/document\d*\.xml$/.test(n)) ? 'docx' : 'zip';
  }
  if (startsWith(bytes, OLE)) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (BINARY_MAGIC.some((m) => startsWith(bytes, m))) return 'binary';
  const bom = bomOf(bytes);
  const bare = bom ? undefined : utf16WithoutBom(bytes);
  const unicode = bom ?? bare;
  if (unicode !== 'utf-16le' && unicode !== 'utf-16be' && looksBinary(bytes)) return 'binary';
  const t = textHead(bytes, bom, bare, ascii).replace(/^\s+/, '');
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(t)) return 'html';
  return 'text';
}

export const EXTENSION_FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
};

export function formatFromExtension(path: string): Format | undefined {
  return EXTENSION_FORMATS[extname(path).toLowerCase()];
}
