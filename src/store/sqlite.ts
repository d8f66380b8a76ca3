// The embedded default backend: one SQLite file in WAL mode.
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { type DocumentRecord, type DocumentType, type Evidence, type Format, type Problem, valuesOf } from '../record.js';
import { analyzeForIndex } from '../search/analyze.js';
import { VocabularyWriter } from '../search/sqlite-vocabulary.js';
import { indexRecord, isPacked, type PackedRecord, packRecord } from './packed.js';
import { migrate, SCHEMA_VERSION, SchemaError } from './sqlite-schema.js';
import { filterCondition } from './sqlite-filters.js';
// Types only: the checkpointer (and node:worker_threads, ~6 ms to load) is imported by the first bulk write, never by a search.
import type { BackgroundCheckpointer, CheckpointerOptions } from './sqlite-checkpointer.js';
import { searchSqlite } from './sqlite-search.js';
import { StoreOpenError } from './types.js';
import type { FileState, RecordFilters, SearchHit, SearchRequest, Stats, Store, StoredRecord, WriteItem, WriteResult } from './types.js';


interface DocumentRow {
  id: number;
  path: string;
  sha256: string;
  size: number;
  format: Format;
  encoding: string;
  type: DocumentType;
  type_rule: string;
  title: string | null;
  date: string | null;
  department: string | null;
  asked_by_name: string | null;
  asked_by_party: string | null;
  has_asked_by: number;
  extractor_version: string;
  evidence: string;
  warnings: string;
  ingested_at: string;
  text?: string;
}

export interface SqliteOptions {
  readonly?: boolean;
  /** Milliseconds to wait for another writer before giving up. */
  busyTimeoutMs?: number;
  /** Checkpoints of bulk writes in a worker thread (default on; see BackgroundCheckpointer). */
  checkpoints?: CheckpointerOptions & { workerUrl?: URL; background?: boolean };
}

export function openSqliteStore(file: string, options: SqliteOptions = {}): SqliteStore {
  const require = createRequire(import.meta.url);
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  const fresh = file === ':memory:' || !existsSync(file) || statSync(file).size === 0;
  if (options.readonly && fresh) throw new StoreOpenError(`${file}: no archive here (run riksdoc ingest first)`);
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 30_000 });
    // Documents of a few KB waste most of a 4 KiB page; must be set before the first table exists.
    if (fresh) db.pragma('page_size = 16384');
    if (!options.readonly) {
      setWal(db, options.busyTimeoutMs ?? 30_000);
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    else checkReadable(db);
  } catch (err) {
    db?.close();
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof SchemaError) throw new StoreOpenError(`${file}: ${message}`);
    if (/file is not a database|file is encrypted/i.test(message)) throw new StoreOpenError(`${file}: not a riksdoc database (not an SQLite file)`);
    if (/readonly|read-only/i.test(message)) throw new StoreOpenError(`${file}: database is read-only`);
    if (/unable to open/i.test(message)) throw new StoreOpenError(`${file}: cannot open database (${message})`);
    throw new StoreOpenError(`${file}: ${message}`);
  }
  return new SqliteStore(db, options.checkpoints);
}

/**
 * Switching a new file to WAL needs a moment alone with it, and SQLite answers "database is
 * locked" at once (no busy handler) while another process is creating the same archive: retry
 * until the busy timeout.
 */
function setWal(db: BetterSqlite3.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if (!(err instanceof Error && /database is locked|SQLITE_BUSY/i.test(err.message)) || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

function checkReadable(db: BetterSqlite3.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) throw new SchemaError('not a riksdoc database');
  if (version > SCHEMA_VERSION) throw new SchemaError(`database schema version ${version} is newer than this riksdoc understands`);
}

/** Files written between two turns of the event loop inside one write transaction. */
const WRITE_SLICE = 100;

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly stmt;
  private vocabulary?: VocabularyWriter;
  /** Vocabulary terms of records packed here (one worker: the writer indexes): each listed once per session. */
  private readonly packedTerms = new Set<string>();
  /** Started by the first bulk write (see write()); false when checkpoints stay on this thread. */
  private checkpointer: BackgroundCheckpointer | undefined | false;

  constructor(
    readonly db: BetterSqlite3.Database,
    private readonly checkpoints: CheckpointerOptions & { workerUrl?: URL; background?: boolean } = {},
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      fileState: p('SELECT id, path, sha256, size, mtime_ms AS mtimeMs, extractor_version AS extractorVersion FROM documents WHERE path = ?'),
      // One query for a chunk of walked paths: a re-run of an unchanged archive is mostly these lookups.
      fileStates: p(`SELECT d.id, d.path, d.sha256, d.size, d.mtime_ms AS mtimeMs, d.extractor_version AS extractorVersion
          FROM json_each(?) j CROSS JOIN documents d ON d.path = j.value`),
      // Only the id: reading the stored text back for every updated file costs a page walk per file.
      byPath: p('SELECT id FROM documents WHERE path = ?'),
      insertDoc: p(`INSERT INTO documents (path, sha256, size, mtime_ms, format, encoding, type, type_rule, title, date, department,
          asked_by_name, asked_by_party, has_asked_by, extractor_version, evidence, warnings, text, ingested_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updateDoc: p(`UPDATE documents SET path=?, sha256=?, size=?, mtime_ms=?, format=?, encoding=?, type=?, type_rule=?,
          title=?, date=?, department=?, asked_by_name=?, asked_by_party=?, has_asked_by=?, extractor_version=?,
          evidence=?, warnings=?, text=?, ingested_at=? WHERE id=?`),
      touch: p('UPDATE documents SET size = ?, mtime_ms = ? WHERE path = ? RETURNING id'),
      deleteFts: p('DELETE FROM documents_fts WHERE rowid = ?'),
      insertFts: p('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)'),
      deleteFacts: [
        p('DELETE FROM diary_numbers WHERE doc_id = ?'),
        p('DELETE FROM doc_references WHERE doc_id = ?'),
        p('DELETE FROM doc_dates WHERE doc_id = ?'),
        p('DELETE FROM amounts WHERE doc_id = ?'),
        p('DELETE FROM signatories WHERE doc_id = ?'),
      ],
      insertDiary: p('INSERT INTO diary_numbers (doc_id, value, start, end) VALUES (?, ?, ?, ?)'),
      insertRef: p('INSERT INTO doc_references (doc_id, kind, ref_id, start, end) VALUES (?, ?, ?, ?, ?)'),
      insertDate: p('INSERT INTO doc_dates (doc_id, date, start, end) VALUES (?, ?, ?, ?)'),
      insertAmount: p('INSERT INTO amounts (doc_id, value, currency, start, end) VALUES (?, ?, ?, ?, ?)'),
      insertSignatory: p('INSERT INTO signatories (doc_id, position, name, title, start, end) VALUES (?, ?, ?, ?, ?, ?)'),
      upsertProblem: p(`INSERT INTO problems (path, stage, code, reason, at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(path) DO UPDATE SET stage=excluded.stage, code=excluded.code, reason=excluded.reason, at=excluded.at`),
      clearProblem: p('DELETE FROM problems WHERE path = ?'),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
      getById: p('SELECT * FROM documents WHERE id = ?'),
      getByPath: p('SELECT * FROM documents WHERE path = ?'),
      allPaths: p('SELECT id, path FROM documents'),
    };
  }

  async fileState(path: string): Promise<FileState | undefined> {
    return this.stmt.fileState.get(path) as FileState | undefined;
  }

  /** Bookkeeping for many paths at once; paths never stored are absent from the map. */
  async fileStates(paths: readonly string[]): Promise<Map<string, FileState>> {
    const rows = this.stmt.fileStates.all(JSON.stringify(paths)) as FileState[];
    return new Map(rows.map((row) => [row.path, row]));
  }

  /** Synchronous core of write(), so one transaction holds the whole batch. */
  writeSync(items: WriteItem[]): WriteResult[] {
    // One timestamp per transaction: the batch is stored at one moment.
    const run = this.db.transaction((batch: WriteItem[]) => {
      const now = new Date().toISOString();
      return batch.map((item) => this.writeOne(item, now));
    });
    // IMMEDIATE takes the write lock up front: two ingests queue on busy_timeout instead of failing mid-transaction.
    try {
      return run.immediate(items);
    } catch (err) {
      this.forgetVocabulary();
      throw err;
    }
  }

  /** After a rollback the terms this store remembers as written may not be: read them again. */
  private forgetVocabulary(): void {
    this.packedTerms.clear();
    this.vocabulary = undefined;
  }

  /**
   * One transaction for the whole batch, written in slices with a turn of the event loop between
   * them: the ingest's thread also hands files to the extraction workers, and a batch of a
   * thousand files holds it for a few hundred milliseconds, longer than the work each worker has
   * queued. Large batches matter at archive scale: every commit rewrites each index page its
   * files touched (dates, amounts, names land on pages all over their indexes), so at 100 000
   * documents a batch of 200 cost twice the CPU per file of a batch of 1 000.
   */
  async write(items: WriteItem[]): Promise<WriteResult[]> {
    if (items.length <= WRITE_SLICE) return this.writeSync(items);
    const now = new Date().toISOString();
    const checkpointer = await this.bulkCheckpointer();
    checkpointer?.beforeBegin();
    // IMMEDIATE takes the write lock up front: two ingests queue on busy_timeout instead of failing mid-transaction.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const results: WriteResult[] = [];
      for (let i = 0; i < items.length; i += WRITE_SLICE) {
        if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        for (let j = i; j < Math.min(items.length, i + WRITE_SLICE); j++) results.push(this.writeOne(items[j]!, now));
      }
      this.db.exec('COMMIT');
      checkpointer?.afterCommit();
      return results;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.forgetVocabulary();
      throw err;
    }
  }

  /** Bulk writes (an ingest's batches) leave checkpoints to a worker: see BackgroundCheckpointer. */
  private async bulkCheckpointer(): Promise<BackgroundCheckpointer | undefined> {
    if (this.checkpointer === undefined) {
      this.checkpointer = false;
      if (this.checkpoints.background !== false) {
        const { BackgroundCheckpointer } = await import('./sqlite-checkpointer.js');
        this.checkpointer = BackgroundCheckpointer.start(this.db, this.checkpoints) ?? false;
      }
    }
    return this.checkpointer || undefined;
  }

  private writeOne(item: WriteItem, now: string): WriteResult {
    if (item.kind === 'problem') {
      const p: Problem = item.problem;
      this.stmt.upsertProblem.run(p.path, p.stage, p.code, p.reason, now);
      return { path: p.path, status: 'failed', id: null };
    }
    if (item.kind === 'touch') {
      const row = this.stmt.touch.get(item.size, item.mtimeMs, item.path) as { id: number } | undefined;
      return { path: item.path, status: 'unchanged', id: row?.id ?? null };
    }
    const r = isPacked(item.record) ? item.record : packRecord(item.record, this.packedTerms);
    const existing = this.stmt.byPath.get(r.path) as { id: number } | undefined;
    // Positional parameters, in the column order of insertDoc/updateDoc: binding from a named
    // object costs a property look-up per column per file on the one writer thread.
    const params = [
      r.path, r.sha256, r.size, item.mtimeMs, r.format, r.encoding, r.type, r.typeRule, r.title, r.date, r.department,
      r.askedBy?.name ?? null, r.askedBy?.party ?? null, r.askedBy === undefined ? 0 : 1, r.extractorVersion,
      r.evidenceJson, r.warningsJson, r.text, now,
    ];
    let id: number;
    if (existing) {
      id = existing.id;
      this.stmt.updateDoc.run(...params, id);
      this.stmt.deleteFts.run(id);
      for (const s of this.stmt.deleteFacts) s.run(id);
    } else {
      id = Number(this.stmt.insertDoc.run(...params).lastInsertRowid);
    }
    const index = r.index ?? indexRecord(r, this.packedTerms);
    this.stmt.insertFts.run(id, index.title, index.body);
    if (index.vocabulary.length) (this.vocabulary ??= new VocabularyWriter(this.db)).add(index.vocabulary);
    this.insertFacts(id, r);
    this.stmt.clearProblem.run(r.path);
    return { path: r.path, status: existing ? 'updated' : 'added', id };
  }

  /** The fact rows, from the packed record's flat lists (see PackedRecord.facts). */
  private insertFacts(id: number, r: PackedRecord): void {
    const { diaryNumbers: d, references: ref, dates: dt, amounts: a, signatories: sg } = r.facts;
    for (let i = 0; i < d.length; i += 3) this.stmt.insertDiary.run(id, d[i], d[i + 1], d[i + 2]);
    for (let i = 0; i < ref.length; i += 4) this.stmt.insertRef.run(id, ref[i], ref[i + 1], ref[i + 2], ref[i + 3]);
    for (let i = 0; i < dt.length; i += 3) this.stmt.insertDate.run(id, dt[i], dt[i + 1], dt[i + 2]);
    for (let i = 0; i < a.length; i += 4) this.stmt.insertAmount.run(id, a[i], a[i + 1], a[i + 2], a[i + 3]);
    for (let i = 0, n = 0; i < sg.length; i += 4, n++) this.stmt.insertSignatory.run(id, n, sg[i], sg[i + 1], sg[i + 2], sg[i + 3]);
  }

  async prune(roots: string[], seen: Set<string>): Promise<string[]> {
    const removed: string[] = [];
    const under = (p: string) => roots.some((r) => p === r || p.startsWith(r.endsWith('/') ? r : `${r}/`));
    const rows = this.stmt.allPaths.all() as { id: number; path: string }[];
    this.db.transaction(() => {
      for (const row of rows) {
        if (under(row.path) && !seen.has(row.path)) {
          this.stmt.deleteFts.run(row.id);
          this.stmt.deleteDoc.run(row.id);
          this.stmt.clearProblem.run(row.path);
          removed.push(row.path);
        }
      }
    }).immediate();
    return removed;
  }

  async get(idOrPath: string): Promise<StoredRecord | undefined> {
    const row = (/^\d+$/.test(idOrPath) ? this.stmt.getById.get(Number(idOrPath)) : undefined) ?? this.stmt.getByPath.get(idOrPath);
    return row ? this.toRecord(row as DocumentRow, true) : undefined;
  }

  private toRecord(row: DocumentRow, withText: boolean): StoredRecord {
    const evidence = JSON.parse(row.evidence) as Evidence;
    const rec: StoredRecord = {
      id: row.id,
      path: row.path,
      sha256: row.sha256,
      format: row.format,
      encoding: row.encoding,
      size: row.size,
      type: row.type,
      typeRule: row.type_rule,
      title: row.title,
      date: row.date,
      department: row.department,
      ...valuesOf(evidence),
      evidence,
      extractorVersion: row.extractor_version,
      warnings: JSON.parse(row.warnings) as Problem[],
      ingestedAt: row.ingested_at,
    };
    if (row.has_asked_by) rec.askedBy = row.asked_by_name ? { name: row.asked_by_name, party: row.asked_by_party } : null;
    if (withText && row.text !== undefined) rec.text = row.text;
    return rec;
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    return searchSqlite(this.db, request);
  }

  async *export(filters: RecordFilters): AsyncIterable<StoredRecord> {
    const cond = filterCondition(filters);
    const sql = `SELECT d.id, d.path, d.sha256, d.size, d.format, d.encoding, d.type, d.type_rule, d.title, d.date, d.department,
      d.asked_by_name, d.asked_by_party, d.has_asked_by, d.extractor_version, d.evidence, d.warnings, d.ingested_at
      FROM documents d WHERE ${cond.sql} ORDER BY d.id`;
    for (const row of this.db.prepare(sql).iterate(...cond.params)) yield this.toRecord(row as DocumentRow, false);
  }

  async stats(): Promise<Stats> {
    const count = (sql: string) =>
      Object.fromEntries((this.db.prepare(sql).all() as { k: string | null; n: number }[]).map((r) => [r.k ?? '(none)', r.n]));
    const total = this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    return {
      documents: total.n,
      byType: count('SELECT type AS k, count(*) AS n FROM documents GROUP BY type ORDER BY n DESC, k'),
      byDepartment: count('SELECT department AS k, count(*) AS n FROM documents GROUP BY department ORDER BY n DESC, k'),
      byYear: count('SELECT substr(date, 1, 4) AS k, count(*) AS n FROM documents GROUP BY k ORDER BY k'),
      byFormat: count('SELECT format AS k, count(*) AS n FROM documents GROUP BY format ORDER BY n DESC, k'),
      failed: this.db.prepare('SELECT path, stage, code, reason FROM problems ORDER BY path').all() as Stats['failed'],
    };
  }

  async close(): Promise<void> {
    // Before the connection closes: the last connection to close checkpoints and removes the WAL.
    if (this.checkpointer) await this.checkpointer.close();
    if (this.db.open) {
      try {
        this.db.pragma('optimize');
      } catch {
        /* a read-only or busy database need not be optimised */
      }
      this.db.close();
    }
  }
}
