// Full-text search over the SQLite archive: FTS5 over analysed text, bm25 with title weighted.
import type BetterSqlite3 from 'better-sqlite3';
import { stem } from '../search/analyze.js';
import { makeSnippet } from '../search/snippet.js';
import type { DocumentType } from '../record.js';
import { filterCondition } from './sqlite-filters.js';
import type { SearchHit, SearchRequest } from './types.js';

const WORD = /[\p{L}\p{N}]+/gu;

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

export function searchSqlite(db: BetterSqlite3.Database, request: SearchRequest): SearchHit[] {
  const stems = [...request.query.matchAll(WORD)].map((m) => stem(m[0]));
  const filter = filterCondition(request.filters);
  let rows: Row[];
  if (stems.length) {
    // Quoted terms we built ourselves: the user's raw string never reaches MATCH.
    const match = stems.map((s) => `"${s.replace(/"/g, '""')}"`).join(' AND ');
    rows = db
      .prepare(
        `SELECT d.id, d.path, d.type, d.title, d.date, d.department, d.text, bm25(documents_fts, 10.0, 1.0) AS score
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH ? AND ${filter.sql}
         ORDER BY score, d.date DESC LIMIT ?`,
      )
      .all(match, ...filter.params, request.limit) as Row[];
  } else {
    rows = db
      .prepare(
        `SELECT d.id, d.path, d.type, d.title, d.date, d.department, d.text, 0 AS score
         FROM documents d WHERE ${filter.sql} ORDER BY d.date DESC, d.id LIMIT ?`,
      )
      .all(...filter.params, request.limit) as Row[];
  }
  const stemSet = new Set(stems);
  return rows.map((r) => ({
    id: r.id,
    path: r.path,
    type: r.type,
    title: r.title,
    date: r.date,
    department: r.department,
    score: -r.score,
    snippet: stems.length ? makeSnippet(r.text, stemSet) : null,
    match: stems.length ? 'stem' : 'filter',
  }));
}
