// Worker-thread entry: read + extract files sent by the ingest pool (src/ingest-pool.ts).
// Extractors are pure, so a worker holds no state between files. Tasks run strictly one after
// another: when a worker dies, the pool knows the file it was on is the oldest unanswered one.
import { parentPort } from 'node:worker_threads';
import { heapCeiling } from './heap.js';
import { processBytes, readFileChecked, type StoreOutcome } from './pipeline.js';
import { packRecord } from './store/packed.js';

export interface ExtractTask {
  taskId: number;
  path: string;
  maxFileSize: number;
  /**
   * Also compute the index terms (the record is packed either way). Off when one worker
   * shares two cores with the writer: the writer's thread has the time to spare, the worker not.
   */
  index: boolean;
  /** The file's bytes and mtime when the pool read it already (small files); else the worker reads it. */
  bytes?: Uint8Array;
  mtimeMs?: number;
}

export interface ExtractReply {
  taskId: number;
  outcome: StoreOutcome;
}

/** Sent once the extractors are loaded: a worker that dies before it is ready blames no file. */
export interface ReadySignal {
  ready: true;
}

/** Vocabulary terms this worker has handed to the writer: each is posted about once per ingest. */
const sentTerms = new Set<string>();

async function handle(task: ExtractTask): Promise<ExtractReply> {
  const read = task.bytes && task.mtimeMs !== undefined ? { ok: true as const, bytes: task.bytes, mtimeMs: task.mtimeMs } : readFileChecked(task.path, task.maxFileSize);
  if (!read.ok) return { taskId: task.taskId, outcome: { ok: false, problem: read.problem } };
  const outcome = await processBytes(task.path, read.bytes, { analyze: task.index });
  if (!outcome.ok) return { taskId: task.taskId, outcome };
  // Packed either way (a few strings and flat lists cost less to post than the record's objects);
  // the index terms only when this worker is to compute them.
  const record = packRecord(outcome.record, sentTerms, { index: task.index });
  return { taskId: task.taskId, outcome: { ok: true, record, mtimeMs: read.mtimeMs } };
}

if (parentPort) {
  const port = parentPort;
  port.postMessage({ ready: true } satisfies ReadySignal);
  const waiting: ExtractTask[] = [];
  let running = false;
  // ~20 MB live (extractors, stem cache); without a ceiling the heap climbed to 55 MB per worker.
  const heap = heapCeiling(32);
  const drain = async () => {
    running = true;
    for (let task = waiting.shift(); task; task = waiting.shift()) {
      port.postMessage(await handle(task));
      heap.tick();
    }
    running = false;
  };
  port.on('message', (task: ExtractTask) => {
    waiting.push(task);
    if (running) return;
    // Anything escaping is a bug worth a crash: the worker exits and the pool marks this file failed.
    drain().catch((err: unknown) => setImmediate(() => { throw err; }));
  });
}
