// Synthetic corpora from ../shared/tools/gen-corpus.mjs, for tests that need volume.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './cli.js';

/** Writes DIR/docs/*.txt|md and DIR/gold.jsonl; returns DIR/docs. */
export function syntheticCorpus(dir: string, count: number, seed = 11): string {
  const docs = join(dir, 'docs');
  if (!existsSync(docs)) execFileSync(process.execPath, [join(SHARED, 'tools/gen-corpus.mjs'), dir, String(count), String(seed)], { stdio: 'ignore' });
  return docs;
}

/** Slow tests (process kills, concurrency, large inputs) run when this is set; .ci/run sets it. */
export const SLOW = process.env.RIKSDOC_SLOW_TESTS === '1' || process.env.CI === 'true';
