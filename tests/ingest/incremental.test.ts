// Incremental ingest: what a re-run reads, updates, re-extracts and prunes, and how it stops.
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSummary } from '../../src/cli/ingest.js';
import { type IngestEvent, type IngestOptions, ingestPaths } from '../../src/ingest.js';
import * as pipeline from '../../src/pipeline.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { copyCorpus, SEEDS, tempDir } from '../helpers/cli.js';

// Count the files actually read: an unchanged archive must be skipped without reading it.
vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline.js')>();
  return { ...original, processFile: vi.fn(original.processFile) };
});
const processFile = vi.mocked(pipeline.processFile);

let tmp: ReturnType<typeof tempDir>;
let docs: string;
let store: SqliteStore;

async function ingest(options: IngestOptions = {}) {
  const events: IngestEvent[] = [];
  processFile.mockClear();
  const summary = await ingestPaths(store, [docs], { workers: 0, ...options, onEvent: (e) => events.push(e) });
  return { summary, events, reads: processFile.mock.calls.length };
}

const byStatus = (events: IngestEvent[], status: IngestEvent['status']) => events.filter((e) => e.status === status).map((e) => e.path);

beforeEach(() => {
  tmp = tempDir();
  docs = copyCorpus(SEEDS, join(tmp.dir, 'docs'));
  store = openSqliteStore(join(tmp.dir, 'a.db'));
});
afterEach(async () => {
  await store.close();
  tmp.cleanup();
});

describe('incremental ingest', () => {
  it('a re-run of an unchanged folder reads no file and keeps every id', async () => {
    const first = await ingest();
    const count = readdirSync(docs).length;
    expect(first.summary.added).toBe(count);
    expect(first.reads).toBe(count);
    const second = await ingest();
    expect(second.reads).toBe(0);
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: count, failed: 0 });
    expect(second.events.map((e) => [e.path, e.id])).toEqual(first.events.map((e) => [e.path, e.id]));
  });

  it('a modified file is updated in place; a touched file with the same content stays unchanged', async () => {
    const first = await ingest();
    const [edited, touched] = readdirSync(docs).sort().map((f) => join(docs, f));
    writeFileSync(edited!, 'Promemoria\n\nEn helt ny text om äldreomsorgen.\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(touched!, later, later);
    const second = await ingest();
    expect(byStatus(second.events, 'updated')).toEqual([edited]);
    expect(second.summary.unchanged).toBe(first.summary.added - 1);
    expect(second.events.find((e) => e.path === edited)!.id).toBe(first.events.find((e) => e.path === edited)!.id);
    const stored = await store.get(edited!);
    expect(stored?.text).toContain('En helt ny text om äldreomsorgen.');
    // The touch recorded the new mtime, so the next run need not read the file again.
    expect((await store.fileState(touched!))?.mtimeMs).toBe(statSync(touched!).mtimeMs);
    const third = await ingest();
    expect(third.reads).toBe(0);
  });

  it('a changed extractor version re-extracts unchanged files and the summary says so', async () => {
    const first = await ingest();
    const [a, b] = readdirSync(docs).sort().map((f) => join(docs, f));
    store.db.prepare("UPDATE documents SET extractor_version = 'type@0' WHERE path IN (?, ?)").run(a, b);
    const second = await ingest();
    expect(second.reads).toBe(2);
    expect(byStatus(second.events, 'updated').sort()).toEqual([a, b].sort());
    expect(second.summary).toMatchObject({ updated: 2, reextracted: 2, unchanged: first.summary.added - 2 });
    expect(formatSummary(second.summary)).toMatch(/2 updated.*\(2 re-extracted: extractor version changed\)/);
    expect((await store.fileState(a!))?.extractorVersion).not.toBe('type@0');
  });

  it('--prune drops records of vanished files, and only with --prune', async () => {
    await ingest();
    const gone = join(docs, readdirSync(docs).sort()[0]!);
    rmSync(gone);
    const without = await ingest();
    expect(without.summary.pruned).toBe(0);
    expect(await store.get(gone)).toBeDefined();
    const withPrune = await ingest({ prune: true });
    expect(byStatus(withPrune.events, 'pruned')).toEqual([gone]);
    expect(await store.get(gone)).toBeUndefined();
  });

  it('unreadable files are failed problems and the batch goes on', async () => {
    writeFileSync(join(docs, 'tom.txt'), '');
    writeFileSync(join(docs, 'binär.txt'), Buffer.from([0, 1, 2, 3, 0, 5]));
    writeFileSync(join(docs, 'bild.png'), 'x');
    const run = await ingest({ batchSize: 2 });
    expect(run.events.filter((e) => e.status === 'failed').map((e) => [e.path.split('/').pop(), e.code])).toEqual([
      ['binär.txt', 'read/binary'],
      ['tom.txt', 'read/empty'],
    ]);
    expect(byStatus(run.events, 'skipped').map((p) => p.split('/').pop())).toEqual(['bild.png']);
    expect(run.summary.added).toBe(readdirSync(SEEDS).length);
  });

  it('an abort stops between files: what was written is whole, the summary says interrupted, a re-run completes', async () => {
    const total = readdirSync(docs).length;
    const controller = new AbortController();
    const partial = await ingestPaths(store, [docs], {
      workers: 0,
      batchSize: 1,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.status === 'added') controller.abort('SIGINT');
      },
    });
    expect(partial.interrupted).toBe(true);
    expect(formatSummary(partial)).toMatch(/interrupted/);
    const stored = (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    expect(stored).toBe(partial.added);
    expect(stored).toBeLessThan(total);
    const rerun = await ingest();
    expect(rerun.summary.added + rerun.summary.unchanged).toBe(total);
    expect(rerun.summary.unchanged).toBe(stored);
  });

  it('a tiny queue and tiny batches give the same records and events as the defaults', async () => {
    mkdirSync(join(docs, 'under'));
    for (const f of readdirSync(SEEDS)) writeFileSync(join(docs, 'under', f), `Promemoria\n\n${f}\n`);
    const wide = await ingest();
    const other = openSqliteStore(join(tmp.dir, 'b.db'));
    const events: IngestEvent[] = [];
    try {
      await ingestPaths(other, [docs], { workers: 0, queueCapacity: 1, batchSize: 1, onEvent: (e) => events.push(e) });
      expect(events).toEqual(wide.events);
      for (const e of events) expect(await other.get(e.path)).toMatchObject({ ...(await store.get(e.path)), ingestedAt: expect.any(String) });
    } finally {
      await other.close();
    }
  });
});

describe('write batches', () => {
  /** Sizes of the store's write calls during one ingest; each write takes a little while. */
  async function batchSizes(options: IngestOptions, files: number): Promise<number[]> {
    const many = join(tmp.dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < files; i++) writeFileSync(join(many, `pm-${String(i).padStart(4, '0')}.txt`), `Promemoria ${i}\n\nOm äldreomsorgen, del ${i}.\n`);
    const sizes: number[] = [];
    const write = store.write.bind(store);
    store.write = async (items) => {
      sizes.push(items.length);
      await new Promise((r) => setTimeout(r, 20));
      return write(items);
    };
    const summary = await ingestPaths(store, [many], { workers: 0, ...options });
    expect(summary.added).toBe(files);
    return sizes;
  }

  it('the first batch is written once 128 files are ready; later ones grow with what was written, up to the batch size', async () => {
    const sizes = await batchSizes({}, 1500);
    expect(sizes[0]).toBe(128);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1500);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1000);
    // Every batch but the last is at least what had been written before it (or 128, or the batch size).
    let written = 0;
    for (const size of sizes.slice(0, -1)) {
      expect(size).toBeGreaterThanOrEqual(Math.min(1000, Math.max(128, written)));
      written += size;
    }
  });

  it('an explicit batch size is never exceeded', async () => {
    const sizes = await batchSizes({ batchSize: 50 }, 300);
    expect(sizes.every((n) => n <= 50)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(300);
  });
});
