import type { Command } from 'commander';
import type { Stats } from '../store/types.js';
import { withStore } from './db.js';
import { EXIT, type Io } from './output.js';

export function renderStats(s: Stats): string {
  const lines = [`${s.documents} documents`];
  const section = (label: string, counts: Record<string, number>) => {
    lines.push('', label);
    for (const [k, n] of Object.entries(counts)) lines.push(`  ${String(n).padStart(7)}  ${k}`);
  };
  section('by type', s.byType);
  section('by department', s.byDepartment);
  section('by year', s.byYear);
  section('by format', s.byFormat);
  lines.push('', `failed files: ${s.failed.length}`);
  for (const f of s.failed) lines.push(`  ${f.path}: ${f.reason} [${f.code}]`);
  return lines.join('\n') + '\n';
}

export async function runStats(flags: { db?: string; json?: boolean }, io: Io): Promise<number> {
  return withStore(flags.db, io, { readonly: true }, async (store) => {
    const stats = await store.stats();
    io.out(flags.json ? JSON.stringify(stats) + '\n' : renderStats(stats));
    return EXIT.OK;
  });
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('stats')
    .description('counts by type, department, year and format; files that failed')
    .option('--db <file|url>', 'archive (default $RIKSDOC_DB or ./riksdoc.db)')
    .option('--json', 'as one JSON object')
    .action(async (flags: { db?: string; json?: boolean }) => setCode(await runStats(flags, io)));
}
