// Keeping a busy thread's heap near what it holds. V8 lets the old generation of a thread that
// never idles fill up to a few times its live size before it collects (each extraction worker
// climbed from 20 to 55 MB between collections, the writer to 100 MB): at 100 000 documents the
// process peaked at 310-330 MB RSS with ~60 MB of it live. A full collection once the heap
// passes a ceiling kept the peak at 211–219 MB for a few milliseconds per thousand files.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** V8's gc(), exposed at run time; null where the flag cannot be set (the check is then a no-op). */
function gcFunction(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

export interface HeapCeiling {
  /** Call once per unit of work (a file); every `every` calls the heap is checked. */
  tick(): void;
  /** Full collections run so far. */
  readonly collections: number;
}

/**
 * A check that runs a full collection when the heap in use passes `ceilingMb`. After a
 * collection the ceiling becomes at least twice what survived, so a thread that really holds
 * more (a large document, a large vocabulary) is not collected over and over.
 */
export function heapCeiling(ceilingMb: number, every = 100): HeapCeiling {
  const base = ceilingMb * 2 ** 20;
  let ceiling = base;
  let calls = 0;
  let collections = 0;
  return {
    tick() {
      if (++calls % every !== 0) return;
      // Not process.memoryUsage(): it also reads the RSS from /proc, ~0.2 ms a call in a worker.
      if (getHeapStatistics().used_heap_size <= ceiling) return;
      const gc = gcFunction();
      if (!gc) return;
      gc();
      collections++;
      ceiling = Math.max(base, 2 * getHeapStatistics().used_heap_size);
    },
    get collections() {
      return collections;
    },
  };
}
