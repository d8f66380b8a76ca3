// Worker-thread entry: read + extract files sent by the ingest pool (src/ingest-pool.ts).
// Extractors are pure, so a worker holds no state between files. Tasks run strictly one after
// another: when a worker dies, the pool knows the file it was on is the oldest unanswered one.
import { parentPort } from 'node:worker_threads';
import { type FileOutcome, processBytes, readFileChecked } from './pipeline.js';

export interface ExtractTask {
  taskId: number;
  path: string;
  maxFileSize: number;
}

export interface ExtractReply {
  taskId: number;
  outcome: FileOutcome;
}

/** Sent once the extractors are loaded: a worker that dies before it is ready blames no file. */
export interface ReadySignal {
  ready: true;
}

async function handle(task: ExtractTask): Promise<ExtractReply> {
  const read = readFileChecked(task.path, task.maxFileSize);
  let outcome: FileOutcome = read.ok ? await processBytes(task.path, read.bytes, { analyze: true }) : { ok: false, problem: read.problem };
  if (read.ok && outcome.ok) outcome = { ...outcome, mtimeMs: read.mtimeMs };
  return { taskId: task.taskId, outcome };
}

if (parentPort) {
  const port = parentPort;
  port.postMessage({ ready: true } satisfies ReadySignal);
  const waiting: ExtractTask[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    for (let task = waiting.shift(); task; task = waiting.shift()) {
      port.postMessage(await handle(task));
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
