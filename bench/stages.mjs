// Where one document's CPU time goes, on one thread: read, sha256, classification, each extractor,
// index analysis, the store write. Each stage runs as its own loop over the same documents, timed
// by process CPU time (not wall time, so a busy machine does not inflate it; one timer pair per
// loop, so timing costs nothing per call). usage: node bench/stages.mjs DOCS_DIR [SAMPLE]
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, root).href);

/** Milliseconds of CPU this process has used (the script runs on one thread). */
function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU ms of `rounds` runs of fn over every item, after one warm-up run over the first 200. */
async function timeLoop(items, fn, rounds = 1) {
  for (const item of items.slice(0, 200)) await fn(item);
  const t = cpuNow();
  for (let r = 0; r < rounds; r++) for (const item of items) await fn(item);
  return (cpuNow() - t) / rounds;
}

export async function measureStages(dir, sample = 2000) {
  const { readDocument } = await load('read/index.js');
  const { extractFields } = await load('extract/index.js');
  const { classify } = await load('classify/index.js');
  const { sha256 } = await load('pipeline.js');
  const { analyzeForIndex } = await load('search/analyze.js');
  const { openSqliteStore } = await load('store/sqlite.js');

  // Record every extractor call (document and a copy of the context it saw) during one pass of
  // extractFields, to replay each extractor alone afterwards.
  const extractorFiles = readdirSync(new URL('extract/', root)).filter((f) => f.endsWith('.js') && !['index.js', 'types.js'].includes(f));
  const calls = new Map();
  const originals = [];
  for (const file of extractorFiles) {
    const extractor = (await load(`extract/${file}`)).default;
    if (!extractor || typeof extractor.extract !== 'function') continue;
    const name = extractor.meta?.field ?? file.replace(/\.js$/, '');
    const original = extractor.extract;
    originals.push([extractor, original]);
    calls.set(name, { run: original.bind(extractor), args: [] });
    extractor.extract = (doc, ctx) => {
      calls.get(name).args.push([doc, ctx ? { ...ctx } : ctx]);
      return original.call(extractor, doc, ctx);
    };
  }

  const files = readdirSync(dir).sort().slice(0, sample).map((f) => join(dir, f));
  const bytes = files.map((f) => readFileSync(f));
  const docs = [];
  for (let i = 0; i < files.length; i++) docs.push(await readDocument(files[i], bytes[i]));
  const records = docs.map((doc, i) => ({ id: files[i], path: files[i], sha256: sha256(bytes[i]), format: doc.format, encoding: doc.encoding, size: bytes[i].length, ...extractFields(doc), warnings: doc.warnings, text: doc.text }));
  for (const [extractor, original] of originals) extractor.extract = original;

  const indices = files.map((_, i) => i);
  const ms = {};
  ms.read = await timeLoop(indices, (i) => readDocument(files[i], bytes[i]));
  ms.sha256 = await timeLoop(bytes, (b) => sha256(b));
  // Fresh document objects: classify remembers the documents it has seen.
  ms.classify = await timeLoop(docs, (d) => classify({ ...d }));
  // The recorded documents themselves: the title extractor's classify call is then the memo hit it is in a run.
  for (const [name, { run, args }] of [...calls].sort()) ms[`extract:${name}`] = await timeLoop(args, ([doc, ctx]) => run(doc, ctx));
  const whole = await timeLoop(docs, (d) => extractFields({ ...d }));
  const parts = Object.entries(ms).filter(([k]) => k === 'classify' || k.startsWith('extract:')).reduce((a, [, v]) => a + v, 0);
  ms['extract: the rest (orchestration, interleaving)'] = Math.max(0, whole - parts);
  ms.analyze = await timeLoop(records, (r) => {
    analyzeForIndex(r.title ?? '');
    analyzeForIndex(r.text);
  });
  // Packing for the writer (JSON evidence, fact rows, new vocabulary terms), as a worker does.
  const { indexTerms } = await load('search/analyze.js');
  for (const r of records) {
    const title = indexTerms(r.title ?? '');
    const body = indexTerms(r.text);
    r.index = { title: title.join(' '), body: body.join(' '), terms: [title, body] };
  }
  const { packRecord } = await load('store/packed.js');
  const sent = new Set();
  let packed = [];
  ms.pack = await timeLoop(records, (r) => void packed.push(packRecord(r, sent)));
  packed = packed.slice(-records.length);
  // The store write of packed records (as workers hand them over): SQLite's own cost.
  const dbFile = join(tmpdir(), `riksdoc-stages-${process.pid}.db`);
  const store = openSqliteStore(dbFile);
  const t = cpuNow();
  for (let i = 0; i < packed.length; i += 200) store.writeSync(packed.slice(i, i + 200).map((record) => ({ kind: 'record', record, mtimeMs: 0 })));
  ms['sqlite write'] = cpuNow() - t;
  await store.close();
  for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });

  const stages = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, (v / files.length) * 1000])); // µs per document
  return { docs: files.length, microsPerDoc: stages, totalMicrosPerDoc: Object.values(stages).reduce((a, b) => a + b, 0) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [dir, sample] = process.argv.slice(2);
  console.log(JSON.stringify(await measureStages(dir, sample ? Number(sample) : undefined)));
}
