// A throwaway PostgreSQL server for the store contract suite (scripts/pg-test-server.sh does the
// initdb/pg_ctl work). Without PostgreSQL installed the suite skips its PostgreSQL half; under CI
// (CI=true) a missing server is a failure. RIKSDOC_TEST_POSTGRES_URL points the tests at an
// existing server instead (a role that may CREATE DATABASE).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const SCRIPT = join(ROOT, 'scripts/pg-test-server.sh');

export interface PgServer {
  /** URL of the server's own database (riksdoc); the password is in it. */
  url: string;
  /** A new empty database and its URL. `cLocale` makes one whose LC_CTYPE is C. */
  createDatabase(options?: { cLocale?: boolean }): Promise<string>;
  /** Run SQL on a database (the test's own, as the test user). */
  sql(url: string, text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export type PgAvailability = { server: PgServer; skipped?: undefined } | { server?: undefined; skipped: string };

export const IN_CI = process.env.CI === 'true';

let counter = 0;

export async function startPostgres(): Promise<PgAvailability> {
  const given = process.env.RIKSDOC_TEST_POSTGRES_URL;
  if (given) return { server: makeServer(given, async () => undefined) };
  // Directly under /tmp: under root the server runs as `postgres`, which must reach the folder.
  const dir = mkdtempSync('/tmp/riksdoc-pg-');
  const started = spawnSync('bash', [SCRIPT, 'start', dir], { encoding: 'utf8', timeout: 90_000 });
  if (started.status !== 0) {
    spawnSync('bash', [SCRIPT, 'stop', dir]);
    const why = (started.stderr || started.error?.message || `exit ${started.status}`).trim().split('\n').pop() ?? '';
    if (started.status === 4) return { skipped: `PostgreSQL not available: ${why}` };
    throw new Error(`could not start a throwaway PostgreSQL server: ${why}`);
  }
  const url = started.stdout.trim().split('\n').pop()!;
  const stopSync = () => execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore' });
  // A test run that dies must not leave a server behind.
  const onExit = () => stopSync();
  process.once('exit', onExit);
  return {
    server: makeServer(url, async () => {
      process.off('exit', onExit);
      stopSync();
    }),
  };
}

function makeServer(url: string, stop: () => Promise<void>): PgServer {
  const sql = async (target: string, text: string, params: unknown[] = []) => {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  return {
    url,
    sql,
    async createDatabase(options = {}) {
      const name = `riksdoc_test_${process.pid}_${++counter}`;
      const locale = options.cLocale ? " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" : '';
      await sql(url, `CREATE DATABASE ${name}${locale}`);
      return withDatabase(url, name);
    },
    stop,
  };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The same URL with another password (for authentication failures). */
export function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = password;
  return u.toString();
}
