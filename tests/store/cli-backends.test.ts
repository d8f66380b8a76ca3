// Every command through the CLI on postgres:// beside the same command on an SQLite file: the
// same archive, the same output (ids and ingestion times aside, which are each store's own).
// Then what only a shared archive meets: two `riksdoc ingest` processes feeding one database at
// once, and the ways a connection fails (exit 3, one line, never the password).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV, jsonLines, ROOT, type RunResult, runCli, tempDir } from '../helpers/cli.js';
import { syntheticCorpus } from '../helpers/corpus.js';
import { IN_CI, type PgServer, startPostgres, withDatabase, withPassword } from '../helpers/postgres.js';

const pg = await startPostgres();
const server: PgServer | undefined = pg.server;
const tmp = tempDir('riksdoc-cli-backends-');
// When every test here is skipped vitest runs no afterAll: the folder must still go.
process.once('exit', () => tmp.cleanup());

afterAll(async () => {
  await server?.stop();
  tmp.cleanup();
});

describe('PostgreSQL half of the CLI suite', () => {
  if (pg.skipped !== undefined) {
    const reason = pg.skipped;
    if (IN_CI) {
      it('runs under CI', () => {
        throw new Error(`CI=true but ${reason}; install Debian's postgresql package`);
      });
    } else {
      console.warn(`CLI on PostgreSQL: skipped (${reason})`);
      it.skip(`skipped: ${reason}`, () => undefined);
    }
  } else {
    it('has a server', () => expect(server!.url).toMatch(/^postgres:\/\//));
  }
});

type Json = Record<string, unknown>;

/** A record or hit without what each store numbers or stamps itself. */
function withoutStoreFields(r: Json): Json {
  const { id, ingestedAt, ...rest } = r;
  void id;
  void ingestedAt;
  return rest;
}

const byPath = (a: { path?: unknown }, b: { path?: unknown }) => (String(a.path) < String(b.path) ? -1 : String(a.path) > String(b.path) ? 1 : 0);

function ok(r: RunResult, what: string): RunResult {
  expect({ what, code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ what, code: 0, stderr: '' });
  return r;
}

describe.runIf(server)('every command on postgres:// as on SQLite', () => {
  const docs = join(tmp.dir, 'docs');
  const sqliteDb = join(tmp.dir, 'archive.db');
  let pgDb = '';
  let password = '';

  /** The same command on both archives, one after the other. */
  const both = async (args: string[]): Promise<[RunResult, RunResult]> => [
    await runCli([...args, '--db', sqliteDb]),
    await runCli([...args, '--db', pgDb]),
  ];

  beforeAll(async () => {
    cpSync(DEV, join(docs, 'dev'), { recursive: true });
    cpSync(syntheticCorpus(join(tmp.dir, 'syn'), 50, 17), join(docs, 'syn'), { recursive: true });
    pgDb = await server!.createDatabase();
    password = new URL(pgDb).password;
  });

  it('ingest: the same status for every file, and the password nowhere in the output', async () => {
    const [s, p] = await both(['ingest', docs, '--json']);
    ok(s, 'sqlite ingest');
    ok(p, 'postgres ingest');
    const events = (r: RunResult) => jsonLines(r.stdout).map(withoutStoreFields).sort(byPath);
    expect(events(p)).toEqual(events(s));
    expect(events(s)).toHaveLength(readdirSync(join(docs, 'dev')).length + readdirSync(join(docs, 'syn')).length);
    expect(events(s).every((e) => e.status === 'added')).toBe(true);
    const plain = await runCli(['ingest', docs, '--db', pgDb]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/^0 added, 0 updated, \d+ unchanged, 0 failed/);
    expect(plain.stdout + plain.stderr + p.stdout + p.stderr).not.toContain(password);
  });

  it('stats: identical, as JSON and as text', async () => {
    const [s, p] = await both(['stats', '--json']);
    expect(JSON.parse(ok(p, 'postgres stats').stdout)).toEqual(JSON.parse(ok(s, 'sqlite stats').stdout));
    const [st, pt] = await both(['stats']);
    expect(pt.stdout).toBe(st.stdout);
    expect(st.stdout).toMatch(/^\d+ documents\n/);
  });

  it('export: the same records as JSON Lines, the same CSV rows', async () => {
    const [s, p] = await both(['export']);
    const records = (r: RunResult) => jsonLines(r.stdout).map(withoutStoreFields).sort(byPath);
    expect(records(ok(p, 'postgres export'))).toEqual(records(ok(s, 'sqlite export')));
    expect(records(s).length).toBeGreaterThan(60);
    const [sc, pc] = await both(['export', '--format', 'csv']);
    const rows = (r: RunResult) =>
      r.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.replace(/^[^,]*,/, ''))
        .sort();
    expect(rows(pc)).toEqual(rows(sc));
    // Filters give the same subsets.
    for (const filter of [['--type', 'press-release'], ['--department', 'social'], ['--from', '2020', '--to', '2021-06'], ['--min-amount', '1000000']]) {
      const [sf, pf] = await both(['export', ...filter]);
      expect({ filter, paths: records(pf).map((r) => r.path) }).toEqual({ filter, paths: records(sf).map((r) => r.path) });
    }
  });

  it('show: the same record by path, with its text; by id as well', async () => {
    const paths = jsonLines<{ path: string }>((await runCli(['export', '--db', sqliteDb])).stdout).map((r) => r.path);
    for (const path of paths.slice(0, 12)) {
      const [s, p] = await both(['show', path, '--json', '--text']);
      expect(withoutStoreFields(JSON.parse(ok(p, `postgres show ${path}`).stdout))).toEqual(withoutStoreFields(JSON.parse(ok(s, `sqlite show ${path}`).stdout)));
      const id = String(JSON.parse(p.stdout).id);
      const byId = await runCli(['show', id, '--json', '--db', pgDb]);
      expect(JSON.parse(ok(byId, `postgres show ${id}`).stdout).path).toBe(path);
    }
    const [sm, pm] = await both(['show', '/ingenstans/finns-inte.txt']);
    expect([sm.code, pm.code]).toEqual([sm.code, sm.code]);
    expect(pm.code).not.toBe(0);
  });

  // Filter-only searches must agree exactly. Word searches are compared on the stem tier (the
  // words or their inflections): the compound and folded tiers are built from each backend's own
  // vocabulary and are scored by the search suite. The two stemmers (riksdoc's
  // Swedish analyser, PostgreSQL's Snowball) disagree on a few forms (kommuners: kommuner or
  // kommun), so the stem tiers must share nearly all their hits, not every one.
  it('search: the same hits for filters, nearly the same for words', async () => {
    const hits = (r: RunResult, tiers = true) =>
      jsonLines<{ path: string; match: string }>(r.stdout)
        .filter((h) => !tiers || (h.match !== 'compound' && h.match !== 'folded'))
        .map((h) => h.path)
        .sort();
    for (const q of [
      ['', '--department', 'social'],
      ['', '--from', '2020-01-01'],
      ['', '--type', 'press-release,letter'],
    ]) {
      const [s, p] = await both(['search', ...q, '--json', '--limit', '500']);
      expect({ q, hits: hits(ok(p, `postgres search ${q.join(' ')}`), false) }).toEqual({ q, hits: hits(ok(s, `sqlite search ${q.join(' ')}`), false) });
      expect(hits(s, false).length).toBeGreaterThan(0);
    }
    for (const q of [['regeringen'], ['kommunerna'], ['äldreomsorgen'], ['beslutade'], ['regeringen', '--type', 'press-release']]) {
      const [s, p] = await both(['search', ...q, '--json', '--limit', '500']);
      const [a, b] = [new Set(hits(ok(s, `sqlite search ${q.join(' ')}`))), new Set(hits(ok(p, `postgres search ${q.join(' ')}`)))];
      const union = new Set([...a, ...b]);
      const onlyOne = [...union].filter((x) => !(a.has(x) && b.has(x)));
      expect({ q, found: union.size > 0 }).toEqual({ q, found: true });
      // At most one hit in ten, and at most three, found by one backend only.
      expect({ q, onlyOne, ok: onlyOne.length <= Math.min(3, Math.ceil(union.size / 10)) }).toMatchObject({ q, ok: true });
    }
  });

  it('ingest --prune: the same files dropped on both, nothing else', async () => {
    const gone = readdirSync(join(docs, 'syn')).sort().slice(0, 3).map((f) => join(docs, 'syn', f));
    for (const f of gone) rmSync(f);
    const [s, p] = await both(['ingest', docs, '--prune']);
    for (const r of [s, p]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/0 added, 0 updated, \d+ unchanged, 0 failed, 3 pruned/);
    }
    const [se, pe] = await both(['export']);
    const paths = (r: RunResult) => jsonLines<{ path: string }>(r.stdout).map((x) => x.path).sort();
    expect(paths(pe)).toEqual(paths(se));
    for (const f of gone) expect(paths(pe)).not.toContain(f);
    const [ss, ps] = await both(['stats', '--json']);
    expect(JSON.parse(ps.stdout)).toEqual(JSON.parse(ss.stdout));
  });

  it('migrate: a new archive at the current version, then up to date; the same on SQLite', async () => {
    const fresh = await server!.createDatabase();
    const first = await runCli(['migrate', '--json', '--db', fresh]);
    const result = JSON.parse(ok(first, 'migrate').stdout) as { db: string; from: number; to: number; latest: number };
    expect(result).toMatchObject({ from: 0, to: result.latest });
    expect(result.latest).toBeGreaterThanOrEqual(1);
    expect(result.db).not.toContain(password);
    expect(result.db).toContain('***');
    const again = await runCli(['migrate', '--db', fresh]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/schema version \d+, up to date/);
    expect(await server!.sql(fresh, 'SELECT version FROM schema_version')).toEqual([{ version: result.latest }]);

    const file = join(tmp.dir, 'migrate.db');
    const sq = JSON.parse(ok(await runCli(['migrate', '--json', '--db', file]), 'sqlite migrate').stdout) as { from: number; to: number };
    expect(sq.from).toBe(0);
    expect(sq.to).toBeGreaterThanOrEqual(1);
    expect(JSON.parse((await runCli(['migrate', '--json', '--db', file])).stdout)).toMatchObject({ from: sq.to, to: sq.to });

    // A newer schema than this riksdoc knows: refused, exit 3, the archive untouched.
    await server!.sql(fresh, 'UPDATE schema_version SET version = 999');
    const newer = await runCli(['migrate', '--db', fresh]);
    expect(newer.code).toBe(3);
    expect(newer.stderr).toMatch(/newer than this riksdoc understands/);
  });
});

describe.runIf(server)('connection failures: exit 3, one line, never the password', () => {
  // A password with characters a URL must encode; the server refuses it.
  const secret = 'Hemlig@Lösen/ord:42';
  const encoded = encodeURIComponent(secret);
  const cases = (): [string, string, RegExp][] => {
    return [
      ['wrong password', withPassword(server!.url, secret), /authentication failed/],
      ['missing database', withDatabase(server!.url, 'finns_inte'), /database "finns_inte" does not exist/],
      ['connection refused', `postgres://riksdoc:${encoded}@127.0.0.1:1/riksdoc`, /connection refused/],
      ['unknown host', `postgres://riksdoc:${encoded}@no-such-host.invalid:5432/riksdoc`, /not found/],
      // A port that is no number: the URL cannot be parsed, and is still shown without its password.
      ['invalid URL', `postgres://riksdoc:${encoded}@127.0.0.1:femtio/riksdoc`, /not a valid postgres:\/\/ URL/],
    ];
  };
  const commands: string[][] = [['ingest', DEV], ['search', 'vård'], ['show', '1'], ['export'], ['stats'], ['migrate']];

  it('every command, every failure, through --db and through RIKSDOC_DB', async () => {
    const realPassword = new URL(server!.url).password;
    for (const [what, location, reason] of cases()) {
      for (const command of commands) {
        for (const via of ['flag', 'env'] as const) {
          const r = via === 'flag' ? await runCli([...command, '--db', location]) : await runCli(command, { RIKSDOC_DB: location });
          const label = `${what}: riksdoc ${command[0]} (${via})`;
          expect({ label, code: r.code }).toEqual({ label, code: 3 });
          expect(r.stdout).toBe('');
          const lines = r.stderr.trimEnd().split('\n');
          expect({ label, lines: lines.length }).toEqual({ label, lines: 1 });
          expect(r.stderr).toMatch(reason);
          for (const s of [secret, encoded, realPassword, 'Hemlig', 'Lösen']) expect({ label, leaked: r.stderr.includes(s) }).toEqual({ label, leaked: false });
        }
      }
    }
  }, 120_000);

  it('reading commands on an empty database: exit 3, and no table created', async () => {
    const empty = await server!.createDatabase();
    for (const command of [['search', 'vård'], ['show', '1'], ['export'], ['stats']]) {
      const r = await runCli([...command, '--db', empty]);
      expect({ command, code: r.code }).toEqual({ command, code: 3 });
      expect(r.stderr).toMatch(/no riksdoc archive in this database \(run riksdoc ingest first\)/);
    }
    expect(await server!.sql(empty, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 0 }]);
  });

  it('a missing database names the database and says to create it', async () => {
    const r = await runCli(['stats', '--db', withDatabase(server!.url, 'saknad_db')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/database "saknad_db" does not exist/);
    expect(r.stderr).not.toContain(new URL(server!.url).password);
  });
});

// ---------------------------------------------------------------------------------------------
// Two real processes: the built binary, as two machines would run it.

const built = existsSync(join(ROOT, 'dist/cli/main.js')) && existsSync(join(ROOT, 'dist/store/postgres.js'));

function runBinaryAsync(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/riksdoc.js'), ...args], { cwd: ROOT, env: { ...process.env, RIKSDOC_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe.runIf(server && (built || IN_CI))('two riksdoc ingest processes feeding one PostgreSQL database at once', () => {
  it('overlapping folders: every file stored once, both processes succeed, the same archive as one SQLite ingest', async () => {
    const feed = join(tmp.dir, 'feed');
    const source = syntheticCorpus(join(tmp.dir, 'syn-feed'), 600, 23);
    const files = readdirSync(source).sort();
    // feed/a and feed/b: the first process walks feed/, the second feed/b then feed/a (all overlapping).
    for (const [i, f] of files.entries()) {
      const sub = join(feed, i % 2 ? 'a' : 'b');
      mkdirSync(sub, { recursive: true });
      cpSync(join(source, f), join(sub, f));
    }
    const location = await server!.createDatabase();
    const sqliteDb = join(tmp.dir, 'feed.db');
    // The SQLite reference ingest runs beside them: the same build of riksdoc extracts for all three.
    const [one, two, single] = await Promise.all([
      runBinaryAsync(['ingest', feed, '--json', '--db', location]),
      runBinaryAsync(['ingest', join(feed, 'b'), join(feed, 'a'), '--json', '--db', location]),
      runBinaryAsync(['ingest', feed, '--db', sqliteDb]),
    ]);
    for (const [name, r] of [['first', one], ['second', two]] as const) {
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: '' });
    }
    const events = [...jsonLines<{ path: string; status: string }>(one.stdout), ...jsonLines<{ path: string; status: string }>(two.stdout)];
    expect(events).toHaveLength(2 * files.length);
    // Each path added by exactly one process; the other found it stored (unchanged) or wrote it again (updated).
    const added = events.filter((e) => e.status === 'added').map((e) => e.path);
    expect(added).toHaveLength(files.length);
    expect(new Set(added).size).toBe(files.length);
    expect(events.filter((e) => e.status === 'failed')).toEqual([]);

    const rows = await server!.sql(location, 'SELECT count(*)::int AS n, count(DISTINCT path)::int AS paths, count(DISTINCT sha256)::int AS hashes FROM documents');
    expect(rows).toEqual([{ n: files.length, paths: files.length, hashes: files.length }]);
    // Facts were not doubled by the two writers either.
    const doubled = await server!.sql(
      location,
      'SELECT count(*)::int AS n FROM (SELECT doc_id, value, start FROM diary_numbers GROUP BY 1, 2, 3 HAVING count(*) > 1) x',
    );
    expect(doubled).toEqual([{ n: 0 }]);

    expect(single.code).toBe(0);
    const [s, p] = [await runCli(['export', '--db', sqliteDb]), await runCli(['export', '--db', location])];
    const records = (r: RunResult) => jsonLines(r.stdout).map(withoutStoreFields).sort(byPath);
    expect(records(p)).toEqual(records(s));
  }, 180_000);
});

describe.runIf(server && (built || IN_CI))('the connection lost in the middle of an ingest', () => {
  it('exit 3 (or, if only idle connections were hit, a complete run), never a stack trace or the password; a re-run completes the archive', async () => {
    const source = syntheticCorpus(join(tmp.dir, 'syn-lost'), 600, 29);
    const files = readdirSync(source).length;
    const location = await server!.createDatabase();
    const password = new URL(location).password;
    const running = runBinaryAsync(['ingest', source, '--db', location]);
    // As soon as a first batch is committed, the server ends every riksdoc connection, again and
    // again for 2 s (as a restart or an administrator would): a connection may be lost while
    // idle, while being made, or in the middle of a statement.
    let killed = 0;
    let finished = false;
    void running.then(() => (finished = true));
    let since = 0;
    while (!finished && (!since || Date.now() - since < 2_000)) {
      if (!since) {
        const [{ n }] = (await server!.sql(location, 'SELECT count(*)::int AS n FROM documents').catch(() => [{ n: 0 }])) as [{ n: number }];
        if (n > 0) since = Date.now();
      }
      if (since) {
        const rows = await server!.sql(location, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'riksdoc' AND datname = current_database()");
        killed += rows.length;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const r = await running;
    expect(killed).toBeGreaterThan(0);
    // Exit 3 with the reason on the last line (each file of the batch in flight was reported
    // failed before it), or, when every lost connection was idle and replaced, a complete run.
    const last = r.stderr.trimEnd().split('\n').pop() ?? '';
    expect({ code: r.code, ok: r.code === 3 || r.code === 0, last }).toMatchObject({ ok: true });
    if (r.code === 3) expect(last).toMatch(/: cannot write the archive: (terminating connection due to administrator command|the connection to the server was lost \(.+\))$/);
    else expect(last).toMatch(/^\d+ added, 0 updated, 0 unchanged, 0 failed/);
    expect(r.stderr).not.toMatch(/^\s+at |node:events|Unhandled|internal error/m);
    expect(r.stderr).not.toContain(password);

    const again = await runBinaryAsync(['ingest', source, '--db', location]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^\d+ added, 0 updated, \d+ unchanged, 0 failed/m);
    expect(await server!.sql(location, 'SELECT count(*)::int AS n, count(DISTINCT path)::int AS paths FROM documents')).toEqual([{ n: files, paths: files }]);
  }, 120_000);
});

describe.runIf(built || IN_CI)('the pg driver is loaded only for a postgres:// URL', () => {
  it('a command on an SQLite file never loads it; one on a postgres:// URL does', async () => {
    const { writeFileSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const { pathToFileURL } = await import('node:url');
    const probe = join(tmp.dir, 'lazy-pg.mjs');
    writeFileSync(
      probe,
      `import { createRequire } from 'node:module';
const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href)});
const io = { out() {}, err() {}, outIsTty: false, errIsTty: false, env: {} };
const code = await main(['node', 'riksdoc', ...process.argv.slice(2)], io);
// pg is CommonJS: importing it fills the require cache.
const cache = createRequire(import.meta.url).cache;
console.log(JSON.stringify({ code, pg: Object.keys(cache).some((k) => /[\\\\/]node_modules[\\\\/]pg[\\\\/]/.test(k)) }));
`,
    );
    const run = (args: string[]) => JSON.parse(spawnSync(process.execPath, [probe, ...args], { encoding: 'utf8' }).stdout.trim().split('\n').pop()!) as { code: number; pg: boolean };
    const file = join(tmp.dir, 'lazy.db');
    expect(run(['ingest', DEV, '--db', file])).toEqual({ code: 0, pg: false });
    expect(run(['search', 'regeringen', '--db', file])).toEqual({ code: 0, pg: false });
    expect(run(['stats', '--db', 'postgres://riksdoc:x@127.0.0.1:1/riksdoc'])).toEqual({ code: 3, pg: true });
  });
});
