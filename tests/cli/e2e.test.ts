// End to end through the built binary: the path a user takes, exit codes included.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCorpus, jsonLines, ROOT, runBinary, SEEDS, tempDir } from '../helpers/cli.js';

const built = existsSync(join(ROOT, 'dist/cli/main.js'));

describe.skipIf(!built && !process.env.CI)('riksdoc binary end to end (seeds corpus)', () => {
  const tmp = tempDir();
  const docs = join(tmp.dir, 'docs');
  const db = join(tmp.dir, 'archive.db');
  const files = () => readdirSync(docs).sort();
  const run = (args: string[]) => runBinary([...args], { env: { RIKSDOC_DB: db } });

  beforeAll(() => copyCorpus(SEEDS, docs));
  afterAll(() => tmp.cleanup());

  it('--version and --help exit 0', () => {
    const v = runBinary(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = runBinary(['--help']);
    expect(h.code).toBe(0);
    for (const c of ['ingest', 'search', 'show', 'export', 'stats', 'extract']) expect(h.stdout).toContain(c);
  });

  it('ingests every file, then a re-run finds all unchanged', () => {
    const first = run(['ingest', docs]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`^${files().length} added, 0 updated, 0 unchanged, 0 failed`, 'm'));
    const second = run(['ingest', docs]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`^0 added, 0 updated, ${files().length} unchanged, 0 failed`, 'm'));
  });

  it('a modified file is updated, nothing else', () => {
    appendFileSync(join(docs, files()[0]!), '\nTillägg den 3 mars 2021 om äldreomsorgen.\n');
    const r = run(['ingest', docs, '--json']);
    expect(r.code).toBe(0);
    const events = jsonLines<{ path: string; status: string; id: number }>(r.stdout);
    expect(events).toHaveLength(files().length);
    expect(events.filter((e) => e.status === 'updated').map((e) => e.path)).toEqual([join(docs, files()[0]!)]);
    expect(events.filter((e) => e.status === 'unchanged')).toHaveLength(files().length - 1);
    expect(r.stderr).toBe('');
  });

  it('search äldreomsorg finds exactly the documents that contain the word', () => {
    const expected = files().filter((f) => /äldreomsorg/i.test(readFileSync(join(docs, f), 'utf8'))).map((f) => join(docs, f)).sort();
    expect(expected.length).toBeGreaterThan(1);
    const r = run(['search', 'äldreomsorg', '--json']);
    expect(r.code).toBe(0);
    const hits = jsonLines<{ path: string; snippet: { text: string } | null }>(r.stdout);
    expect(hits.map((h) => h.path).sort()).toEqual(expected);
    for (const h of hits) expect(h.snippet?.text.toLowerCase()).toContain('äldreomsorg');
  });

  it('filters narrow to the records whose facts match', () => {
    const records = jsonLines<{ path: string; type: string; dates: string[] }>(run(['export']).stdout);
    expect(records).toHaveLength(files().length);
    const type = records[0]!.type;
    const r = run(['search', '--type', type, '--json', '--limit', '100']);
    expect(r.code).toBe(0);
    expect(jsonLines<{ path: string }>(r.stdout).map((h) => h.path).sort()).toEqual(records.filter((x) => x.type === type).map((x) => x.path).sort());
    const none = run(['search', 'äldreomsorg', '--from', '2999-01-01', '--json']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
  });

  it('show and stats print the stored record and counts', () => {
    const show = run(['show', '1', '--json']);
    expect(show.code).toBe(0);
    const rec = JSON.parse(show.stdout) as { id: number; path: string; evidence: unknown };
    expect(rec.id).toBe(1);
    expect(rec.evidence).toBeTruthy();
    const stats = JSON.parse(run(['stats', '--json']).stdout) as { documents: number };
    expect(stats.documents).toBe(files().length);
  });

  it('exit codes: 1 when a file fails (others stored), 2 for usage, 3 for a bad database', () => {
    writeFileSync(join(docs, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const r = run(['ingest', docs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.txt: .+/);
    expect(JSON.parse(run(['stats', '--json']).stdout).documents).toBe(files().length - 1);
    expect(run(['search', 'x', '--from', 'igår']).code).toBe(2);
    expect(run(['search', 'x', '--limit', 'many']).code).toBe(2);
    expect(run(['ingest']).code).toBe(2);
    expect(run(['no-such-command']).code).toBe(2);
    const notDb = join(tmp.dir, 'not-a-db.db');
    writeFileSync(notDb, 'hello, I am a text file and not SQLite at all '.repeat(40));
    const bad = runBinary(['stats', '--db', notDb]);
    expect(bad.code).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(notDb, 'utf8')).toMatch(/^hello/);
  });
});

describe.skipIf(!built && !process.env.CI)('the built binary runs from the bundle (scripts/bundle.mjs)', () => {
  const tmp = tempDir('riksdoc-bundle-');
  afterAll(() => tmp.cleanup());

  it('is built, and an ingest of 300 files runs in worker threads started from it', async () => {
    expect(existsSync(join(ROOT, 'dist/bundle/main.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/bundle/ingest-worker.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/bundle/sqlite-checkpoint-worker.js'))).toBe(true);
    const { syntheticCorpus } = await import('../helpers/corpus.js');
    const docs = syntheticCorpus(join(tmp.dir, 'syn'), 300, 5);
    const profiles = join(tmp.dir, 'profiles');
    // One CPU profile per thread that ran: the main thread, each extraction worker and the
    // writer's checkpoint worker (src/store/sqlite-checkpointer.ts).
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, join(ROOT, 'bin/riksdoc.js'), 'ingest', docs, '--db', join(tmp.dir, 'a.db'), '--workers', '2'], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^300 added, 0 updated, 0 unchanged, 0 failed/m);
    expect(readdirSync(profiles).length).toBe(4);
  }, 120_000);
});
