#!/usr/bin/env node
// npm run bench [-- --small | --large | --docs N] [--seed S] [--repeat N] [--single] [--postgres] [--no-stages] [--cpu-prof]
//
// Measures riksdoc against the floor (../shared/tools/ingest-floor.mjs: the least any ingest must
// do) in one run on one machine, prints a table and writes bench/results.json. Only ratios from
// one run mean anything: absolute numbers move between runs and machines.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbBytes, fmt, ingestPace, removeDb, runNode, summarize, table } from './lib.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SHARED = resolve(ROOT, '../shared');
// The riksdoc under test: a snapshot of bin/ and dist/ taken when the bench starts (see snapshotApp).
let BIN = join(ROOT, 'bin/riksdoc.js');
const FLOOR = join(SHARED, 'tools/ingest-floor.mjs');
const GEN = join(SHARED, 'tools/gen-corpus.mjs');
const CORPORA = join(ROOT, 'bench/.corpora');
const WORK = join(CORPORA, 'work');

function parseArgs(argv) {
  const args = { docs: 10_000, seed: 1, repeat: 1, single: false, postgres: false, stages: true, cpuProf: false, label: 'default' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--small') Object.assign(args, { docs: 1_000, label: 'small' });
    else if (a === '--large') Object.assign(args, { docs: 100_000, label: 'large' });
    else if (a === '--docs') args.docs = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
    else if (a === '--single') args.single = true;
    else if (a === '--postgres') args.postgres = true;
    else if (a === '--no-stages') args.stages = false;
    else if (a === '--cpu-prof') args.cpuProf = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--small | --large | --docs N] [--seed S] [--repeat N] [--single] [--postgres] [--no-stages] [--cpu-prof]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!(args.docs > 0)) throw new Error('--docs must be a positive number');
  return args;
}

const log = (s) => process.stderr.write(`bench: ${s}\n`);

function ensureBuild() {
  if (existsSync(join(ROOT, 'dist/cli/main.js')) && existsSync(join(ROOT, 'dist/ingest-worker.js'))) return;
  log('building (dist/ is missing)');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Copies bin/, dist/ and package.json aside (node_modules linked) and runs riksdoc from there, so
 * that a rebuild during a long bench (another change landing, a new extractor version) cannot
 * change the program halfway — a re-ingest would then re-extract everything.
 */
function snapshotApp() {
  const app = join(WORK, 'app');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  cpSync(join(ROOT, 'bin'), join(app, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  return join(app, 'bin/riksdoc.js');
}

/** The generated corpus for (docs, seed), made once and kept under bench/.corpora/. */
function ensureCorpus(docs, seed) {
  const dir = join(CORPORA, `syn-${docs}-s${seed}`);
  const docsDir = join(dir, 'docs');
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    if (!existsSync(GEN)) throw new Error(`${GEN} not found: the bench needs ../shared/tools beside the project`);
    log(`generating ${docs} documents (seed ${seed}) in ${dir}`);
    execFileSync(process.execPath, [GEN, dir, String(docs), String(seed)], { stdio: 'ignore' });
    writeFileSync(done, new Date().toISOString());
  }
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(docsDir)) {
    bytes += statSync(join(docsDir, f)).size;
    files++;
  }
  return { dir, docsDir, files, bytes };
}

function parseFloorLine(line) {
  return Object.fromEntries(line.trim().split(/\s+/).map((kv) => kv.split('=')).map(([k, v]) => [k, Number.isNaN(Number(v)) ? v : Number(v)]));
}

/** The floor mode with the same FTS5 tokenizer as riksdoc's index. */
function floorModeFor(dbFile, Database) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").get();
    return /trigram/i.test(row?.sql ?? '') ? 'trigram' : 'unicode61';
  } finally {
    db.close();
  }
}

const PROFILES = join(ROOT, 'bench/profiles');

async function ingestRiksdoc(corpus, db, { profile = false, statuses = false } = {}) {
  // --cpu-prof: one V8 profile per thread (main = the writer; the others are the extraction workers
  // and the writer's checkpoint worker, the one that is nearly all idle).
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`] : [];
  const r = await runNode([...nodeArgs, BIN, 'ingest', corpus.docsDir, '--db', db, '--json'], { cwd: ROOT, keepStdout: statuses, lineTimes: !statuses });
  if (statuses) {
    r.statuses = {};
    for (const line of r.stdout.split('\n')) if (line) r.statuses[JSON.parse(line).status] = (r.statuses[JSON.parse(line).status] ?? 0) + 1;
    r.stdout = '';
  }
  if (r.code !== 0) throw new Error(`riksdoc ingest exited ${r.code}: ${r.stderr}`);
  if (r.lines !== corpus.files) throw new Error(`riksdoc ingest printed ${r.lines} events for ${corpus.files} files`);
  return r;
}

async function ingestSingleThread(corpus, db) {
  const driver = join(ROOT, 'bench/ingest-driver.mjs');
  const r = await runNode([driver, corpus.docsDir, db, '0'], { cwd: ROOT });
  if (r.code !== 0) throw new Error(`single-thread ingest exited ${r.code}: ${r.stderr}`);
  return r;
}

async function ingestFloor(mode, corpus, db) {
  const r = await runNode([FLOOR, mode, corpus.docsDir, db], { cwd: ROOT });
  if (r.code !== 0) throw new Error(`floor exited ${r.code}: ${r.stderr}`);
  return { ...r, floor: parseFloorLine(r.lastLine) };
}

function best(runs) {
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

function rareQueries(corpus, count) {
  const out = [];
  const gold = readFileSync(join(corpus.dir, 'gold.jsonl'), 'utf8').split('\n');
  for (const line of gold) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    const id = g.diaryNumbers?.[0] ?? g.references?.find((r) => r.kind === 'riksdag-question')?.id;
    if (id) out.push(id);
    if (out.length >= count) break;
  }
  return out;
}

async function searchLatency(db, corpus) {
  // The search helper's query set (parse + search + snippets, as the CLI runs it) when it is there.
  const shared = join(ROOT, 'bench/search.mjs');
  if (existsSync(shared)) {
    const { searchBench } = await import(shared);
    return searchBench({ db, runs: 5, wholeProcess: false });
  }
  const { openStore } = await import(join(ROOT, 'dist/store/index.js'));
  const store = await openStore(db, { readonly: true });
  const rare = rareQueries(corpus, 5);
  const categories = {
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
  const result = {};
  try {
    for (const [name, queries] of Object.entries(categories)) {
      const samples = [];
      let hits = 0;
      for (const q of queries) {
        await store.search({ ...q, limit: 20 }); // first run: statement preparation and a cold cache
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          const found = await store.search({ ...q, limit: 20 });
          samples.push(performance.now() - t);
          hits += i === 0 ? found.length : 0;
        }
      }
      result[name] = { ...summarize(samples), queries: queries.length, hits };
    }
  } finally {
    await store.close();
  }
  return result;
}

async function processTimes(db) {
  const measure = async (args, n = 10) => {
    const samples = [];
    for (let i = 0; i < n; i++) {
      const r = await runNode(args, { cwd: ROOT, env: { RIKSDOC_DB: '' } });
      if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.stderr}`);
      samples.push(r.ms);
    }
    return summarize(samples);
  };
  return {
    'riksdoc --version': await measure([BIN, '--version']),
    'riksdoc search regeringen': await measure([BIN, 'search', 'regeringen', '--db', db]),
    'riksdoc search äldreomsorg --type … --from …': await measure([BIN, 'search', 'äldreomsorg', '--type', 'written-question-answer', '--from', '2019', '--db', db]),
  };
}

/** Bytes per second through readDocument, per format, on fixtures (txt/md fall back to the corpus). */
async function readSpeed(corpus) {
  const { readDocument } = await import(join(ROOT, 'dist/read/index.js'));
  const fixtures = join(ROOT, 'fixtures/formats');
  const byFormat = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const ext = extname(entry.name).slice(1).toLowerCase();
        const format = { htm: 'html', markdown: 'md', text: 'txt' }[ext] ?? ext;
        if (['txt', 'md', 'html', 'pdf', 'docx', 'doc'].includes(format)) byFormat.set(format, [...(byFormat.get(format) ?? []), { path: p, source: 'fixtures' }]);
      }
    }
  };
  if (existsSync(fixtures)) walk(fixtures);
  for (const format of ['txt', 'md']) {
    if (byFormat.has(format)) continue;
    const sample = readdirSync(corpus.docsDir).filter((f) => f.endsWith(`.${format}`)).slice(0, 200);
    byFormat.set(format, sample.map((f) => ({ path: join(corpus.docsDir, f), source: 'corpus' })));
  }
  const out = {};
  for (const format of ['txt', 'md', 'html', 'pdf', 'docx', 'doc']) {
    const files = byFormat.get(format);
    if (!files?.length) {
      if (format !== 'doc') out[format] = { skipped: 'no fixtures' };
      continue;
    }
    const loaded = files.map((f) => ({ ...f, bytes: readFileSync(f.path) }));
    let ok = 0;
    let failed = 0;
    let bytes = 0;
    let chars = 0;
    const started = performance.now();
    let rounds = 0;
    // At least one round; then repeat until 300 ms have passed, for a stable rate.
    do {
      for (const f of loaded) {
        try {
          const doc = await readDocument(f.path, f.bytes);
          ok++;
          bytes += f.bytes.length;
          chars += doc.text.length;
        } catch {
          failed++;
        }
      }
      rounds++;
    } while (performance.now() - started < 300 && rounds < 1000);
    const seconds = (performance.now() - started) / 1000;
    out[format] = { files: loaded.length, source: loaded[0].source, filesPerS: (ok + failed) / seconds, mbPerS: bytes / 1e6 / seconds, failed: failed / rounds, charsPerFile: ok ? chars / ok : 0 };
  }
  return out;
}

/** PostgreSQL beside SQLite on the same corpus, by bench/postgres.mjs (its owner's query set and server handling). */
async function postgresBench(corpus) {
  const script = join(ROOT, 'bench/postgres.mjs');
  if (!existsSync(script)) return { result: { skipped: 'bench/postgres.mjs not present' } };
  const mod = await import(script);
  if (typeof mod.postgresBench !== 'function') return { result: { skipped: 'bench/postgres.mjs exports no postgresBench' } };
  try {
    const result = await mod.postgresBench({ docsDir: corpus.docsDir, log });
    return { result, text: typeof mod.formatPostgresBench === 'function' ? mod.formatPostgresBench(result) : JSON.stringify(result) };
  } catch (err) {
    return { result: { skipped: `bench/postgres.mjs failed: ${err?.message ?? err}` } };
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  ensureBuild();
  const { createRequire } = await import('node:module');
  const Database = createRequire(join(ROOT, 'package.json'))('better-sqlite3');
  mkdirSync(WORK, { recursive: true });
  BIN = snapshotApp();
  const corpus = ensureCorpus(args.docs, args.seed);
  const mb = corpus.bytes / 1e6;
  log(`corpus: ${corpus.files} files, ${mb.toFixed(1)} MB`);

  // Warm the page cache for both contenders: the first reader would otherwise pay for the disk.
  await runNode([FLOOR, 'read', corpus.docsDir], { cwd: ROOT });

  const db = join(WORK, `riksdoc-${args.docs}.db`);
  const floorDb = join(WORK, `floor-${args.docs}.db`);
  const ours = [];
  const floors = [];
  let floorMode = 'unicode61';
  for (let i = 0; i < args.repeat; i++) {
    removeDb(db);
    log(`riksdoc ingest (${i + 1}/${args.repeat})`);
    ours.push({ ...(await ingestRiksdoc(corpus, db)), bytes: dbBytes(db) });
    floorMode = floorModeFor(db, Database);
    removeDb(floorDb);
    log(`floor ${floorMode} (${i + 1}/${args.repeat})`);
    floors.push({ ...(await ingestFloor(floorMode, corpus, floorDb)), bytes: dbBytes(floorDb) });
  }
  const ingest = best(ours);
  const floor = best(floors);
  log('riksdoc re-ingest of the unchanged corpus');
  const reingest = await ingestRiksdoc(corpus, db, { statuses: true });
  // A rebuilt dist/ with a new extractor version between the runs re-extracts everything: say so.
  if ((reingest.statuses.unchanged ?? 0) !== corpus.files) log(`re-ingest was not all unchanged: ${JSON.stringify(reingest.statuses)}`);
  let profiles;
  if (args.cpuProf) {
    // A separate, profiled run: the profiler's overhead must not count in the table.
    const { profileTop } = await import('./profile-top.mjs');
    rmSync(PROFILES, { recursive: true, force: true });
    const profDb = join(WORK, `profiled-${args.docs}.db`);
    removeDb(profDb);
    log(`riksdoc ingest under the CPU profiler (profiles in ${PROFILES})`);
    await ingestRiksdoc(corpus, profDb, { profile: true });
    removeDb(profDb);
    profiles = readdirSync(PROFILES).filter((f) => f.endsWith('.cpuprofile')).sort().map((f) => ({ file: join('bench/profiles', f), ...profileTop(join(PROFILES, f), 12) }));
  }

  let single;
  if (args.single) {
    const singleDb = join(WORK, `single-${args.docs}.db`);
    removeDb(singleDb);
    log('riksdoc ingest on one thread (workers: 0)');
    single = await ingestSingleThread(corpus, singleDb);
    removeDb(singleDb);
  }

  log('search latency');
  const search = await searchLatency(db, corpus);
  log('whole-process start-to-exit');
  const processes = await processTimes(db);
  log('read speed per format');
  const read = await readSpeed(corpus);
  let stages;
  if (args.stages) {
    log('cost per stage (one thread)');
    const { measureStages } = await import('./stages.mjs');
    stages = await measureStages(corpus.docsDir, Math.min(corpus.files, 2000));
  }
  const pg = args.postgres ? await postgresBench(corpus) : undefined;
  const postgres = pg?.result;
  // The corpora are worth keeping between runs; the databases (up to ~0.5 GB at --large) are not.
  removeDb(floorDb);
  removeDb(db);

  const docsPerS = (r) => (corpus.files / r.ms) * 1000;
  const per1000 = (bytes) => (bytes / corpus.files) * 1000;
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` },
    corpus: { docs: corpus.files, mb, seed: args.seed, repeat: args.repeat },
    ingest: {
      riksdoc: { ms: ingest.ms, docsPerS: docsPerS(ingest), pace: ingestPace(ingest.lineTimes), mbPerS: mb / (ingest.ms / 1000), peakRssMiB: ingest.maxRssMiB, cpuMs: ingest.cpuMs, mainThreadCpuMs: ingest.mainThreadCpuMs, memoryAtPeak: ingest.memoryAtPeak, dbBytesPer1000: per1000(ingest.bytes) },
      floor: { mode: floorMode, ms: floor.ms, docsPerS: docsPerS(floor), mbPerS: mb / (floor.ms / 1000), peakRssMiB: floor.maxRssMiB, cpuMs: floor.cpuMs, mainThreadCpuMs: floor.mainThreadCpuMs, dbBytesPer1000: per1000(floor.bytes), selfReported: floor.floor },
      ratio: { throughput: floor.ms / ingest.ms, peakRss: ingest.maxRssMiB / floor.maxRssMiB, dbBytes: ingest.bytes / floor.bytes },
      singleThread: single ? { ms: single.ms, docsPerS: docsPerS(single), peakRssMiB: single.maxRssMiB, speedupWithWorkers: single.ms / ingest.ms } : undefined,
    },
    reingest: { ms: reingest.ms, peakRssMiB: reingest.maxRssMiB, ratioToFirst: reingest.ms / ingest.ms, statuses: reingest.statuses },
    search,
    process: processes,
    read,
    stages,
    profiles,
    postgres,
  };
  results.targets = targets(results);
  if (pg?.text) Object.defineProperty(results, 'postgresText', { value: pg.text, enumerable: false });
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  print(results);
}

/** The targets next to this run's numbers (only a run with --large measures them as meant). */
function targets(r) {
  const i = r.ingest;
  const rows = [
    { name: 'ingest throughput / floor', measured: fmt.ratio(i.ratio.throughput), target: '≥ 0.80×', met: i.ratio.throughput >= 0.8 },
    { name: 'peak RSS', measured: `${fmt.mib(i.riksdoc.peakRssMiB)} MiB`, target: '≤ 300 MiB', met: i.riksdoc.peakRssMiB <= 300 },
    { name: 're-ingest of the unchanged corpus', measured: `${(r.reingest.ratioToFirst * 100).toFixed(1)} %`, target: '≤ 10 %', met: r.reingest.ratioToFirst <= 0.1 },
    { name: 'database bytes / floor', measured: fmt.ratio(i.ratio.dbBytes), target: '≤ 2×', met: i.ratio.dbBytes <= 2 },
  ];
  const median = (pattern) => Object.entries(r.search).filter(([k]) => pattern.test(k)).map(([, s]) => s.median);
  const oneWord = median(/^one word/);
  const filtered = median(/filters/);
  if (oneWord.length) rows.push({ name: 'search, one word (worst median)', measured: `${fmt.ms(Math.max(...oneWord))} ms`, target: '≤ 30 ms', met: Math.max(...oneWord) <= 30 });
  if (filtered.length) rows.push({ name: 'search, with filters (median)', measured: `${fmt.ms(Math.max(...filtered))} ms`, target: '≤ 60 ms', met: Math.max(...filtered) <= 60 });
  const version = r.process['riksdoc --version'];
  const search = r.process['riksdoc search regeringen'];
  if (version) rows.push({ name: 'riksdoc --version, whole process', measured: `${fmt.ms(version.median)} ms`, target: '≤ 150 ms', met: version.median <= 150 });
  if (search) rows.push({ name: 'riksdoc search, whole process', measured: `${fmt.ms(search.median)} ms`, target: '≤ 250 ms', met: search.median <= 250 });
  return rows;
}

function print(r) {
  const i = r.ingest;
  const out = [];
  out.push(`riksdoc bench — ${r.corpus.docs.toLocaleString('en-US')} synthetic documents (${r.corpus.mb.toFixed(1)} MB), ${r.machine.cores} cores ${r.machine.cpu}, Node ${r.machine.node}, ${r.date.slice(0, 10)}`);
  out.push('');
  const ingestRows = [
    ['ingest', 'docs/s', 'MB/s', 'wall ms', 'CPU ms', 'main thread CPU ms', 'peak RSS MiB', 'DB KiB/1000 docs'],
    ['riksdoc (full extraction)', fmt.int(i.riksdoc.docsPerS), fmt.mbs(i.riksdoc.mbPerS), fmt.int(i.riksdoc.ms), fmt.int(i.riksdoc.cpuMs), fmt.int(i.riksdoc.mainThreadCpuMs), fmt.mib(i.riksdoc.peakRssMiB), fmt.int(i.riksdoc.dbBytesPer1000 / 1024)],
  ];
  if (i.singleThread) ingestRows.push(['riksdoc, one thread', fmt.int(i.singleThread.docsPerS), '', fmt.int(i.singleThread.ms), '', '', fmt.mib(i.singleThread.peakRssMiB), '']);
  ingestRows.push([`floor (${i.floor.mode})`, fmt.int(i.floor.docsPerS), fmt.mbs(i.floor.mbPerS), fmt.int(i.floor.ms), fmt.int(i.floor.cpuMs), fmt.int(i.floor.mainThreadCpuMs), fmt.mib(i.floor.peakRssMiB), fmt.int(i.floor.dbBytesPer1000 / 1024)]);
  ingestRows.push(['riksdoc / floor', fmt.ratio(i.ratio.throughput), '', '', fmt.ratio(i.riksdoc.cpuMs / i.floor.cpuMs), '', fmt.ratio(i.ratio.peakRss), fmt.ratio(i.ratio.dbBytes)]);
  out.push(table(ingestRows));
  const pace = i.riksdoc.pace;
  if (pace?.secondHalfDocsPerS) {
    out.push('');
    out.push(table([
      ['riksdoc ingest pace (events on stdout, ms from spawn)', 'first event', 'half of the events', 'last event', 'docs/s after half', 'of floor docs/s'],
      ['best run', fmt.int(pace.firstEventMs), fmt.int(pace.halfEventsMs), fmt.int(pace.lastEventMs), fmt.int(pace.secondHalfDocsPerS), fmt.ratio(pace.secondHalfDocsPerS / i.floor.docsPerS)],
    ]));
  }
  out.push('');
  out.push(table([
    ['re-ingest (unchanged)', 'wall ms', 'of first ingest', 'peak RSS MiB'],
    ['riksdoc', fmt.int(r.reingest.ms), `${(r.reingest.ratioToFirst * 100).toFixed(1)} %`, fmt.mib(r.reingest.peakRssMiB)],
  ]));
  if (r.reingest.statuses && (r.reingest.statuses.unchanged ?? 0) !== r.corpus.docs) {
    out.push(`(not a clean re-ingest: ${JSON.stringify(r.reingest.statuses)} — the extractor version changed between the runs)`);
  }
  out.push('');
  out.push(table([
    ['search (in-process, limit 20)', 'median ms', 'p95 ms', 'queries × runs', 'hits (first run)'],
    ...Object.entries(r.search).map(([k, s]) => [k, fmt.ms(s.median), fmt.ms(s.p95), `${s.queries} × ${Math.round(s.n / s.queries)}`, fmt.int(s.hits)]),
  ]));
  out.push('');
  out.push(table([
    ['whole process (spawn to exit)', 'median ms', 'p95 ms'],
    ...Object.entries(r.process).map(([k, s]) => [k, fmt.ms(s.median), fmt.ms(s.p95)]),
  ]));
  out.push('');
  out.push(table([
    ['read (readDocument)', 'files/s', 'MB/s', 'files', 'source'],
    ...Object.entries(r.read).map(([k, s]) => (s.skipped ? [k, '', '', '', `skipped: ${s.skipped}`] : [k, fmt.int(s.filesPerS), fmt.mbs(s.mbPerS), fmt.int(s.files), s.source + (s.failed ? ` (${s.failed} failed)` : '')])),
  ]));
  if (r.stages) {
    out.push('');
    out.push(table([
      [`CPU per document, one thread (${r.stages.docs} docs)`, 'µs/doc', 'share'],
      ...Object.entries(r.stages.microsPerDoc).map(([k, v]) => [k, fmt.int(v), `${((v / r.stages.totalMicrosPerDoc) * 100).toFixed(0)} %`]),
      ['total', fmt.int(r.stages.totalMicrosPerDoc), '100 %'],
    ]));
  }
  for (const p of r.profiles ?? []) {
    out.push('');
    out.push(table([
      [`${p.file}: self time (${fmt.int(p.totalMs)} ms sampled, ${fmt.int(p.idleMs)} idle)`, 'ms', 'share'],
      ...p.self.map((row) => [row.name, fmt.int(row.ms), `${(row.share * 100).toFixed(1)} %`]),
    ]));
  }
  out.push('');
  out.push(table([['target (issue 7; meant at 100 000 docs, 2 cores)', 'measured', 'target', 'met'], ...targets(r).map((t) => [t.name, t.measured, t.target, t.met ? 'yes' : 'NO'])]));
  if (r.postgres) {
    out.push('');
    out.push(r.postgresText ?? `postgres: ${JSON.stringify(r.postgres)}`);
  }
  out.push('');
  out.push('written to bench/results.json');
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`bench: ${err?.stack ?? err}`);
  process.exitCode = 1;
});
