// What the writer thread and the checkpoint worker share: a few Int32 slots in a SharedArrayBuffer,
// so the writer can ask without a message round-trip and wait without an event loop turn.

/** Slot indexes in the shared Int32Array. */
export const SLOT = {
  /** Checkpoints asked for so far (the writer adds one after each commit); STOP ends the worker. */
  requested: 0,
  /** The last request number the worker has answered. */
  served: 1,
  /** Frames in the WAL at the last checkpoint (-1: it failed). */
  walFrames: 2,
  /** Of those, frames copied into the database file (-1: it failed). */
  checkpointedFrames: 3,
  /** 1 once the worker has its connection open: until then the writer checkpoints as before. */
  ready: 4,
} as const;

export const SLOT_COUNT = 5;

/** Written into SLOT.requested to end the worker. */
export const STOP = -1;

export interface CheckpointWorkerData {
  file: string;
  signals: SharedArrayBuffer;
}
