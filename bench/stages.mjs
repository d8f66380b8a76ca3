// Where one document's CPU time goes, on one thread: read, each extractor, classification, index
// analysis, the store write. Extractor objects are wrapped with timers; classification is what
// extractFields spends outside them. usage: node bench/stages.mjs DOCS_DIR [SAMPLE]
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../dist/', import.meta.url);

/**
 * Milliseconds of CPU this process has used: unlike wall time it does not count waiting for a
 * core, so the stages stay comparable on a busy machine (the script runs on one thread).
 */
function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
const load = (p) => import(new URL(p, root).href);

export async function measureStages(dir, sample = 2000) {
  const { readDocument } = await load('read/index.js');
  const { extractFields } = await load('extract/index.js');
  const { sha256 } = await load('pipeline.js');
  const { analyzeForIndex } = await load('search/analyze.js');
  const { openSqliteStore } = await load('store/sqlite.js');
  const extractorFiles = readdirSync(new URL('extract/', root)).filter((f) => f.endsWith('.js') && !['index.js', 'types.js'].includes(f));
  const timers = new Map();
  for (const file of extractorFiles) {
    const mod = await load(`extract/${file}`);
    const extractor = mod.default;
    if (!extractor || typeof extractor.extract !== 'function') continue;
    const name = extractor.meta?.field ?? file.replace(/\.js$/, '');
    timers.set(name, 0);
    const original = extractor.extract.bind(extractor);
    extractor.extract = (doc, ctx) => {
      const t = cpuNow();
      try {
        return original(doc, ctx);
      } finally {
        timers.set(name, timers.get(name) + cpuNow() - t);
      }
    };
  }
  const files = readdirSync(dir).sort().slice(0, sample).map((f) => join(dir, f));
  const bytes = files.map((f) => readFileSync(f));
  // Warm up the JIT and the regex compiler on a slice first, as a long ingest would be.
  for (let i = 0; i < Math.min(200, files.length); i++) extractFields(await readDocument(files[i], bytes[i]));
  for (const k of timers.keys()) timers.set(k, 0);

  const totals = { read: 0, sha256: 0, extract: 0, analyze: 0, write: 0 };
  const records = [];
  for (let i = 0; i < files.length; i++) {
    let t = cpuNow();
    const doc = await readDocument(files[i], bytes[i]);
    totals.read += cpuNow() - t;
    t = cpuNow();
    const hash = sha256(bytes[i]);
    totals.sha256 += cpuNow() - t;
    t = cpuNow();
    const fields = extractFields(doc);
    totals.extract += cpuNow() - t;
    records.push({ id: files[i], path: files[i], sha256: hash, format: doc.format, encoding: doc.encoding, size: bytes[i].length, ...fields, warnings: doc.warnings, text: doc.text });
  }
  // Analysis in a pass of its own, after a warm-up, as the store runs it.
  for (const r of records.slice(0, 200)) analyzeForIndex(r.text);
  let ta = cpuNow();
  for (const r of records) {
    analyzeForIndex(r.title ?? '');
    analyzeForIndex(r.text);
  }
  totals.analyze = cpuNow() - ta;
  const dbFile = join(tmpdir(), `riksdoc-stages-${process.pid}.db`);
  const store = openSqliteStore(dbFile);
  const t = cpuNow();
  for (let i = 0; i < records.length; i += 200) {
    store.writeSync(records.slice(i, i + 200).map((record) => ({ kind: 'record', record, mtimeMs: 0 })));
  }
  // The write includes analysis (the store analyses text for its index): report SQLite's own share.
  totals.write = cpuNow() - t - totals.analyze;
  await store.close();
  for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });

  const perDoc = (ms) => (ms / files.length) * 1000; // µs per document
  const extractorTotal = [...timers.values()].reduce((a, b) => a + b, 0);
  const stages = {
    read: perDoc(totals.read),
    sha256: perDoc(totals.sha256),
    classify: perDoc(totals.extract - extractorTotal),
    ...Object.fromEntries([...timers].sort((a, b) => b[1] - a[1]).map(([k, v]) => [`extract:${k}`, perDoc(v)])),
    analyze: perDoc(totals.analyze),
    'sqlite write': perDoc(totals.write),
  };
  return { docs: files.length, microsPerDoc: stages, totalMicrosPerDoc: Object.values(stages).reduce((a, b) => a + b, 0) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [dir, sample] = process.argv.slice(2);
  console.log(JSON.stringify(await measureStages(dir, sample ? Number(sample) : undefined)));
}
