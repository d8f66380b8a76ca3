// SQLite writes a large batch as one transaction in slices, giving the event loop a turn between
// them (the ingest thread feeds the extraction workers meanwhile): all of it or none of it is stored.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/record.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { packRecord } from '../../src/store/packed.js';
import type { WriteItem } from '../../src/store/types.js';
import { tempDir } from '../helpers/cli.js';

const tmp = tempDir('riksdoc-sqlite-write-');
afterAll(() => tmp.cleanup());

async function record(i: number): Promise<DocumentRecord> {
  const text = `Svar på fråga 2020/21:${1000 + i} av Anna Andersson (M)\nStöd nummer ${i}\n\nRegeringen avsätter ${i + 1} miljoner kronor.\n\nStockholm den 12 mars 2021\n\nLena Hallengren\n`;
  const outcome = await processBytes(`/docs/${i}.txt`, Buffer.from(text), { analyze: true });
  if (!outcome.ok) throw new Error(outcome.problem.reason);
  return outcome.record;
}

async function items(n: number, from = 0): Promise<WriteItem[]> {
  const sent = new Set<string>();
  const out: WriteItem[] = [];
  for (let i = from; i < from + n; i++) out.push({ kind: 'record', record: i % 2 ? packRecord(await record(i), sent) : await record(i), mtimeMs: i });
  return out;
}

describe('SqliteStore.write of a large batch', () => {
  it('stores every item, in order, and lets the event loop run between slices', async () => {
    const store = openSqliteStore(join(tmp.dir, 'slices.db'));
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    const batch = await items(350);
    setImmediate(tick);
    const results = await store.write(batch);
    ticking = false;
    expect(results.map((r) => r.status)).toEqual(Array(350).fill('added'));
    expect(results.map((r) => r.path)).toEqual(Array.from({ length: 350 }, (_, i) => `/docs/${i}.txt`));
    expect(new Set(results.map((r) => r.id)).size).toBe(350);
    expect(turns).toBeGreaterThanOrEqual(3);
    const amounts = store.db.prepare('SELECT count(*) FROM amounts').pluck().get();
    expect(amounts).toBe(350);
    await store.close();
  });

  it('a failure in a late slice rolls the whole batch back; what was stored before stays', async () => {
    const store = openSqliteStore(join(tmp.dir, 'rollback.db'));
    await store.write(await items(3, 1000));
    const batch = await items(250);
    // A record the schema refuses (format is NOT NULL), in the third slice.
    const bad = batch[230]!;
    if (bad.kind !== 'record') throw new Error('expected a record');
    batch[230] = { ...bad, record: { ...packRecord(bad.record as DocumentRecord), format: null as unknown as 'txt' } };
    await expect(store.write(batch)).rejects.toThrow(/NOT NULL/);
    expect(store.db.inTransaction).toBe(false);
    expect(store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3);
    expect(store.db.prepare('SELECT count(*) FROM documents_fts').pluck().get()).toBe(3);
    // The store is usable afterwards.
    expect((await store.write(await items(2, 2000))).map((r) => r.status)).toEqual(['added', 'added']);
    await store.close();
  });

  it('after a rollback the vocabulary terms of the lost batch are written with the next record that has them', async () => {
    const store = openSqliteStore(join(tmp.dir, 'vocab-rollback.db'));
    const withWord = async (i: number) => {
      const text = `Beslut om blåbärsplockningsstödet nummer ${i}\n\nRegeringen beslutar om blåbärsplockningsstödet.\n`;
      const outcome = await processBytes(`/docs/v${i}.txt`, Buffer.from(text));
      if (!outcome.ok) throw new Error(outcome.problem.reason);
      return outcome.record;
    };
    const good = await withWord(1);
    const bad = { ...packRecord(await withWord(2)), format: null as unknown as 'txt' };
    await expect(store.write([{ kind: 'record', record: good, mtimeMs: 1 }, { kind: 'record', record: bad, mtimeMs: 1 }])).rejects.toThrow();
    const vocab = () => (store.db.prepare('SELECT term FROM search_vocab').pluck().all() as string[]).filter((t) => t === 'blåbärsplockningsstöd').length;
    expect(vocab()).toBe(0);
    await store.write([{ kind: 'record', record: await withWord(3), mtimeMs: 1 }]);
    expect(vocab()).toBeGreaterThan(0);
    await store.close();
  });
});
