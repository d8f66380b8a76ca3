#!/usr/bin/env node
// Every record riksdoc extracts from the given folders, as JSON lines in a stable order: taken
// before and after a change that must not alter results (a speed-up), the two files must be equal.
// usage: node scripts/extract-snapshot.mjs OUT.jsonl DIR... (needs `npm run build`)
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const { processFile, recordToJson } = await import(new URL('../dist/pipeline.js', import.meta.url).href);
const [out, ...dirs] = process.argv.slice(2);
if (!out || !dirs.length) {
  console.error('usage: node scripts/extract-snapshot.mjs OUT.jsonl DIR...');
  process.exit(2);
}

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && !/\.(jsonl|md|json)$/i.test(e.name) || /\/docs\/.*\.md$/.test(p)) yield p;
  }
}

const lines = [];
for (const dir of dirs) {
  for (const path of files(dir)) {
    const outcome = await processFile(path, { analyze: true });
    const id = relative(process.cwd(), path);
    if (!outcome.ok) lines.push(JSON.stringify({ id, problem: outcome.problem.code }));
    else {
      const { record } = outcome;
      lines.push(JSON.stringify({ ...recordToJson(record), id, path: id, text: record.text, index: record.index && { title: record.index.title, body: record.index.body } }));
    }
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} records → ${out}`);
