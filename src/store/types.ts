// The one store interface every backend implements. The pipeline and the CLI see only this.
import type { Amount, Asker, DocumentRecord, DocumentType, Evidence, Format, Person, Problem, Reference } from '../record.js';
import type { QueryNode } from '../search/query.js';
import type { StorableRecord } from './packed.js';

/** What the store remembers about a file to decide whether it must be read again. */
export interface FileState {
  id: number;
  path: string;
  sha256: string;
  size: number;
  mtimeMs: number;
  extractorVersion: string;
}

export type WriteItem =
  /** A worker hands records over packed (src/store/packed.ts); callers in one thread may pass them whole. */
  | { kind: 'record'; record: StorableRecord; mtimeMs: number }
  /** Same content as stored: only the size/mtime bookkeeping changes. */
  | { kind: 'touch'; path: string; size: number; mtimeMs: number }
  | { kind: 'problem'; problem: Problem };

export interface WriteResult {
  path: string;
  status: 'added' | 'updated' | 'unchanged' | 'failed';
  id: number | null;
}

/** Filters shared by search and export. Every field optional; all given ones must hold. */
export interface RecordFilters {
  type?: DocumentType[];
  from?: string;
  to?: string;
  department?: string;
  diary?: string;
  ref?: { kind?: string; id: string };
  signatory?: string;
  askedBy?: string;
  party?: string;
  minAmount?: number;
  maxAmount?: number;
  format?: Format;
}

/** A stored record as it comes back out: the record fields plus the store's own id. */
export interface StoredRecord {
  id: number;
  path: string;
  sha256: string;
  format: Format;
  encoding: string;
  size: number;
  type: DocumentType;
  typeRule: string;
  title: string | null;
  date: string | null;
  department: string | null;
  diaryNumbers: string[];
  references: Reference[];
  dates: string[];
  amounts: Amount[];
  signatories: Person[];
  askedBy?: Asker | null;
  evidence: Evidence;
  extractorVersion: string;
  warnings: Problem[];
  ingestedAt: string;
  text?: string;
}

export interface Stats {
  documents: number;
  byType: Record<string, number>;
  byDepartment: Record<string, number>;
  byYear: Record<string, number>;
  byFormat: Record<string, number>;
  failed: { path: string; stage: string; code: string; reason: string }[];
}

export interface SearchRequest {
  /** The query language of src/search/query.ts; empty when only filters are given. */
  query: string;
  /**
   * The query already parsed (the CLI parses it to report syntax errors and to recognise
   * designations with src/swedish/designations.ts); when absent the store parses `query`.
   */
  parsed?: QueryNode | null;
  filters: RecordFilters;
  limit: number;
}

export interface SearchHit {
  id: number;
  path: string;
  type: DocumentType;
  title: string | null;
  date: string | null;
  department: string | null;
  score: number;
  snippet: { text: string; start: number; end: number; highlights: { start: number; end: number }[] } | null;
  /**
   * How the hit matched: 'stem' (the words or their inflections), 'compound' (a word found as part
   * of a compound, ranked below), 'folded' (typed without å/ä/ö and found only with them, ranked
   * last), 'designation' (only designations and filters), 'filter' (no query).
   */
  match: 'stem' | 'compound' | 'folded' | 'designation' | 'filter';
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Bookkeeping for one path, or undefined when the path was never stored. */
  fileState(path: string): Promise<FileState | undefined>;
  /** Write a batch in one transaction; a failed file never touches a stored record. */
  write(items: WriteItem[]): Promise<WriteResult[]>;
  /** Remove records whose path is under one of `roots` but not in `seen`. Returns removed paths. */
  prune(roots: string[], seen: Set<string>): Promise<string[]>;
  get(idOrPath: string): Promise<StoredRecord | undefined>;
  search(request: SearchRequest): Promise<SearchHit[]>;
  export(filters: RecordFilters): AsyncIterable<StoredRecord>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}

/** The database cannot be opened, is not a riksdoc archive, or cannot be written (exit 3). */
export class StoreOpenError extends Error {}
