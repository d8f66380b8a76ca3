import type { Command } from 'commander';
import type { StoredRecord } from '../store/types.js';
import { withStore } from './db.js';
import { addFilterOptions, type FilterFlags, toFilters } from './filters.js';
import { EXIT, type Io, UsageError } from './output.js';
import { storedToJson } from './show.js';

const CSV_COLUMNS = ['id', 'path', 'type', 'title', 'date', 'department', 'diaryNumbers', 'references', 'dates', 'amounts', 'signatories', 'askedBy', 'format', 'sha256'] as const;

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV row; list fields are joined with "; " so a spreadsheet shows them in one cell. */
export function csvRow(r: StoredRecord): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: String(r.id),
    path: r.path,
    type: r.type,
    title: r.title ?? '',
    date: r.date ?? '',
    department: r.department ?? '',
    diaryNumbers: r.diaryNumbers.join('; '),
    references: r.references.map((x) => `${x.kind} ${x.id}`).join('; '),
    dates: r.dates.join('; '),
    amounts: r.amounts.map((a) => `${a.value} ${a.currency}`).join('; '),
    signatories: r.signatories.map((s) => (s.title ? `${s.name} (${s.title})` : s.name)).join('; '),
    askedBy: r.askedBy ? `${r.askedBy.name}${r.askedBy.party ? ` (${r.askedBy.party})` : ''}` : '',
    format: r.format,
    sha256: r.sha256,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

export async function runExport(flags: FilterFlags & { db?: string; format?: string }, io: Io): Promise<number> {
  const outFormat = flags.format ?? 'jsonl';
  if (outFormat !== 'jsonl' && outFormat !== 'csv') throw new UsageError(`--format: expected jsonl or csv, got "${outFormat}"`);
  const filters = toFilters(flags);
  return withStore(flags.db, io, { readonly: true }, async (store) => {
    if (outFormat === 'csv') io.out(CSV_COLUMNS.join(',') + '\n');
    for await (const r of store.export(filters)) io.out((outFormat === 'csv' ? csvRow(r) : JSON.stringify(storedToJson(r))) + '\n');
    return EXIT.OK;
  });
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  const cmd = program
    .command('export')
    .description('every stored record (optionally filtered) as JSON Lines or CSV')
    .option('--db <file|url>', 'archive (default $RIKSDOC_DB or ./riksdoc.db)')
    .option('--format <jsonl|csv>', 'output format (default jsonl)');
  addFilterOptions(cmd).action(async (flags: FilterFlags & { db?: string; format?: string }) => setCode(await runExport(flags, io)));
}
