// Writing a batch to PostgreSQL: one transaction, a handful of statements whatever the batch size.
// Rows travel as parallel arrays expanded by unnest(), so a statement has a fixed number of
// parameters (no 65 535-parameter ceiling, one plan) and the server does the row building.
// Upserts go in path order: two ingests writing overlapping batches take row locks in the same
// order and queue behind each other instead of deadlocking.
import type { PoolClient } from 'pg';
import type { DocumentRecord, Problem } from '../record.js';
import { unpacked } from './packed.js';
import type { WriteItem, WriteResult } from './types.js';

/** PostgreSQL text cannot hold U+0000; U+FFFD keeps the length, so every offset stays right. */
const NUL = /\u0000/g;
export const NUL_STANDIN = '\uFFFD';

export function withoutNul(s: string): string {
  return s.includes('\u0000') ? s.replace(NUL, NUL_STANDIN) : s;
}

function nullableWithoutNul(s: string | null | undefined): string | null {
  return s == null ? null : withoutNul(s);
}

/** Offsets of U+0000 in `text`, as "3,17" ('' when none), to put them back on the way out. */
export function nulOffsets(text: string): string {
  if (!text.includes('\u0000')) return '';
  const offsets: number[] = [];
  for (let i = text.indexOf('\u0000'); i >= 0; i = text.indexOf('\u0000', i + 1)) offsets.push(i);
  return offsets.join(',');
}

export function restoreNuls(text: string, offsets: readonly number[] | null): string {
  if (!offsets?.length) return text;
  const chars = text.split('');
  for (const i of offsets) if (i < chars.length) chars[i] = '\u0000';
  return chars.join('');
}

/**
 * How the server's text search sees text. Under a UTF-8 locale it lower-cases å/ä/ö and splits
 * at – and ”; under the C locale it does neither, so riksdoc hands it text already lower-cased
 * with non-ASCII punctuation blanked (same meaning, same words).
 */
export interface IndexPreparation {
  serverUnderstandsUnicode: boolean;
}

const NON_ASCII_NON_WORD = /[^\p{L}\p{N}\p{M}\u0000-\u007f]/gu;

export function textForIndex(text: string, prep: IndexPreparation): string | null {
  if (prep.serverUnderstandsUnicode) return null;
  return withoutNul(text).toLowerCase().replace(NON_ASCII_NON_WORD, ' ');
}

const UPSERT_DOCUMENTS = `
  INSERT INTO documents AS d (path, sha256, size, mtime_ms, format, encoding, type, type_rule, title, date, department,
    asked_by_name, asked_by_party, has_asked_by, extractor_version, evidence, warnings, text, text_nuls, ingested_at, search_vector)
  SELECT u.path, u.sha256, u.size, u.mtime_ms, u.format, u.encoding, u.type, u.type_rule, u.title, u.date, u.department,
    u.asked_by_name, u.asked_by_party, u.has_asked_by, u.extractor_version, u.evidence::json, u.warnings::json, u.text,
    CASE WHEN u.text_nuls = '' THEN NULL ELSE string_to_array(u.text_nuls, ',')::integer[] END,
    $1, riksdoc_index_vector(coalesce(u.index_title, u.title), coalesce(u.index_text, u.text))
  FROM unnest($2::text[], $3::text[], $4::bigint[], $5::float8[], $6::text[], $7::text[], $8::text[], $9::text[],
    $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::boolean[], $16::text[], $17::text[], $18::text[],
    $19::text[], $20::text[], $21::text[], $22::text[])
    AS u(path, sha256, size, mtime_ms, format, encoding, type, type_rule, title, date, department, asked_by_name,
    asked_by_party, has_asked_by, extractor_version, evidence, warnings, text, text_nuls, index_title, index_text)
  ORDER BY u.path COLLATE "C"
  ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime_ms = excluded.mtime_ms,
    format = excluded.format, encoding = excluded.encoding, type = excluded.type, type_rule = excluded.type_rule,
    title = excluded.title, date = excluded.date, department = excluded.department, asked_by_name = excluded.asked_by_name,
    asked_by_party = excluded.asked_by_party, has_asked_by = excluded.has_asked_by, extractor_version = excluded.extractor_version,
    evidence = excluded.evidence, warnings = excluded.warnings, text = excluded.text, text_nuls = excluded.text_nuls,
    ingested_at = excluded.ingested_at, search_vector = excluded.search_vector
  RETURNING d.id::float8 AS id, d.path, (d.xmax = 0) AS inserted`;

// Data-modifying CTEs all run to completion, so one round trip replaces five.
const DELETE_FACTS = `
  WITH a AS (DELETE FROM diary_numbers WHERE doc_id = ANY($1::bigint[])),
       b AS (DELETE FROM doc_references WHERE doc_id = ANY($1::bigint[])),
       c AS (DELETE FROM doc_dates WHERE doc_id = ANY($1::bigint[])),
       e AS (DELETE FROM amounts WHERE doc_id = ANY($1::bigint[]))
  DELETE FROM signatories WHERE doc_id = ANY($1::bigint[])`;

const INSERT_FACTS = `
  WITH a AS (INSERT INTO diary_numbers (doc_id, value, start, "end")
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::integer[])),
       b AS (INSERT INTO doc_references (doc_id, kind, ref_id, start, "end")
             SELECT * FROM unnest($5::bigint[], $6::text[], $7::text[], $8::integer[], $9::integer[])),
       c AS (INSERT INTO doc_dates (doc_id, date, start, "end")
             SELECT * FROM unnest($10::bigint[], $11::text[], $12::integer[], $13::integer[])),
       e AS (INSERT INTO amounts (doc_id, value, currency, start, "end")
             SELECT * FROM unnest($14::bigint[], $15::float8[], $16::text[], $17::integer[], $18::integer[]))
  INSERT INTO signatories (doc_id, position, name, title, start, "end")
  SELECT * FROM unnest($19::bigint[], $20::integer[], $21::text[], $22::text[], $23::integer[], $24::integer[])`;

const TOUCH = `
  UPDATE documents AS d SET size = u.size, mtime_ms = u.mtime_ms
  FROM (SELECT * FROM unnest($1::text[], $2::bigint[], $3::float8[]) AS t(path, size, mtime_ms) ORDER BY path COLLATE "C") AS u
  WHERE d.path = u.path
  RETURNING d.id::float8 AS id, d.path`;

const UPSERT_PROBLEMS = `
  INSERT INTO problems (path, stage, code, reason, at)
  SELECT u.path, u.stage, u.code, u.reason, $1 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(path, stage, code, reason)
  ORDER BY u.path COLLATE "C"
  ON CONFLICT (path) DO UPDATE SET stage = excluded.stage, code = excluded.code, reason = excluded.reason, at = excluded.at`;

interface Indexed<T> {
  index: number;
  item: T;
}

type RecordItem = Extract<WriteItem, { kind: 'record' }>;
type TouchItem = Extract<WriteItem, { kind: 'touch' }>;
type ProblemItem = Extract<WriteItem, { kind: 'problem' }>;

function pathOf(item: WriteItem): string {
  return item.kind === 'problem' ? item.problem.path : item.kind === 'touch' ? item.path : item.record.path;
}

/**
 * Consecutive runs of items with no path twice: one statement cannot upsert a row twice, and a
 * later item for a path must see the earlier one (as SQLite, which writes item by item, does).
 */
function rounds(items: readonly WriteItem[]): Indexed<WriteItem>[][] {
  const out: Indexed<WriteItem>[][] = [];
  let current: Indexed<WriteItem>[] = [];
  let paths = new Set<string>();
  items.forEach((item, index) => {
    const path = pathOf(item);
    if (paths.has(path)) {
      out.push(current);
      current = [];
      paths = new Set();
    }
    paths.add(path);
    current.push({ index, item });
  });
  if (current.length) out.push(current);
  return out;
}

/** Write all items inside the caller's transaction; results in the order of `items`. */
export async function writeBatch(client: PoolClient, items: readonly WriteItem[], prep: IndexPreparation, now: string): Promise<WriteResult[]> {
  const results: WriteResult[] = new Array<WriteResult>(items.length);
  for (const round of rounds(items)) {
    const records: Indexed<RecordItem>[] = [];
    const touches: Indexed<TouchItem>[] = [];
    const problems: Indexed<ProblemItem>[] = [];
    for (const entry of round) {
      if (entry.item.kind === 'record') records.push(entry as Indexed<RecordItem>);
      else if (entry.item.kind === 'touch') touches.push(entry as Indexed<TouchItem>);
      else problems.push(entry as Indexed<ProblemItem>);
    }
    if (records.length) await writeRecords(client, records, prep, now, results);
    if (touches.length) await writeTouches(client, touches, results);
    if (problems.length) await writeProblems(client, problems, now, results);
  }
  return results;
}

async function writeRecords(client: PoolClient, entries: Indexed<RecordItem>[], prep: IndexPreparation, now: string, results: WriteResult[]): Promise<void> {
  const cols: unknown[][] = Array.from({ length: 21 }, () => []);
  // PostgreSQL writes from the objects: a record a worker packed is unpacked here.
  const records = entries.map(({ item }) => unpacked(item.record));
  entries.forEach(({ item }, i) => {
    const r = records[i]!;
    const row: unknown[] = [
      r.path,
      r.sha256,
      r.size,
      item.mtimeMs,
      r.format,
      r.encoding,
      r.type,
      r.typeRule,
      nullableWithoutNul(r.title),
      nullableWithoutNul(r.date),
      nullableWithoutNul(r.department),
      nullableWithoutNul(r.askedBy?.name),
      nullableWithoutNul(r.askedBy?.party),
      r.askedBy !== undefined,
      r.extractorVersion,
      JSON.stringify(r.evidence),
      JSON.stringify(r.warnings),
      withoutNul(r.text),
      nulOffsets(r.text),
      r.title == null ? null : textForIndex(r.title, prep),
      textForIndex(r.text, prep),
    ];
    row.forEach((value, c) => cols[c]!.push(value));
  });
  const upserted = await client.query<{ id: number; path: string; inserted: boolean }>(UPSERT_DOCUMENTS, [now, ...cols]);
  const byPath = new Map(upserted.rows.map((row) => [row.path, row]));
  const replaced = upserted.rows.filter((row) => !row.inserted).map((row) => row.id);
  if (replaced.length) await client.query(DELETE_FACTS, [replaced]);

  const facts = new FactColumns();
  for (const [i, { index, item }] of entries.entries()) {
    const row = byPath.get(item.record.path);
    if (!row) throw new Error(`${item.record.path}: the upsert returned no row`);
    facts.add(row.id, records[i]!);
    results[index] = { path: item.record.path, status: row.inserted ? 'added' : 'updated', id: row.id };
  }
  if (facts.rows) await client.query(INSERT_FACTS, facts.params());
  await client.query('DELETE FROM problems WHERE path = ANY($1::text[])', [entries.map((e) => e.item.record.path)]);
}

/** The five fact tables as parallel columns, in INSERT_FACTS parameter order. */
class FactColumns {
  rows = 0;
  private readonly diary: unknown[][] = [[], [], [], []];
  private readonly refs: unknown[][] = [[], [], [], [], []];
  private readonly dates: unknown[][] = [[], [], [], []];
  private readonly amounts: unknown[][] = [[], [], [], [], []];
  private readonly signatories: unknown[][] = [[], [], [], [], [], []];

  add(id: number, r: DocumentRecord): void {
    const push = (table: unknown[][], values: unknown[]) => {
      values.forEach((v, i) => table[i]!.push(v));
      this.rows++;
    };
    const e = r.evidence;
    for (const f of e.diaryNumbers) push(this.diary, [id, withoutNul(f.value), f.start, f.end]);
    for (const f of e.references) push(this.refs, [id, f.value.kind, withoutNul(f.value.id), f.start, f.end]);
    for (const f of e.dates) push(this.dates, [id, withoutNul(f.value), f.start, f.end]);
    for (const f of e.amounts) push(this.amounts, [id, f.value.value, withoutNul(f.value.currency), f.start, f.end]);
    e.signatories.forEach((f, i) => push(this.signatories, [id, i, withoutNul(f.value.name), nullableWithoutNul(f.value.title), f.start, f.end]));
  }

  params(): unknown[] {
    return [...this.diary, ...this.refs, ...this.dates, ...this.amounts, ...this.signatories];
  }
}

async function writeTouches(client: PoolClient, entries: Indexed<TouchItem>[], results: WriteResult[]): Promise<void> {
  const touched = await client.query<{ id: number; path: string }>(TOUCH, [
    entries.map((e) => e.item.path),
    entries.map((e) => e.item.size),
    entries.map((e) => e.item.mtimeMs),
  ]);
  const ids = new Map(touched.rows.map((row) => [row.path, row.id]));
  for (const { index, item } of entries) results[index] = { path: item.path, status: 'unchanged', id: ids.get(item.path) ?? null };
}

async function writeProblems(client: PoolClient, entries: Indexed<ProblemItem>[], now: string, results: WriteResult[]): Promise<void> {
  const list: Problem[] = entries.map((e) => e.item.problem);
  await client.query(UPSERT_PROBLEMS, [
    now,
    list.map((p) => withoutNul(p.path)),
    list.map((p) => p.stage),
    list.map((p) => withoutNul(p.code)),
    list.map((p) => withoutNul(p.reason)),
  ]);
  for (const { index, item } of entries) results[index] = { path: item.problem.path, status: 'failed', id: null };
}
