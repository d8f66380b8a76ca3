// Old Word .doc (an OLE compound file). Word 97–2003 is read with word-extractor. Word 6 and
// Word 95, which it cannot read, are read here: their text is 8-bit (Windows-1252) in the
// WordDocument stream, a contiguous run from fcMin when the file is not fast-saved, else in the
// pieces of the piece table (CLX); the first ccpText characters are the main document.
// Word's control characters become text structure: paragraph marks and breaks → lines, table cell
// marks → tabs, fields → their shown result.
import { problem, type Problem, type ReadDocument, StageError } from '../record.js';
import { openOle, type OleFile } from './ole.js';
import { decodeWindows1252, normaliseText } from './text.js';

const WORD6_IDENT = 0xa5dc;
const WORD8_IDENT = 0xa5ec;

/** Word's special characters → plain text; fields keep their result, not their instructions. */
export function wordControlToText(raw: string): string {
  let out = '';
  // 0 = normal, 1 = in field instructions (before \x14); a stack for nested fields.
  const fields: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(1);
      continue;
    }
    if (code === 0x14) {
      if (fields.length) fields[fields.length - 1] = 0;
      continue;
    }
    if (code === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.includes(1)) continue;
    switch (code) {
      case 0x0d: // paragraph mark
      case 0x0b: // line break
      case 0x0c: // page or section break
        out += '\n';
        break;
      case 0x07: // table cell mark; a second one in a row closes the row
        out += raw.charCodeAt(i - 1) === 0x07 ? '\n' : '\t';
        break;
      case 0x1e: // non-breaking hyphen
        out += '-';
        break;
      case 0x1f: // optional hyphen
        break;
      case 0x09:
      case 0x0a:
        out += ch;
        break;
      default:
        if (code >= 0x20) out += ch; // pictures (\x01), footnote marks (\x02), drawn objects (\x08) … are dropped
    }
  }
  return out
    .replace(/\t+\n/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
}

/** The piece table of a fast-saved Word 6/95 file (CLX at FIB 0x160), or undefined if it does not hold together. */
function word6Pieces(word: Uint8Array, table: DataView): Piece[] | undefined {
  const fcClx = table.getUint32(0x160, true);
  const lcbClx = table.getUint32(0x164, true);
  if (!lcbClx || fcClx + lcbClx > word.length) return undefined;
  const dv = new DataView(word.buffer, word.byteOffset + fcClx, lcbClx);
  let at = 0;
  while (at < lcbClx && dv.getUint8(at) === 1) at += 3 + dv.getUint16(at + 1, true); // property modifiers
  if (at >= lcbClx || dv.getUint8(at) !== 2) return undefined;
  const lcb = dv.getUint32(at + 1, true);
  at += 5;
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || at + lcb > lcbClx) return undefined;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = dv.getUint32(at + i * 4, true);
    const cpEnd = dv.getUint32(at + (i + 1) * 4, true);
    const fc = dv.getUint32(at + (n + 1) * 4 + i * 8 + 2, true);
    if (cpEnd < cpStart || fc + (cpEnd - cpStart) > word.length) return undefined;
    pieces.push({ cpStart, cpEnd, fc });
  }
  return pieces[0]?.cpStart === 0 ? pieces : undefined;
}

async function readWord6(path: string, word: Uint8Array): Promise<{ text: string; warnings: Problem[] }> {
  if (word.length < 0x180) throw new StageError('doc/corrupt', 'damaged Word 6/95 file (its header is cut off)');
  const fib = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const flags = fib.getUint16(0x0a, true);
  if (flags & 0x0100) throw new StageError('doc/encrypted', 'password-protected Word file: it cannot be read without the password');
  const fcMin = fib.getUint32(0x18, true);
  const fcMac = fib.getUint32(0x1c, true);
  const ccpText = fib.getUint32(0x34, true);
  const ccpFtn = fib.getUint32(0x38, true);
  const warnings: Problem[] = [];
  const wanted = ccpText + ccpFtn;
  let raw: Uint8Array;
  const complex = (flags & 0x0004) !== 0;
  const pieces = complex ? word6Pieces(word, fib) : undefined;
  if (pieces) {
    const parts: Uint8Array[] = [];
    for (const p of pieces) {
      if (p.cpStart >= wanted) break;
      const len = Math.min(p.cpEnd, wanted) - p.cpStart;
      parts.push(word.subarray(p.fc, p.fc + len));
    }
    raw = Buffer.concat(parts);
  } else {
    if (fcMin >= word.length || fcMac < fcMin) throw new StageError('doc/corrupt', 'damaged Word 6/95 file (the text range is outside the file)');
    const end = Math.min(word.length, fcMac, wanted > 0 ? fcMin + wanted : fcMac);
    raw = word.subarray(fcMin, end);
    if (complex) warnings.push(problem(path, 'read', 'doc/fast-saved', 'fast-saved Word 6/95 file without a readable piece table: text read in file order, later edits may be out of place', false));
  }
  const body = wordControlToText(await decodeWindows1252(raw.subarray(0, Math.min(raw.length, ccpText || raw.length))));
  const notes = ccpFtn && raw.length > ccpText ? wordControlToText(await decodeWindows1252(raw.subarray(ccpText))) : '';
  return { text: notes.trim() ? `${body}\n\n${notes}` : body, warnings };
}

async function readWord8(path: string, bytes: Uint8Array): Promise<{ text: string; warnings: Problem[] }> {
  const { default: WordExtractor } = await import('word-extractor');
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const parts = [doc.getHeaders({ includeHeadersAndFooters: false }), doc.getBody(), doc.getFootnotes(), doc.getEndnotes()];
    // Table cells come as tab-separated cells; paragraphs as lines.
    const text = parts.map((p) => p.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim()).filter(Boolean).join('\n\n');
    return { text, warnings: [] };
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    if (/encrypt|password/i.test(detail)) throw new StageError('doc/encrypted', 'password-protected Word file: it cannot be read without the password');
    throw new StageError('doc/corrupt', `damaged Word file, cannot be read (${detail})`);
  }
}

function kindOf(ole: OleFile): string {
  const names = new Set(ole.entries.map((e) => e.name.toLowerCase()));
  if (names.has('workbook') || names.has('book')) return 'an Excel workbook';
  if (names.has('powerpoint document')) return 'a PowerPoint presentation';
  if ([...names].some((n) => n.startsWith('__substg'))) return 'an Outlook message';
  return 'not a Word document';
}

export async function readDoc(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  const ole = openOle(bytes);
  if (ole.stream('EncryptedPackage')) throw new StageError('docx/encrypted', 'password-protected Word file: it cannot be read without the password');
  const word = ole.stream('WordDocument');
  if (!word) throw new StageError('doc/not-word', `an OLE compound file that is ${kindOf(ole)}`);
  if (word.length < 4) throw new StageError('doc/corrupt', 'damaged Word file (WordDocument stream is empty)');
  const ident = word[0]! | (word[1]! << 8);
  let read: { text: string; warnings: Problem[] };
  if (ident === WORD6_IDENT) read = await readWord6(path, word);
  else if (ident === WORD8_IDENT) {
    const nFib = word[2]! | (word[3]! << 8);
    read = nFib >= 0xc1 ? await readWord8(path, bytes) : await readWord6(path, word);
  } else throw new StageError('doc/unsupported', `unsupported Word file (FIB identifier 0x${ident.toString(16)}): save it as .docx`);
  let text = normaliseText(read.text);
  if (text && !text.endsWith('\n')) text += '\n';
  return { path, format: 'doc', encoding: 'binary', text, warnings: read.warnings };
}
