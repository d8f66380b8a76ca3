// Read one entry of a zip archive (stored or deflated) from its central directory: enough for the
// parts of a .docx that mammoth does not read (page headers). Bounded: sizes are checked against the file.
import { inflateRawSync } from 'node:zlib';

export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | undefined {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last PK\x05\x06 within 64 KB of the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  const latin = new TextDecoder('latin1');
  for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
    if (dv.getUint32(at, true) !== 0x02014b50) return undefined;
    const method = dv.getUint16(at + 10, true);
    const compressed = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLen = dv.getUint16(at + 28, true);
    const extraLen = dv.getUint16(at + 30, true);
    const commentLen = dv.getUint16(at + 32, true);
    const local = dv.getUint32(at + 42, true);
    const entryName = latin.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
    if (entryName !== name) continue;
    if (local + 30 > bytes.length || dv.getUint32(local, true) !== 0x04034b50) return undefined;
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return undefined;
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) return data;
    if (method === 8) return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) * 2 + 1024 });
    return undefined;
  }
  return undefined;
}
