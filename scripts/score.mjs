#!/usr/bin/env node
// Scores `riksdoc extract` against a corpus's gold with ../shared/tools/score.mjs.
// usage: node scripts/score.mjs [CORPUS_DIR...] [--errors N] [--no-peer]
//   default corpora: ../shared/corpus/{seeds,dev,formats}
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const errIdx = args.indexOf('--errors');
const errors = errIdx >= 0 ? args[errIdx + 1] : '0';
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors');
const corpora = dirs.length ? dirs : ['seeds', 'dev', 'formats'].map((c) => path.join(shared, 'corpus', c));

for (const dir of corpora) {
  const gold = path.join(dir, 'gold.jsonl');
  if (!fs.existsSync(gold)) { console.error(`no gold.jsonl in ${dir}`); process.exitCode = 2; continue; }
  const docsDir = path.join(dir, 'docs');
  const files = fs.readdirSync(docsDir).map((f) => path.join(docsDir, f));
  const pred = path.join(os.tmpdir(), `riksdoc-score-${process.pid}.jsonl`);
  const out = fs.openSync(pred, 'w');
  // Batches keep the argument list short on large synthetic corpora.
  for (let i = 0; i < files.length; i += 500) {
    try {
      execFileSync(process.execPath, [path.join(root, 'bin/riksdoc.js'), 'extract', ...files.slice(i, i + 500)], { stdio: ['ignore', out, 'inherit'], maxBuffer: 1 << 30 });
    } catch { /* exit 1 = some files failed; their records are simply missing */ }
  }
  fs.closeSync(out);
  console.log(`== ${path.relative(process.cwd(), dir) || dir}`);
  console.log(execFileSync(process.execPath, [path.join(shared, 'tools/score.mjs'), gold, pred, '--errors', errors], { encoding: 'utf8' }).trimEnd());
  fs.rmSync(pred, { force: true });
}

// The peer on `dates`, side by side: chrono-node's Swedish parser alone over the same corpora.
if (!args.includes('--no-peer')) {
  console.log('\n== peer: chrono-node (chrono.sv) on the dates field');
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts/score-chrono.mjs'), ...corpora], { stdio: 'inherit' });
  } catch {
    console.error('peer scoring failed (chrono-node not installed?)');
  }
}
