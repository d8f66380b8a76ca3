// A small reader of OLE compound files ([MS-CFB]): the container of .doc (Word 6/95/97+), .xls
// and password-protected .docx. It lists the streams and reads one by name; every sector chain is
// bounded so a damaged file ends in an error, never a loop.
import { StageError } from '../record.js';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

export interface OleEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export interface OleFile {
  entries: OleEntry[];
  /** The bytes of the stream with this name (case-insensitive), or undefined. */
  stream(name: string): Uint8Array | undefined;
}

function corrupt(why: string): never {
  throw new StageError('doc/corrupt', `damaged OLE compound file (${why})`);
}

export function openOle(bytes: Uint8Array): OleFile {
  if (bytes.length < 512) corrupt('shorter than its 512-byte header');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (off: number) => (off + 4 <= bytes.length ? dv.getUint32(off, true) : corrupt(`read past the end at byte ${off}`));
  const sectorShift = dv.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) corrupt(`sector shift ${sectorShift}`);
  const sectorSize = 1 << sectorShift;
  const miniSectorSize = 1 << dv.getUint16(0x20, true);
  const fatSectors = u32(0x2c);
  const firstDirSector = u32(0x30);
  const miniCutoff = u32(0x38);
  const firstMiniFat = u32(0x3c);
  const miniFatSectors = u32(0x40);
  let difatSector = u32(0x44);
  const difatSectors = u32(0x48);
  const sectorCount = Math.ceil((bytes.length - 512) / sectorSize) + 1;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;

  // DIFAT: the FAT sectors' numbers, 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectorList: number[] = [];
  for (let i = 0; i < 109 && fatSectorList.length < fatSectors; i++) fatSectorList.push(u32(0x4c + i * 4));
  for (let d = 0; d < difatSectors && difatSector !== END_OF_CHAIN && difatSector !== FREE; d++) {
    if (difatSector >= sectorCount) corrupt('DIFAT sector out of range');
    const base = sectorOffset(difatSector);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectorList.length < fatSectors; i++) fatSectorList.push(u32(base + i * 4));
    difatSector = u32(base + perSector * 4);
  }
  const fat: number[] = [];
  for (const s of fatSectorList) {
    if (s >= sectorCount) corrupt('FAT sector out of range');
    const base = sectorOffset(s);
    for (let i = 0; i < sectorSize / 4 && base + i * 4 + 4 <= bytes.length; i++) fat.push(dv.getUint32(base + i * 4, true));
  }

  /** A chain of sector numbers, each below `count` (the sectors there are), visiting none twice. */
  const chain = (start: number, table: number[], count: number): number[] => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && s !== FREE; s = table[s] ?? corrupt('broken sector chain')) {
      if (s >= count) corrupt(`the file is cut off or damaged: sector ${s} is past its end`);
      if (out.length >= count) corrupt('sector chain loops');
      out.push(s);
    }
    return out;
  };
  const readChain = (start: number, size?: number): Uint8Array => {
    const sectors = chain(start, fat, sectorCount);
    const out = new Uint8Array(sectors.length * sectorSize);
    sectors.forEach((s, i) => {
      if (s >= sectorCount) corrupt('sector out of range');
      out.set(bytes.subarray(sectorOffset(s), sectorOffset(s) + sectorSize), i * sectorSize);
    });
    return size === undefined ? out : out.subarray(0, Math.min(size, out.length));
  };

  const dir = readChain(firstDirSector);
  const dirView = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const entries: OleEntry[] = [];
  for (let off = 0; off + 128 <= dir.length; off += 128) {
    const type = dir[off + 0x42]!;
    if (type === 0) continue;
    const nameLen = Math.min(64, dirView.getUint16(off + 0x40, true));
    const name = new TextDecoder('utf-16le').decode(dir.subarray(off, off + Math.max(0, nameLen - 2)));
    entries.push({ name, type, start: dirView.getUint32(off + 0x74, true), size: dirView.getUint32(off + 0x78, true) });
  }
  const root = entries.find((e) => e.type === 5);
  let mini: Uint8Array | undefined;
  let miniFat: number[] | undefined;
  const miniStream = () => {
    if (!mini) {
      mini = root ? readChain(root.start, root.size) : new Uint8Array(0);
      const mf = miniFatSectors ? readChain(firstMiniFat) : new Uint8Array(0);
      const mv = new DataView(mf.buffer, mf.byteOffset, mf.byteLength);
      miniFat = [];
      for (let i = 0; i + 4 <= mf.length; i += 4) miniFat.push(mv.getUint32(i, true));
    }
    return { mini, miniFat: miniFat! };
  };

  return {
    entries,
    stream(name: string) {
      const e = entries.find((x) => x.type === 2 && x.name.toLowerCase() === name.toLowerCase());
      if (!e) return undefined;
      if (e.size >= miniCutoff) return readChain(e.start, e.size);
      const { mini: m, miniFat: mf } = miniStream();
      const sectors = chain(e.start, mf, Math.ceil(m.length / miniSectorSize));
      const out = new Uint8Array(sectors.length * miniSectorSize);
      sectors.forEach((s, i) => out.set(m.subarray(s * miniSectorSize, (s + 1) * miniSectorSize), i * miniSectorSize));
      return out.subarray(0, e.size);
    },
  };
}
