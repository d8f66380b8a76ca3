import type { Command } from 'commander';
import type { SearchHit } from '../store/types.js';
import { withStore } from './db.js';
import { addFilterOptions, type FilterFlags, hasFilters, toFilters } from './filters.js';
import { EXIT, type Io, UsageError } from './output.js';

export interface SearchFlags extends FilterFlags {
  db?: string;
  limit?: string;
  json?: boolean;
}

const BOLD_YELLOW = '\x1b[1;33m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** The snippet with matches marked: ANSI colour on a terminal, [brackets] otherwise. */
export function renderSnippet(hit: SearchHit, colour: boolean): string {
  const s = hit.snippet;
  if (!s) return '';
  let out = '';
  let pos = s.start;
  for (const h of s.highlights) {
    out += s.text.slice(pos - s.start, h.start - s.start);
    const word = s.text.slice(h.start - s.start, h.end - s.start);
    out += colour ? `${BOLD_YELLOW}${word}${RESET}` : `[${word}]`;
    pos = h.end;
  }
  out += s.text.slice(pos - s.start);
  return (s.start > 0 ? '…' : '') + out.replace(/\s+/g, ' ').trim() + '…';
}

const MATCH_NOTE: Partial<Record<SearchHit['match'], string>> = {
  compound: 'as part of a compound',
  folded: 'without å/ä/ö (folded spelling)',
};

export async function runSearch(query: string, flags: SearchFlags, io: Io): Promise<number> {
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError(`--limit: expected a whole number 1–10000, got "${flags.limit}"`);
  const { parseDesignationQuery } = await import('../swedish/designations.js');
  const filters = toFilters(flags, (s: string) => parseDesignationQuery(s) ?? undefined);
  // --ref given a diary number means the diary number.
  if (filters.ref?.kind === 'diary') {
    filters.diary ??= filters.ref.id;
    delete filters.ref;
  }
  const { parseQuery, QuerySyntaxError } = await import('../search/query.js');
  let parsed;
  try {
    parsed = parseQuery(query);
  } catch (err) {
    if (err instanceof QuerySyntaxError) throw new UsageError(`search: ${err.message}`);
    throw err;
  }
  if (!parsed && !hasFilters(filters)) throw new UsageError(query.trim() ? 'search: the query has no words to search for' : 'search: give a query, a filter, or both');
  return withStore(flags.db, io, { readonly: true }, async (store) => {
    const hits = await store.search({ query, parsed, filters, limit });
    if (flags.json) {
      for (const h of hits) io.out(JSON.stringify(h) + '\n');
      return EXIT.OK;
    }
    if (!hits.length) {
      io.err('no documents found\n');
      return EXIT.OK;
    }
    if (hits.every((h) => h.match === 'folded')) io.err('no exact match; showing words spelt with å/ä/ö (folded match)\n');
    hits.forEach((h, i) => {
      const head = `${i + 1}. ${h.title ?? '(untitled)'}`;
      const note = MATCH_NOTE[h.match];
      const meta = [h.date ?? 'no date', h.type, h.department, `#${h.id}`, h.path, note && `match: ${note}`].filter(Boolean).join(' · ');
      io.out(`${io.outIsTty ? `\x1b[1m${head}${RESET}` : head}\n   ${io.outIsTty ? DIM + meta + RESET : meta}\n`);
      const snippet = renderSnippet(h, io.outIsTty);
      if (snippet) io.out(`   ${snippet}\n`);
    });
    return EXIT.OK;
  });
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  const cmd = program
    .command('search')
    .description('full-text search (Swedish stemming and compounds) with filters and snippets')
    .argument('[query]', 'words (AND), OR, -word, "exact phrase", prefix*, or a designation like S2020/05028', '')
    .option('--db <file|url>', 'archive (default $RIKSDOC_DB or ./riksdoc.db)')
    .option('--limit <n>', 'at most this many hits (default 20)')
    .option('--json', 'one JSON line per hit');
  addFilterOptions(cmd).action(async (query: string, flags: SearchFlags) => setCode(await runSearch(query, flags, io)));
}
