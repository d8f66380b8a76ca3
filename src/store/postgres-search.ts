// Full-text search over the PostgreSQL archive: the query tree compiled to a tsquery built from
// tsquery functions over bound parameters (never to_tsquery over the user's text), ranked by
// ts_rank with the title (weight A) ten times the body (B), ties by newer date.
//
// Tiers as in SQLite (sqlite-search.ts): 'stem' (PostgreSQL's Swedish Snowball), then
// 'compound': a word also as the first part of a compound (äldreomsorg → äldreomsorgslag, by
// prefix match on the stored lexemes). PostgreSQL has no vocabulary table, so a word as the
// last part (omsorg → äldreomsorgen) and the folded fallback (vard → vård) are SQLite-only.
import type { Pool } from 'pg';
import type { DocumentType } from '../record.js';
import { stem } from '../search/analyze.js';
import { type Designation, hasNestedDesignation, parseQuery, positiveLeaves, type QueryNode } from '../search/query.js';
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

type Tier = 'stem' | 'compound';

const CONFIG = "'riksdoc_swedish'";
const MIN_PART = 4;

/** A tsquery lexeme in to_tsquery's syntax: quoted, quotes and backslashes escaped. */
function lexeme(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

class Compiler {
  constructor(
    private readonly params: Params,
    private readonly prep: IndexPreparation,
  ) {}

  /** Text as the server's parser should see it (lower-cased first under the C locale). */
  private text(s: string): string {
    return textForIndex(s, this.prep) ?? s;
  }

  tsquery(node: QueryNode, tier: Tier): string {
    switch (node.type) {
      case 'word': {
        const exact = `plainto_tsquery(${CONFIG}, ${this.params.add(this.text(node.word))})`;
        if (tier === 'stem' || node.word.length < MIN_PART) return exact;
        return `(${exact} || to_tsquery(${CONFIG}, ${this.params.add(`${lexeme(this.text(node.word))}:*`)}))`;
      }
      case 'prefix':
        return `to_tsquery(${CONFIG}, ${this.params.add(`${lexeme(this.text(node.prefix))}:*`)})`;
      case 'phrase':
        return `phraseto_tsquery(${CONFIG}, ${this.params.add(this.text(node.words.join(' ')))})`;
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
    if (!hasDesignation(node)) return `d.search_vector @@ ${this.tsquery(node, 'compound')}`;
    if (node.type === 'not') return `NOT (${this.condition(node.item)})`;
    if (node.type === 'and' || node.type === 'or') return `(${node.items.map((i) => this.condition(i)).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
    throw new Error(`unexpected ${node.type}`);
  }
}

function hasDesignation(node: QueryNode): boolean {
  if (node.type === 'designation') return true;
  if (node.type === 'and' || node.type === 'or') return node.items.some(hasDesignation);
  if (node.type === 'not') return hasDesignation(node.item);
  return false;
}

const COLUMNS = 'd.id::float8 AS id, d.path, d.type, d.title, d.date, d.department, d.text, d.text_nuls';

export async function searchPostgres(pool: Pool, request: SearchRequest, prep: IndexPreparation): Promise<SearchHit[]> {
  const tree = request.parsed !== undefined ? request.parsed : parseQuery(request.query);
  const leaves = positiveLeaves(tree).filter((l) => l.type !== 'designation');
  const hits: SearchHit[] = [];
  const run = async (build: (c: Compiler, p: Params) => string, match: SearchHit['match'], tier: Tier | null) => {
    const params = new Params();
    const compiler = new Compiler(params, prep);
    const sql = build(compiler, params);
    const rows = (await pool.query<Row>(sql, params.values)).rows;
    const matcher = tier ? snippetMatcher(leaves) : null;
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
  for (const tier of ['stem', 'compound'] as const) {
    if (hits.length >= request.limit) break;
    const seen = hits.map((h) => h.id);
    await run(
      (c, p) => {
        const q = c.tsquery(textTree, tier);
        const where = [`d.search_vector @@ q.q`, ...factCondition(c), pgFilterCondition(request.filters, p)];
        if (seen.length) where.push(`NOT (d.id = ANY(${p.add(seen)}::bigint[]))`);
        return `SELECT ${COLUMNS}, ts_rank('{0.1, 0.1, 0.1, 1.0}', d.search_vector, q.q)::float8 AS score
          FROM documents d, (SELECT ${q} AS q) q WHERE ${where.join(' AND ')}
          ORDER BY score DESC, d.date DESC NULLS LAST, d.id LIMIT ${p.add(request.limit - hits.length)}`;
      },
      tier,
      tier,
    );
  }
  return hits;
}

/** Highlights: a word matches when it starts like a query word's stem (PostgreSQL stems on the server). */
function snippetMatcher(leaves: QueryNode[]): SnippetMatcher {
  const terms = new Map<string, number>();
  const prefixes = new Map<string, number>();
  leaves.forEach((leaf, i) => {
    if (leaf.type === 'word') {
      terms.set(stem(leaf.word), i);
      if (leaf.word.length >= MIN_PART) prefixes.set(stem(leaf.word), i);
    } else if (leaf.type === 'prefix') prefixes.set(stem(leaf.prefix), i);
    else if (leaf.type === 'phrase') for (const w of leaf.words) terms.set(stem(w), i);
  });
  return { terms, prefixes };
}
