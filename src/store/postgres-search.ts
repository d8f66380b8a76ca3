// Full-text search over the PostgreSQL archive (provisional: words AND, by stem).
import type { Pool } from 'pg';
import { stem } from '../search/analyze.js';
import { makeSnippet } from '../search/snippet.js';
import type { DocumentType } from '../record.js';
import { Params, pgFilterCondition } from './postgres-filters.js';
import type { IndexPreparation } from './postgres-write.js';
import { restoreNuls, textForIndex } from './postgres-write.js';
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
  text_nuls: number[] | null;
}

export async function searchPostgres(pool: Pool, request: SearchRequest, prep: IndexPreparation): Promise<SearchHit[]> {
  const words = [...request.query.matchAll(WORD)].map((m) => m[0]);
  const params = new Params();
  const filter = pgFilterCondition(request.filters, params);
  let sql: string;
  if (words.length) {
    const query = words.join(' ');
    const q = `plainto_tsquery('riksdoc_swedish', ${params.add(textForIndex(query, prep) ?? query)})`;
    sql = `SELECT d.id::float8 AS id, d.path, d.type, d.title, d.date, d.department, d.text, d.text_nuls,
        ts_rank(d.search_vector, ${q})::float8 AS score
      FROM documents d WHERE d.search_vector @@ ${q} AND ${filter}
      ORDER BY score DESC, d.date DESC NULLS LAST, d.id LIMIT ${params.add(request.limit)}`;
  } else {
    sql = `SELECT d.id::float8 AS id, d.path, d.type, d.title, d.date, d.department, d.text, d.text_nuls, 0::float8 AS score
      FROM documents d WHERE ${filter} ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${params.add(request.limit)}`;
  }
  const rows = (await pool.query<Row>(sql, params.values)).rows;
  const stems = new Set(words.map((w) => stem(w)));
  return rows.map((r) => ({
    id: r.id,
    path: r.path,
    type: r.type,
    title: r.title,
    date: r.date,
    department: r.department,
    score: r.score,
    snippet: words.length ? makeSnippet(restoreNuls(r.text, r.text_nuls), stems) : null,
    match: words.length ? 'stem' : 'filter',
  }));
}
