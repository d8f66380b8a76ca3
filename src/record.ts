// Shared shapes between the stages: read → extract → classify → store.
// Field names of DocumentRecord follow ../shared/spec/gold-format.md exactly.

export type Format = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'doc';

export const DOCUMENT_TYPES = [
  'written-question-answer',
  'interpellation-answer',
  'interpellation',
  'written-question',
  'government-decision',
  'press-release',
  'letter',
  'committee-directive',
  'statute',
  'bill',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const REFERENCE_KINDS = [
  'riksdag-question',
  'bill',
  'committee-report',
  'sou',
  'ds',
  'directive',
  'sfs',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** The text every extractor sees, whatever the file was. Offsets into `text` are the one coordinate system. */
export interface ReadDocument {
  path: string;
  format: Format;
  /** e.g. 'utf-8', 'utf-16le', 'windows-1252'; 'binary' for PDF/Word. */
  encoding: string;
  text: string;
  /** Start offset of each page in `text` (PDF only). */
  pages?: number[];
  /** Title candidates a reader found in markup (<title>, <h1>, Markdown `#`), with their offsets when they are in `text`. */
  titleHints?: string[];
  warnings: Problem[];
}

/** One extracted fact and the span of `text` it came from. */
export interface Fact<T> {
  value: T;
  start: number;
  end: number;
}

export interface Reference {
  kind: ReferenceKind;
  id: string;
}
export interface Amount {
  value: number;
  currency: string;
}
export interface Person {
  name: string;
  title: string | null;
}
export interface Asker {
  name: string;
  party: string | null;
}

export type ProblemStage = 'walk' | 'read' | 'extract' | 'classify' | 'store';

/** Problems are values tied to a file and a stage (shaped like vfile-message), never crashes. */
export interface Problem {
  path: string;
  stage: ProblemStage;
  /** Stable machine code, e.g. 'pdf/no-text-layer', 'read/encoding'. */
  code: string;
  /** One line, human readable. */
  reason: string;
  place?: { start: number; end: number };
  fatal: boolean;
}

/** Evidence spans of every fact, keyed by field. Single-valued fields have at most one span. */
export interface Evidence {
  type?: { rule: string; start: number; end: number };
  title?: Fact<string>;
  date?: Fact<string>;
  department?: Fact<string>;
  diaryNumbers: Fact<string>[];
  references: Fact<Reference>[];
  dates: Fact<string>[];
  amounts: Fact<Amount>[];
  signatories: Fact<Person>[];
  askedBy?: Fact<Asker>;
}

/** The record's lists of values, read off the evidence (which holds each value with its span). */
export function valuesOf(evidence: Evidence): Pick<DocumentRecord, 'diaryNumbers' | 'references' | 'dates' | 'amounts' | 'signatories'> {
  return {
    diaryNumbers: evidence.diaryNumbers.map((f) => f.value),
    references: evidence.references.map((f) => f.value),
    dates: evidence.dates.map((f) => f.value),
    amounts: evidence.amounts.map((f) => f.value),
    signatories: evidence.signatories.map((f) => f.value),
  };
}

export interface DocumentRecord {
  /** Stable id: derived from the path relative to the ingest root (or the given path for extract). */
  id: string;
  path: string;
  sha256: string;
  format: Format;
  encoding: string;
  size: number;
  type: DocumentType;
  /** The rule that decided the type, e.g. 'heading:svar-på-fråga'. */
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
  text: string;
  /** Index terms (analyzeForIndex of title and text) computed beside extraction in a worker, so the single writer need not. */
  index?: {
    title: string;
    body: string;
    /** The same terms as lists (title, body), for picking out vocabulary terms without splitting the strings again. */
    terms?: [string[], string[]];
  };
}

export type FileStatus = 'added' | 'updated' | 'unchanged' | 'partial' | 'failed' | 'skipped';

export function problem(
  path: string,
  stage: ProblemStage,
  code: string,
  reason: string,
  fatal = true,
): Problem {
  return { path, stage, code, reason: reason.replace(/\s*\n\s*/g, ' '), fatal };
}

/** Thrown inside a stage and turned into a Problem value at the stage boundary. */
export class StageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StageError';
  }
}
