// Checkpoints in a thread of their own during bulk writes. In WAL mode every commit appends pages
// to the -wal file and, once it passes 1 000 pages, SQLite copies them into the database inside
// that commit, syncing the WAL before and the database after. At 100 000 documents those
// checkpoints held the writer — the ingest's bottleneck — for 4.4 s of a 24 s run, 3.1 s of it
// waiting for the disk (1.3 s of its CPU); with synchronous=OFF they took 0.8 s. A second
// connection in a worker runs them instead (PASSIVE: they never block the writer), with the same
// synchronous=NORMAL durability: nothing about what a crash can lose changes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { type CheckpointWorkerData, SLOT, SLOT_COUNT, STOP } from './sqlite-checkpoint-protocol.js';

/** The compiled worker beside this module, or undefined when running from TypeScript sources. */
export function defaultCheckpointWorkerUrl(): URL | undefined {
  const url = new URL('./sqlite-checkpoint-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export interface CheckpointerOptions {
  /**
   * The WAL restarts from its beginning only when a write transaction begins after a checkpoint
   * copied every frame; a writer that commits back to back never sees that moment on its own.
   * Once the WAL has grown past this many bytes the writer waits, before its next transaction,
   * for the checkpoint in flight, so the file stays about this size.
   */
  maxWalBytes?: number;
  /** Longest wait for one checkpoint (slow disk, stuck worker): the writer goes on after it. */
  waitLimitMs?: number;
}

const DEFAULT_MAX_WAL_BYTES = 64 * 2 ** 20;
const DEFAULT_WAIT_LIMIT_MS = 10_000;

export class BackgroundCheckpointer {
  private readonly signals = new Int32Array(new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT));
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private readonly autocheckpoint: number;
  private readonly pageSize: number;
  private readonly maxWalBytes: number;
  private readonly waitLimitMs: number;
  private broken = false;
  private closed = false;
  /** The writer's own checkpoints are off: only once the worker is ready (its start takes a while). */
  private handedOver = false;
  /** Times the writer waited for a checkpoint before beginning a transaction, and for how long. */
  readonly waits = { count: 0, ms: 0 };

  /**
   * Starts the worker; the writer's own checkpoints go off once it is ready. Undefined (nothing changed:
   * the writer checkpoints as before) when the archive is not a file or the worker is not built.
   */
  static start(db: BetterSqlite3.Database, options: CheckpointerOptions & { workerUrl?: URL } = {}): BackgroundCheckpointer | undefined {
    const url = options.workerUrl ?? defaultCheckpointWorkerUrl();
    if (!url || db.memory || db.readonly || !db.name) return undefined;
    try {
      return new BackgroundCheckpointer(db, url, options);
    } catch {
      return undefined;
    }
  }

  private constructor(
    private readonly db: BetterSqlite3.Database,
    url: URL,
    options: CheckpointerOptions,
  ) {
    this.maxWalBytes = options.maxWalBytes ?? DEFAULT_MAX_WAL_BYTES;
    this.waitLimitMs = options.waitLimitMs ?? DEFAULT_WAIT_LIMIT_MS;
    this.pageSize = db.pragma('page_size', { simple: true }) as number;
    this.autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
    const data: CheckpointWorkerData = { file: db.name, signals: this.signals.buffer as SharedArrayBuffer };
    this.worker = new Worker(url, { workerData: data });
    // A checkpointer left open must not keep the process alive; a checkpoint cut short is safe.
    this.worker.unref();
    this.exited = new Promise((resolve) => {
      this.worker.once('exit', (code) => {
        if (code !== 0) this.giveUp();
        resolve();
      });
    });
    this.worker.on('error', () => this.giveUp());
  }

  /** The worker failed: the writer checkpoints for itself again, as without a checkpointer. */
  private giveUp(): void {
    if (this.broken) return;
    this.broken = true;
    if (this.handedOver && this.db.open) this.db.pragma(`wal_autocheckpoint = ${this.autocheckpoint}`);
  }

  /** True while the worker does the checkpoints (it is up, has not failed and is not closed). */
  get active(): boolean {
    if (this.broken || this.closed) return false;
    if (!this.handedOver && Atomics.load(this.signals, SLOT.ready) === 1) {
      this.db.pragma('wal_autocheckpoint = 0');
      this.handedOver = true;
    }
    return this.handedOver;
  }

  /** Call after each commit: the worker copies what it committed. Never waits. */
  afterCommit(): void {
    if (!this.active) return;
    Atomics.add(this.signals, SLOT.requested, 1);
    Atomics.notify(this.signals, SLOT.requested);
  }

  /** Call before each write transaction: waits only while the WAL is over its size (see maxWalBytes). */
  beforeBegin(): void {
    if (!this.active) return;
    const requested = Atomics.load(this.signals, SLOT.requested);
    if (Atomics.load(this.signals, SLOT.served) >= requested) return;
    if (Atomics.load(this.signals, SLOT.walFrames) * this.pageSize < this.maxWalBytes) return;
    const started = performance.now();
    for (let served = Atomics.load(this.signals, SLOT.served); served < requested; served = Atomics.load(this.signals, SLOT.served)) {
      const left = this.waitLimitMs - (performance.now() - started);
      if (left <= 0) break;
      Atomics.wait(this.signals, SLOT.served, served, left);
    }
    this.waits.count++;
    this.waits.ms += performance.now() - started;
  }

  /** WAL frames and frames copied at the last checkpoint (-1 when it failed; 0 before the first). */
  get lastCheckpoint(): { walFrames: number; checkpointedFrames: number } {
    return { walFrames: Atomics.load(this.signals, SLOT.walFrames), checkpointedFrames: Atomics.load(this.signals, SLOT.checkpointedFrames) };
  }

  /** Lets the checkpoint in flight finish, ends the worker and gives checkpoints back to the writer. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.signals, SLOT.requested, STOP);
    Atomics.notify(this.signals, SLOT.requested);
    // Waiting on an unreferenced worker with nothing else pending would end the process instead.
    this.worker.ref();
    await this.exited;
    if (this.handedOver && !this.broken && this.db.open) this.db.pragma(`wal_autocheckpoint = ${this.autocheckpoint}`);
  }
}
