#!/usr/bin/env node
// node bench/postgres.mjs [DOCS_DIR] [--docs N | --small | --large] [--seed S] [--url postgres://…] [--repeat N] [--ingest-repeat N]
//
// Ingest throughput and search latency on PostgreSQL beside SQLite: the same corpus, the same
// queries, the same run on the same machine. Without DOCS_DIR a synthetic corpus of N documents
// (default 10 000; --large: 100 000) is generated once with ../shared/tools/gen-corpus.mjs under
// bench/.corpora/ (shared with bench/run.mjs). Without --url (or $RIKSDOC_BENCH_POSTGRES_URL) a
// throwaway server is started with scripts/pg-test-server.sh (fsync off there; SQLite runs with
// its own default synchronous=NORMAL in WAL mode): compare the two, not the absolute numbers.
// Prints a table, then one JSON line (the last line of stdout).
//
// bench/run.mjs can call it in-process instead:
//   import { postgresBench } from './postgres.mjs';
//   const result = await postgresBench({ docsDir, log });   // { skipped } when there is no PostgreSQL
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbBytes, fmt as baseFmt, removeDb, runNode, summarize, table } from './lib.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SHARED = resolve(ROOT, '../shared');
const BIN = join(ROOT, 'bin/riksdoc.js');
const GEN = join(SHARED, 'tools/gen-corpus.mjs');
const SERVER_SCRIPT = join(ROOT, 'scripts/pg-test-server.sh');
const CORPORA = join(ROOT, 'bench/.corpora');

let log = (s) => process.stderr.write(`bench/postgres: ${s}\n`);

export const DEFAULT_DOCS = 10_000;
export const LARGE_DOCS = 100_000;

function parseArgs(argv) {
  const args = { docsDir: undefined, docs: DEFAULT_DOCS, seed: 1, url: process.env.RIKSDOC_BENCH_POSTGRES_URL || undefined, repeat: 5, ingestRepeat: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--docs') args.docs = Number(argv[++i]);
    else if (a === '--large') args.docs = LARGE_DOCS;
    else if (a === '--small') args.docs = 1_000;
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--url') args.url = argv[++i];
    else if (a === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
    else if (a === '--ingest-repeat') args.ingestRepeat = Math.max(1, Number(argv[++i]));
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/postgres.mjs [DOCS_DIR] [--docs N | --small | --large] [--seed S] [--url postgres://…] [--repeat N] [--ingest-repeat N]');
      process.exit(0);
    } else if (!a.startsWith('-') && !args.docsDir) args.docsDir = resolve(a);
    else {
      console.error(`bench/postgres: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!(args.docs > 0)) throw new Error('--docs must be a positive number');
  return args;
}

function ensureBuild() {
  if (existsSync(join(ROOT, 'dist/store/postgres-write.js')) && existsSync(join(ROOT, 'dist/cli/main.js'))) return;
  log('building (dist/ is missing or has no PostgreSQL store)');
  // tsc emits even when another part of the tree has a type error; what matters is that the files exist.
  spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(join(ROOT, 'dist/store/postgres-write.js'))) throw new Error('npm run build did not produce dist/store/postgres-write.js');
}

function ensureCorpus(docs, seed) {
  const dir = join(CORPORA, `syn-${docs}-s${seed}`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    log(`generating ${docs} documents (seed ${seed}) in ${dir}`);
    mkdirSync(dir, { recursive: true });
    execFileSync(process.execPath, [GEN, dir, String(docs), String(seed)], { stdio: 'ignore' });
    writeFileSync(done, new Date().toISOString());
  }
  return join(dir, 'docs');
}

function corpusInfo(docsDir) {
  let files = 0;
  let bytes = 0;
  for (const f of readdirSync(docsDir)) {
    const s = statSync(join(docsDir, f));
    if (s.isFile()) {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

/** A server to measure against: the given URL, or a throwaway one (stopped at the end). */
function startServer(url) {
  if (url) return { url, stop: () => undefined, throwaway: false };
  const dir = mkdtempSync('/tmp/riksdoc-pg-bench-');
  const r = spawnSync('bash', [SERVER_SCRIPT, 'start', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    spawnSync('bash', [SERVER_SCRIPT, 'stop', dir]);
    return { skipped: (r.stderr || `exit ${r.status}`).trim().split('\n').pop() };
  }
  const stopNow = () => spawnSync('bash', [SERVER_SCRIPT, 'stop', dir]);
  // A bench that dies half-way must not leave a server running.
  process.once('exit', stopNow);
  const stop = () => {
    process.off('exit', stopNow);
    stopNow();
  };
  return { url: r.stdout.trim().split('\n').pop(), stop, throwaway: true, dir };
}

const TICKS_PER_S = 100; // USER_HZ on Linux

/**
 * CPU the throwaway server has used so far (ms): the postmaster with the backends it has reaped
 * (a connection's backend exits when riksdoc disconnects) plus its live children (writer,
 * checkpointer, autovacuum). Linux /proc only; undefined elsewhere or for a given --url.
 */
function serverCpuMs(server) {
  if (!server.dir) return undefined;
  try {
    const pid = Number(readFileSync(join(server.dir, 'data/postmaster.pid'), 'utf8').split('\n')[0]);
    const fields = (p) => {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    };
    // After ")": state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    const own = fields(pid);
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === pid) continue;
      try {
        const f = fields(entry);
        if (Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        /* gone meanwhile */
      }
    }
    return (ticks / TICKS_PER_S) * 1000;
  } catch {
    return undefined;
  }
}

/** Let the backends of a finished riksdoc process exit and be reaped before reading the server's CPU. */
const settle = () => new Promise((r) => setTimeout(r, 300));

async function sql(url, text) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh database beside the server's own: the bench never touches an existing archive. */
async function freshDatabase(url) {
  const name = `riksdoc_bench_${process.pid}_${Date.now()}`;
  await sql(url, `CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), name, drop: () => sql(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function pgDatabaseBytes(url) {
  return Number((await sql(url, 'SELECT pg_database_size(current_database()) AS n'))[0].n);
}

async function ingest(docsDir, db, files) {
  const r = await runNode([BIN, 'ingest', docsDir, '--db', db, '--json'], { cwd: ROOT, env: { RIKSDOC_DB: '' } });
  if (r.code !== 0) throw new Error(`riksdoc ingest exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
  if (r.lines !== files) throw new Error(`riksdoc ingest printed ${r.lines} events for ${files} files`);
  return r;
}

function rareQueries(docsDir, count) {
  const gold = join(docsDir, '..', 'gold.jsonl');
  if (!existsSync(gold)) return [];
  const out = [];
  for (const line of readFileSync(gold, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    const id = g.diaryNumbers?.[0];
    if (id) out.push(id);
    if (out.length >= count) break;
  }
  return out;
}

/** The query set of bench/run.mjs, so the SQLite figures here and there mean the same. */
function queryCategories(docsDir) {
  const rare = rareQueries(docsDir, 5);
  return {
    'one word, common': ['regeringen', 'kommuner', 'myndigheten', 'samordning', 'arbetet'].map((q) => ({ query: q, filters: {} })),
    'one word, rare': (rare.length ? rare : ['Kopparklint', 'Örjan', 'Statskontoret']).map((q) => ({ query: q, filters: {} })),
    compound: ['äldreomsorg', 'sjukvård', 'krisberedskap', 'folkhälsa', 'bostadsbyggande'].map((q) => ({ query: q, filters: {} })),
    phrase: ['"nära samverkan"', '"civila försvaret"', '"hälso- och sjukvården"', '"goda förutsättningar"', '"central roll"'].map((q) => ({ query: q, filters: {} })),
    'with filters': [
      { query: 'regeringen', filters: { type: ['committee-directive'] } },
      { query: 'regeringen', filters: { department: 'Socialdepartementet' } },
      { query: 'sjukvården', filters: { from: '2018-01-01', to: '2019-12-31' } },
      { query: '', filters: { type: ['press-release'], from: '2020-01-01' } },
      { query: 'kronor', filters: { minAmount: 100_000_000 } },
    ],
  };
}

async function searchLatency(db, categories, repeat) {
  const { openStore } = await import(join(ROOT, 'dist/store/index.js'));
  const store = await openStore(db, { readonly: true });
  const out = {};
  try {
    for (const [name, queries] of Object.entries(categories)) {
      const samples = [];
      let hits = 0;
      for (const q of queries) {
        hits += (await store.search({ ...q, limit: 20 })).length; // warm-up: plans, caches
        for (let i = 0; i < repeat; i++) {
          const t = performance.now();
          await store.search({ ...q, limit: 20 });
          samples.push(performance.now() - t);
        }
      }
      out[name] = { ...summarize(samples), hits };
    }
  } finally {
    await store.close();
  }
  return out;
}

/**
 * Measure SQLite and PostgreSQL on one corpus. Options: docsDir (a folder to ingest; otherwise a
 * synthetic corpus of `docs` documents, seed `seed`), url (an existing server; otherwise a
 * throwaway one), repeat (timed runs per query), log (progress lines). Returns the result object,
 * or { skipped } when no PostgreSQL server can be had. Databases are removed afterwards.
 */
export async function postgresBench(options = {}) {
  const { docs = DEFAULT_DOCS, seed = 1, repeat = 5, ingestRepeat = 1 } = options;
  const url = options.url ?? (process.env.RIKSDOC_BENCH_POSTGRES_URL || undefined);
  if (options.log) log = options.log;
  ensureBuild();
  const docsDir = options.docsDir ?? ensureCorpus(docs, seed);
  const corpus = corpusInfo(docsDir);
  log(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${docsDir}`);

  const server = startServer(url);
  if (server.skipped) {
    log(`PostgreSQL not available: ${server.skipped}`);
    return { skipped: `PostgreSQL not available: ${server.skipped}` };
  }
  const work = mkdtempSync(join(tmpdir(), 'riksdoc-bench-pg-'));
  const sqliteDb = join(work, 'bench.db');
  let pgDb;
  const categories = queryCategories(docsDir);
  const result = {
    date: new Date().toISOString(),
    files: corpus.files,
    mb: corpus.bytes / 1e6,
    server: server.throwaway ? 'throwaway on 127.0.0.1 (fsync off)' : 'given',
    cores: availableParallelism(),
    backends: {},
  };
  try {
    pgDb = await freshDatabase(server.url);
    result.postgresVersion = (await sql(pgDb.url, 'SHOW server_version'))[0].server_version;
    // An empty PostgreSQL database already holds ~7 MB of catalogue: count only what the archive adds.
    const emptyPgBytes = await pgDatabaseBytes(pgDb.url);
    const targets = { sqlite: sqliteDb, postgres: pgDb.url };
    // Other work on the machine comes and goes: the backends take turns (SQLite, PostgreSQL, then
    // PostgreSQL, SQLite, …) and the fastest of `ingestRepeat` ingests counts. CPU (riksdoc's, and
    // the server's for PostgreSQL) is the figure that load moves least.
    const runs = { sqlite: [], postgres: [] };
    for (let i = 0; i < ingestRepeat; i++) {
      const order = i % 2 ? ['postgres', 'sqlite'] : ['sqlite', 'postgres'];
      for (const name of order) {
        if (name === 'sqlite') removeDb(sqliteDb);
        else if (i > 0) {
          await pgDb.drop();
          pgDb = await freshDatabase(server.url);
          targets.postgres = pgDb.url;
        }
        log(`${name}: ingest ${i + 1}/${ingestRepeat}`);
        const before = name === 'postgres' ? serverCpuMs(server) : undefined;
        const run = await ingest(docsDir, targets[name], corpus.files);
        await settle();
        const after = name === 'postgres' ? serverCpuMs(server) : undefined;
        runs[name].push({ ...run, serverCpuMs: before !== undefined && after !== undefined ? after - before : undefined });
      }
    }
    for (const name of ['sqlite', 'postgres']) {
      const db = targets[name];
      const first = runs[name].reduce((a, b) => (b.ms < a.ms ? b : a));
      log(`${name}: re-run (nothing changed)`);
      const rerun = await ingest(docsDir, db, corpus.files);
      // The archive of the last ingest (sizes vary little between runs).
      const size = name === 'sqlite' ? dbBytes(sqliteDb) : (await pgDatabaseBytes(pgDb.url)) - emptyPgBytes;
      log(`${name}: search`);
      const search = await searchLatency(db, categories, repeat);
      result.backends[name] = {
        ingestMs: first.ms,
        ingestRuns: runs[name].map((r) => Math.round(r.ms)),
        docsPerS: corpus.files / (first.ms / 1000),
        mbPerS: corpus.bytes / 1e6 / (first.ms / 1000),
        ingestMaxRssMiB: first.maxRssMiB,
        ingestCpuMs: first.cpuMs,
        serverCpuMs: first.serverCpuMs,
        rerunMs: rerun.ms,
        dbMiB: size / 2 ** 20,
        search,
      };
    }
  } finally {
    if (pgDb) await pgDb.drop().catch((err) => log(`could not drop ${pgDb.name}: ${err.message}`));
    removeDb(sqliteDb);
    rmSync(work, { recursive: true, force: true });
    server.stop();
  }
  return result;
}

/** The result as a table: SQLite, PostgreSQL and their ratio side by side. */
export function formatPostgresBench(result) {
  if (result.skipped) return `PostgreSQL bench skipped: ${result.skipped}`;
  const fmt = { ...baseFmt, cpu: (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '–') };
  const s = result.backends.sqlite;
  const p = result.backends.postgres;
  const rows = [
    ['', 'SQLite', 'PostgreSQL', 'PG / SQLite'],
    ['ingest (docs/s)', fmt.int(s.docsPerS), fmt.int(p.docsPerS), fmt.ratio(p.docsPerS / s.docsPerS)],
    ['ingest (MB/s)', fmt.mbs(s.mbPerS), fmt.mbs(p.mbPerS), fmt.ratio(p.mbPerS / s.mbPerS)],
    ['ingest wall, best (ms)', fmt.int(s.ingestMs), fmt.int(p.ingestMs), fmt.ratio(p.ingestMs / s.ingestMs)],
    ['ingest CPU, riksdoc (s)', fmt.cpu(s.ingestCpuMs), fmt.cpu(p.ingestCpuMs), fmt.ratio(p.ingestCpuMs / s.ingestCpuMs)],
    ['ingest CPU, riksdoc + server (s)', fmt.cpu(s.ingestCpuMs), fmt.cpu(p.ingestCpuMs + (p.serverCpuMs ?? NaN)), fmt.ratio((p.ingestCpuMs + (p.serverCpuMs ?? NaN)) / s.ingestCpuMs)],
    ['ingest peak RSS, riksdoc (MiB)', fmt.mib(s.ingestMaxRssMiB), fmt.mib(p.ingestMaxRssMiB), fmt.ratio(p.ingestMaxRssMiB / s.ingestMaxRssMiB)],
    ['re-run, unchanged (ms)', fmt.int(s.rerunMs), fmt.int(p.rerunMs), fmt.ratio(p.rerunMs / s.rerunMs)],
    ['archive size (MiB)', fmt.mib(s.dbMiB), fmt.mib(p.dbMiB), fmt.ratio(p.dbMiB / s.dbMiB)],
    ...Object.keys(s.search).flatMap((name) => [
      [`search ${name}: median ms (hits)`, `${fmt.ms(s.search[name].median)} (${s.search[name].hits})`, `${fmt.ms(p.search[name].median)} (${p.search[name].hits})`, fmt.ratio(p.search[name].median / s.search[name].median)],
      [`search ${name}: p95 ms`, fmt.ms(s.search[name].p95), fmt.ms(p.search[name].p95), fmt.ratio(p.search[name].p95 / s.search[name].p95)],
    ]),
  ];
  return `PostgreSQL ${result.postgresVersion} (${result.server}) beside SQLite: ${result.files} docs, ${result.mb.toFixed(1)} MB, ${result.cores} cores\n${table(rows)}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const result = await postgresBench(args);
  console.log(formatPostgresBench(result));
  console.log(JSON.stringify(result));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`bench/postgres: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
