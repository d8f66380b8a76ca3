// read → extract → classify for one file, with problems as values. Storage lives in ingest.ts.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { extractFields } from './extract/index.js';
import { readDocument } from './read/index.js';
import { indexTerms } from './search/analyze.js';
import type { StorableRecord } from './store/packed.js';
import { type DocumentRecord, type Problem, problem, type ProblemStage, StageError } from './record.js';

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

/** `mtimeMs`: the file's modification time as it was read (from the open file), when read from disk. */
export type FileOutcome = { ok: true; record: DocumentRecord; mtimeMs?: number } | { ok: false; problem: Problem };
/** What the ingest hands the store: from a worker thread the record comes packed. */
export type StoreOutcome = { ok: true; record: StorableRecord; mtimeMs?: number } | { ok: false; problem: Problem };

export interface ProcessOptions {
  /** Id to give the record; defaults to the path. */
  id?: string;
  maxFileSize?: number;
  /** Also compute the index terms (record.index): worker threads do, so the writer thread need not. */
  analyze?: boolean;
}

function toProblem(path: string, stage: ProblemStage, err: unknown): Problem {
  if (err instanceof StageError) return problem(path, stage, err.code, err.message);
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return problem(path, stage, 'read/not-found', 'file not found');
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return problem(path, stage, 'read/permission', 'permission denied');
  if (e?.code === 'EISDIR') return problem(path, stage, 'read/is-directory', 'is a directory');
  const message = e instanceof Error ? e.message : String(err);
  return problem(path, stage, `${stage}/error`, message.split('\n')[0] ?? message);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Turn already-read bytes into a record (no I/O): what workers and tests call. */
export async function processBytes(path: string, bytes: Uint8Array, options: ProcessOptions = {}): Promise<FileOutcome> {
  let doc;
  try {
    doc = await readDocument(path, bytes);
  } catch (err) {
    return { ok: false, problem: toProblem(path, 'read', err) };
  }
  try {
    const fields = extractFields(doc);
    const record: DocumentRecord = {
      id: options.id ?? path,
      path,
      sha256: sha256(bytes),
      format: doc.format,
      encoding: doc.encoding,
      size: bytes.length,
      ...fields,
      warnings: doc.warnings,
      text: doc.text,
    };
    if (options.analyze) {
      const title = indexTerms(record.title ?? '');
      const body = indexTerms(record.text);
      record.index = { title: title.join(' '), body: body.join(' '), terms: [title, body] };
    }
    return { ok: true, record };
  } catch (err) {
    return { ok: false, problem: toProblem(path, 'extract', err) };
  }
}

export type ReadOutcome = { ok: true; bytes: Uint8Array; mtimeMs: number } | { ok: false; problem: Problem };

/**
 * Read one file's bytes with the same checks as processFile, synchronously: a worker thread
 * does nothing else meanwhile, and a thread-pool round trip per file costs more than the read.
 */
export function readFileChecked(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  return readChecked(path, maxFileSize, Infinity, false) as ReadOutcome;
}

/**
 * For handing a file to a worker thread: a file of at most `below` bytes is read here into a
 * buffer of its own (transferable without a copy); a larger one is left for the worker to read
 * (undefined), so at most a few small files' bytes are in flight at once.
 */
export function prefetchFile(path: string, maxFileSize: number, below: number): ReadOutcome | undefined {
  return readChecked(path, maxFileSize, below, true);
}

function readChecked(path: string, maxFileSize: number, below: number, ownBuffer: boolean): ReadOutcome | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, problem: problem(path, 'read', 'read/is-directory', 'is a directory') };
    if (info.size > maxFileSize) {
      return { ok: false, problem: problem(path, 'read', 'read/too-large', `file is ${info.size} bytes, above --max-file-size ${maxFileSize}`) };
    }
    if (info.size > below) return undefined;
    return { ok: true, bytes: readOpenFile(fd, info.size, ownBuffer), mtimeMs: info.mtimeMs };
  } catch (err) {
    return { ok: false, problem: toProblem(path, 'read', err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The `size` bytes fstat reported, in as few reads as the kernel allows: readFileSync(fd) would
 * stat the file again and read once more to see the end (two extra system calls per file, a
 * tenth of a small file's read time). A file that grows meanwhile keeps its new tail for the
 * next run (its mtime is newer than the one recorded); one that shrinks is cut where it ends.
 * Files that report no size (pseudo-files) are read to their end.
 */
function readOpenFile(fd: number, size: number, ownBuffer = false): Buffer {
  if (size === 0) return readFileSync(fd);
  // Small Buffers share one pooled ArrayBuffer; a buffer to transfer must own its memory.
  const bytes = ownBuffer ? Buffer.allocUnsafeSlow(size) : Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, null);
    if (n === 0) return bytes.subarray(0, filled);
    filled += n;
  }
  return bytes;
}

/** Read one file from disk and extract its record. Never throws. */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<FileOutcome> {
  // Synchronous reads, as in the workers: promise-based stat + readFile cost several thread-pool
  // round trips per file, more than reading a document of a few KB.
  const read = readFileChecked(path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if (!read.ok) return { ok: false, problem: read.problem };
  const outcome = await processBytes(path, read.bytes, options);
  return outcome.ok ? { ...outcome, mtimeMs: read.mtimeMs } : outcome;
}

/** The JSON shape `riksdoc extract` prints: gold-format fields, then path, sha256, format, evidence. */
export function recordToJson(record: DocumentRecord, options: { text?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: record.id,
    path: record.path,
    type: record.type,
    title: record.title,
    date: record.date,
    department: record.department,
    diaryNumbers: record.diaryNumbers,
    references: record.references,
    dates: record.dates,
    amounts: record.amounts,
    signatories: record.signatories,
  };
  if (record.askedBy !== undefined) out.askedBy = record.askedBy;
  Object.assign(out, {
    sha256: record.sha256,
    format: record.format,
    encoding: record.encoding,
    size: record.size,
    typeRule: record.typeRule,
    extractorVersion: record.extractorVersion,
    evidence: record.evidence,
    warnings: record.warnings,
  });
  if (options.text) out.text = record.text;
  return out;
}
