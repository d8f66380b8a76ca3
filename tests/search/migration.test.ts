// Archives written before the search vocabulary (schema 1) keep working: read-only search uses
// the analyser they were indexed with; the first writable open re-analyses them (schema 2).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeForIndex } from '../../src/search/analyze.js';
import { parseQuery } from '../../src/search/query.js';
import { openStore } from '../../src/store/index.js';
import { migrate, SCHEMA_VERSION } from '../../src/store/sqlite-schema.js';
import { tempDir } from '../helpers/cli.js';

const tmp = tempDir('riksdoc-search-migration-');
afterAll(() => tmp.cleanup());

function schemaOneArchive(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, 1);
  const docs = [
    ['/old/fragan.txt', 'Frågan om äldreomsorgslyftet', 'Frågan om äldreomsorgslyftet\nRegeringen besvarar frågan om stödet till kommunerna.'],
    ['/old/omsorg.txt', 'Omsorg i hemmet', 'Omsorg i hemmet\nOmsorgen ska vara jämlik.'],
  ];
  const insert = db.prepare(`INSERT INTO documents (path, sha256, size, mtime_ms, format, encoding, type, type_rule, title, date, department,
    extractor_version, evidence, warnings, text, ingested_at) VALUES (?, 'x', 1, 0, 'txt', 'utf-8', 'other', 'r', ?, '2020-01-01', NULL, '1',
    '{"diaryNumbers":[],"references":[],"dates":[],"amounts":[],"signatories":[]}', '[]', ?, '2020-01-01T00:00:00Z')`);
  const fts = db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
  for (const [path, title, text] of docs) {
    const id = Number(insert.run(path, title, text).lastInsertRowid);
    // As the first analyser indexed it: Snowball only.
    fts.run(id, analyzeForIndex(title!, 1), analyzeForIndex(text!, 1));
  }
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  db.close();
}

const paths = async (file: string, q: string, readonly: boolean) => {
  const store = await openStore(file, { readonly });
  try {
    return (await store.search({ query: q, parsed: parseQuery(q), filters: {}, limit: 10 })).map((h) => `${h.path}:${h.match}`);
  } finally {
    await store.close();
  }
};

describe('schema 1 archives', () => {
  it('read-only: searched with the analyser they were indexed with, without compounds', async () => {
    const file = join(tmp.dir, 'ro.db');
    schemaOneArchive(file);
    expect(await paths(file, 'frågan', true)).toEqual(['/old/fragan.txt:stem']);
    expect(await paths(file, 'omsorg', true)).toEqual(['/old/omsorg.txt:stem']);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('writable: migrated to the current schema, re-analysed, with a vocabulary', async () => {
    const file = join(tmp.dir, 'rw.db');
    schemaOneArchive(file);
    const store = await openStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM search_vocab').pluck().get()).toBeGreaterThan(5);
    db.close();
    // fråga finds frågan (the -an ending), omsorg finds äldreomsorgslyftet as a compound.
    expect(await paths(file, 'fråga', true)).toEqual(['/old/fragan.txt:stem']);
    expect(await paths(file, 'stöd', true)).toEqual(['/old/fragan.txt:stem']);
    expect(await paths(file, 'omsorg', true)).toEqual(['/old/omsorg.txt:stem', '/old/fragan.txt:compound']);
  });
});
