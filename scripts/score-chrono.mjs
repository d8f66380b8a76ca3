#!/usr/bin/env node
// The peer to beat on `dates`: chrono-node's Swedish parser (chrono.sv) alone over each corpus,
// scored with ../shared/tools/score.mjs like scripts/score.mjs scores riksdoc.
// usage: node scripts/score-chrono.mjs [CORPUS_DIR...] [--errors N]
//   default corpora: ../shared/corpus/{seeds,dev,formats}
// chrono reads text only: where a corpus has text renderings (formats/text/<file>.txt) they are read
// instead of the originals. A result counts when chrono knows its day (isCertain('day')); a year it
// does not see is chrono's own guess from today, as a user of the library would get it. A range
// ("den 9–18 juli 2019") gives both ends.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const errIdx = args.indexOf('--errors');
const errors = errIdx >= 0 ? args[errIdx + 1] : '0';
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors');
const corpora = dirs.length ? dirs : ['seeds', 'dev', 'formats'].map((c) => path.join(shared, 'corpus', c));

if (!chrono.sv) {
  console.error(`chrono-node has no Swedish parser here (locales: ${Object.keys(chrono).filter((k) => /^[a-z]{2}$/.test(k)).join(', ')})`);
  process.exit(2);
}

const pad = (n) => String(n).padStart(2, '0');
/** ISO day of a chrono component when its day is known. */
function isoDay(component) {
  if (!component || !component.isCertain('day')) return undefined;
  return `${component.get('year')}-${pad(component.get('month'))}-${pad(component.get('day'))}`;
}

function chronoDates(text) {
  const out = new Set();
  for (const r of chrono.sv.parse(text)) {
    for (const c of [r.start, r.end]) {
      const iso = isoDay(c);
      if (iso) out.add(iso);
    }
  }
  return [...out].sort();
}

for (const dir of corpora) {
  const gold = path.join(dir, 'gold.jsonl');
  if (!fs.existsSync(gold)) { console.error(`no gold.jsonl in ${dir}`); process.exitCode = 2; continue; }
  const docsDir = path.join(dir, 'docs');
  const textDir = path.join(dir, 'text');
  const pred = path.join(os.tmpdir(), `riksdoc-chrono-${process.pid}.jsonl`);
  const lines = [];
  for (const name of fs.readdirSync(docsDir).sort()) {
    const rendering = path.join(textDir, `${name}.txt`);
    const source = fs.existsSync(rendering) ? rendering : path.join(docsDir, name);
    const text = fs.readFileSync(source, 'utf8').replace(/\r\n?/g, '\n');
    // `path` keeps the original name so the scorer matches the record to its gold line
    lines.push(JSON.stringify({ path: path.join(docsDir, name), dates: chronoDates(text) }));
  }
  fs.writeFileSync(pred, lines.join('\n') + '\n');
  // every error is asked for, the dates ones are kept: the others are empty on purpose
  const report = execFileSync(process.execPath, [path.join(shared, 'tools/score.mjs'), gold, pred, '--errors', '1000000'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  fs.rmSync(pred, { force: true });
  const datesLine = report.split('\n').find((l) => l.startsWith('dates')) ?? 'dates: no score';
  console.log(`== ${path.relative(process.cwd(), dir) || dir}`);
  console.log(`chrono.sv ${datesLine}`);
  const dateErrors = report.split('\n').filter((l) => /^\s+\S+ dates: /.test(l));
  for (const l of dateErrors.slice(0, Number(errors))) console.log(l);
}
