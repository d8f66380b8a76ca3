// Full-text search over the SQLite archive: FTS5 over analysed text, bm25 with title weighted.
//
// A query runs in tiers, each ranked by bm25 (title ×10) and then newer date, each filling what
// the one before left of the limit:
//   stem      every word by its own stems (äldreomsorg → äldreomsorgen, äldreomsorgens)
//   compound  also compounds that hold the word (omsorg → äldreomsorgen, barnomsorg), found in
//             the vocabulary's trigram index
//   folded    only when nothing matched at all, and only for words typed without å/ä/ö:
//             also the words they fold to (vard → vård)
// Designations (S2020/05028, SOU 2021:25) are matched against the extracted facts' tables.
import type BetterSqlite3 from 'better-sqlite3';
import type { DocumentType } from '../record.js';
import { type AnalyzerVersion, fold, queryStems, stem } from '../search/analyze.js';
import { classifyCandidates, MAX_CANDIDATES } from '../search/expand.js';
import { type Tier, toFts5, type WordTerms } from '../search/fts5.js';
import { containsDesignation, type Designation, hasNestedDesignation, parseQuery, positiveLeaves, type QueryNode } from '../search/query.js';
import { makeSnippet, type SnippetMatcher, type Span } from '../search/snippet.js';
import { filterCondition, type SqlCondition } from './sqlite-filters.js';
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
}

const HIT_COLUMNS = 'd.id, d.path, d.type, d.title, d.date, d.department, d.text';

interface ArchiveInfo {
  version: AnalyzerVersion;
  vocabulary: boolean;
}

const info = new WeakMap<BetterSqlite3.Database, ArchiveInfo>();
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** Prepared once per connection: preparing an FTS5 statement costs more than running a small one. */
function prepare(db: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) {
    if (cache.size > 200) cache.clear();
    cache.set(sql, (st = db.prepare(sql)));
  }
  return st;
}

function archiveInfo(db: BetterSqlite3.Database): ArchiveInfo {
  let i = info.get(db);
  if (!i) {
    const schema = db.pragma('user_version', { simple: true }) as number;
    // Schema 1 archives (opened read-only, not migrated) were analysed by the first analyser and have no vocabulary.
    i = { version: schema >= 2 ? 2 : 1, vocabulary: schema >= 2 };
    info.set(db, i);
    // A search reads scattered index and docsize pages once: mapped, they come straight from the
    // OS cache instead of being copied into SQLite's (halves a cold search on 100 000 documents).
    try {
      db.pragma('mmap_size = 1073741824');
    } catch {
      /* not available: plain reads */
    }
  }
  return i;
}

/** Compound and folded terms for query words, from the vocabulary table. */
class Expander {
  private readonly cache = new Map<string, WordTerms>();
  private lookup?: BetterSqlite3.Statement;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly archive: ArchiveInfo,
  ) {}

  expand = (word: string, tier: Tier = 'compound'): WordTerms => {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const whole = queryStems(word, this.archive.version);
    // The stem tier needs no vocabulary: a common word's search never opens it.
    if (tier === 'stem') return { whole, compound: [], folded: [] };
    let t: WordTerms = { whole, compound: [], folded: [] };
    const key = whole[0]!;
    if (this.archive.vocabulary && key.length >= 3 && !/^\d+$/.test(key)) {
      this.lookup ??= prepare(
        this.db,
        `SELECT DISTINCT term FROM search_vocab WHERE search_vocab MATCH ? ORDER BY length(term), term LIMIT ${MAX_CANDIDATES}`,
      );
      t = classifyCandidates(word, whole, this.lookup.pluck().all(`folded : "${fold(key)}"`) as string[]);
    }
    this.cache.set(word, t);
    return t;
  };
}

function designationCondition(d: Designation): SqlCondition {
  if (d.kind === 'diary') return { sql: 'd.id IN (SELECT doc_id FROM diary_numbers WHERE value = ? COLLATE NOCASE)', params: [d.id] };
  if (d.kind) return { sql: 'd.id IN (SELECT doc_id FROM doc_references WHERE ref_id = ? COLLATE NOCASE AND kind = ?)', params: [d.id, d.kind] };
  return { sql: 'd.id IN (SELECT doc_id FROM doc_references WHERE ref_id = ? COLLATE NOCASE)', params: [d.id] };
}

function and(conds: SqlCondition[]): SqlCondition {
  const real = conds.filter((c) => c.sql !== '1');
  if (!real.length) return { sql: '1', params: [] };
  return { sql: real.map((c) => `(${c.sql})`).join(' AND '), params: real.flatMap((c) => c.params) };
}

/** A whole tree as an SQL condition over d.id (for designations inside OR groups): no ranking. */
function treeCondition(node: QueryNode, ex: Expander, version: AnalyzerVersion): SqlCondition {
  if (node.type === 'designation') return designationCondition(node.designation);
  if (!containsDesignation(node)) {
    return { sql: 'd.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', params: [toFts5(node, ex.expand, 'compound', version)] };
  }
  if (node.type === 'not') {
    const inner = treeCondition(node.item, ex, version);
    return { sql: `NOT (${inner.sql})`, params: inner.params };
  }
  if (node.type === 'and' || node.type === 'or') {
    const parts = node.items.map((i) => treeCondition(i, ex, version));
    return { sql: parts.map((p) => `(${p.sql})`).join(node.type === 'and' ? ' AND ' : ' OR '), params: parts.flatMap((p) => p.params) };
  }
  throw new Error(`unexpected ${node.type}`);
}

/** Matches are ranked per window of `pool` newest documents (by ingestion order); tests make it small. */
export const searchTuning = { pool: 2000 };

/**
 * The best `limit` matches by bm25 (title ×10), ties by newer date.
 *
 * bm25 costs about a microsecond per matching document, so a word found in most of 100 000
 * documents cannot be ranked whole within the latency budget. Matches are therefore ranked in
 * windows of the `pool` newest documents (FTS5 walks its index backwards by rowid at almost no
 * cost), going further back only while the windows so far hold fewer than `limit` hits. A word
 * in fewer than `pool` documents — any word a reader would call specific — is ranked over all its
 * matches. When windows were needed, the matches with the words in the title are walked the same
 * way and put first, as bm25's title weight would put them. Filters are checked per match (CROSS JOIN keeps FTS5 the outer loop: probing the text
 * index once per filtered document costs seconds).
 */
function ranked(db: BetterSqlite3.Database, match: string, where: SqlCondition, exclude: number[], limit: number): Row[] {
  const hasWhere = where.sql !== '1';
  // A margin past the limit, so that documents with equal scores can be ordered by date below.
  const keep = limit * 2 + 10;
  const notIn = exclude.length ? 'AND f.rowid NOT IN (SELECT value FROM json_each(?))' : '';
  const excluded = exclude.length ? [JSON.stringify(exclude)] : [];
  const bm25 = 'bm25(documents_fts, 10.0, 1.0)';
  // The rowids of the next `pool` matches going back from `upper`: one pass over the index, no ranking.
  const newest = prepare(db, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ${searchTuning.pool}`).pluck();
  const window = prepare(
    db,
    hasWhere
      ? `SELECT f.rowid AS id, ${bm25} AS score FROM documents_fts f CROSS JOIN documents d ON d.id = f.rowid
         WHERE documents_fts MATCH ? AND f.rowid >= ? AND f.rowid < ? AND ${where.sql} ${notIn} ORDER BY score LIMIT ?`
      : `SELECT f.rowid AS id, ${bm25} AS score FROM documents_fts f
         WHERE documents_fts MATCH ? AND f.rowid >= ? AND f.rowid < ? ${notIn} ORDER BY score LIMIT ?`,
  );
  /** Windows of `pool` matches, newest first, until they hold `limit` hits. `first`: the first window's rowids, when known. */
  const walk = (expr: string, first?: number[], maxWindows = Infinity) => {
    const found: { id: number; score: number; group: number }[] = [];
    let upper = Number.MAX_SAFE_INTEGER;
    let windows = 0;
    for (let ids = first ?? (newest.all(expr, upper) as number[]); ids.length; ids = newest.all(expr, upper) as number[]) {
      const lower = ids[ids.length - 1]!;
      for (const c of window.all(expr, lower, upper, ...where.params, ...excluded, keep) as { id: number; score: number }[]) found.push({ ...c, group: 1 });
      if (ids.length < searchTuning.pool || found.length >= limit || ++windows >= maxWindows) break;
      upper = lower;
    }
    return found;
  };
  let candidates: { id: number; score: number; group: number }[];
  const firstIds = newest.all(match, Number.MAX_SAFE_INTEGER) as number[];
  if (firstIds.length < searchTuning.pool) {
    // At most one window's worth of matches: all of them, ranked exactly.
    candidates = walk(match, firstIds);
  } else {
    // Windows see only the newest matches. Documents with the words in the title, which bm25's
    // title weight puts above nearly any body match, are walked first (over title matches only);
    // the body walk runs only when they do not fill the limit.
    const titleExpr = match.includes(' NOT ') ? `({title} : (${match})) AND (${match})` : `{title} : (${match})`;
    // Two windows at most: under a filter that few title matches pass, the body walk finds them sooner.
    candidates = walk(titleExpr, undefined, 2).map((c) => ({ ...c, group: 0 }));
    if (candidates.length < limit) {
      const inTitle = new Set(candidates.map((c) => c.id));
      candidates.push(...walk(match, firstIds).filter((c) => !inTitle.has(c.id)));
    }
  }
  if (!candidates.length) return [];
  candidates.sort((a, b) => a.group - b.group || a.score - b.score || b.id - a.id);
  const kept = candidates.slice(0, keep);
  const byCandidate = new Map(kept.map((c) => [c.id, c]));
  // Equal scores: the newer document first. Dates for the kept few, then the text for the hits.
  const dated = prepare(db, 'SELECT d.id, d.date FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))').all(JSON.stringify(kept.map((c) => c.id))) as { id: number; date: string | null }[];
  const rank = (id: number) => byCandidate.get(id)!;
  dated.sort((a, b) => rank(a.id).group - rank(b.id).group || rank(a.id).score - rank(b.id).score || (b.date ?? '').localeCompare(a.date ?? '') || a.id - b.id);
  const order = dated.slice(0, limit).map((r) => r.id);
  const rows = prepare(db, `SELECT ${HIT_COLUMNS}, 0 AS score FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(order)) as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => ({ ...byId.get(id)!, score: rank(id).score }));
}

function byDate(db: BetterSqlite3.Database, where: SqlCondition, limit: number): Row[] {
  return prepare(db, `SELECT ${HIT_COLUMNS}, 0 AS score FROM documents d WHERE ${where.sql} ORDER BY d.date DESC, d.id LIMIT ?`)
    .all(...where.params, limit) as Row[];
}

/** Terms a hit of this tier may show, for highlighting: stem → leaf number. */
function snippetMatcher(leaves: QueryNode[], ex: Expander, tier: Tier, version: AnalyzerVersion): SnippetMatcher {
  const terms = new Map<string, number>();
  const prefixes = new Map<string, number>();
  leaves.forEach((leaf, i) => {
    if (leaf.type === 'word') {
      const t = ex.expand(leaf.word, tier);
      const all = tier === 'stem' ? t.whole : tier === 'compound' ? [...t.whole, ...t.compound] : [...t.whole, ...t.compound, ...t.folded];
      for (const s of all) if (!terms.has(s)) terms.set(s, i);
    } else if (leaf.type === 'prefix') prefixes.set(stem(leaf.prefix, version), i);
    else if (leaf.type === 'phrase') for (const w of leaf.words) if (!terms.has(stem(w, version))) terms.set(stem(w, version), i);
  });
  return { terms, prefixes, version };
}

function designationSpans(db: BetterSqlite3.Database, id: number, designations: Designation[]): Span[] {
  const spans: Span[] = [];
  for (const d of designations) {
    const row = (
      d.kind === 'diary'
        ? prepare(db, 'SELECT start, end FROM diary_numbers WHERE doc_id = ? AND value = ? COLLATE NOCASE LIMIT 1').get(id, d.id)
        : prepare(db, 'SELECT start, end FROM doc_references WHERE doc_id = ? AND ref_id = ? COLLATE NOCASE LIMIT 1').get(id, d.id)
    ) as Span | undefined;
    if (row) spans.push(row);
  }
  return spans;
}

export function searchSqlite(db: BetterSqlite3.Database, request: SearchRequest): SearchHit[] {
  const archive = archiveInfo(db);
  const version = archive.version;
  const tree = request.parsed !== undefined ? request.parsed : parseQuery(request.query);
  const filter = filterCondition(request.filters);
  const limit = request.limit;
  const ex = new Expander(db, archive);
  const leaves = positiveLeaves(tree);
  const designations = leaves.filter((l): l is Extract<QueryNode, { type: 'designation' }> => l.type === 'designation').map((l) => l.designation);
  const textLeaves = leaves.filter((l) => l.type !== 'designation');

  const hits: SearchHit[] = [];
  const toHit = (r: Row, match: SearchHit['match'], matcher: SnippetMatcher | null): SearchHit => {
    const spans = designations.length ? designationSpans(db, r.id, designations) : [];
    return {
      id: r.id,
      path: r.path,
      type: r.type,
      title: r.title,
      date: r.date,
      department: r.department,
      score: -r.score,
      snippet: matcher || spans.length ? makeSnippet(r.text, matcher ?? { terms: new Map(), prefixes: new Map(), version }, spans) : null,
      match,
    };
  };

  if (!tree) {
    for (const r of byDate(db, filter, limit)) hits.push(toHit(r, 'filter', null));
    return hits;
  }

  if (hasNestedDesignation(tree)) {
    const cond = and([treeCondition(tree, ex, version), filter]);
    const matcher = snippetMatcher(textLeaves, ex, 'compound', version);
    for (const r of byDate(db, cond, limit)) hits.push(toHit(r, 'designation', matcher));
    return hits;
  }

  // Top level: designations (and excluded designations) become conditions; the rest is text.
  const top = tree.type === 'and' ? tree.items : [tree];
  const conds: SqlCondition[] = [filter];
  const text: QueryNode[] = [];
  for (const item of top) {
    if (item.type === 'designation') conds.push(designationCondition(item.designation));
    else if (item.type === 'not' && item.item.type === 'designation') {
      const c = designationCondition(item.item.designation);
      conds.push({ sql: `NOT (${c.sql})`, params: c.params });
    } else text.push(item);
  }
  const positive = text.filter((i) => i.type !== 'not');
  if (!positive.length) {
    // Only exclusions (and designations or filters): every document without the excluded words.
    if (text.length) {
      const match = toFts5({ type: 'or', items: text.map((n) => (n as { item: QueryNode }).item) }, ex.expand, 'stem', version);
      conds.push({ sql: 'd.id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', params: [match] });
    }
    for (const r of byDate(db, and(conds), limit)) hits.push(toHit(r, designations.length ? 'designation' : 'filter', null));
    return hits;
  }
  const where = and(conds);
  const textTree: QueryNode = text.length === 1 ? text[0]! : { type: 'and', items: text };
  const seen: number[] = [];
  let previous = '';
  const tiers: Tier[] = archive.vocabulary ? ['stem', 'compound', 'folded'] : ['stem'];
  for (const tier of tiers) {
    if (hits.length >= limit) break;
    // Folding is a fallback: only when nothing at all matched as typed.
    if (tier === 'folded' && hits.length) break;
    const match = toFts5(textTree, ex.expand, tier, version);
    if (match === previous) continue;
    previous = match;
    const matcher = snippetMatcher(textLeaves, ex, tier, version);
    for (const r of ranked(db, match, where, seen, limit - hits.length)) {
      seen.push(r.id);
      hits.push(toHit(r, tier, matcher));
    }
  }
  return hits;
}
