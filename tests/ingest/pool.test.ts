// The ingest's concurrency pieces: the bounded queue that keeps memory flat, and the worker pool
// that turns a crashed or hung worker into one failed file while the rest goes on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedQueue, ExtractionPool } from '../../src/ingest-pool.js';
import type { FileOutcome } from '../../src/pipeline.js';

const SCRIPTED_WORKER = new URL('./fixtures/scripted-worker.mjs', import.meta.url);
const UNLOADABLE_WORKER = new URL('./fixtures/unloadable-worker.mjs', import.meta.url);
const SLOW_WORKER = new URL('./fixtures/slow-worker.mjs', import.meta.url);
const tick = () => new Promise((r) => setImmediate(r));

describe('BoundedQueue', () => {
  it('a producer waits while the queue is full and resumes when the consumer takes', async () => {
    const q = new BoundedQueue<number>(2);
    const pushed: number[] = [];
    const producing = (async () => {
      for (let i = 0; i < 5; i++) if (await q.push(i)) pushed.push(i);
      q.close();
    })();
    await tick();
    expect(pushed).toEqual([0, 1]);
    expect(q.size).toBe(2);
    expect((await q.take()).value).toBe(0);
    await tick();
    expect(pushed).toEqual([0, 1, 2]);
    const rest: number[] = [];
    for (let r = await q.take(); !r.done; r = await q.take()) rest.push(r.value);
    await producing;
    expect(rest).toEqual([1, 2, 3, 4]);
  });

  it('never holds more than its capacity and keeps FIFO order, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), async (capacity, schedule) => {
        const q = new BoundedQueue<number>(capacity);
        const total = schedule.length;
        let maxSize = 0;
        const producing = (async () => {
          for (let i = 0; i < total; i++) {
            await q.push(i);
            maxSize = Math.max(maxSize, q.size);
          }
          q.close();
        })();
        const taken: number[] = [];
        for (const pause of schedule) {
          if (pause) await tick();
          const r = await q.take();
          if (!r.done) taken.push(r.value);
        }
        for (let r = await q.take(); !r.done; r = await q.take()) taken.push(r.value);
        await producing;
        expect(maxSize).toBeLessThanOrEqual(capacity);
        expect(taken).toEqual([...Array(total).keys()]);
      }),
      { numRuns: 50 },
    );
  });

  it('cancel drops what is queued and releases a waiting producer with false', async () => {
    const q = new BoundedQueue<string>(1);
    expect(await q.push('a')).toBe(true);
    const blocked = q.push('b');
    q.cancel();
    expect(await blocked).toBe(false);
    expect(await q.push('c')).toBe(false);
    expect((await q.take()).done).toBe(true);
  });

  it('close lets the consumer drain what is queued', async () => {
    const q = new BoundedQueue<string>(3);
    await q.push('a');
    await q.push('b');
    q.close();
    expect((await q.take()).value).toBe('a');
    expect((await q.take()).value).toBe('b');
    expect((await q.take()).done).toBe(true);
  });

  it('refuses a capacity below one', () => {
    expect(() => new BoundedQueue(0)).toThrow(RangeError);
  });
});

describe('ExtractionPool', () => {
  const outcomeSummary = (o: FileOutcome) => (o.ok ? `ok ${o.record.path}` : `failed ${o.problem.path} ${o.problem.code}`);

  it('a worker that dies fails only the file it was on; the files behind it are re-run by a new worker', async () => {
    const pool = new ExtractionPool({ size: 1, workerUrl: SCRIPTED_WORKER, maxFileSize: 1e6, perWorker: 8 });
    try {
      const paths = ['a.txt', 'b.txt', 'crash.txt', 'c.txt', 'throw.txt', 'd.txt'];
      const outcomes = await Promise.all(paths.map((p) => pool.run(p)));
      expect(outcomes.map(outcomeSummary)).toEqual([
        'ok a.txt',
        'ok b.txt',
        'failed crash.txt extract/worker-crashed',
        'ok c.txt',
        'failed throw.txt extract/worker-crashed',
        'ok d.txt',
      ]);
      const thrown = outcomes[4]!;
      expect(!thrown.ok && thrown.problem.reason).toMatch(/cannot handle throw\.txt/);
    } finally {
      await pool.close();
    }
  });

  it('a file that hangs its worker fails after the timeout and the rest goes on', async () => {
    const pool = new ExtractionPool({ size: 2, workerUrl: SCRIPTED_WORKER, maxFileSize: 1e6, timeoutMs: 1500 });
    try {
      const outcomes = await Promise.all(['hang.txt', 'e.txt', 'f.txt', 'g.txt'].map((p) => pool.run(p)));
      expect(outcomes.map(outcomeSummary)).toEqual(['failed hang.txt extract/worker-crashed', 'ok e.txt', 'ok f.txt', 'ok g.txt']);
      const hung = outcomes[0]!;
      expect(!hung.ok && hung.problem.reason).toMatch(/no result after/);
    } finally {
      await pool.close();
    }
  });

  it('reads ahead for a worker only up to its byte budget; the rest waits for answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'riksdoc-pool-budget-'));
    try {
      const paths = Array.from({ length: 10 }, (_, i) => join(dir, `doc-${i}.txt`));
      for (const p of paths) writeFileSync(p, 'x'.repeat(1000));
      const run = async (prefetchBudget?: number) => {
        const pool = new ExtractionPool({ size: 1, workerUrl: SLOW_WORKER, maxFileSize: 1e6, prefetchBelow: 4096, prefetchBudget });
        try {
          const outcomes = await Promise.all(paths.map((p) => pool.run(p)));
          return outcomes.map((o) => (o.ok ? (o.record as unknown as { path: string; sent: number; bytes: number }) : undefined));
        } finally {
          await pool.close();
        }
      };
      const budgeted = await run(2500);
      expect(budgeted.map((r) => r?.path)).toEqual(paths);
      expect(budgeted.every((r) => r!.bytes === 1000)).toBe(true);
      // 1 000 bytes a file: posting stops once 2 500 are out (three files) until the first answer.
      expect(budgeted[0]!.sent).toBe(3);
      const unbudgeted = await run();
      expect(unbudgeted[0]!.sent).toBe(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with indexing left to this thread, files posted while the worker has a short queue are indexed there', async () => {
    const pool = new ExtractionPool({ size: 1, workerUrl: SLOW_WORKER, maxFileSize: 1e6, indexInWorkers: false, indexWhenQueuedBelow: 3 });
    try {
      const paths = Array.from({ length: 8 }, (_, i) => `doc-${i}.txt`);
      const outcomes = await Promise.all(paths.map((p) => pool.run(p)));
      const index = outcomes.map((o) => (o.ok ? (o.record as unknown as { index: boolean }).index : undefined));
      // Posted at once: the first three find fewer than three queued, the rest do not.
      expect(index).toEqual([true, true, true, false, false, false, false, false]);
      // Once the queue has drained, the next file is indexed by the worker again.
      const later = await pool.run('doc-8.txt');
      expect(later.ok && (later.record as unknown as { index: boolean }).index).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('spreads work over all its workers and answers every task once', async () => {
    const pool = new ExtractionPool({ size: 3, workerUrl: SCRIPTED_WORKER, maxFileSize: 1e6, perWorker: 2 });
    try {
      const paths = Array.from({ length: 40 }, (_, i) => `doc-${i}.txt`);
      const outcomes = await Promise.all(paths.map((p) => pool.run(p)));
      expect(outcomes.map(outcomeSummary)).toEqual(paths.map((p) => `ok ${p}`));
    } finally {
      await pool.close();
    }
  });

  it('workers that cannot even load blame no file: after three tries every file goes to the fallback', async () => {
    const fallback = async (path: string): Promise<FileOutcome> => ({ ok: false, problem: { path, stage: 'extract', code: 'test/fallback', reason: 'ran in thread', fatal: true } });
    const pool = new ExtractionPool({ size: 2, workerUrl: UNLOADABLE_WORKER, maxFileSize: 1e6, fallback });
    try {
      const outcomes = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((p) => pool.run(p)));
      expect(outcomes.map(outcomeSummary)).toEqual(['failed a.txt test/fallback', 'failed b.txt test/fallback', 'failed c.txt test/fallback']);
      expect(pool.isBroken).toBe(true);
      expect(outcomeSummary(await pool.run('d.txt'))).toBe('failed d.txt test/fallback');
    } finally {
      await pool.close();
    }
  });

  it('after close, tasks come back cancelled instead of hanging', async () => {
    const pool = new ExtractionPool({ size: 1, workerUrl: SCRIPTED_WORKER, maxFileSize: 1e6 });
    const inFlight = pool.run('hang.txt');
    await pool.close();
    expect(outcomeSummary(await inFlight)).toBe('failed hang.txt extract/cancelled');
    expect(outcomeSummary(await pool.run('late.txt'))).toBe('failed late.txt extract/cancelled');
  });
});
