// Extraction in worker threads must change nothing but speed: same records, ids, events and
// problems as the single-thread run. Workers run the compiled build, so these tests use dist/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as IngestModule from '../../src/ingest.js';
import type * as SqliteModule from '../../src/store/sqlite.js';
import type { StoredRecord } from '../../src/store/types.js';
import { jsonLines, ROOT, runBinary, SEEDS, tempDir } from '../helpers/cli.js';
import { syntheticCorpus } from '../helpers/corpus.js';

const built = existsSync(join(ROOT, 'dist/ingest-worker.js'));
const tmp = tempDir();
let docs = '';
let dist: { ingest: typeof IngestModule; sqlite: typeof SqliteModule };

async function run(db: string, options: IngestModule.IngestOptions) {
  const store = dist.sqlite.openSqliteStore(join(tmp.dir, db));
  const events: IngestModule.IngestEvent[] = [];
  try {
    const summary = await dist.ingest.ingestPaths(store, [docs], { ...options, onEvent: (e) => events.push(e) });
    const records: Omit<StoredRecord, 'ingestedAt'>[] = [];
    for await (const { ingestedAt: _at, ...rest } of store.export({})) records.push(rest);
    const texts = await Promise.all(records.slice(0, 50).map(async (r) => (await store.get(String(r.id)))?.text));
    // Workers analyse the text for the index themselves: the index must be the one the writer would build.
    const hits: unknown[] = [];
    for (const query of ['regeringen', 'uppdraget', 'socialdepartementet', '"nära samverkan"']) {
      hits.push((await store.search({ query, filters: {}, limit: 50 })).map((h) => [h.id, h.score]));
    }
    return { summary, events, records, texts, hits };
  } finally {
    await store.close();
  }
}

describe.skipIf(!built)('ingest with worker threads (dist build)', () => {
  beforeAll(async () => {
    dist = {
      ingest: (await import(join(ROOT, 'dist/ingest.js'))) as typeof IngestModule,
      sqlite: (await import(join(ROOT, 'dist/store/sqlite.js'))) as typeof SqliteModule,
    };
    const synthetic = syntheticCorpus(join(tmp.dir, 'synthetic'), 300, 7);
    docs = join(tmp.dir, 'docs');
    mkdirSync(join(docs, 'seeds'), { recursive: true });
    mkdirSync(join(docs, 'synthetic'));
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(docs, 'seeds', f));
    for (const f of readdirSync(synthetic)) copyFileSync(join(synthetic, f), join(docs, 'synthetic', f));
    writeFileSync(join(docs, 'seeds', 'tom.txt'), '');
    writeFileSync(join(docs, 'synthetic', 'binär.md'), Buffer.from([0, 159, 146, 150, 0]));
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('gives the same records, ids, events and problems as one thread', async () => {
    const sequential = await run('sequential.db', { workers: 0 });
    const parallel = await run('parallel.db', { workers: 2, workerThreshold: 0, batchSize: 37 });
    expect(sequential.summary.workers).toBe(0);
    expect(parallel.summary.workers).toBe(2);
    expect(parallel.events).toEqual(sequential.events);
    expect(parallel.records).toEqual(sequential.records);
    expect(parallel.texts).toEqual(sequential.texts);
    expect(parallel.hits).toEqual(sequential.hits);
    expect(sequential.hits.flat().length).toBeGreaterThan(10);
    expect(parallel.summary.failed).toBe(2);
    expect(parallel.events.filter((e) => e.status === 'failed').map((e) => e.code).sort()).toEqual(['read/binary', 'read/empty']);
  });

  it('one worker (two cores): the writer indexes and reads small files for it — the same records, ids, events and index', async () => {
    const sequential = await run('sequential-1.db', { workers: 0 });
    const one = await run('one-worker.db', { workers: 1, workerThreshold: 0, batchSize: 53 });
    expect(one.summary.workers).toBe(1);
    expect(one.events).toEqual(sequential.events);
    expect(one.records).toEqual(sequential.records);
    expect(one.texts).toEqual(sequential.texts);
    expect(one.hits).toEqual(sequential.hits);
    expect(one.events.filter((e) => e.status === 'failed').map((e) => e.code).sort()).toEqual(['read/binary', 'read/empty']);
  });

  it('a small file is read here into a buffer of its own (to hand over without a copy); a large one is left to the worker', async () => {
    const { prefetchFile } = (await import(join(ROOT, 'dist/pipeline.js'))) as typeof import('../../src/pipeline.js');
    const small = join(tmp.dir, 'small.txt');
    writeFileSync(small, 'Stockholm den 3 mars 2021\n');
    const read = prefetchFile(small, 1e6, 1024);
    expect(read?.ok).toBe(true);
    if (read?.ok) {
      expect(Buffer.from(read.bytes).toString('utf8')).toBe('Stockholm den 3 mars 2021\n');
      expect(read.bytes.byteOffset).toBe(0);
      expect(read.bytes.byteLength).toBe(read.bytes.buffer.byteLength);
    }
    const large = join(tmp.dir, 'large.txt');
    writeFileSync(large, 'x'.repeat(4096));
    expect(prefetchFile(large, 1e6, 1024)).toBeUndefined();
    expect(prefetchFile(large, 100, 1024)).toMatchObject({ ok: false, problem: { code: 'read/too-large' } });
    expect(prefetchFile(join(tmp.dir, 'missing.txt'), 1e6, 1024)).toMatchObject({ ok: false, problem: { code: 'read/not-found' } });
  });

  it('a small run does not start workers; a large one does', async () => {
    const few = dist.sqlite.openSqliteStore(join(tmp.dir, 'few.db'));
    try {
      const summary = await dist.ingest.ingestPaths(few, [join(docs, 'seeds')], {});
      expect(summary.workers).toBe(0);
    } finally {
      await few.close();
    }
    const many = await run('many.db', { workers: 2 });
    expect(many.summary.workers).toBe(2);
  });

  it('the CLI prints one --json event per file, in walk order', () => {
    const db = join(tmp.dir, 'cli.db');
    const r = runBinary(['ingest', docs, '--db', db, '--json']);
    expect(r.code).toBe(1); // two files failed
    const lines = jsonLines<{ path: string; status: string }>(r.stdout);
    const count = readdirSync(join(docs, 'seeds')).length + readdirSync(join(docs, 'synthetic')).length;
    expect(lines).toHaveLength(count);
    const added = lines.filter((l) => l.status === 'added').map((l) => l.path);
    expect(added).toEqual([...added].sort());
  });

  it('--workers sets the threads; any count gives the same events', () => {
    const events = (workers: string) => {
      const r = runBinary(['ingest', docs, '--db', join(tmp.dir, `cli-workers-${workers}.db`), '--json', '--workers', workers]);
      expect(r.code).toBe(1);
      return jsonLines<{ path: string; status: string; id: number | null }>(r.stdout);
    };
    const none = events('0');
    expect(none.length).toBeGreaterThan(300);
    expect(events('3')).toEqual(none);
    for (const bad of ['-1', 'två', '65', '1.5']) {
      const r = runBinary(['ingest', docs, '--db', join(tmp.dir, 'cli-bad.db'), '--workers', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--workers/);
    }
  });
});
