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

describe('schema 2 → 3: the file-state index', () => {
  it('an unchanged re-run is answered from the covering index, not from the document rows', async () => {
    const file = join(tmp.dir, 'v2.db');
    schemaOneArchive(file);
    const db = new Database(file);
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const store = await openStore(file);
    const states = await (store as unknown as { fileStates(p: string[]): Promise<Map<string, { size: number; sha256: string }>> }).fileStates([
      '/old/fragan.txt',
      '/not/stored.txt',
    ]);
    await store.close();
    expect([...states.keys()]).toEqual(['/old/fragan.txt']);
    expect(states.get('/old/fragan.txt')).toMatchObject({ size: 1, sha256: 'x' });
    const after = new Database(file, { readonly: true });
    const indexes = after.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'").pluck().all();
    expect(indexes).toContain('documents_file_state');
    expect(indexes).not.toContain('documents_sha256');
    // Schema 4: indexes no query used are gone; the ones filters use stay.
    const all = after.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
    for (const gone of ['doc_dates_date', 'amounts_value', 'signatories_name']) expect(all).not.toContain(gone);
    for (const kept of ['diary_numbers_value', 'doc_references_id', 'amounts_doc', 'signatories_doc', 'doc_dates_doc', 'documents_date', 'documents_type']) {
      expect(all).toContain(kept);
    }
    const plan = after
      .prepare(`EXPLAIN QUERY PLAN SELECT d.id, d.path, d.sha256, d.size, d.mtime_ms, d.extractor_version
        FROM json_each(?) j CROSS JOIN documents d ON d.path = j.value`)
      .all('[]') as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' | ')).toMatch(/COVERING INDEX documents_file_state/);
    after.close();
  });
});
