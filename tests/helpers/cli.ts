// Run CLI commands in-process (fast) or as the built binary (end to end).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/output.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const SEEDS = join(SHARED, 'corpus/seeds/docs');
export const DEV = join(SHARED, 'corpus/dev/docs');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Call the CLI's main() with captured output, as a test would call any library function. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}, tty = false): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => { stdout += s; },
    err: (s) => { stderr += s; },
    outIsTty: tty,
    errIsTty: tty,
    env: { ...env },
  };
  const code = await main(['node', 'riksdoc', ...args], io);
  return { code, stdout, stderr };
}

/** Run the built binary (bin/riksdoc.js → dist/). */
export function runBinary(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/riksdoc.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, RIKSDOC_DB: '', ...options.env },
    encoding: 'utf8',
    input: options.input,
    timeout: 120_000,
    maxBuffer: 1 << 30,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'riksdoc-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A private copy of a corpus folder, so a test may change files. */
export function copyCorpus(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  return to;
}

export function jsonLines<T = Record<string, unknown>>(s: string): T[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}
