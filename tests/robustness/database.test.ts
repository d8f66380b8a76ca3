// Database files that cannot be used: a clear one-line error, exit 3, nothing written.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCorpus, ROOT, runCli, SEEDS, tempDir } from '../helpers/cli.js';
import { syntheticCorpus } from '../helpers/corpus.js';

const exec = promisify(execFile);
/** The built binary, asynchronously, so that two can run at once. */
async function binary(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const r = await exec(process.execPath, [join(ROOT, 'bin/riksdoc.js'), ...args]);
    return { code: 0, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    return { code: e.code ?? -1, stderr: e.stderr ?? '' };
  }
}

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');

function tryMount(dir: string, options: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const unmount = (dir: string) => { try { execFileSync('umount', [dir], { stdio: 'ignore' }); } catch { /* not mounted */ } };

describe('unusable database files', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('a file that is not SQLite: exit 3, one line, file untouched', async () => {
    const file = join(tmp.dir, 'notes.db');
    writeFileSync(file, 'Detta är inte en databas.\n'.repeat(100));
    const before = readFileSync(file);
    for (const args of [['ingest', SEEDS], ['search', 'vård'], ['stats']]) {
      const r = await runCli([...args, '--db', file]);
      expect(r.code).toBe(3);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('notes.db');
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('an SQLite database of another application: refused, nothing added', async () => {
    const file = join(tmp.dir, 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    const r = await runCli(['ingest', SEEDS, '--db', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/not a riksdoc database/);
    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type='table'").all()).toEqual([{ name: 'customers' }]);
    check.close();
  });

  it('a newer schema version: refused with a hint to upgrade', async () => {
    const file = join(tmp.dir, 'future.db');
    expect((await runCli(['ingest', SEEDS, '--db', file])).code).toBe(0);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    for (const args of [['ingest', SEEDS], ['stats']]) {
      const r = await runCli([...args, '--db', file]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/newer/);
    }
  });

  it('a read-only database: exit 3, the archive intact', async () => {
    const mount = join(tmp.dir, 'ro');
    const file = join(mount, 'a.db');
    if (!tryMount(mount, 'size=8m')) return void console.warn('skipped: cannot mount tmpfs here');
    try {
      const docs = copyCorpus(SEEDS, join(tmp.dir, 'ro-docs'));
      expect((await runCli(['ingest', docs, '--db', file])).code).toBe(0);
      const db = new Database(file);
      db.pragma('journal_mode = DELETE'); // no -wal/-shm left, so a read-only mount can still be read
      db.close();
      execFileSync('mount', ['-o', 'remount,ro', mount]);
      writeFileSync(join(docs, 'new.txt'), 'Stockholm den 1 mars 2021\nEn ny text om vården.\n');
      const r = await runCli(['ingest', docs, '--db', file]);
      expect(r.code).toBe(3);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(/a\.db: .*(read-only|readonly)/i);
      expect(r.stderr).not.toMatch(/SqliteError|at .*\.js/);
      execFileSync('mount', ['-o', 'remount,rw', mount]);
      const stats = JSON.parse((await runCli(['stats', '--db', file, '--json'])).stdout) as { documents: number };
      expect(stats.documents).toBe(5);
    } finally {
      unmount(mount);
    }
  });

  it('disk full during ingest: exit 3, earlier batches intact, integrity ok', async () => {
    const mount = join(tmp.dir, 'full');
    if (!tryMount(mount, 'size=1m')) return void console.warn('skipped: cannot mount tmpfs here');
    try {
      const docs = syntheticCorpus(join(tmp.dir, 'syn'), 1500, 5);
      const file = join(mount, 'a.db');
      const r = await runCli(['ingest', docs, '--db', file]);
      expect(r.code).toBe(3);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(/disk is full|database or disk is full/);
      // Make room again and check that the archive opens, is consistent and can be completed.
      execFileSync('mount', ['-o', 'remount,size=64m', mount]);
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const n = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      const facts = (db.prepare('SELECT count(DISTINCT doc_id) AS n FROM doc_dates').get() as { n: number }).n;
      db.close();
      expect(n).toBeLessThan(1500);
      expect(facts).toBeLessThanOrEqual(n);
      const again = await runCli(['ingest', docs, '--db', file]);
      expect(again.code).toBe(0);
      expect(JSON.parse((await runCli(['stats', '--db', file, '--json'])).stdout).documents).toBe(1500);
    } finally {
      unmount(mount);
    }
  }, 120_000);

  it('two ingests creating one new archive at once: both exit 0, the schema is made once', async () => {
    const docs = copyCorpus(SEEDS, join(tmp.dir, 'race-docs'));
    for (let round = 0; round < 4; round++) {
      const db = join(tmp.dir, `race-${round}.db`);
      // Two processes (the built binary), as two CI jobs would start them.
      const [a, b] = await Promise.all([binary(['ingest', docs, '--db', db]), binary(['ingest', docs, '--db', db])]);
      expect([a.code, b.code, a.stderr + b.stderr]).toEqual([0, 0, expect.not.stringMatching(/already exists|locked/)]);
      const conn = new Database(db, { readonly: true });
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      conn.close();
    }
  }, 120_000);

  it('a database path in a missing folder: exit 3', async () => {
    const r = await runCli(['ingest', SEEDS, '--db', join(tmp.dir, 'no/such/dir/a.db')]);
    expect(r.code).toBe(3);
  });
});
