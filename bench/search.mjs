#!/usr/bin/env node
// Search latency on an existing archive: in-process (parse + search + snippets, as `riksdoc
// search` does it) and as a whole process (start to exit).
//
//   node bench/search.mjs --db .tmp/s100k.db [--runs 9] [--no-process] [--json]
//
// or from another bench:  import { searchBench } from './search.mjs';
//                         const rows = await searchBench({ db, runs: 9 });   // → { name: {median, p95, …} }
// Needs dist/ (npm run build). Targets (issue 6, 100 000 synthetic documents): one word ≤ 30 ms,
// with filters ≤ 60 ms, whole process ≤ 250 ms (medians).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, runNode, summarize, table } from './lib.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin/riksdoc.js');

/** Query sets per category; designations are taken from the archive itself. */
function categories(designations) {
  const q = (query, filters = {}) => ({ query, filters });
  return {
    'one word, common': [q('regeringen'), q('kommuner'), q('myndigheten'), q('arbetet'), q('samordning')],
    'one word, rare': [q('Kopparklint'), q('Statskontoret'), q('Örjan')],
    'two words': [q('regeringen kommuner'), q('äldreomsorgen kommunerna'), q('krisberedskapen myndigheten')],
    'compound part': [q('omsorg'), q('beredskap'), q('försörjning')],
    'no diacritics (folded)': [q('aldreomsorgen'), q('halso'), q('forsvaret')],
    phrase: [q('"nära samverkan"'), q('"civila försvaret"'), q('"hälso- och sjukvården"')],
    'prefix, OR, NOT': [q('klimat*'), q('skola OR förskola'), q('regeringen -kommuner')],
    designation: designations.map((d) => q(d)),
    'with filters': [
      q('regeringen', { type: ['committee-directive'] }),
      q('regeringen', { department: 'Socialdepartementet' }),
      q('sjukvården', { from: '2018-01-01', to: '2019-12-31' }),
      q('kommuner', { type: ['press-release'], from: '2020-01-01' }),
      q('äldreomsorgen', { department: 'Social', from: '2019-01-01' }),
    ],
  };
}

export async function searchBench({ db, runs = 9, processRuns = 9, wholeProcess = true, limit = 20 } = {}) {
  const { openStore } = await import(join(ROOT, 'dist/store/index.js'));
  const { parseQuery } = await import(join(ROOT, 'dist/search/query.js'));
  const { parseDesignationQuery } = await import(join(ROOT, 'dist/swedish/designations.js')).catch(() => ({}));
  const store = await openStore(db, { readonly: true });
  const result = {};
  try {
    const designations = [];
    if (store.db) {
      designations.push(...store.db.prepare('SELECT value FROM diary_numbers GROUP BY value ORDER BY min(doc_id) LIMIT 2').pluck().all());
      designations.push(...store.db.prepare('SELECT ref_id FROM doc_references GROUP BY ref_id ORDER BY min(doc_id) LIMIT 2').pluck().all());
    }
    for (const [name, queries] of Object.entries(categories(designations))) {
      if (!queries.length) continue;
      const samples = [];
      const cpuSamples = [];
      let hits = 0;
      for (const q of queries) {
        const run = () => store.search({ ...q, parsed: parseQuery(q.query, { parseDesignation: parseDesignationQuery }), limit });
        await run(); // statement preparation, cold pages
        for (let i = 0; i < runs; i++) {
          const c = process.cpuUsage();
          const t = performance.now();
          const found = await run();
          samples.push(performance.now() - t);
          const used = process.cpuUsage(c);
          cpuSamples.push((used.user + used.system) / 1000);
          if (i === 0) hits += found.length;
        }
      }
      // CPU time beside wall time: on a busy machine the wall clock measures the neighbours too.
      result[name] = { ...summarize(samples), cpuMedian: summarize(cpuSamples).median, queries: queries.length, hits };
    }
  } finally {
    await store.close();
  }
  if (wholeProcess) {
    for (const [name, args] of [
      // The floor every command pays (node, commander, the CLI modules): compare the two below with it.
      ['process: riksdoc --version', ['--version']],
      ['process: riksdoc search regeringen', ['search', 'regeringen']],
      ['process: riksdoc search äldreomsorg --type … --from …', ['search', 'äldreomsorg', '--type', 'written-question-answer', '--from', '2019']],
    ]) {
      const samples = [];
      const cpuSamples = [];
      for (let i = 0; i < processRuns; i++) {
        const r = await runNode([BIN, ...args, ...(args[0] === 'search' ? ['--db', db] : [])], { cwd: ROOT, env: { RIKSDOC_DB: '' } });
        if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.stderr}`);
        samples.push(r.ms);
        cpuSamples.push(r.cpuMs);
      }
      result[name] = { ...summarize(samples), cpuMedian: summarize(cpuSamples.filter(Number.isFinite)).median, queries: 1, hits: NaN };
    }
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const db = arg('--db');
  if (!db) {
    console.error('usage: node bench/search.mjs --db ARCHIVE [--runs N] [--no-process] [--json]');
    process.exit(2);
  }
  const count = Number(execFileSync(process.execPath, ['-e', `const D=require('better-sqlite3');console.log(new D(${JSON.stringify(db)},{readonly:true}).prepare('select count(*) from documents').pluck().get())`], { cwd: ROOT, encoding: 'utf8' }));
  const r = await searchBench({ db, runs: Number(arg('--runs', 9)), wholeProcess: !argv.includes('--no-process') });
  if (argv.includes('--json')) console.log(JSON.stringify({ documents: count, ...r }));
  else {
    console.log(`search latency on ${db} (${count.toLocaleString('en-US')} documents), limit 20`);
    console.log(table([['query', 'median ms', 'p95 ms', 'median CPU ms', 'queries', 'hits (first run)'], ...Object.entries(r).map(([k, s]) => [k, fmt.ms(s.median), fmt.ms(s.p95), fmt.ms(s.cpuMedian), s.queries, fmt.int(s.hits)])]));
    console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} CPUs`);
  }
}
