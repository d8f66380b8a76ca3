// Helpers for bench/run.mjs: child processes with their peak memory, statistics, table printing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

/**
 * Run `node ARGS…` as a child and measure it from spawn to exit: wall time, peak RSS of the whole
 * process (all threads; written by bench/rss-probe.mjs at exit), stdout line count and its last line.
 * `lineTimes`: also the ms from spawn at which each stdout line arrived (an ingest prints one event
 * per file as its batch is stored, so these show how the pace changes over a run).
 */
export function runNode(args, { cwd, env = {}, keepStdout = false, lineTimes = false } = {}) {
  const probeDir = mkdtempSync(join(tmpdir(), 'riksdoc-bench-'));
  const probeFile = join(probeDir, 'usage.json');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PROBE, ...args], {
      cwd,
      env: { ...process.env, ...env, RIKSDOC_BENCH_USAGE_FILE: probeFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    const times = lineTimes ? [] : undefined;
    let tail = '';
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const at = times ? Number(process.hrtime.bigint() - started) / 1e6 : 0;
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) {
        lines++;
        times?.push(at);
      }
      tail = (tail + chunk).slice(-4096);
      if (keepStdout) stdout += chunk;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-8192); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let usage = {};
      try {
        usage = JSON.parse(readFileSync(probeFile, 'utf8'));
      } catch {
        /* the child died before its exit hook */
      }
      rmSync(probeDir, { recursive: true, force: true });
      const lastLine = tail.trimEnd().split('\n').pop() ?? '';
      resolve({ code, signal, ms, lines, lineTimes: times, lastLine, stdout, stderr, maxRssMiB: usage.maxRSS ? usage.maxRSS / 1024 : undefined, cpuMs: usage.cpuMs, mainThreadCpuMs: usage.mainThreadCpuMs, memoryAtPeak: usage.memoryAtPeak });
    });
  });
}

/**
 * When an ingest's events came (ms from spawn): the first, the one half-way, the last, and the rate
 * of the files stored after the half-way batch. The first half carries the fixed costs (node and
 * the modules loading, the worker starting, V8 compiling the extractors as they get hot); the
 * second half is the pace a longer run keeps. Events arrive a batch at a time, so the rate counts
 * the events that arrived after the half-way batch over the time from it to the last.
 */
export function ingestPace(times) {
  if (!times?.length) return undefined;
  const n = times.length;
  const half = times[Math.floor(n / 2)];
  const last = times[n - 1];
  const after = times.filter((t) => t > half).length;
  return { firstEventMs: times[0], halfEventsMs: half, lastEventMs: last, secondHalfDocsPerS: last > half ? (after / (last - half)) * 1000 : undefined };
}

/** Bytes of an SQLite database with its WAL, as it sits on disk. */
export function dbBytes(file) {
  let total = 0;
  for (const suffix of ['', '-wal']) if (existsSync(file + suffix)) total += statSync(file + suffix).size;
  return total;
}

export function removeDb(file) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** A plain text table: first row is the header, numbers right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => {
    const s = String(cell ?? '');
    return /^[-+]?[\d.,]+( ?[%×a-zA-Z/]+)?$/.test(s) && c > 0 ? s.padStart(widths[c]) : s.padEnd(widths[c]);
  }).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export const fmt = {
  int: (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–'),
  ms: (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '–'),
  ratio: (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–'),
  mib: (n) => (Number.isFinite(n) ? n.toFixed(0) : '–'),
  mbs: (n) => (Number.isFinite(n) ? n.toFixed(1) : '–'),
};
