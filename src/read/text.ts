// Plain text in any encoding an archive holds: UTF-8 (with or without BOM), UTF-16 LE/BE by BOM,
// else Windows-1252 (a superset of ISO-8859-1 for printable text). The encoding used is reported.
import { StageError } from '../record.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function decodeText(bytes: Uint8Array): Promise<DecodedText> {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: older archives are Windows-1252. TextDecoder loses 0x80–0x9F here, iconv-lite does not.
    const { default: iconv } = await import('iconv-lite');
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new StageError('read/encoding', 'file starts with a UTF-8 byte order mark but is not valid UTF-8');
  }
}

/** Normalise line endings and Unicode form so offsets and regexes behave the same for every source. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
