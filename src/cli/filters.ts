// Filter flags shared by search and export, validated into RecordFilters (bad values → exit 2).
import type { Command } from 'commander';
import { DOCUMENT_TYPES, type DocumentType } from '../record.js';
import type { RecordFilters } from '../store/types.js';
import { UsageError } from './output.js';

export interface FilterFlags {
  type?: string;
  from?: string;
  to?: string;
  department?: string;
  diary?: string;
  ref?: string;
  signatory?: string;
  askedBy?: string;
  party?: string;
  minAmount?: string;
  maxAmount?: string;
  sourceFormat?: string;
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--type <types>', `document type, comma-separated (${DOCUMENT_TYPES.join(', ')})`)
    .option('--from <date>', 'document date on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'document date on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--department <name>', 'issuing ministry (part of the name, e.g. "Social")')
    .option('--diary <number>', 'diary number, e.g. S2020/05028')
    .option('--ref <designation>', 'referenced document, e.g. "SOU 2021:25", "prop. 2020/21:1", 2020/21:1311')
    .option('--signatory <name>', 'a signatory (part of the name)')
    .option('--asked-by <name>', 'the member who asked (part of the name)')
    .option('--party <abbr>', "the asking member's party, e.g. S, M, SD")
    .option('--min-amount <sek>', 'mentions a sum of money at least this large')
    .option('--max-amount <sek>', 'mentions a sum of money at most this large')
    .option('--source-format <format>', 'format of the original file (txt, md, html, pdf, docx, doc)');
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY / YYYY-MM / YYYY-MM-DD → the first or last day it covers. */
export function parseDateBound(flag: string, value: string, end: boolean): string {
  const m = DATE.exec(value.trim());
  if (!m) throw new UsageError(`${flag}: not a date: "${value}" (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] ? Number(m[3]) : end ? lastDay : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay) throw new UsageError(`${flag}: not a valid date: "${value}"`);
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseAmount(flag: string, value: string): number {
  const n = Number(value.replace(/[\s_\u00a0]/g, '').replace(',', '.'));
  if (!Number.isFinite(n)) throw new UsageError(`${flag}: not a number: "${value}"`);
  return n;
}

/** Parse a designation typed by a user; the search module knows the canonical forms. */
export type RefParser = (s: string) => { kind?: string; id: string } | undefined;

export function toFilters(flags: FilterFlags, parseRef?: RefParser): RecordFilters {
  const f: RecordFilters = {};
  if (flags.type) {
    const types = flags.type.split(',').map((t) => t.trim()).filter(Boolean);
    for (const t of types) if (!(DOCUMENT_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type: unknown type "${t}" (one of ${DOCUMENT_TYPES.join(', ')})`);
    f.type = types as DocumentType[];
  }
  if (flags.from) f.from = parseDateBound('--from', flags.from, false);
  if (flags.to) f.to = parseDateBound('--to', flags.to, true);
  if (f.from && f.to && f.from > f.to) throw new UsageError(`--from ${f.from} is after --to ${f.to}`);
  if (flags.department) f.department = flags.department;
  if (flags.diary) f.diary = flags.diary.trim().replace(/\s+/g, '');
  if (flags.ref) f.ref = parseRef?.(flags.ref) ?? { id: flags.ref.trim() };
  if (flags.signatory) f.signatory = flags.signatory;
  if (flags.askedBy) f.askedBy = flags.askedBy;
  if (flags.party) f.party = flags.party;
  if (flags.minAmount !== undefined) f.minAmount = parseAmount('--min-amount', flags.minAmount);
  if (flags.maxAmount !== undefined) f.maxAmount = parseAmount('--max-amount', flags.maxAmount);
  if (flags.sourceFormat) {
    const formats = ['txt', 'md', 'html', 'pdf', 'docx', 'doc'];
    if (!formats.includes(flags.sourceFormat)) throw new UsageError(`--source-format: unknown format "${flags.sourceFormat}" (one of ${formats.join(', ')})`);
    f.format = flags.sourceFormat as RecordFilters['format'];
  }
  return f;
}

export function hasFilters(f: RecordFilters): boolean {
  return Object.keys(f).length > 0;
}
