// Full-text search over the PostgreSQL archive: the query tree compiled to a tsquery built from
// tsquery functions over bound parameters (never to_tsquery over the user's text), ranked by
// ts_rank with the title (weight A) ten times the body (B), ties by newer date.
//
// Tiers as in SQLite (sqlite-search.ts): 'stem' (PostgreSQL's Swedish Snowball), 'compound' (also
// stored lexemes that hold the word as a compound part, from the search_vocab table's trigram
// index), 'folded' (only when nothing matched, for words typed without å/ä/ö). Lexemes found in
// the vocabulary go to the server as a tsquery literal ('a' | 'b'), which it does not re-parse.
import type { Pool } from 'pg';
import type { DocumentType } from '../record.js';
import { fold, stem } from '../search/analyze.js';
import { classifyCandidates, MAX_CANDIDATES } from '../search/expand.js';
import type { WordTerms } from '../search/fts5.js';
import { containsDesignation, type Designation, hasNestedDesignation, parseQuery, positiveLeaves, type QueryNode } from '../search/query.js';
import { makeSnippet, type SnippetMatcher } from '../search/snippet.js';
import { Params, pgFilterCondition } from './postgres-filters.js';
import type { IndexPreparation } from './postgres-write.js';
import { restoreNuls, textForIndex } from './postgres-write.js';
import type { SearchHit, SearchRequest } from './types.js';

interface Row {
  id: number;
  path: string;
  type: DocumentType;
  title: string | null;
  date: string | null;
  department: string | null;
  score: number;
  text: string;
  text_nuls: number[] | null;
}

type Tier = 'stem' | 'compound' | 'folded';

const CONFIG = "'riksdoc_swedish'";

/** A tsquery lexeme in to_tsquery's syntax: quoted, quotes and backslashes escaped. */
function lexeme(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The server's stems of each query word and, when the archive has a vocabulary, the terms around them. */
async function expandWords(pool: Pool, words: string[], prep: IndexPreparation): Promise<Map<string, WordTerms>> {
  const out = new Map<string, WordTerms>();
  if (!words.length) return out;
  const stems = await pool.query<{ i: number; stems: string[] }>(
    `SELECT i::int AS i, ARRAY(SELECT lexeme FROM unnest(to_tsvector(${CONFIG}, w))) AS stems
     FROM unnest($1::text[]) WITH ORDINALITY AS t(w, i)`,
    [words.map((w) => textForIndex(w, prep) ?? w)],
  );
  const keys: (string | null)[] = [];
  for (const row of stems.rows) {
    const word = words[row.i - 1]!;
    const whole = row.stems.length ? row.stems : [word.toLowerCase()];
    out.set(word, { whole, compound: [], folded: [] });
    const key = whole[0]!;
    keys.push(key.length >= 3 && !/^\d+$/.test(key) ? `%${fold(key).replace(/[\\%_]/g, (c: string) => `\\${c}`)}%` : null);
  }
  if (!(await hasVocabulary(pool))) return out;
  const found = await pool.query<{ i: number; terms: string[] }>(
    `SELECT i::int AS i, ARRAY(SELECT DISTINCT ON (length(term), term) term FROM search_vocab WHERE folded LIKE k ORDER BY length(term), term LIMIT ${MAX_CANDIDATES}) AS terms
     FROM unnest($1::text[]) WITH ORDINALITY AS t(k, i) WHERE k IS NOT NULL`,
    [keys],
  );
  for (const row of found.rows) {
    const word = words[row.i - 1]!;
    out.set(word, classifyCandidates(word, out.get(word)!.whole, row.terms, { restem: true }));
  }
  return out;
}

const vocabularies = new WeakMap<Pool, Promise<boolean>>();

/** Archives of schema 1 (opened read-only, not migrated) have no vocabulary table. */
function hasVocabulary(pool: Pool): Promise<boolean> {
  let v = vocabularies.get(pool);
  if (!v) {
    v = pool.query<{ ok: boolean }>("SELECT to_regclass('search_vocab') IS NOT NULL AS ok").then((r) => r.rows[0]?.ok === true);
    vocabularies.set(pool, v);
  }
  return v;
}

class Compiler {
  constructor(
    private readonly params: Params,
    private readonly prep: IndexPreparation,
    private readonly expanded: Map<string, WordTerms>,
  ) {}

  /** Text as the server's parser should see it (lower-cased first under the C locale). */
  private text(s: string): string {
    return textForIndex(s, this.prep) ?? s;
  }

  tsquery(node: QueryNode, tier: Tier): string {
    switch (node.type) {
      case 'word': {
        const t = this.expanded.get(node.word);
        if (!t) return `plainto_tsquery(${CONFIG}, ${this.params.add(this.text(node.word))})`;
        const terms = tier === 'stem' ? t.whole : tier === 'compound' ? [...t.whole, ...t.compound] : [...t.whole, ...t.compound, ...t.folded];
        // Lexemes as stored: a tsquery literal is not parsed or stemmed again.
        return `${this.params.add([...new Set(terms)].map(lexeme).join(' | '))}::tsquery`;
      }
      case 'prefix':
        return `to_tsquery(${CONFIG}, ${this.params.add(`${lexeme(this.text(node.prefix))}:*`)})`;
      case 'phrase': {
        const words = `phraseto_tsquery(${CONFIG}, ${this.params.add(this.text(node.words.join(' ')))})`;
        // PostgreSQL's parser reads covid-19 as covid and -19: ask for the token as typed too.
        return node.raw ? `(${words} || phraseto_tsquery(${CONFIG}, ${this.params.add(this.text(node.raw))}))` : words;
      }
      case 'or':
        return `(${node.items.map((i) => this.tsquery(i, tier)).join(' || ')})`;
      case 'and': {
        const parts = node.items.map((i) => (i.type === 'not' ? `!!${this.tsquery(i.item, 'stem')}` : this.tsquery(i, tier)));
        return `(${parts.join(' && ')})`;
      }
      case 'not':
        return `!!${this.tsquery(node.item, 'stem')}`;
      case 'designation':
        throw new Error('tsquery: designations are matched on extracted facts');
    }
  }

  designation(d: Designation): string {
    if (d.kind === 'diary') return `d.id IN (SELECT doc_id FROM diary_numbers WHERE lower(value) = lower(${this.params.add(d.id)}))`;
    const kind = d.kind ? ` AND kind = ${this.params.add(d.kind)}` : '';
    return `d.id IN (SELECT doc_id FROM doc_references WHERE lower(ref_id) = lower(${this.params.add(d.id)})${kind})`;
  }

  /** A whole tree as a condition (designations inside OR groups): no ranking. */
  condition(node: QueryNode): string {
    if (node.type === 'designation') return this.designation(node.designation);
    if (!containsDesignation(node)) return `d.search_vector @@ ${this.tsquery(node, 'compound')}`;
    if (node.type === 'not') return `NOT (${this.condition(node.item)})`;
    if (node.type === 'and' || node.type === 'or') return `(${node.items.map((i) => this.condition(i)).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
    throw new Error(`unexpected ${node.type}`);
  }
}

const COLUMNS = 'd.id::float8 AS id, d.path, d.type, d.title, d.date, d.department, d.text, d.text_nuls';

export async function searchPostgres(pool: Pool, request: SearchRequest, prep: IndexPreparation): Promise<SearchHit[]> {
  const tree = request.parsed !== undefined ? request.parsed : parseQuery(request.query);
  const leaves = positiveLeaves(tree).filter((l) => l.type !== 'designation');
  const words = [...new Set(wordsOf(tree))];
  const expanded = await expandWords(pool, words, prep);
  const hits: SearchHit[] = [];
  const run = async (build: (c: Compiler, p: Params) => string, match: SearchHit['match'], tier: Tier | null) => {
    const params = new Params();
    const compiler = new Compiler(params, prep, expanded);
    const sql = build(compiler, params);
    const rows = (await pool.query<Row>(sql, params.values)).rows;
    const matcher = tier ? snippetMatcher(leaves, expanded, tier) : null;
    for (const r of rows) {
      hits.push({
        id: r.id,
        path: r.path,
        type: r.type,
        title: r.title,
        date: r.date,
        department: r.department,
        score: r.score,
        snippet: matcher ? makeSnippet(restoreNuls(r.text, r.text_nuls), matcher) : null,
        match,
      });
    }
  };
  const byDate = (cond: (c: Compiler, p: Params) => string) => (c: Compiler, p: Params) => {
    const where = cond(c, p);
    return `SELECT ${COLUMNS}, 0::float8 AS score FROM documents d WHERE ${where} AND ${pgFilterCondition(request.filters, p)}
      ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${p.add(request.limit)}`;
  };

  if (!tree) {
    await run(byDate(() => 'TRUE'), 'filter', null);
    return hits;
  }
  if (hasNestedDesignation(tree)) {
    await run(byDate((c) => c.condition(tree)), 'designation', 'compound');
    return hits;
  }
  const top = tree.type === 'and' ? tree.items : [tree];
  const facts = top.filter((i) => i.type === 'designation' || (i.type === 'not' && i.item.type === 'designation'));
  const text = top.filter((i) => !facts.includes(i));
  const factCondition = (c: Compiler) =>
    facts.map((i) => (i.type === 'designation' ? c.designation(i.designation) : `NOT ${c.designation((i as { item: { designation: Designation } }).item.designation)}`));
  const positive = text.filter((i) => i.type !== 'not');
  if (!positive.length) {
    await run(
      byDate((c) => {
        const parts = factCondition(c);
        if (text.length) parts.push(`NOT (d.search_vector @@ ${c.tsquery({ type: 'or', items: text.map((n) => (n as { item: QueryNode }).item) }, 'stem')})`);
        return parts.length ? parts.join(' AND ') : 'TRUE';
      }),
      facts.length ? 'designation' : 'filter',
      null,
    );
    return hits;
  }
  const textTree: QueryNode = text.length === 1 ? text[0]! : { type: 'and', items: text };
  let previous = '';
  for (const tier of ['stem', 'compound', 'folded'] as const) {
    if (hits.length >= request.limit) break;
    // Folding is a fallback: only when nothing at all matched as typed.
    if (tier === 'folded' && hits.length) break;
    const signature = JSON.stringify(new Compiler(new Params(), prep, expanded).tsquery(textTree, tier)) + JSON.stringify(termsOfTier(expanded, tier));
    if (signature === previous) continue;
    previous = signature;
    const seen = hits.map((h) => h.id);
    const ids = await candidates(pool, prep, expanded, textTree, tier, factCondition, request, seen);
    if (!ids.length) continue;
    await run(
      (c, p) => {
        const q = c.tsquery(textTree, tier);
        return `SELECT ${COLUMNS}, ts_rank('{0.1, 0.1, 0.1, 1.0}', d.search_vector, q.q)::float8 AS score
          FROM documents d, (SELECT ${q} AS q) q WHERE d.id = ANY(${p.add(ids)}::bigint[])
          ORDER BY score DESC, d.date DESC NULLS LAST, d.id LIMIT ${p.add(request.limit - hits.length)}`;
      },
      tier,
      tier,
    );
  }
  return hits;
}

/** Matches are ranked within a bounded candidate set when there are more than `pool`; tests make it small. */
export const pgSearchTuning = { pool: 2000 };

/**
 * The documents a tier ranks. ts_rank reads each candidate's tsvector (about 12 µs a document), so
 * a word found in most of 100 000 documents cannot be ranked whole within the latency budget.
 * Up to `pool` matches (after filters and exclusions) are all ranked, exactly as before. Past
 * that, the candidates are the `pool` newest matches (walked by the documents_date_id index, in
 * the order ties are broken in) and the `pool` newest matches with the words in the title (the
 * documents_title_search index), which ts_rank's title weight puts above nearly any body match —
 * as SQLite's windows do (sqlite-search.ts). Filters are applied while walking, so a filter can
 * never leave fewer candidates than the limit while more matches exist.
 */
async function candidates(
  pool: Pool,
  prep: IndexPreparation,
  expanded: Map<string, WordTerms>,
  textTree: QueryNode,
  tier: Tier,
  factCondition: (c: Compiler) => string[],
  request: SearchRequest,
  seen: number[],
): Promise<number[]> {
  // A limit past the pool widens it: every hit asked for is a candidate.
  const size = Math.max(pgSearchTuning.pool, request.limit - seen.length);
  const walk = async (title: boolean, limit: number): Promise<number[]> => {
    const p = new Params();
    const c = new Compiler(p, prep, expanded);
    const q = c.tsquery(textTree, tier);
    const where: string[] = [];
    // The title's lexemes alone, by their index; with an exclusion, the whole text must match too.
    if (title) where.push(`ts_filter(d.search_vector, '{a}'::"char"[]) @@ q.q`);
    if (!title || hasNot(textTree)) where.push('d.search_vector @@ q.q');
    // Cheap conditions first: the planner keeps the written order among quals of equal cost, and
    // matching a row reads its whole tsvector.
    where.unshift(pgFilterCondition(request.filters, p), ...factCondition(c));
    if (seen.length) where.unshift(`NOT (d.id = ANY(${p.add(seen)}::bigint[]))`);
    const sql = `SELECT d.id::float8 AS id FROM documents d, (SELECT ${q} AS q) q WHERE ${where.join(' AND ')}
      ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${p.add(limit)}`;
    if (!bounded) return (await pool.query<{ id: number }>(sql, p.values)).rows.map((r) => r.id);
    // The planner does not know that matching a row reads its tsvector from TOAST (the cost of
    // ts_rank itself): a sequential scan of every row looks cheap to it. Index paths only: the
    // text indexes (bitmap), or the date index walked newest first for a word in most documents.
    const client = await pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query('SET LOCAL enable_seqscan = off');
      const rows = (await client.query<{ id: number }>(sql, p.values)).rows.map((r) => r.id);
      await client.query('COMMIT');
      return rows;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  };
  const bounded = await hasBoundedIndexes(pool);
  // Archives before schema 3 (opened read-only, not migrated) have neither index: all matches are ranked.
  const newest = await walk(false, bounded ? size + 1 : Number.MAX_SAFE_INTEGER);
  if (newest.length <= size) return newest;
  const inTitle = await walk(true, size);
  return [...new Set([...inTitle, ...newest.slice(0, size)])];
}

const boundedIndexes = new WeakMap<Pool, Promise<boolean>>();

function hasBoundedIndexes(pool: Pool): Promise<boolean> {
  let v = boundedIndexes.get(pool);
  if (!v) {
    v = pool
      .query<{ ok: boolean }>("SELECT to_regclass('documents_title_search') IS NOT NULL AND to_regclass('documents_date_id') IS NOT NULL AS ok")
      .then((r) => r.rows[0]?.ok === true);
    boundedIndexes.set(pool, v);
  }
  return v;
}

function hasNot(node: QueryNode): boolean {
  if (node.type === 'not') return true;
  if (node.type === 'and' || node.type === 'or') return node.items.some(hasNot);
  return false;
}

function wordsOf(node: QueryNode | null): string[] {
  if (!node) return [];
  if (node.type === 'word') return [node.word];
  if (node.type === 'and' || node.type === 'or') return node.items.flatMap(wordsOf);
  if (node.type === 'not') return wordsOf(node.item);
  return [];
}

function termsOfTier(expanded: Map<string, WordTerms>, tier: Tier): string[] {
  return [...expanded.values()].flatMap((t) => (tier === 'stem' ? t.whole : tier === 'compound' ? t.compound : [...t.compound, ...t.folded]));
}

/**
 * Highlights: a word matches by riksdoc's own stem of the query word, or when it starts with one
 * of the server's lexemes for this tier (lexemes are the front of the words they came from).
 */
function snippetMatcher(leaves: QueryNode[], expanded: Map<string, WordTerms>, tier: Tier): SnippetMatcher {
  const terms = new Map<string, number>();
  const prefixes = new Map<string, number>();
  leaves.forEach((leaf, i) => {
    if (leaf.type === 'word') {
      terms.set(stem(leaf.word), i);
      const t = expanded.get(leaf.word);
      if (t) for (const lex of [...t.whole, ...(tier === 'stem' ? [] : t.compound), ...(tier === 'folded' ? t.folded : [])]) terms.set(lex, i);
      if (t && tier !== 'stem') for (const lex of [...t.compound, ...(tier === 'folded' ? t.folded : [])]) prefixes.set(lex, i);
    } else if (leaf.type === 'prefix') prefixes.set(stem(leaf.prefix), i);
    else if (leaf.type === 'phrase') for (const w of leaf.words) terms.set(stem(w), i);
  });
  return { terms, prefixes };
}
