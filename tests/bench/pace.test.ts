// The bench's ingest pace: when events came and how fast the second half went.
import { describe, expect, it } from 'vitest';
import { ingestPace, runNode } from '../../bench/lib.mjs';

describe('ingestPace', () => {
  it('rates the events that came after the half-way batch over the time from it to the last', () => {
    // Four batches of 250 events: at 500, 700, 800 and 900 ms. The half-way event (the 501st)
    // came with the batch at 800 ms; after it, 250 events in 100 ms.
    const times = [...Array(250).fill(500), ...Array(250).fill(700), ...Array(250).fill(800), ...Array(250).fill(900)];
    expect(ingestPace(times)).toEqual({ firstEventMs: 500, halfEventsMs: 800, lastEventMs: 900, secondHalfDocsPerS: 2500 });
  });

  it('counts no rate when every event came at once, and nothing without events', () => {
    expect(ingestPace([100, 100, 100]).secondHalfDocsPerS).toBeUndefined();
    expect(ingestPace([])).toBeUndefined();
    expect(ingestPace(undefined)).toBeUndefined();
  });

  it('a slow start and an even second half give the second half’s rate, not the whole run’s', () => {
    // 1 000 events: the first 500 over 2 s (warm-up), then one every ms.
    const times = Array.from({ length: 1000 }, (_, i) => (i < 500 ? 100 + i * 4 : 2100 + (i - 500)));
    const pace = ingestPace(times);
    expect(pace.firstEventMs).toBe(100);
    expect(pace.halfEventsMs).toBe(2100);
    expect(pace.secondHalfDocsPerS).toBeCloseTo(1000, 5);
  });
});

describe('runNode lineTimes', () => {
  it('stamps each stdout line with its arrival, in order', async () => {
    const script = "process.stdout.write('a\\nb\\n'); setTimeout(() => process.stdout.write('c\\n'), 150);";
    const r = await runNode(['-e', script], { cwd: process.cwd(), lineTimes: true });
    expect(r.code).toBe(0);
    expect(r.lines).toBe(3);
    expect(r.lineTimes).toHaveLength(3);
    expect(r.lineTimes[0]).toBeLessThanOrEqual(r.lineTimes[1]);
    expect(r.lineTimes[2] - r.lineTimes[1]).toBeGreaterThanOrEqual(100);
    expect(r.lineTimes[2]).toBeLessThanOrEqual(r.ms);
  });

  it('keeps no times unless asked', async () => {
    const r = await runNode(['-e', "console.log('x')"], { cwd: process.cwd() });
    expect(r.lineTimes).toBeUndefined();
  });
});
