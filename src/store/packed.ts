// A record as an extraction worker hands it to the writer thread: the columns the store writes,
// with the evidence and warnings already serialised to JSON and the new vocabulary terms picked
// out. Posting a DocumentRecord between threads clones its object graph (every fact is an
// object) on both sides, and the writer then serialised the same evidence again; a packed record
// is a handful of strings, so the one writer thread — the ingest's bottleneck — does less per file.
import { type DocumentRecord, type Evidence, type Problem, valuesOf } from '../record.js';
import { indexTerms } from '../search/analyze.js';
import { vocabularyTerms } from '../search/sqlite-vocabulary.js';

/** The record's own columns as they are (askedBy absent for types that have no asker), and: */
type Columns = Pick<
  DocumentRecord,
  'id' | 'path' | 'sha256' | 'format' | 'encoding' | 'size' | 'type' | 'typeRule' | 'title' | 'date' | 'department' | 'askedBy' | 'extractorVersion' | 'text'
>;

export interface PackedRecord extends Columns {
  packed: true;
  /** JSON.stringify(record.evidence). */
  evidenceJson: string;
  /** JSON.stringify(record.warnings). */
  warningsJson: string;
  /**
   * The evidence lists as flat rows for the fact tables, field after field (diary numbers: value,
   * start, end; references: kind, id, start, end; dates: date, start, end; amounts: value,
   * currency, start, end; signatories: name, title, start, end): flat arrays of strings and
   * numbers cost little to post and nothing to walk.
   */
  facts: {
    diaryNumbers: (string | number)[];
    references: (string | number)[];
    dates: (string | number)[];
    amounts: (string | number)[];
    signatories: (string | number | null)[];
  };
  /**
   * The index terms (analyzeForIndex of title and text) and the distinct vocabulary terms
   * (compound and folded look-ups) less those the packing thread has handed over before — the
   * writer checks each against what the archive holds. Absent when the packing thread leaves
   * indexing to the writer (one worker on two cores: see Extractor in src/ingest.ts).
   */
  index?: PackedIndex;
}

export interface PackedIndex {
  title: string;
  body: string;
  vocabulary: string[];
}

export type StorableRecord = DocumentRecord | PackedRecord;

export function isPacked(record: StorableRecord): record is PackedRecord {
  return (record as PackedRecord).packed === true;
}

/**
 * Pack a record for the writer. `sent`: the terms this thread has already handed over; they are
 * left out and the new ones added. Without it every distinct vocabulary term of the record is
 * listed. `index: false` leaves the index terms to the writer (indexRecord there).
 */
export function packRecord(record: DocumentRecord, sent?: Set<string>, options: { index?: boolean } = {}): PackedRecord {
  const e = record.evidence;
  const packed: PackedRecord = {
    packed: true,
    id: record.id,
    path: record.path,
    sha256: record.sha256,
    format: record.format,
    encoding: record.encoding,
    size: record.size,
    type: record.type,
    typeRule: record.typeRule,
    title: record.title,
    date: record.date,
    department: record.department,
    extractorVersion: record.extractorVersion,
    text: record.text,
    evidenceJson: JSON.stringify(e),
    warningsJson: JSON.stringify(record.warnings),
    facts: { diaryNumbers: [], references: [], dates: [], amounts: [], signatories: [] },
  };
  // Loops, not flatMap: a flatMap makes an array per fact (half of packing's time).
  const { diaryNumbers, references, dates, amounts, signatories } = packed.facts;
  for (const f of e.diaryNumbers) diaryNumbers.push(f.value, f.start, f.end);
  for (const f of e.references) references.push(f.value.kind, f.value.id, f.start, f.end);
  for (const f of e.dates) dates.push(f.value, f.start, f.end);
  for (const f of e.amounts) amounts.push(f.value.value, f.value.currency, f.start, f.end);
  for (const f of e.signatories) signatories.push(f.value.name, f.value.title, f.start, f.end);
  if (options.index !== false) packed.index = indexRecord(record, sent);
  if (record.askedBy !== undefined) packed.askedBy = record.askedBy;
  return packed;
}

/** The index terms and new vocabulary terms of a record (its title and text, or its computed index). */
export function indexRecord(record: Pick<DocumentRecord, 'title' | 'text' | 'index'>, sent?: Set<string>): PackedIndex {
  // Term lists, not strings, so the vocabulary is picked out without splitting the text again.
  const terms = record.index?.terms ?? [indexTerms(record.title ?? ''), indexTerms(record.text)];
  return {
    title: record.index?.title ?? terms[0].join(' '),
    body: record.index?.body ?? terms[1].join(' '),
    vocabulary: vocabularyTerms(terms, sent),
  };
}

/** The full record again (for stores that write from the objects). */
export function unpackRecord(p: PackedRecord): DocumentRecord {
  const evidence = JSON.parse(p.evidenceJson) as Evidence;
  const record: DocumentRecord = {
    id: p.id,
    path: p.path,
    sha256: p.sha256,
    format: p.format,
    encoding: p.encoding,
    size: p.size,
    type: p.type,
    typeRule: p.typeRule,
    title: p.title,
    date: p.date,
    department: p.department,
    ...valuesOf(evidence),
    evidence,
    extractorVersion: p.extractorVersion,
    warnings: JSON.parse(p.warningsJson) as Problem[],
    text: p.text,
  };
  if (p.index) record.index = { title: p.index.title, body: p.index.body };
  if (p.askedBy !== undefined) record.askedBy = p.askedBy;
  return record;
}

export function unpacked(record: StorableRecord): DocumentRecord {
  return isPacked(record) ? unpackRecord(record) : record;
}
