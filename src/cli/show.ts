import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Fact } from '../record.js';
import type { StoredRecord } from '../store/types.js';
import { withStore } from './db.js';
import { EXIT, type Io } from './output.js';

/** The record without its full text, for JSON output. */
export function storedToJson(r: StoredRecord, withText = false): Record<string, unknown> {
  const { text, ...rest } = r;
  return withText && text !== undefined ? { ...rest, text } : rest;
}

function quote(text: string | undefined, f: { start: number; end: number } | undefined): string {
  if (!text || !f) return '';
  const s = text.slice(f.start, f.end).replace(/\s+/g, ' ');
  return `  ← "${s.length > 70 ? s.slice(0, 69) + '…' : s}" @${f.start}`;
}

export function renderRecord(r: StoredRecord): string {
  const e = r.evidence;
  const lines = [
    `#${r.id}  ${r.path}`,
    `type         ${r.type}  (rule ${r.typeRule})`,
    `title        ${r.title ?? '—'}${quote(r.text, e.title)}`,
    `date         ${r.date ?? '—'}${quote(r.text, e.date)}`,
    `department   ${r.department ?? '—'}${quote(r.text, e.department)}`,
  ];
  if (r.askedBy !== undefined) lines.push(`askedBy      ${r.askedBy ? `${r.askedBy.name}${r.askedBy.party ? ` (${r.askedBy.party})` : ''}` : '—'}${quote(r.text, e.askedBy)}`);
  const list = <T>(label: string, facts: Fact<T>[], fmt: (v: T) => string) => {
    lines.push(`${label.padEnd(13)}${facts.length ? '' : '—'}`);
    for (const f of facts) lines.push(`  ${fmt(f.value)}${quote(r.text, f)}`);
  };
  list('diaryNumbers', e.diaryNumbers, (v) => v);
  list('references', e.references, (v) => `${v.kind} ${v.id}`);
  list('dates', e.dates, (v) => v);
  list('amounts', e.amounts, (v) => `${v.value.toLocaleString('sv-SE')} ${v.currency}`);
  list('signatories', e.signatories, (v) => `${v.name}${v.title ? `, ${v.title}` : ''}`);
  lines.push(`format       ${r.format} (${r.encoding}), ${r.size} bytes, sha256 ${r.sha256.slice(0, 12)}…, ingested ${r.ingestedAt}`);
  for (const w of r.warnings) lines.push(`warning      ${w.reason} [${w.code}]`);
  return lines.join('\n') + '\n';
}

export async function runShow(idOrPath: string, flags: { db?: string; json?: boolean; text?: boolean }, io: Io): Promise<number> {
  return withStore(flags.db, io, { readonly: true }, async (store) => {
    const record = (await store.get(idOrPath)) ?? (/^\d+$/.test(idOrPath) ? undefined : await store.get(resolve(idOrPath)));
    if (!record) {
      io.err(`riksdoc: ${idOrPath}: no such document in the archive\n`);
      return EXIT.SOME_FAILED;
    }
    io.out(flags.json ? JSON.stringify(storedToJson(record, flags.text)) + '\n' : renderRecord(record));
    return EXIT.OK;
  });
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('show')
    .description('the whole record of one document, each fact with the text it came from')
    .argument('<id|path>', 'archive id (#12) or file path')
    .option('--db <file|url>', 'archive (default $RIKSDOC_DB or ./riksdoc.db)')
    .option('--json', 'the record as one JSON object')
    .option('--text', 'with --json: include the full text')
    .action(async (id: string, flags: { db?: string; json?: boolean; text?: boolean }) => setCode(await runShow(id.replace(/^#/, ''), flags, io)));
}
