// ingestPaths: walk → (skip unchanged) → read/extract → store, in batched transactions.
// Emits one event per file and returns a summary; never prints.
//
// Shape at scale: the walk streams into a bounded queue of "steps" in walk order; each step is
// either decided at once (unchanged, skipped) or a pending extraction running in a worker thread.
// This thread is the only writer: it takes steps in order, so ids and events are the same as a
// sequential run, and memory is bounded by the queue, not by the corpus.
import { statSync, type Stats as FileStats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { EXTRACTOR_VERSION } from './extract/index.js';
import { heapCeiling } from './heap.js';
import { BoundedQueue, defaultWorkerUrl, ExtractionPool } from './ingest-pool.js';
import { DEFAULT_MAX_FILE_SIZE, type FileOutcome, processFile, type StoreOutcome } from './pipeline.js';
import { type Problem, problem } from './record.js';
import type { FileState, Store, WriteItem } from './store/types.js';
import { walkDocuments, type WalkEntry } from './walk.js';

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
  /** Worker threads that extracted files (0: all in this thread, as for small runs). */
  workers: number;
  problems: Problem[];
  elapsedMs: number;
}

export interface IngestOptions {
  prune?: boolean;
  maxFileSize?: number;
  /** Files per write transaction (default: 1 000 on SQLite, see SqliteStore.write; 200 on PostgreSQL). */
  batchSize?: number;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent) => void;
  /** Worker threads for read + extract; 0 keeps everything in this thread. Default: defaultWorkerCount(). */
  workers?: number;
  /** Files extracted in this thread before workers start, so a handful of files never pays their start-up. */
  workerThreshold?: number;
  /** Steps (files) allowed between the walk and the writer. */
  queueCapacity?: number;
}

/**
 * Extraction workers beside the writer thread: one core each, the writer keeping one (on two
 * cores one worker, the writer indexing: see Extractor), at most four — the single writer would
 * then be the limit. On one core a worker only adds overhead.
 */
export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores - 1, 4);
}

/** With one worker, files up to this size are read by the writer's thread (see PoolOptions.prefetchBelow). */
const PREFETCH_BELOW = 256 * 1024;

/**
 * With one worker, files posted while it has fewer than this many queued (of the pool's 400) are
 * indexed by the worker: the writer is then the slower side (see PoolOptions.indexWhenQueuedBelow).
 */
const INDEX_IN_WORKER_BELOW = 250;

/** Below this many files to extract, starting threads costs more than it saves (break-even measured near 250 on 2 cores). */
export const DEFAULT_WORKER_THRESHOLD = 200;
/** Paths whose stored state is fetched in one query. */
const STATE_CHUNK = 256;
/**
 * A batch is written early once its files add up to this many bytes, whatever their number (two
 * batches are held at once: one being written, the next being gathered).
 */
const MAX_BATCH_BYTES = 32 * 1024 * 1024;
/**
 * While no batch is being written, a batch this size is written without waiting for a full one;
 * the floor then grows with what this run has written (up to the batch size). At the start the
 * worker is still warming up (its first thousand files take three times as long as later ones)
 * and the writer would otherwise sit idle until a full batch of 1 000 had arrived; small
 * transactions cost little while the archive is small and more once it is large (commits rewrite
 * index pages), hence the growing floor.
 */
const FIRST_BATCH_FLOOR = 128;

/** What the writer does with one walked path, in walk order. */
type Step =
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'unchanged'; path: string; id: number | null }
  | { kind: 'write'; item: WriteItem; reextract: boolean; bytes: number };

/** Stores that can look up many paths in one query (SQLite); others are asked path by path. */
interface BatchStateLookup {
  fileStates(paths: readonly string[]): Promise<Map<string, FileState>>;
}

function hasBatchLookup(store: Store): store is Store & BatchStateLookup {
  return typeof (store as Partial<BatchStateLookup>).fileStates === 'function';
}

async function loadStates(store: Store, paths: string[]): Promise<Map<string, FileState>> {
  if (hasBatchLookup(store)) return store.fileStates(paths);
  const states = new Map<string, FileState>();
  for (const path of paths) {
    const state = await store.fileState(path);
    if (state) states.set(path, state);
  }
  return states;
}

/**
 * Extracts in this thread for small runs; starts the worker pool once a run has enough files to
 * extract to repay thread start-up and each worker's warm-up (compiling the extractors' regexes).
 */
class Extractor {
  private pool: ExtractionPool | undefined;
  private expected = 0;
  private readonly workerUrl: URL | undefined;

  constructor(
    private readonly maxFileSize: number,
    private readonly workers: number,
    private readonly threshold: number,
  ) {
    this.workerUrl = workers > 0 ? defaultWorkerUrl() : undefined;
  }

  /**
   * With one worker (two cores), this thread — the writer — also computes the index terms and
   * reads small files for the worker: the worker extracts and packs, the writer indexes and writes, and the two
   * are about even (10 000 synthetic documents, A/B: ~4.5 s wall against ~5.0 s for two workers
   * that index, and a third less CPU: three busy threads on two cores cost more CPU than two).
   * Extracting one file in a few on this thread as well was slower still (4.6–6.0 s). Which side
   * is slower moves with the archive's size (commits cost more as it grows), so the worker indexes
   * the files posted while its queue is short (INDEX_IN_WORKER_BELOW).
   */
  private get writerIndexes(): boolean {
    return this.workers === 1;
  }

  /** Announce `count` more files to extract, before extracting them. */
  expect(count: number): void {
    this.expected += count;
    if (!this.pool && this.workerUrl && this.expected >= this.threshold) {
      this.pool = new ExtractionPool({
        size: this.workers,
        workerUrl: this.workerUrl,
        maxFileSize: this.maxFileSize,
        indexInWorkers: !this.writerIndexes,
        indexWhenQueuedBelow: this.writerIndexes ? INDEX_IN_WORKER_BELOW : undefined,
        prefetchBelow: this.writerIndexes ? PREFETCH_BELOW : undefined,
        fallback: (path) => this.inThread(path),
      });
    }
  }

  extract(path: string): Promise<StoreOutcome> {
    return this.pool ? this.pool.run(path) : this.inThread(path);
  }

  private inThread(path: string): Promise<FileOutcome> {
    return processFile(path, { maxFileSize: this.maxFileSize });
  }

  get workersStarted(): number {
    return this.pool && !this.pool.isBroken ? this.workers : 0;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

function pathOf(item: WriteItem): string {
  return item.kind === 'problem' ? item.problem.path : item.kind === 'touch' ? item.path : item.record.path;
}

export async function ingestPaths(store: Store, roots: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0, pruned: 0, reextracted: 0, interrupted: false, workers: 0, problems: [], elapsedMs: 0 };
  // SQLite: large transactions (see SqliteStore.write). PostgreSQL writes a batch as a few array
  // statements and gains nothing from more: shorter transactions there.
  const batchSize = options.batchSize ?? (store.backend === 'sqlite' ? 1000 : 200);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const signal = options.signal;
  // Only --prune needs every path seen; without it nothing grows with the corpus.
  const seen = options.prune ? new Set<string>() : undefined;
  const extractor = new Extractor(maxFileSize, options.workers ?? defaultWorkerCount(), options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD);
  // Walked files not yet written: room for the files posted ahead to the workers (PoolOptions.
  // perWorker: 400 keep one worker busy through a commit) and those answered meanwhile. Records
  // held longer survive young collections and the writer's heap grows with them: ~1 000 small
  // records are a few MB.
  const queue = new BoundedQueue<Step | Promise<Step>>(options.queueCapacity ?? 1024);

  const emit = (event: IngestEvent) => {
    summary[event.status]++;
    options.onEvent?.(event);
  };

  /**
   * Unchanged without reading it when size, mtime and extractor version match; else it must be
   * extracted. A file never stored needs no stat here: the reader takes its mtime from the open file.
   */
  const decide = (path: string, state: FileState | undefined): Step | { mtimeMs?: number; sameVersion: boolean } => {
    if (!state) return { sameVersion: false };
    let info: FileStats | undefined;
    try {
      info = statSync(path);
    } catch {
      info = undefined; // the reader reports why (gone, permission) as a problem
    }
    const sameVersion = state?.extractorVersion === EXTRACTOR_VERSION;
    if (state && info && sameVersion && state.size === info.size && state.mtimeMs === info.mtimeMs) {
      return { kind: 'unchanged', path, id: state.id };
    }
    return { mtimeMs: info?.mtimeMs, sameVersion };
  };

  const extractStep = (path: string, state: FileState | undefined, statMtimeMs: number | undefined, sameVersion: boolean): Promise<Step> =>
    extractor.extract(path).then((outcome): Step => {
      if (!outcome.ok) return { kind: 'write', item: { kind: 'problem', problem: outcome.problem }, reextract: false, bytes: 0 };
      const record = outcome.record;
      const mtimeMs = outcome.mtimeMs ?? statMtimeMs ?? 0;
      // Same content under a new mtime: only the bookkeeping changes.
      if (state && sameVersion && state.sha256 === record.sha256) {
        return { kind: 'write', item: { kind: 'touch', path, size: record.size, mtimeMs }, reextract: false, bytes: 0 };
      }
      return { kind: 'write', item: { kind: 'record', record, mtimeMs }, reextract: state !== undefined && !sameVersion, bytes: record.size };
    });

  /** Queue one chunk of walk entries, in order; false when the writer has stopped. */
  const queueChunk = async (chunk: WalkEntry[]): Promise<boolean> => {
    const files = chunk.flatMap((e) => (e.kind === 'file' ? [e.path] : []));
    const states = files.length ? await loadStates(store, files) : new Map<string, FileState>();
    const decided = chunk.map((entry): Step | (() => Promise<Step>) => {
      if (entry.kind === 'skipped') return { kind: 'skipped', path: entry.path, reason: entry.reason };
      if (entry.kind === 'problem') return { kind: 'write', item: { kind: 'problem', problem: entry.problem }, reextract: false, bytes: 0 };
      seen?.add(entry.path);
      const state = states.get(entry.path);
      const d = decide(entry.path, state);
      return 'kind' in d ? d : () => extractStep(entry.path, state, d.mtimeMs, d.sameVersion);
    });
    extractor.expect(decided.filter((d) => typeof d === 'function').length);
    for (const d of decided) {
      const step = typeof d === 'function' ? d() : d;
      if (!queue.tryPush(step) && !(await queue.push(step))) return false;
    }
    return true;
  };

  const produce = async () => {
    let chunk: WalkEntry[] = [];
    for await (const entry of walkDocuments(roots)) {
      if (signal?.aborted) return;
      chunk.push(entry);
      if (chunk.length >= STATE_CHUNK) {
        if (!(await queueChunk(chunk))) return;
        chunk = [];
      }
    }
    await queueChunk(chunk);
  };

  let producerError: unknown;
  let producerFailed = false;
  const producing = produce()
    .catch((err: unknown) => {
      producerFailed = true;
      producerError = err;
    })
    .finally(() => queue.close());

  let batch: { item: WriteItem; reextract: boolean }[] = [];
  let batchBytes = 0;
  /**
   * The batch being written, while the next one is gathered: the store's write yields between
   * slices, so this thread keeps taking finished files (and the pool keeps the workers fed)
   * during a transaction. One write at a time, in order, so events keep the walk's order.
   */
  let writing: Promise<void> = Promise.resolve();
  let writeInFlight = false;
  let written = 0;
  /** Starts writing the batch once the previous write is done; the loop goes on gathering. */
  const startFlush = async () => {
    await writing;
    writeInFlight = true;
    writing = write().finally(() => {
      writeInFlight = false;
    });
    // A failure surfaces where `writing` is next awaited (the next flush, or the end).
    writing.catch(() => {});
  };
  const flush = async () => {
    await startFlush();
    await writing;
  };
  const write = async () => {
    if (!batch.length) return;
    const entries = batch;
    batch = [];
    batchBytes = 0;
    const items = entries.map((e) => e.item);
    written += items.length;
    let results;
    try {
      results = await store.write(items);
    } catch (err) {
      // The whole transaction rolled back: nothing of this batch is stored, earlier batches are intact.
      const reason = `could not store: ${err instanceof Error ? err.message : String(err)}`;
      for (const item of items) {
        const path = pathOf(item);
        const p = problem(path, 'store', 'store/error', reason);
        summary.problems.push(p);
        emit({ path, status: 'failed', id: null, reason, code: p.code });
      }
      throw err;
    }
    results.forEach((result, i) => {
      const { item, reextract } = entries[i]!;
      if (item.kind === 'problem') {
        summary.problems.push(item.problem);
        emit({ path: result.path, status: 'failed', id: null, reason: item.problem.reason, code: item.problem.code });
      } else {
        if (result.status === 'updated' && reextract) summary.reextracted++;
        emit({ path: result.path, status: result.status, id: result.id });
      }
    });
  };

  // Two batches of records and the queue are live here (~40 MB at most for small files); the
  // heap otherwise climbed past 100 MB between collections.
  const heap = heapCeiling(64, 500);
  try {
    for (;;) {
      let queued = queue.tryTake();
      if (queued === undefined) {
        const next = await queue.take();
        if (next.done) break;
        queued = next.value;
      }
      // Decided steps (unchanged, skipped) need no turn of the microtask queue.
      const step = queued instanceof Promise ? await queued : queued;
      heap.tick();
      // Stop between files: what is already batched is written (the transaction completes), the rest waits for a re-run.
      if (signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      if (step.kind === 'skipped') emit({ path: step.path, status: 'skipped', id: null, reason: step.reason });
      else if (step.kind === 'unchanged') emit({ path: step.path, status: 'unchanged', id: step.id });
      else {
        batch.push({ item: step.item, reextract: step.reextract });
        batchBytes += step.bytes;
        if (batch.length >= batchSize || batchBytes >= MAX_BATCH_BYTES) await startFlush();
        else if (!writeInFlight && batch.length >= Math.min(batchSize, Math.max(FIRST_BATCH_FLOOR, written))) await startFlush();
      }
    }
    if (signal?.aborted) summary.interrupted = true;
    await flush();
  } finally {
    queue.cancel();
    await writing.catch(() => {});
    await producing;
    summary.workers = extractor.workersStarted;
    await extractor.close();
  }
  if (producerFailed) throw producerError;
  if (seen && !summary.interrupted) {
    const removed = await store.prune(roots.map((r) => resolve(r)), seen);
    for (const path of removed) emit({ path, status: 'pruned', id: null });
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
