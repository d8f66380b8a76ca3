// RTF → text: Word saves RTF under a .doc name, and older archives are full of such files.
// A single pass over groups and control words: \par and \line end lines, \tab and \cell are tabs,
// \row ends a table row, \'hh is a byte in the document's ANSI code page, \uN a Unicode character
// (followed by \ucN fallback characters to skip). Destinations that are not body text — font and
// colour tables, style sheets, document info, pictures, fields' instructions, headers/footers,
// anything marked \* — are skipped.
import { StageError } from '../record.js';

/** Destinations whose text is not the document's body. */
const SKIP = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'fldinst', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl',
  'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'filetbl', 'revtbl', 'pgdsctbl', 'bkmkstart', 'bkmkend',
  'xe', 'tc', 'txe', 'annotation', 'atnid', 'atnauthor', 'falt', 'panose', 'fontemb', 'fontfile', 'operator', 'author',
]);

export async function rtfToText(bytes: Uint8Array): Promise<{ text: string; codePage: string }> {
  const src = new TextDecoder('latin1').decode(bytes);
  if (!src.startsWith('{\\rtf')) throw new StageError('rtf/corrupt', 'not an RTF file');
  const cpMatch = /\\ansicpg(\d+)/.exec(src.slice(0, 2000));
  const codePage = cpMatch ? `windows-${cpMatch[1]}` : 'windows-1252';
  const { default: iconv } = await import('iconv-lite');
  const encoding = iconv.encodingExists(codePage) ? codePage : 'windows-1252';

  let out = '';
  let pendingBytes: number[] = [];
  const flushBytes = () => {
    if (pendingBytes.length) out += iconv.decode(Buffer.from(pendingBytes), encoding);
    pendingBytes = [];
  };
  const emit = (s: string) => {
    flushBytes();
    out += s;
  };
  // Group state: skipping, and how many fallback characters follow a \u.
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let skipChars = 0; // fallback characters still to drop after a \uN
  let i = 0;
  const n = src.length;
  while (i < n) {
    const ch = src[i]!;
    if (ch === '{') {
      stack.push({ skip, uc });
      i++;
      // {\*\destination …} is an optional destination: skip unless known (none are body text for us).
      if (src.startsWith('\\*', i)) skip = true;
      continue;
    }
    if (ch === '}') {
      const prev = stack.pop();
      if (prev) ({ skip, uc } = prev);
      i++;
      continue;
    }
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === undefined) break;
      if (next === "'") {
        const hex = src.slice(i + 2, i + 4);
        i += 4;
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        if (!skip && /^[0-9a-fA-F]{2}$/.test(hex)) pendingBytes.push(parseInt(hex, 16));
        continue;
      }
      if (!/[a-zA-Z]/.test(next)) {
        // Control symbols: \\ \{ \} are literal, \~ a no-break space, \- an optional hyphen, \_ a non-breaking hyphen.
        i += 2;
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        if (skip) continue;
        if (next === '\\' || next === '{' || next === '}') emit(next);
        else if (next === '~') emit('\u00a0');
        else if (next === '_') emit('-');
        else if (next === '\n' || next === '\r') emit('\n');
        continue;
      }
      const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(i + 1, i + 48))!;
      i += 1 + m[0].length;
      const word = m[1]!;
      const arg = m[2] === undefined ? undefined : Number(m[2]);
      if (SKIP.has(word)) {
        skip = true;
        continue;
      }
      if (word === 'uc') {
        uc = arg ?? 1;
        continue;
      }
      if (skip) continue;
      switch (word) {
        case 'par':
        case 'line':
        case 'sect':
        case 'page':
          emit('\n');
          break;
        case 'row':
          emit('\n');
          break;
        case 'tab':
        case 'cell':
          emit('\t');
          break;
        case 'emdash':
          emit('—');
          break;
        case 'endash':
          emit('–');
          break;
        case 'lquote':
          emit('‘');
          break;
        case 'rquote':
          emit('’');
          break;
        case 'ldblquote':
          emit('“');
          break;
        case 'rdblquote':
          emit('”');
          break;
        case 'bullet':
          emit('•');
          break;
        case 'u':
          if (arg !== undefined) emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
          skipChars = uc;
          break;
        default:
          break; // formatting
      }
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    i++;
    if (skipChars > 0) {
      skipChars--;
      continue;
    }
    if (!skip) pendingBytes.push(ch.charCodeAt(0) & 0xff);
  }
  flushBytes();
  const text = out
    .replace(/\t+\n/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  return { text, codePage: encoding };
}
