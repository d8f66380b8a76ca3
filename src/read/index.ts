// bytes → ReadDocument. The reader is chosen by sniffing the content first, the extension second.
import { extname } from 'node:path';
import { type Format, type ReadDocument, StageError } from '../record.js';
import { decodeText, normaliseText } from './text.js';

export const SUPPORTED_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

export function formatFromExtension(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.text') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return undefined;
}

/** True when the bytes look like binary data rather than text (NUL bytes or many control characters). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export async function readDocument(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (bytes.length === 0) throw new StageError('read/empty', 'file is empty (0 bytes)');
  const isUtf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const format = formatFromExtension(path);
  if (!format) throw new StageError('read/unsupported-format', `unsupported format: ${extname(path) || '(no extension)'}`);
  if (!isUtf16 && looksBinary(bytes)) throw new StageError('read/binary', 'binary content in a text file');
  const { text: raw, encoding } = await decodeText(bytes);
  const text = normaliseText(raw);
  if (!text.trim()) throw new StageError('read/empty', 'file holds no text');
  return { path, format, encoding, text, warnings: [] };
}
