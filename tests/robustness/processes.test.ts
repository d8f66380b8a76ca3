// Killed, interrupted and concurrent ingests: the archive stays consistent and a re-run completes it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, ROOT, runBinary, tempDir } from '../helpers/cli.js';
import { SLOW, syntheticCorpus } from '../helpers/corpus.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
const built = existsSync(join(ROOT, 'dist/cli/main.js'));

function startIngest(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/riksdoc.js'), 'ingest', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stderr, stdout }));
  });
  return { child, done };
}

/** Stored records without the fields that legitimately differ between runs (row id, ingest time). */
function canonicalExport(db: string): string[] {
  const r = runBinary(['export', '--db', db]);
  expect(r.code).toBe(0);
  return jsonLines<Record<string, unknown>>(r.stdout)
    .map(({ id: _id, ingestedAt: _at, ...rest }) => JSON.stringify(rest))
    .sort();
}

function integrity(db: string): { ok: string; docs: number; orphans: number; ftsRows: number } {
  const d = new Database(db, { readonly: true });
  try {
    const ok = d.pragma('integrity_check', { simple: true }) as string;
    const docs = (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const orphans = (d.prepare('SELECT count(*) AS n FROM doc_dates WHERE doc_id NOT IN (SELECT id FROM documents)').get() as { n: number }).n;
    const ftsRows = (d.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number }).n;
    return { ok, docs, orphans, ftsRows };
  } finally {
    d.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!built || !SLOW)('processes: kill, interrupt, run concurrently', () => {
  const tmp = tempDir();
  let docs = '';
  let reference: string[] = [];
  const COUNT = 3000;

  beforeAll(() => {
    docs = syntheticCorpus(join(tmp.dir, 'corpus'), COUNT, 21);
    const db = join(tmp.dir, 'reference.db');
    const r = runBinary(['ingest', docs, '--db', db]);
    expect(r.code).toBe(0);
    reference = canonicalExport(db);
    expect(reference).toHaveLength(COUNT);
  }, 300_000);
  afterAll(() => tmp.cleanup());

  it('SIGKILL at several points: integrity ok, no half record, a re-run gives exactly the uninterrupted records', async () => {
    const killPoints = [150, 400, 700, 1000, 1400];
    for (const [i, ms] of killPoints.entries()) {
      const db = join(tmp.dir, `killed-${i}.db`);
      const { child, done } = startIngest([docs, '--db', db]);
      await sleep(ms);
      child.kill('SIGKILL');
      const exit = await done;
      if (exit.signal === 'SIGKILL' && existsSync(db)) {
        const state = integrity(db);
        expect(state.ok).toBe('ok');
        expect(state.orphans).toBe(0);
        expect(state.ftsRows).toBe(state.docs);
      }
      const rerun = runBinary(['ingest', docs, '--db', db]);
      expect(rerun.code).toBe(0);
      expect(canonicalExport(db)).toEqual(reference);
    }
  }, 600_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: the transaction completes or rolls back, a summary is printed, exit %d', async (signal, exitCode) => {
    const db = join(tmp.dir, `${signal}.db`);
    const { child, done } = startIngest([docs, '--db', db]);
    // Wait until the archive exists and work has begun, then interrupt.
    for (let i = 0; i < 200 && !existsSync(db); i++) await sleep(10);
    await sleep(300);
    child.kill(signal);
    const exit = await done;
    if (exit.code === 0) return void console.warn(`${signal}: ingest finished before the signal arrived`);
    expect(exit.code).toBe(exitCode);
    expect(exit.stderr).toMatch(/\d+ added, \d+ updated, \d+ unchanged, \d+ failed.*interrupted/);
    const state = integrity(db);
    expect(state.ok).toBe('ok');
    expect(state.docs).toBeLessThan(COUNT);
    expect(runBinary(['ingest', docs, '--db', db]).code).toBe(0);
    expect(canonicalExport(db)).toEqual(reference);
  }, 300_000);

  it('two ingests at once over overlapping folders: both finish, each file stored once, no "locked" failure', async () => {
    const db = join(tmp.dir, 'concurrent.db');
    const a = startIngest([docs, '--db', db, '--json']);
    const b = startIngest([docs, '--db', db, '--json']);
    // A search while both write must see a consistent archive (or none yet).
    await sleep(400);
    if (existsSync(db)) {
      const s = runBinary(['search', 'regeringen', '--db', db, '--json']);
      expect([0, 3]).toContain(s.code);
      expect(s.stderr).not.toMatch(/locked/i);
    }
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code).toBe(0);
    expect(rb.code).toBe(0);
    expect(ra.stderr + rb.stderr).not.toMatch(/locked|busy/i);
    expect(jsonLines(ra.stdout)).toHaveLength(COUNT);
    expect(jsonLines(rb.stdout)).toHaveLength(COUNT);
    expect(integrity(db).docs).toBe(COUNT);
    expect(canonicalExport(db)).toEqual(reference);
  }, 300_000);
});
