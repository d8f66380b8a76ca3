// The two pieces that let ingest use every core with flat memory: a bounded queue between the
// walk and the writer, and a pool of worker threads that read + extract files.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractReply, ExtractTask, ReadySignal } from './ingest-worker.js';
import { type FileOutcome, prefetchFile, type StoreOutcome } from './pipeline.js';
import { problem } from './record.js';

/**
 * A FIFO with a fixed capacity: `push` waits while it is full, so a fast producer (the walk)
 * can never run ahead of a slow consumer (the writer) by more than `capacity` items.
 */
export class BoundedQueue<T> {
  private items: T[] = [];
  private head = 0;
  private closed = false;
  private readonly waitingPushers: (() => void)[] = [];
  private readonly waitingTakers: (() => void)[] = [];

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  }

  get size(): number {
    return this.items.length - this.head;
  }

  /**
   * Adds an item if there is room now (true), without a promise: a re-run of an unchanged archive
   * queues ~100 000 decided files, and a promise per push and per take was a tenth of its time.
   */
  tryPush(item: T): boolean {
    if (this.closed || this.size >= this.capacity) return false;
    this.items.push(item);
    this.waitingTakers.shift()?.();
    return true;
  }

  /** The oldest item if one is queued now, else undefined (then `take` waits for one). */
  tryTake(): T | undefined {
    if (this.size === 0) return undefined;
    return this.takeQueued();
  }

  /** Adds an item, waiting for room. Resolves false (item dropped) once the queue is closed. */
  async push(item: T): Promise<boolean> {
    while (!this.closed && this.size >= this.capacity) await new Promise<void>((r) => this.waitingPushers.push(r));
    if (this.closed) return false;
    this.items.push(item);
    this.waitingTakers.shift()?.();
    return true;
  }

  /** The oldest item, waiting for one; done when the queue is closed and drained. */
  async take(): Promise<IteratorResult<T, undefined>> {
    while (this.size === 0 && !this.closed) await new Promise<void>((r) => this.waitingTakers.push(r));
    if (this.size === 0) return { done: true, value: undefined };
    return { done: false, value: this.takeQueued() };
  }

  private takeQueued(): T {
    const value = this.items[this.head]!;
    this.items[this.head++] = undefined as T; // let the item be collected
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    this.waitingPushers.shift()?.();
    return value;
  }

  /** No more pushes; takers still get what is queued. */
  close(): void {
    this.closed = true;
    this.wakeAll();
  }

  /** Close and drop what is queued: the consumer has stopped. */
  cancel(): void {
    this.closed = true;
    this.items = [];
    this.head = 0;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of this.waitingPushers.splice(0)) wake();
    for (const wake of this.waitingTakers.splice(0)) wake();
  }
}

/** The compiled worker script beside this module, or undefined when running from TypeScript sources. */
export function defaultWorkerUrl(): URL | undefined {
  const url = new URL('./ingest-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  maxFileSize: number;
  /**
   * Tasks posted ahead to one worker. Only this thread hands out work, and it cannot while it
   * writes: a slice of 100 files (~10–30 ms), and each commit, which at 100 000 documents takes
   * 20–100 ms. Each worker needs that long's worth of files queued: 96 was too few (measured time
   * between tasks, which also counts receiving each task: 7 s in a 100 000-document ingest); 400
   * (~80 ms of files): 2.7 s, and faster in alternated runs.
   */
  perWorker?: number;
  /**
   * Bytes read ahead by this thread (prefetchBelow) and not yet answered, per worker: with large
   * files the count of tasks alone would let hundreds of megabytes wait in the worker's queue.
   */
  prefetchBudget?: number;
  /**
   * Files up to this many bytes are read by this thread and their bytes handed to the worker
   * without a copy: with one worker on two cores the worker is the busier thread, and opening,
   * stat'ing and reading a small file is a tenth of its time. Larger files the worker reads.
   */
  prefetchBelow?: number;
  /** Workers compute index terms and pack records (see ExtractTask.index); default true. */
  indexInWorkers?: boolean;
  /**
   * With indexInWorkers false, a file posted while its worker has fewer than this many queued is
   * indexed there all the same. This thread posts files as it takes results, so a short queue
   * means it is the slower side and the worker takes on the index analysis until the two are even;
   * a long queue means the worker is behind, and the index is left to this thread.
   */
  indexWhenQueuedBelow?: number;
  /** A file taking longer than this is treated as having crashed its worker. */
  timeoutMs?: number;
  /**
   * Runs files when workers cannot start at all (the worker script fails to load three times in
   * a row): the ingest goes on in this thread instead of failing every file.
   */
  fallback?: (path: string) => Promise<FileOutcome>;
}

/** Workers failing to start this many times in a row means they never will. */
const MAX_STARTUP_FAILURES = 3;

interface Task {
  taskId: number;
  path: string;
  resolve: (outcome: StoreOutcome) => void;
  /** Bytes this thread read for it (0 when the worker reads the file). */
  bytes?: number;
}

interface Slot {
  worker: Worker;
  /** Posted, unanswered tasks in the order the worker runs them: the head is the current file. */
  inFlight: Task[];
  /** Prefetched bytes of inFlight. */
  inFlightBytes: number;
  /** When the head task started (its predecessor answered, or it was posted to an idle worker). */
  headSince: number;
  lastError?: string;
  retired: boolean;
  /** The worker has loaded the extractors (it said so). */
  ready: boolean;
}

/**
 * Read + extract in worker threads. `run` never rejects: a file that crashes or hangs its
 * worker comes back as a failed outcome, the worker is replaced and the other files go on.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly pending: Task[] = [];
  private nextTaskId = 1;
  private closed = false;
  private broken = false;
  private startupFailures = 0;
  private readonly perWorker: number;
  private readonly prefetchBudget: number;
  private readonly timeoutMs: number;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: PoolOptions) {
    this.perWorker = options.perWorker ?? 400;
    this.prefetchBudget = options.prefetchBudget ?? 16 * 2 ** 20;
    this.timeoutMs = options.timeoutMs ?? 10 * 60_000;
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.startWorker());
    this.watchdog = setInterval(() => this.checkTimeouts(), Math.min(1000, this.timeoutMs)).unref();
  }

  /** Workers could not start; files run through the fallback (or fail) instead. */
  get isBroken(): boolean {
    return this.broken;
  }

  run(path: string): Promise<StoreOutcome> {
    if (this.broken && !this.closed) return this.runFallback(path);
    if (this.closed) return Promise.resolve({ ok: false, problem: problem(path, 'extract', 'extract/cancelled', 'ingest stopped') });
    return new Promise((resolve) => {
      this.pending.push({ taskId: this.nextTaskId++, path, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    const cancelled = (path: string): StoreOutcome => ({ ok: false, problem: problem(path, 'extract', 'extract/cancelled', 'ingest stopped') });
    for (const task of this.pending.splice(0)) task.resolve(cancelled(task.path));
    await Promise.all(
      this.slots.map((slot) => {
        slot.retired = true;
        for (const task of slot.inFlight.splice(0)) task.resolve(cancelled(task.path));
        return slot.worker.terminate();
      }),
    );
  }

  private startWorker(): Slot {
    // A small young generation: worker heaps otherwise grow to ~50 MB each for no speed gain
    // (4 MB against 8 MB: ~15 MB less peak RSS for the process at 10 000 documents, same CPU).
    const worker = new Worker(this.options.workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    const slot: Slot = { worker, inFlight: [], inFlightBytes: 0, headSince: Date.now(), retired: false, ready: false };
    worker.on('message', (message: ExtractReply | ReadySignal) => {
      if ('ready' in message) {
        slot.ready = true;
        this.startupFailures = 0;
        slot.headSince = Date.now();
      } else this.onReply(slot, message);
    });
    worker.on('error', (err) => {
      slot.lastError = err instanceof Error ? err.message : String(err);
    });
    worker.on('exit', (code) => {
      if (slot.retired) return;
      this.replace(slot, slot.lastError ?? `worker exited with code ${code}`);
    });
    return slot;
  }

  private onReply(slot: Slot, reply: ExtractReply): void {
    const task = slot.inFlight.shift();
    if (!task || task.taskId !== reply.taskId) {
      // Cannot happen while workers answer in order; failing loudly beats mixing up records.
      this.replace(slot, `worker answered out of order (task ${reply.taskId})`);
      return;
    }
    slot.headSince = Date.now();
    slot.inFlightBytes -= task.bytes ?? 0;
    task.resolve(reply.outcome);
    this.dispatch();
  }

  /** The head file of a dead or hung worker fails; its other tasks go back to the front of the line. */
  private replace(slot: Slot, reason: string): void {
    if (slot.retired) return;
    slot.retired = true;
    void slot.worker.terminate();
    if (!slot.ready) {
      // Died while loading: no file is to blame.
      this.pending.unshift(...slot.inFlight.splice(0));
      if (++this.startupFailures >= MAX_STARTUP_FAILURES) return this.giveUp();
      const index = this.slots.indexOf(slot);
      if (!this.closed && index >= 0) this.slots[index] = this.startWorker();
      this.dispatch();
      return;
    }
    const [culprit, ...innocent] = slot.inFlight.splice(0);
    this.pending.unshift(...innocent);
    if (culprit) culprit.resolve({ ok: false, problem: problem(culprit.path, 'extract', 'extract/worker-crashed', `extraction crashed: ${reason}`) });
    const index = this.slots.indexOf(slot);
    if (!this.closed && index >= 0) this.slots[index] = this.startWorker();
    this.dispatch();
  }

  private giveUp(): void {
    this.broken = true;
    clearInterval(this.watchdog);
    for (const slot of this.slots) {
      slot.retired = true;
      this.pending.unshift(...slot.inFlight.splice(0));
      void slot.worker.terminate();
    }
    for (const task of this.pending.splice(0)) void this.runFallback(task.path).then(task.resolve);
  }

  private runFallback(path: string): Promise<StoreOutcome> {
    if (this.options.fallback) return this.options.fallback(path);
    return Promise.resolve({ ok: false, problem: problem(path, 'extract', 'extract/no-workers', 'worker threads could not start') });
  }

  private dispatch(): void {
    while (this.pending.length && !this.closed) {
      let best: Slot | undefined;
      for (const slot of this.slots) {
        if (
          !slot.retired &&
          slot.inFlight.length < this.perWorker &&
          slot.inFlightBytes < this.prefetchBudget &&
          (!best || slot.inFlight.length < best.inFlight.length)
        ) {
          best = slot;
        }
      }
      if (!best) return;
      const task = this.pending.shift()!;
      task.bytes = 0; // a task back from a dead worker is read again
      const index = (this.options.indexInWorkers ?? true) || best.inFlight.length < (this.options.indexWhenQueuedBelow ?? 0);
      const message: ExtractTask = { taskId: task.taskId, path: task.path, maxFileSize: this.options.maxFileSize, index };
      const transfer: ArrayBuffer[] = [];
      if (this.options.prefetchBelow) {
        const read = prefetchFile(task.path, this.options.maxFileSize, this.options.prefetchBelow);
        if (read && !read.ok) {
          // Unreadable (gone, too large, a folder): its answer needs no worker.
          task.resolve({ ok: false, problem: read.problem });
          continue;
        }
        if (read) {
          task.bytes = read.bytes.byteLength;
          best.inFlightBytes += task.bytes;
          message.bytes = read.bytes;
          message.mtimeMs = read.mtimeMs;
          const buffer = read.bytes.buffer;
          if (buffer instanceof ArrayBuffer && read.bytes.byteOffset === 0 && read.bytes.byteLength === buffer.byteLength) transfer.push(buffer);
        }
      }
      if (best.inFlight.length === 0) best.headSince = Date.now();
      best.inFlight.push(task);
      best.worker.postMessage(message, transfer);
    }
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (!slot.retired && slot.inFlight.length && now - slot.headSince > this.timeoutMs) {
        this.replace(slot, `no result after ${Math.round(this.timeoutMs / 1000)} s`);
      }
    }
  }
}
