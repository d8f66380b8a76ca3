#!/usr/bin/env node
// How should a query word find the compounds that hold it (omsorg → äldreomsorgen)? Two
// techniques measured on the same documents:
//
//   vocabulary  (what riksdoc does) every distinct stem once in a small FTS5 trigram table; a
//               query word looks up the stems that hold it as a compound part, and the main
//               stemmed index is searched for those stems (ranked below whole-word hits)
//   trigram     an FTS5 trigram index over the whole original text beside the stemmed one; a
//               query word is a substring search
//
//   npm run build && node bench/search-compounds.mjs [ARCHIVE] [--docs N]
//
// Index size and build time are measured on the first N documents (default 10 000) of ARCHIVE
// (default .tmp/s100k.db); quality on the judged fixture set (compound queries).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureRecords, judgedQueries } from '../scripts/search-quality.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const archive = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--docs') ?? join(ROOT, '.tmp/s100k.db');
const docs = argv.includes('--docs') ? Number(argv[argv.indexOf('--docs') + 1]) : 10_000;
const { analyzeForIndex, queryStems, fold } = await import(join(ROOT, 'dist/search/analyze.js'));
const { VOCABULARY_SQL, VocabularyWriter } = await import(join(ROOT, 'dist/search/sqlite-vocabulary.js'));
const { classifyCandidates } = await import(join(ROOT, 'dist/search/expand.js'));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function build(dir, texts) {
  const file = join(dir, 'x.db');
  const db = new Database(file);
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE VIRTUAL TABLE stems USING fts5(title, body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`);
  db.exec(VOCABULARY_SQL);
  db.exec(`CREATE VIRTUAL TABLE tri USING fts5(title, body, content='', contentless_delete=1, tokenize="trigram remove_diacritics 0")`);
  const analysed = texts.map((t) => [analyzeForIndex(t.title), analyzeForIndex(t.text)]);
  const insStems = db.prepare('INSERT INTO stems (rowid, title, body) VALUES (?, ?, ?)');
  const insTri = db.prepare('INSERT INTO tri (rowid, title, body) VALUES (?, ?, ?)');
  const vocab = new VocabularyWriter(db);
  const size = (t) => db.prepare(`SELECT coalesce(sum(length(block)), 0) FROM ${t}_data`).pluck().get();
  let a = cpu();
  db.transaction(() => analysed.forEach(([t, b], i) => insStems.run(i + 1, t, b)))();
  const stemsMs = cpu() - a;
  a = cpu();
  db.transaction(() => analysed.forEach(([t, b]) => vocab.add(t, b)))();
  const vocabMs = cpu() - a;
  a = cpu();
  db.transaction(() => texts.forEach((t, i) => insTri.run(i + 1, t.title.toLowerCase(), t.text.toLowerCase())))();
  const triMs = cpu() - a;
  const sizes = { stems: size('stems'), vocab: size('search_vocab') + db.prepare('SELECT coalesce(sum(length(c0) + length(c1)), 0) FROM search_vocab_content').pluck().get(), tri: size('tri') };
  return { db, file, stemsMs, vocabMs, triMs, sizes, vocabTerms: db.prepare('SELECT count(*) FROM search_vocab').pluck().get() };
}

/** Document ids a compound query finds, and the time it takes, by each technique. */
function queryBoth(db, word) {
  const whole = queryStems(word);
  const runs = { vocabulary: [], trigram: [] };
  let vocabIds = [];
  let triIds = [];
  for (let i = 0; i < 5; i++) {
    let a = performance.now();
    const candidates = db.prepare('SELECT DISTINCT term FROM search_vocab WHERE search_vocab MATCH ? ORDER BY length(term), term LIMIT 2000').pluck().all(`folded : "${fold(whole[0])}"`);
    const t = classifyCandidates(word, whole, candidates);
    const terms = [...new Set([...t.whole, ...t.compound])];
    const match = terms.length === 1 ? `"${terms[0]}"` : `(${terms.map((x) => `"${x}"`).join(' OR ')})`;
    vocabIds = db.prepare('SELECT rowid FROM stems WHERE stems MATCH ? ORDER BY bm25(stems, 10.0, 1.0) LIMIT 20').pluck().all(match);
    runs.vocabulary.push(performance.now() - a);
    a = performance.now();
    triIds = db.prepare('SELECT rowid FROM tri WHERE tri MATCH ? ORDER BY bm25(tri, 10.0, 1.0) LIMIT 20').pluck().all(`"${word.toLowerCase()}"`);
    runs.trigram.push(performance.now() - a);
  }
  return { vocabIds, triIds, ms: { vocabulary: median(runs.vocabulary), trigram: median(runs.trigram) } };
}

const dir = mkdtempSync(join(tmpdir(), 'riksdoc-compounds-'));
try {
  // Speed and size on the synthetic archive.
  const src = new Database(archive, { readonly: true });
  const texts = src.prepare('SELECT coalesce(title, \'\') AS title, text FROM documents ORDER BY id LIMIT ?').all(docs);
  src.close();
  const big = build(dir, texts);
  console.log(`${texts.length} documents from ${archive}`);
  console.log(`  stemmed index: ${(big.sizes.stems / 1e6).toFixed(1)} MB, ${big.stemsMs.toFixed(0)} ms CPU to build`);
  console.log(`  vocabulary:    ${(big.sizes.vocab / 1e6).toFixed(2)} MB (${big.vocabTerms} terms), ${big.vocabMs.toFixed(0)} ms CPU to build`);
  console.log(`  trigram index: ${(big.sizes.tri / 1e6).toFixed(1)} MB, ${big.triMs.toFixed(0)} ms CPU to build`);
  for (const w of ['omsorg', 'beredskap', 'försörjning', 'kommun']) {
    const r = queryBoth(big.db, w);
    console.log(`  query ${w.padEnd(12)} vocabulary ${r.ms.vocabulary.toFixed(1).padStart(6)} ms   trigram ${r.ms.trigram.toFixed(1).padStart(6)} ms`);
  }
  big.db.close();
  // Quality on the judged fixture corpus: the compound queries (and the near misses around them).
  const recs = fixtureRecords();
  const small = build(mkdtempSync(join(dir, 'f-')), recs.map((r) => ({ title: r.title ?? '', text: r.text })));
  const names = recs.map((r) => r.path.slice(r.path.lastIndexOf('/') + 1).replace(/\.txt$/, ''));
  const score = { vocabulary: { r: 0, p: 0 }, trigram: { r: 0, p: 0 } };
  const qs = judgedQueries().filter((q) => /compound|inflection|diacritics/.test(q.category) && !q.filters && /^[\p{L}]+$/u.test(q.q));
  for (const q of qs) {
    const r = queryBoth(small.db, q.q);
    for (const [k, ids] of [['vocabulary', r.vocabIds], ['trigram', r.triIds]]) {
      const got = ids.map((id) => names[id - 1]);
      const hit = got.filter((g) => q.relevant.includes(g)).length;
      score[k].r += hit / Math.min(q.relevant.length, 10);
      score[k].p += got.length ? hit / got.length : q.relevant.length ? 0 : 1;
    }
  }
  console.log(`judged one-word queries (${qs.length}; inflection, compound, diacritics), compound tier without folding:`);
  for (const k of ['vocabulary', 'trigram']) console.log(`  ${k.padEnd(10)} recall@10 ${(score[k].r / qs.length).toFixed(3)}  precision@10 ${(score[k].p / qs.length).toFixed(3)}`);
  small.db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
