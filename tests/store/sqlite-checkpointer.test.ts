// Bulk writes leave WAL checkpoints to a worker thread (src/store/sqlite-checkpointer.ts): the
// archive must come out the same, the WAL must stay bounded, and a failing worker must only give
// checkpoints back to the writer. The worker runs compiled, so these tests use dist/.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';
import { packRecord } from '../../src/store/packed.js';
import { BackgroundCheckpointer } from '../../src/store/sqlite-checkpointer.js';
import { openSqliteStore, type SqliteOptions } from '../../src/store/sqlite.js';
import type { WriteItem } from '../../src/store/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const WORKER = pathToFileURL(join(ROOT, 'dist/store/sqlite-checkpoint-worker.js'));
const built = existsSync(WORKER);
const tmp = tempDir('riksdoc-checkpointer-');
afterAll(() => tmp.cleanup());

/** Records of ~6 KB each, so a batch of 150 is a few hundred WAL pages. */
async function items(n: number, from = 0): Promise<WriteItem[]> {
  const sent = new Set<string>();
  const out: WriteItem[] = [];
  for (let i = from; i < from + n; i++) {
    const filler = Array.from({ length: 60 }, (_, k) => `Myndigheten redovisar uppdrag ${i}-${k} om äldreomsorgen och vården.`).join('\n');
    const text = `Svar på fråga 2020/21:${1000 + i} av Anna Andersson (M)\n\n${filler}\n\nRegeringen avsätter ${i + 1} miljoner kronor.\n\nStockholm den 12 mars 2021\n\nLena Hallengren\n`;
    const outcome = await processBytes(`/docs/${i}.txt`, Buffer.from(text), { analyze: true });
    if (!outcome.ok) throw new Error(outcome.problem.reason);
    out.push({ kind: 'record', record: packRecord(outcome.record, sent), mtimeMs: i });
  }
  return out;
}

function walBytes(db: string): number {
  return existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function archive(name: string, checkpoints: SqliteOptions['checkpoints'], batches: WriteItem[][]) {
  const file = join(tmp.dir, name);
  const store = openSqliteStore(file, { checkpoints });
  for (const batch of batches) await store.write(batch);
  const rows = store.db.prepare('SELECT id, path, sha256, type, title, date, evidence, text FROM documents ORDER BY id').all();
  const facts = store.db.prepare('SELECT doc_id, value, currency, start, end FROM amounts ORDER BY doc_id, start').all();
  const hits = store.db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'äldreomsorg' ORDER BY rowid").pluck().all();
  await store.close();
  return { file, rows, facts, hits };
}

describe.skipIf(!built)('background WAL checkpoints (dist build)', () => {
  it('store the same archive as checkpoints on the writer thread, and leave no WAL behind', async () => {
    const batches = [await items(150), await items(150, 150), await items(150, 300)];
    const inThread = await archive('in-thread.db', { background: false }, batches);
    const background = await archive('background.db', { workerUrl: WORKER }, batches);
    expect(background.rows).toHaveLength(450);
    expect(background.rows).toEqual(inThread.rows);
    expect(background.facts).toEqual(inThread.facts);
    expect(background.hits).toHaveLength(450);
    expect(background.hits).toEqual(inThread.hits);
    // The last connection to close checkpoints everything and removes the WAL.
    expect(existsSync(`${background.file}-wal`)).toBe(false);
  });

  it('turn the writer’s own checkpoints off once the worker is up, copy each commit, and give them back on close', async () => {
    const file = join(tmp.dir, 'active.db');
    const store = openSqliteStore(file, { checkpoints: { workerUrl: WORKER } });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await store.write(await items(150));
    // Reach the checkpointer through the store only to watch it.
    const checkpointer = (store as unknown as { checkpointer: BackgroundCheckpointer }).checkpointer;
    await until(() => checkpointer.active);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await store.write(await items(150, 150));
    // It copies what was committed: every frame of the WAL.
    await until(() => checkpointer.lastCheckpoint.walFrames > 0);
    expect(checkpointer.lastCheckpoint.checkpointedFrames).toBe(checkpointer.lastCheckpoint.walFrames);
    // Small writes (one transaction, no slices) keep to the writer's thread and never wait.
    await store.write(await items(2, 500));
    expect(checkpointer.waits.count).toBe(0);
    await checkpointer.close();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await store.close();
  });

  it('keep the WAL near its limit: the writer waits for the checkpoint in flight once the WAL is over it', async () => {
    const limit = 256 * 1024;
    const batches: WriteItem[][] = [];
    for (let b = 0; b < 12; b++) batches.push(await items(150, b * 150));
    const file = join(tmp.dir, 'bounded.db');
    const store = openSqliteStore(file, { checkpoints: { workerUrl: WORKER, maxWalBytes: limit } });
    await store.write(batches[0]!);
    const checkpointer = (store as unknown as { checkpointer: BackgroundCheckpointer }).checkpointer;
    await until(() => checkpointer.active);
    const oneBatch = walBytes(file);
    // Back to back, as an ingest writes when the writer is the slower side.
    for (const batch of batches.slice(1)) await store.write(batch);
    expect(checkpointer.waits.count).toBeGreaterThan(0);
    // The WAL restarts from its beginning once a checkpoint has copied it all: about the limit, the
    // batch committed while a checkpoint ran and the one being written (FTS5 merges make some
    // commits larger than others).
    const bounded = walBytes(file);
    expect(bounded).toBeLessThanOrEqual(Math.max(oneBatch, limit) + 3 * oneBatch);
    await store.close();

    // The same batches with no checkpoints at all: the WAL holds everything written.
    const unbounded = join(tmp.dir, 'unbounded.db');
    const plain = openSqliteStore(unbounded, { checkpoints: { background: false } });
    plain.db.pragma('wal_autocheckpoint = 0');
    for (const batch of batches) await plain.write(batch);
    expect(walBytes(unbounded)).toBeGreaterThan(8 * oneBatch);
    await plain.close();
  });

  it('a worker that fails gives checkpoints back to the writer; nothing is lost', async () => {
    const failing = join(tmp.dir, 'failing-worker.mjs');
    writeFileSync(failing, "throw new Error('no checkpoints today');\n");
    const file = join(tmp.dir, 'failing.db');
    const store = openSqliteStore(file, { checkpoints: { workerUrl: pathToFileURL(failing) } });
    await store.write(await items(150));
    const checkpointer = (store as unknown as { checkpointer: BackgroundCheckpointer }).checkpointer;
    await until(() => (checkpointer as unknown as { broken: boolean }).broken);
    expect(checkpointer.active).toBe(false);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await store.write(await items(150, 150));
    expect(store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(300);
    await store.close();
  });
});

describe('BackgroundCheckpointer.start', () => {
  it('starts nothing for an in-memory archive or without a built worker', () => {
    const memory = openSqliteStore(':memory:', { checkpoints: { background: false } });
    expect(BackgroundCheckpointer.start(memory.db, { workerUrl: WORKER })).toBeUndefined();
    const file = openSqliteStore(join(tmp.dir, 'unbuilt.db'), { checkpoints: { background: false } });
    // From the TypeScript sources (no compiled worker beside the module) the writer keeps its checkpoints.
    expect(BackgroundCheckpointer.start(file.db)).toBeUndefined();
    expect(file.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    memory.db.close();
    file.db.close();
  });
});
