// The heap ceiling of busy ingest threads: collect when the heap passes it, not over and over.
import { describe, expect, it } from 'vitest';
import { heapCeiling } from '../../src/heap.js';

const MB = 2 ** 20;

describe('heapCeiling', () => {
  it('runs a full collection once the heap in use passes the ceiling, and the heap shrinks', () => {
    const base = process.memoryUsage().heapUsed;
    const ceiling = heapCeiling(Math.ceil(base / MB) + 16, 1);
    // 64 MB held, then let go: garbage until a full collection.
    let garbage: number[][] | undefined = [];
    for (let i = 0; i < 64; i++) garbage.push(new Array(MB / 8).fill(i));
    garbage = undefined;
    const before = process.memoryUsage().heapUsed;
    expect(before).toBeGreaterThan(base + 32 * MB);
    ceiling.tick();
    expect(ceiling.collections).toBe(1);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before);
  });

  it('does nothing below the ceiling, and checks only every n-th call', () => {
    const high = heapCeiling(64 * 1024, 1);
    for (let i = 0; i < 50; i++) high.tick();
    expect(high.collections).toBe(0);
    const sparse = heapCeiling(1, 1000);
    for (let i = 0; i < 999; i++) sparse.tick();
    expect(sparse.collections).toBe(0);
    sparse.tick();
    expect(sparse.collections).toBe(1);
  });

  it('a thread that really holds more than the ceiling is not collected on every check', () => {
    const held: number[][] = [];
    for (let i = 0; i < 24; i++) held.push(new Array(MB / 8).fill(i));
    const ceiling = heapCeiling(1, 1);
    ceiling.tick();
    ceiling.tick();
    ceiling.tick();
    expect(ceiling.collections).toBe(1);
    expect(held.length).toBe(24);
  });
});
