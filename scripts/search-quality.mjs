#!/usr/bin/env node
// Search quality on the judged query set: recall@10 and precision@10 per backend.
//
//   npm run build && node scripts/search-quality.mjs [--verbose] [--postgres URL | --no-postgres]
//
// The fixture corpus (fixtures/search/docs/*.txt) carries its facts in a front-matter header
// (type, date, department, diary numbers, references, asker), so the score measures search alone,
// not extraction. The judged queries are tests/search/judged.json: each lists every document a
// journalist asking it wants (by file name without .txt). PostgreSQL is scored when a server is
// given (--postgres URL, $RIKSDOC_TEST_POSTGRES_URL) or can be started with scripts/pg-test-server.sh.
//
// recall@10    = judged documents in the first 10 hits / judged documents (at most 10)
// precision@10 = judged documents in the first 10 hits / hits returned (at most 10);
//                a query with no hits and no judged documents scores 1.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DIR = join(ROOT, 'fixtures/search/docs');
export const JUDGED_FILE = join(ROOT, 'tests/search/judged.json');

/** Where the fixture documents are said to live in the archive. */
export const FIXTURE_ROOT = '/fixtures/search';

function parseHeader(raw) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!m) throw new Error('fixture without a --- header');
  const meta = {};
  for (const line of m[1].split('\n')) {
    const i = line.indexOf(':');
    meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return { meta, text: raw.slice(m[0].length) };
}

function span(text, value) {
  const start = text.indexOf(value);
  return start >= 0 ? { start, end: start + value.length } : { start: 0, end: 0 };
}

/** The fixture documents as DocumentRecords (facts from the header, spans found in the text). */
export function fixtureRecords() {
  const records = [];
  for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(FIXTURE_DIR, file), 'utf8');
    const { meta, text } = parseHeader(raw);
    const title = text.split('\n').find((l) => l.trim())?.trim() ?? null;
    const list = (s) => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
    const diary = list(meta.diary);
    const refs = list(meta.refs).map((r) => {
      const i = r.indexOf(' ');
      return { kind: r.slice(0, i), id: r.slice(i + 1) };
    });
    const asked = /^(.*) \((\w+)\)$/.exec(meta.askedBy ?? '');
    const evidence = {
      title: title ? { value: title, ...span(text, title) } : undefined,
      diaryNumbers: diary.map((d) => ({ value: d, ...span(text, d) })),
      references: refs.map((r) => ({ value: r, ...span(text, r.id.replace(/^(SOU|Ds|Dir\.) /, '')) })),
      dates: [],
      amounts: [],
      signatories: [],
    };
    if (!evidence.title) delete evidence.title;
    records.push({
      id: `search/${file}`,
      path: `${FIXTURE_ROOT}/${file}`,
      sha256: createHash('sha256').update(raw).digest('hex'),
      format: 'txt',
      encoding: 'utf-8',
      size: Buffer.byteLength(raw),
      type: meta.type,
      typeRule: 'fixture',
      title,
      date: meta.date || null,
      department: meta.department || null,
      diaryNumbers: diary,
      references: refs,
      dates: [],
      amounts: [],
      signatories: [],
      ...(asked ? { askedBy: { name: asked[1], party: asked[2] } } : {}),
      evidence,
      extractorVersion: 'fixture',
      warnings: [],
      text,
    });
  }
  return records;
}

export async function loadFixture(store) {
  await store.write(fixtureRecords().map((record) => ({ kind: 'record', record, mtimeMs: 0 })));
}

export function judgedQueries() {
  return JSON.parse(readFileSync(JUDGED_FILE, 'utf8')).queries;
}

const name = (path) => path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/, '');

/**
 * Run every judged query. `parse` turns the query text into the tree the CLI would pass
 * (src/search/query.ts with the designation parser); `toFilters` the judged filters.
 */
export async function evaluate(store, { parse, limit = 10 } = {}) {
  const results = [];
  for (const j of judgedQueries()) {
    const hits = await store.search({ query: j.q, parsed: parse ? parse(j.q) : undefined, filters: j.filters ?? {}, limit });
    const got = hits.map((h) => name(h.path));
    const relevant = new Set(j.relevant);
    const found = got.filter((g) => relevant.has(g)).length;
    const recall = relevant.size ? found / Math.min(relevant.size, limit) : 1;
    const precision = got.length ? found / got.length : relevant.size ? 0 : 1;
    results.push({ ...j, got, matches: hits.map((h) => h.match), recall, precision });
  }
  const mean = (k) => results.reduce((s, r) => s + r[k], 0) / results.length;
  return { results, recall: mean('recall'), precision: mean('precision') };
}

function report(backend, r, verbose) {
  console.log(`${backend}: ${r.results.length} queries  recall@10 ${r.recall.toFixed(3)}  precision@10 ${r.precision.toFixed(3)}`);
  for (const q of r.results) {
    if (!verbose && q.recall === 1 && q.precision === 1) continue;
    const missing = q.relevant.filter((x) => !q.got.includes(x));
    const extra = q.got.filter((x) => !q.relevant.includes(x));
    console.log(`  ${q.recall < 1 || q.precision < 1 ? '✗' : '✓'} ${JSON.stringify(q.q)}${q.filters ? ` ${JSON.stringify(q.filters)}` : ''}  R ${q.recall.toFixed(2)} P ${q.precision.toFixed(2)}` +
      `${missing.length ? `  missing ${missing.join(',')}` : ''}${extra.length ? `  extra ${extra.join(',')}` : ''}` +
      (verbose ? `  → ${q.got.map((g, i) => `${g}(${q.matches[i]})`).join(' ')}` : ''));
  }
}

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dist = join(ROOT, 'dist');
  const { openStore } = await import(join(dist, 'store/index.js'));
  const { parseQuery } = await import(join(dist, 'search/query.js'));
  const { parseDesignationQuery } = await import(join(dist, 'swedish/designations.js')).catch(() => ({}));
  const parse = (q) => parseQuery(q, { parseDesignation: parseDesignationQuery });
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'riksdoc-search-quality-'));
  let failed = false;
  try {
    const store = await openStore(join(dir, 'fixture.db'));
    await loadFixture(store);
    const r = await evaluate(store, { parse });
    await store.close();
    report('sqlite', r, verbose);
    failed ||= r.recall < 1 || r.precision < 0.9;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (args.includes('--no-postgres')) return failed;
  let url = args[args.indexOf('--postgres') + 1] && args.includes('--postgres') ? args[args.indexOf('--postgres') + 1] : process.env.RIKSDOC_TEST_POSTGRES_URL;
  let stop = async () => {};
  if (!url) {
    const { spawnSync, execFileSync } = await import('node:child_process');
    const pgDir = mkdtempSync('/tmp/riksdoc-pg-');
    const started = spawnSync('bash', [join(ROOT, 'scripts/pg-test-server.sh'), 'start', pgDir], { encoding: 'utf8', timeout: 90_000 });
    if (started.status !== 0) {
      spawnSync('bash', [join(ROOT, 'scripts/pg-test-server.sh'), 'stop', pgDir]);
      console.log(`postgres: skipped (${(started.stderr || `exit ${started.status}`).trim().split('\n').pop()})`);
      return failed;
    }
    url = started.stdout.trim().split('\n').pop();
    stop = async () => void execFileSync('bash', [join(ROOT, 'scripts/pg-test-server.sh'), 'stop', pgDir], { stdio: 'ignore' });
  }
  try {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const db = `riksdoc_quality_${process.pid}`;
    await admin.query(`CREATE DATABASE ${db}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${db}`;
    const store = await openStore(u.toString());
    await loadFixture(store);
    const r = await evaluate(store, { parse });
    await store.close();
    report('postgres', r, verbose);
  } finally {
    await stop();
  }
  return failed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (failed) => process.exit(failed ? 1 : 0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
