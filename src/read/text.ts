// Plain text in any encoding an archive holds: UTF-8 (with or without BOM), UTF-16 LE/BE by BOM,
// else Windows-1252 (a superset of ISO-8859-1 for printable text). The encoding used is reported.
import { StageError } from '../record.js';
import { utf16WithoutBom } from './sniff.js';

export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the bytes were not clean in the encoding chosen (one line, for a warning). */
  note?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Valid multi-byte UTF-8 sequences and invalid bytes, to tell UTF-8 with a few bad bytes from Windows-1252. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

export async function decodeWindows1252(bytes: Uint8Array): Promise<string> {
  // TextDecoder('windows-1252') is ISO-8859-1 in Node builds without full ICU; iconv-lite has the real table.
  const { default: iconv } = await import('iconv-lite');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
}

/**
 * decodeText for every input but those it decodes as Windows-1252 (undefined then: that decoder is
 * imported on first use). Synchronous, so the common case costs no promise.
 */
export function decodeTextUnlessWindows1252(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const bare = utf16WithoutBom(bytes);
  if (bare) return { text: new TextDecoder(bare).decode(bytes), encoding: bare };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Mostly UTF-8 with a few broken bytes (a bad copy, a cut file): keep UTF-8, replace the broken bytes.
    const { valid, invalid, firstInvalid } = utf8Census(bytes);
    if (valid >= 4 * invalid) {
      return {
        text: utf8Lenient.decode(bytes),
        encoding: 'utf-8',
        note: `invalid UTF-8 (${invalid} byte${invalid === 1 ? '' : 's'}, first at byte ${firstInvalid}) replaced by U+FFFD`,
      };
    }
    // Not UTF-8: older archives are Windows-1252.
    return undefined;
  }
}

/** What decodeText gives for the bytes decodeTextUnlessWindows1252 leaves undefined. */
export async function decodeAsWindows1252(bytes: Uint8Array): Promise<DecodedText> {
  return { text: await decodeWindows1252(bytes), encoding: 'windows-1252' };
}

export async function decodeText(bytes: Uint8Array): Promise<DecodedText> {
  return decodeTextUnlessWindows1252(bytes) ?? decodeAsWindows1252(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new StageError('read/encoding', 'file starts with a UTF-8 byte order mark but is not valid UTF-8');
  }
}

/**
 * A code unit outside the ranges NFC leaves alone. Each character in them is its own NFC form and a
 * starter (canonical combining class 0) that composes with nothing before it, so a text of them only is
 * already NFC: below U+0300 (ICU's quick check starts there), general punctuation U+2010–U+2027 and
 * U+2030–U+205E (dashes, quotes, …) and currency signs U+20A0–U+20BF (€). Not U+2000/U+2001 (NFC maps
 * them to U+2002/U+2003), nor surrogates (astral characters take the slow path). tests/read/text-fast.test.ts
 * proves the ranges against String.prototype.normalize for every BMP character before each.
 */
export const NFC_MAY_CHANGE = /[^\0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]/;

/** Normalise line endings and Unicode form so offsets and regexes behave the same for every source. */
export function normaliseText(text: string): string {
  // Both passes cost a copy of the whole text; most texts need neither (no \r, no character NFC may change).
  const lf = text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
  return NFC_MAY_CHANGE.test(lf) ? lf.normalize('NFC') : lf;
}
