// ingestPaths: walk → (skip unchanged) → read/extract → store, in batched transactions.
// Emits one event per file and returns a summary; never prints.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXTRACTOR_VERSION } from './extract/index.js';
import { DEFAULT_MAX_FILE_SIZE, processFile } from './pipeline.js';
import { type Problem, problem } from './record.js';
import type { Store, WriteItem } from './store/types.js';
import { walkDocuments } from './walk.js';

export type IngestStatus = 'added' | 'updated' | 'unchanged' | 'failed' | 'skipped' | 'pruned';

export interface IngestEvent {
  path: string;
  status: IngestStatus;
  id: number | null;
  reason?: string;
  code?: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
  pruned: number;
  /** Files re-extracted only because the extractor version changed (counted in `updated`). */
  reextracted: number;
  interrupted: boolean;
  problems: Problem[];
  elapsedMs: number;
}

export interface IngestOptions {
  prune?: boolean;
  maxFileSize?: number;
  /** Files per write transaction: short transactions let concurrent ingests and searches through. */
  batchSize?: number;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent) => void;
}

export async function ingestPaths(store: Store, roots: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0, pruned: 0, reextracted: 0, interrupted: false, problems: [], elapsedMs: 0 };
  const batchSize = options.batchSize ?? 200;
  const seen = new Set<string>();
  const versionChanged = new Set<string>();
  let batch: WriteItem[] = [];
  const emit = (event: IngestEvent) => {
    if (event.status !== 'pruned') summary[event.status]++;
    else summary.pruned++;
    options.onEvent?.(event);
  };

  const flush = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    let results;
    try {
      results = await store.write(items);
    } catch (err) {
      // The whole transaction rolled back: nothing of this batch is stored, earlier batches are intact.
      const reason = `could not store: ${err instanceof Error ? err.message : String(err)}`;
      for (const item of items) {
        const path = item.kind === 'problem' ? item.problem.path : item.kind === 'touch' ? item.path : item.record.path;
        const p = problem(path, 'store', 'store/error', reason);
        summary.problems.push(p);
        emit({ path, status: 'failed', id: null, reason, code: p.code });
      }
      throw err;
    }
    results.forEach((result, i) => {
      const item = items[i]!;
      if (item.kind === 'problem') {
        summary.problems.push(item.problem);
        emit({ path: result.path, status: 'failed', id: null, reason: item.problem.reason, code: item.problem.code });
      } else {
        if (result.status === 'updated' && versionChanged.has(result.path)) summary.reextracted++;
        emit({ path: result.path, status: result.status, id: result.id });
      }
    });
    versionChanged.clear();
  };

  for await (const entry of walkDocuments(roots)) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    if (entry.kind === 'skipped') {
      emit({ path: entry.path, status: 'skipped', id: null, reason: entry.reason });
      continue;
    }
    if (entry.kind === 'problem') {
      batch.push({ kind: 'problem', problem: entry.problem });
      if (batch.length >= batchSize) await flush();
      continue;
    }
    const path = entry.path;
    seen.add(path);
    const item = await prepareItem(store, path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, versionChanged);
    if (item === 'unchanged') {
      const state = await store.fileState(path);
      emit({ path, status: 'unchanged', id: state?.id ?? null });
      continue;
    }
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (options.prune && !summary.interrupted) {
    const removed = await store.prune(roots.map((r) => resolve(r)), seen);
    for (const path of removed) emit({ path, status: 'pruned', id: null });
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/**
 * Decide what to do with one file: 'unchanged' without reading it when size, mtime and
 * extractor version match; a touch when only mtime moved; otherwise a fresh record.
 */
async function prepareItem(store: Store, path: string, maxFileSize: number, versionChanged: Set<string>): Promise<WriteItem | 'unchanged'> {
  const state = await store.fileState(path);
  let info;
  try {
    info = await stat(path);
  } catch {
    info = undefined;
  }
  const sameVersion = state?.extractorVersion === EXTRACTOR_VERSION;
  if (state && info && sameVersion && state.size === info.size && state.mtimeMs === info.mtimeMs) return 'unchanged';
  const outcome = await processFile(path, { maxFileSize });
  if (!outcome.ok) return { kind: 'problem', problem: outcome.problem };
  const mtimeMs = info?.mtimeMs ?? 0;
  if (state && sameVersion && state.sha256 === outcome.record.sha256) return { kind: 'touch', path, size: outcome.record.size, mtimeMs };
  if (state && !sameVersion) versionChanged.add(path);
  return { kind: 'record', record: outcome.record, mtimeMs };
}

