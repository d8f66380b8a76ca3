// SQLite schema and migrations. The version lives in PRAGMA user_version; each migration moves it by one.
import type BetterSqlite3 from 'better-sqlite3';
import { reindexAll } from '../search/sqlite-vocabulary.js';

/** The application id marks a file as a riksdoc archive ("RKSD"). */
export const APPLICATION_ID = 0x524b5344;

/** SQL, or a function for a step that needs JavaScript (Swedish analysis of stored text). */
const MIGRATIONS: (string | ((db: BetterSqlite3.Database) => void))[] = [
  // 1: the first schema.
  `
  CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    path              TEXT NOT NULL UNIQUE,
    sha256            TEXT NOT NULL,
    size              INTEGER NOT NULL,
    mtime_ms          REAL NOT NULL,
    format            TEXT NOT NULL,
    encoding          TEXT NOT NULL,
    type              TEXT NOT NULL,
    type_rule         TEXT NOT NULL,
    title             TEXT,
    date              TEXT,
    department        TEXT,
    asked_by_name     TEXT,
    asked_by_party    TEXT,
    has_asked_by      INTEGER NOT NULL DEFAULT 0,
    extractor_version TEXT NOT NULL,
    evidence          TEXT NOT NULL,
    warnings          TEXT NOT NULL,
    text              TEXT NOT NULL,
    ingested_at       TEXT NOT NULL
  );
  CREATE INDEX documents_type ON documents(type);
  CREATE INDEX documents_date ON documents(date);
  CREATE INDEX documents_department ON documents(department);
  CREATE INDEX documents_sha256 ON documents(sha256);
  CREATE INDEX documents_asked_by ON documents(asked_by_name COLLATE NOCASE);

  CREATE TABLE diary_numbers (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value  TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL
  );
  CREATE INDEX diary_numbers_value ON diary_numbers(value COLLATE NOCASE);
  CREATE INDEX diary_numbers_doc ON diary_numbers(doc_id);

  CREATE TABLE doc_references (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind   TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL
  );
  CREATE INDEX doc_references_id ON doc_references(ref_id COLLATE NOCASE, kind);
  CREATE INDEX doc_references_doc ON doc_references(doc_id);

  CREATE TABLE doc_dates (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date   TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL
  );
  CREATE INDEX doc_dates_date ON doc_dates(date);
  CREATE INDEX doc_dates_doc ON doc_dates(doc_id);

  CREATE TABLE amounts (
    doc_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value    REAL NOT NULL,
    currency TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL
  );
  CREATE INDEX amounts_value ON amounts(value);
  CREATE INDEX amounts_doc ON amounts(doc_id);

  CREATE TABLE signatories (
    doc_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    title    TEXT,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL
  );
  CREATE INDEX signatories_name ON signatories(name COLLATE NOCASE);
  CREATE INDEX signatories_doc ON signatories(doc_id);

  -- The last problem per file that could not be stored; cleared when the file is stored again.
  CREATE TABLE problems (
    path   TEXT PRIMARY KEY,
    stage  TEXT NOT NULL,
    code   TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
  );

  -- Analysed text (Swedish stems and compound parts, computed in JS at index time) in a
  -- contentless FTS5 table: the original text lives in documents.text for snippets.
  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body,
    content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 0"
  );
  `,
  // 2: the search vocabulary (compound parts and folded spellings) and the analyser's -an/-et;
  // every stored document is analysed again.
  reindexAll,
  // 3: a re-run decides "unchanged" from path, size, mtime and extractor version: a covering
  // index answers that without reading each document's row (rows hold the text; at 10 000
  // documents the look-ups read ~50 MB of pages and were a third of an unchanged re-run).
  // Nothing queried by sha256 alone: its index went.
  `
  CREATE INDEX documents_file_state ON documents(path, size, mtime_ms, extractor_version, sha256);
  DROP INDEX documents_sha256;
  `,
  // 4: indexes no query uses go: dates are filtered on the document's own date, amounts per
  // document (by doc_id), signatory names by substring (LIKE '%…%' cannot use an index). Their
  // values land on pages all over each index, and every commit rewrote those pages: at 100 000
  // documents they were half the writer's CPU (~150 → ~70 µs per document).
  `
  DROP INDEX doc_dates_date;
  DROP INDEX amounts_value;
  DROP INDEX signatories_name;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaError extends Error {}

/** Bring a database to the current schema (or to `target`, for tests of old archives), or refuse one that is not ours or is newer. */
export function migrate(db: BetterSqlite3.Database, target: number = SCHEMA_VERSION): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new SchemaError(`database schema version ${version} is newer than this riksdoc understands (${SCHEMA_VERSION}); upgrade riksdoc`);
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type IN ('table','view')").get() as { n: number };
    if (tables.n > 0) throw new SchemaError('not a riksdoc database (it holds other tables)');
  } else if (appId !== APPLICATION_ID) {
    throw new SchemaError('not a riksdoc database (unknown application id)');
  }
  for (let v = version; v < target; v++) {
    db.transaction(() => {
      // Another process may have run this step while we waited for the write lock (two ingests
      // creating one new archive at once): read the version again under the lock.
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      const step = MIGRATIONS[v]!;
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
