import type { Command } from 'commander';
import type { IngestEvent, IngestSummary } from '../ingest.js';
import { withStore } from './db.js';
import { EXIT, type Io, UsageError } from './output.js';

export interface IngestFlags {
  db?: string;
  prune?: boolean;
  json?: boolean;
  progress?: boolean;
  maxFileSize?: string;
  workers?: string;
}

export function formatSummary(s: IngestSummary): string {
  const parts = [`${s.added} added`, `${s.updated} updated`, `${s.unchanged} unchanged`, `${s.failed} failed`];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.pruned) parts.push(`${s.pruned} pruned`);
  let line = parts.join(', ');
  if (s.reextracted) line += ` (${s.reextracted} re-extracted: extractor version changed)`;
  if (s.interrupted) line += ' — interrupted, the rest was not ingested';
  return `${line} in ${(s.elapsedMs / 1000).toFixed(1)}s`;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-file-size: not a size: "${value}" (e.g. 100MB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}

function parseWorkers(value: string): number {
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 64)) throw new UsageError(`--workers: not a number of threads from 0 to 64: "${value}"`);
  return n;
}

/**
 * Event lines for --json, written in blocks: a line per write() is a system call per file on a
 * pipe, which costs more than the ingest's own bookkeeping for small files.
 */
class LineBuffer {
  private lines: string[] = [];
  private bytes = 0;
  constructor(private readonly write: (s: string) => void) {}
  push(line: string): void {
    this.lines.push(line);
    this.bytes += line.length;
    if (this.bytes >= 64 * 1024) this.flush();
  }
  flush(): void {
    if (!this.lines.length) return;
    this.write(this.lines.join(''));
    this.lines = [];
    this.bytes = 0;
  }
}

export async function runIngest(paths: string[], flags: IngestFlags, io: Io, signal?: AbortSignal): Promise<number> {
  const maxFileSize = flags.maxFileSize ? parseSize(flags.maxFileSize) : undefined;
  const workers = flags.workers !== undefined ? parseWorkers(flags.workers) : undefined;
  // Loaded here, not at start-up: `riksdoc search` and `--version` never pay for the extractors.
  const { ingestPaths } = await import('../ingest.js');
  return withStore(flags.db, io, {}, async (store) => {
    const showProgress = !flags.json && io.errIsTty && flags.progress !== false;
    const progress = showProgress ? await startProgress() : undefined;
    let done = 0;
    const out = new LineBuffer(io.out);
    // Lines reach a reader watching the pipe at least every 200 ms, not only per 64 KB.
    const ticker = flags.json ? setInterval(() => out.flush(), 200) : undefined;
    ticker?.unref();
    const onEvent = (e: IngestEvent) => {
      done++;
      if (flags.json) {
        const line: Record<string, unknown> = { path: e.path, status: e.status, id: e.id };
        if (e.reason) line.reason = e.reason;
        if (e.code) line.code = e.code;
        out.push(JSON.stringify(line) + '\n');
      }
      // A failure is also one line on stderr with --json: a CI log shows it without parsing stdout.
      if (e.status === 'failed') {
        progress?.clear();
        io.err(`riksdoc: ${e.path}: ${e.reason ?? 'failed'}${e.code ? ` [${e.code}]` : ''}\n`);
      }
      progress?.update(done, e.path);
    };
    let summary: IngestSummary;
    try {
      summary = await ingestPaths(store, paths, { prune: flags.prune, maxFileSize, signal, onEvent, workers });
    } finally {
      clearInterval(ticker);
      out.flush();
      progress?.stop();
    }
    if (!flags.json) io.err(formatSummary(summary) + '\n');
    if (summary.interrupted) return signal?.reason === 'SIGTERM' ? EXIT.INTERRUPTED_TERM : EXIT.INTERRUPTED_INT;
    return summary.failed ? EXIT.SOME_FAILED : EXIT.OK;
  });
}

interface Progress {
  update(done: number, path: string): void;
  clear(): void;
  stop(): void;
}

/** A live counter on stderr; cli-progress is loaded only when stderr is a terminal. */
async function startProgress(): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'ingest {value} files | {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true, fps: 10 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { file: '' });
  return {
    update: (done, path) => bar.update(done, { file: path.length > 60 ? `…${path.slice(-59)}` : path }),
    clear: () => process.stderr.write('\r\x1b[K'),
    stop: () => bar.stop(),
  };
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('ingest')
    .description('read, extract and store every document under the given paths (incremental)')
    .argument('<paths...>', 'files or folders (walked recursively)')
    .option('--db <file|url>', 'archive: SQLite file or postgres:// URL (default $RIKSDOC_DB or ./riksdoc.db)')
    .option('--prune', 'drop records whose files are gone from the given folders')
    .option('--json', 'one JSON object per file on stdout, nothing else (failures also one line each on stderr)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--max-file-size <size>', 'refuse larger files (default 100MB)')
    .option('--workers <n>', 'threads that read and extract files (default: one per core but one, at least 1, at most 4; 0: all in one thread)')
    .action(async (paths: string[], flags: IngestFlags) => {
      const controller = new AbortController();
      const onSignal = (sig: NodeJS.Signals) => controller.abort(sig);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        setCode(await runIngest(paths, flags, io, controller.signal));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
