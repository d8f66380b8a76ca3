#!/usr/bin/env node
// Bundles the compiled CLI (dist/, from tsc) into dist/bundle/: the command-line entry and the
// extraction worker, with what every command loads at start-up (commander, the CLI, the store, the
// query parser, the stemmer) in a few files instead of ~30 modules. Node 20 has no compile cache
// for ES modules, and resolving, reading and linking each module was most of `riksdoc search`'s
// time beyond node's own start. Lazy imports stay lazy (code splitting): `riksdoc search` never
// loads the extractors or readers. Packages with native code or heavy data stay outside.
// usage: node scripts/bundle.mjs   (run by `npm run build` after tsc; esbuild-wasm: no native binary)
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = `${dist}bundle`;

/** Loaded on demand (readers, PostgreSQL, progress bar) or native: left to Node's resolver. */
export const EXTERNAL = [
  'better-sqlite3',
  'pg',
  'pdfjs-dist',
  'mammoth',
  'word-extractor',
  'unified',
  'rehype-parse',
  'remark-parse',
  'hast-util-to-text',
  'iconv-lite',
  'chrono-node',
  'cli-progress',
];

if (!existsSync(`${dist}cli/main.js`)) {
  console.error('scripts/bundle.mjs: dist/cli/main.js is missing (run tsc first)');
  process.exit(1);
}
const esbuild = await import('esbuild-wasm');
rmSync(out, { recursive: true, force: true });
await esbuild.build({
  // dist/bundle/ is two levels below the package like dist/cli/, so package-relative paths
  // (../../package.json) and the worker beside the pool (./ingest-worker.js) still resolve.
  // The checkpoint worker sits beside the store's chunk (./sqlite-checkpoint-worker.js) likewise.
  entryPoints: {
    main: `${dist}cli/main.js`,
    'ingest-worker': `${dist}ingest-worker.js`,
    'sqlite-checkpoint-worker': `${dist}store/sqlite-checkpoint-worker.js`,
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS packages bundled into ESM (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __riksdocCreateRequire } from 'node:module'; const require = __riksdocCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
