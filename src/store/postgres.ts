// PostgreSQL backend for shared archives (issue 9). Loaded only when a postgres:// URL is used, and
// it loads `pg` itself only then. Same records in, same records out as the SQLite backend.
import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';
import { type DocumentType, type Evidence, type Format, type Problem, valuesOf } from '../record.js';
import { createPool, describeConnectError, markConnectionLoss, redactPostgresUrl, scrub, withClient } from './postgres-connect.js';
import { Params, pgFilterCondition } from './postgres-filters.js';
import { checkPostgresReadable, migratePostgres, PG_SCHEMA_VERSION, PgSchemaError, schemaVersion } from './postgres-schema.js';
import { searchPostgres } from './postgres-search.js';
import { type IndexPreparation, NUL_STANDIN, restoreNuls, withoutNul, writeBatch } from './postgres-write.js';
import { StoreOpenError } from './types.js';
import type { FileState, RecordFilters, SearchHit, SearchRequest, Stats, Store, StoredRecord, WriteItem, WriteResult } from './types.js';

export interface PostgresOptions {
  /** Search, show, export, stats: never create or migrate the schema. */
  readonly?: boolean;
  connectTimeoutMs?: number;
}

interface DocumentRow {
  id: number;
  path: string;
  sha256: string;
  size: number;
  format: Format;
  encoding: string;
  type: DocumentType;
  type_rule: string;
  title: string | null;
  date: string | null;
  department: string | null;
  asked_by_name: string | null;
  asked_by_party: string | null;
  has_asked_by: boolean;
  extractor_version: string;
  evidence: Evidence;
  warnings: Problem[];
  ingested_at: string;
  text?: string;
  text_nuls?: number[] | null;
}

// bigint columns come back as strings from `pg`; float8 is a JS number and ids stay far below 2^53.
const RECORD_COLUMNS = `d.id::float8 AS id, d.path, d.sha256, d.size::float8 AS size, d.format, d.encoding, d.type, d.type_rule,
  d.title, d.date, d.department, d.asked_by_name, d.asked_by_party, d.has_asked_by, d.extractor_version, d.evidence, d.warnings,
  d.ingested_at`;

/** SQLSTATEs after which the whole transaction can simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

export async function openPostgresStore(location: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const shown = redactPostgresUrl(location);
  let pool: Pool | undefined;
  try {
    pool = await createPool(location, { connectTimeoutMs: options.connectTimeoutMs });
    const prep = await withClient(pool, async (client) => {
      if (options.readonly) await checkPostgresReadable(client);
      else await migratePostgres(client);
      return indexPreparation(client);
    });
    return new PostgresStore(pool, prep);
  } catch (err) {
    await pool?.end().catch(() => undefined);
    if (err instanceof PgSchemaError) throw new StoreOpenError(`${shown}: ${scrub(err.message, location)}`);
    throw new StoreOpenError(`${shown}: ${describeConnectError(err, location)}`);
  }
}

/**
 * The schema version of the archive at `location` (0: no archive yet) and the version this riksdoc
 * writes, without changing anything: for `riksdoc migrate` to say what it did.
 */
export async function postgresSchemaVersions(location: string, options: Pick<PostgresOptions, 'connectTimeoutMs'> = {}): Promise<{ current: number; latest: number }> {
  let pool: Pool | undefined;
  try {
    pool = await createPool(location, { max: 1, connectTimeoutMs: options.connectTimeoutMs });
    const current = await withClient(pool, (client) => schemaVersion(client));
    return { current, latest: PG_SCHEMA_VERSION };
  } catch (err) {
    const shown = redactPostgresUrl(location);
    if (err instanceof PgSchemaError) throw new StoreOpenError(`${shown}: ${scrub(err.message, location)}`);
    throw new StoreOpenError(`${shown}: ${describeConnectError(err, location)}`);
  } finally {
    await pool?.end().catch(() => undefined);
  }
}

/** Does the server's locale lower-case å and split words at a dash? (Not under LC_CTYPE=C.) */
async function indexPreparation(client: PoolClient): Promise<IndexPreparation> {
  const row = await client.query<{ ok: boolean }>(
    `SELECT lower('ÅÄÖ') = 'åäö' AND array_length(tsvector_to_array(to_tsvector('simple', 'a–b')), 1) = 2 AS ok`,
  );
  return { serverUnderstandsUnicode: row.rows[0]?.ok === true };
}

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private closed = false;

  constructor(
    readonly pool: Pool,
    readonly prep: IndexPreparation,
  ) {}

  /** A query on any pooled connection; a lost connection comes out as SQLSTATE 08006. */
  private async query<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (err) {
      throw markConnectionLoss(err);
    }
  }

  async fileState(path: string): Promise<FileState | undefined> {
    return (await this.fileStates([path])).get(path);
  }

  /** Bookkeeping for many paths in one query; paths never stored are absent from the map. */
  async fileStates(paths: readonly string[]): Promise<Map<string, FileState>> {
    const rows = await this.query<FileState>(
      `SELECT id::float8 AS id, path, sha256, size::float8 AS size, mtime_ms AS "mtimeMs", extractor_version AS "extractorVersion"
       FROM documents WHERE path = ANY($1::text[])`,
      [paths],
    );
    return new Map(rows.rows.map((row) => [row.path, row]));
  }

  async write(items: WriteItem[]): Promise<WriteResult[]> {
    if (!items.length) return [];
    return this.transaction((client) => writeBatch(client, items, this.prep, new Date().toISOString()));
  }

  /**
   * One transaction, run again from the start when PostgreSQL picked it as a deadlock victim
   * (two ingests feeding overlapping files): everything it did was rolled back, so a retry is safe.
   */
  private async transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await withClient(this.pool, async (client) => {
          await client.query('BEGIN');
          try {
            const out = await fn(client);
            await client.query('COMMIT');
            return out;
          } catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw err;
          }
        });
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has(code)) throw err;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
      }
    }
  }

  async prune(roots: string[], seen: Set<string>): Promise<string[]> {
    const under = (p: string) => roots.some((r) => p === r || p.startsWith(r.endsWith('/') ? r : `${r}/`));
    // Each root as a range on the path index: "root/" ≤ path < "root0" ('0' follows '/'), plus the root itself.
    const prefixes = roots.map((r) => (r.endsWith('/') ? r : `${r}/`));
    return this.transaction(async (client) => {
      const rows = await client.query<{ id: number; path: string }>(
        `SELECT d.id::float8 AS id, d.path FROM unnest($1::text[], $2::text[]) AS r(lo, hi) JOIN documents d ON d.path >= r.lo AND d.path < r.hi
         UNION SELECT id::float8, path FROM documents WHERE path = ANY($3::text[])`,
        [prefixes, prefixes.map((p) => `${p.slice(0, -1)}0`), roots],
      );
      const gone = rows.rows.filter((row) => under(row.path) && !seen.has(row.path));
      if (!gone.length) return [];
      await client.query('DELETE FROM documents WHERE id = ANY($1::bigint[])', [gone.map((row) => row.id)]);
      await client.query('DELETE FROM problems WHERE path = ANY($1::text[])', [gone.map((row) => row.path)]);
      return gone.map((row) => row.path);
    });
  }

  async get(idOrPath: string): Promise<StoredRecord | undefined> {
    const select = `SELECT ${RECORD_COLUMNS}, d.text, d.text_nuls FROM documents d`;
    let row: DocumentRow | undefined;
    if (/^\d{1,15}$/.test(idOrPath)) row = (await this.query<DocumentRow>(`${select} WHERE d.id = $1`, [idOrPath])).rows[0];
    row ??= (await this.query<DocumentRow>(`${select} WHERE d.path = $1`, [idOrPath])).rows[0];
    return row ? toRecord(row, true) : undefined;
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    try {
      return await searchPostgres(this.pool, request, this.prep);
    } catch (err) {
      throw markConnectionLoss(err);
    }
  }

  /** Pages by id (keyset): no transaction held open and no cursor, however long the consumer takes. */
  async *export(filters: RecordFilters): AsyncIterable<StoredRecord> {
    const pageSize = 500;
    let after = 0;
    for (;;) {
      const params = new Params();
      const condition = pgFilterCondition(filters, params);
      const sql = `SELECT ${RECORD_COLUMNS} FROM documents d WHERE d.id > ${params.add(after)} AND ${condition}
        ORDER BY d.id LIMIT ${params.add(pageSize)}`;
      const rows = (await this.query<DocumentRow>(sql, params.values)).rows;
      for (const row of rows) yield toRecord(row, false);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async stats(): Promise<Stats> {
    // NULLS FIRST and byte order ("C"): the same key order SQLite gives.
    const count = async (sql: string) =>
      Object.fromEntries((await this.query<{ k: string | null; n: number }>(sql)).rows.map((r) => [r.k ?? '(none)', r.n]));
    const total = await this.query<{ n: number }>('SELECT count(*)::float8 AS n FROM documents');
    return {
      documents: total.rows[0]?.n ?? 0,
      byType: await count('SELECT type AS k, count(*)::float8 AS n FROM documents GROUP BY type ORDER BY n DESC, type COLLATE "C" NULLS FIRST'),
      byDepartment: await count(
        'SELECT department AS k, count(*)::float8 AS n FROM documents GROUP BY department ORDER BY n DESC, department COLLATE "C" NULLS FIRST',
      ),
      byYear: await count('SELECT substr(date, 1, 4) AS k, count(*)::float8 AS n FROM documents GROUP BY k ORDER BY k NULLS FIRST'),
      byFormat: await count('SELECT format AS k, count(*)::float8 AS n FROM documents GROUP BY format ORDER BY n DESC, format COLLATE "C" NULLS FIRST'),
      failed: (await this.query<Stats['failed'][number]>('SELECT path, stage, code, reason FROM problems ORDER BY path')).rows,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/**
 * A column as it was written: U+0000 was stored as U+FFFD, and the evidence (JSON, which keeps
 * U+0000 escaped) still has the exact value whenever the column came from a span.
 */
function exact(column: string | null, fromEvidence: string | undefined): string | null {
  if (column === null || fromEvidence === undefined || !column.includes(NUL_STANDIN)) return column;
  return withoutNul(fromEvidence) === column ? fromEvidence : column;
}

function toRecord(row: DocumentRow, withText: boolean): StoredRecord {
  const evidence = row.evidence;
  const rec: StoredRecord = {
    id: row.id,
    path: row.path,
    sha256: row.sha256,
    format: row.format,
    encoding: row.encoding,
    size: row.size,
    type: row.type,
    typeRule: row.type_rule,
    title: exact(row.title, evidence.title?.value),
    date: row.date,
    department: exact(row.department, evidence.department?.value),
    ...valuesOf(evidence),
    evidence,
    extractorVersion: row.extractor_version,
    warnings: row.warnings,
    ingestedAt: row.ingested_at,
  };
  if (row.has_asked_by) {
    const asked = evidence.askedBy?.value;
    rec.askedBy = row.asked_by_name ? { name: exact(row.asked_by_name, asked?.name) ?? '', party: exact(row.asked_by_party, asked?.party ?? undefined) } : null;
  }
  if (withText && row.text !== undefined) rec.text = restoreNuls(row.text, row.text_nuls ?? null);
  return rec;
}
