// Worker-thread entry of the background checkpointer (src/store/sqlite-checkpointer.ts): its own
// connection to the archive copies committed WAL frames into the database file, so the fsyncs a
// checkpoint waits for are not spent on the writer's thread. One request at a time, coalesced.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { SLOT, STOP, type CheckpointWorkerData } from './sqlite-checkpoint-protocol.js';

const { file, signals: buffer } = workerData as CheckpointWorkerData;
const signals = new Int32Array(buffer);
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;
const db = new Database(file, { timeout: 5_000 });
// A checkpoint syncs the WAL before copying and the database after: NORMAL is what the writer uses.
db.pragma('synchronous = NORMAL');
Atomics.store(signals, SLOT.ready, 1);

let served = 0;
for (;;) {
  // Sleeps (no CPU) until the writer asks again.
  Atomics.wait(signals, SLOT.requested, served);
  const requested = Atomics.load(signals, SLOT.requested);
  if (requested === STOP) break;
  let row: { busy: number; log: number; checkpointed: number } | undefined;
  try {
    row = (db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[])[0];
  } catch {
    // Busy or I/O trouble: the writer's next commit asks again; a request is answered either way.
    row = undefined;
  }
  Atomics.store(signals, SLOT.walFrames, row?.log ?? -1);
  Atomics.store(signals, SLOT.checkpointedFrames, row?.checkpointed ?? -1);
  served = requested;
  Atomics.store(signals, SLOT.served, served);
  Atomics.notify(signals, SLOT.served);
}
db.close();
