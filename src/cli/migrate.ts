// riksdoc migrate: bring an archive (SQLite file or PostgreSQL database) to this riksdoc's schema.
// Every writing command migrates on first use anyway; this does it on its own, at a time of the
// operator's choosing (a shared PostgreSQL archive before several machines start to feed it), and
// says which version the archive was at and is at now.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { isPostgresUrl, redactLocation, resolveDbLocation } from '../store/index.js';
import { StoreOpenError } from '../store/types.js';
import { withStore } from './db.js';
import { DatabaseError, EXIT, type Io } from './output.js';

interface Versions {
  current: number;
  latest: number;
}

/** The archive's schema version now (0: none yet) and the one this riksdoc writes; changes nothing. */
async function schemaVersions(location: string): Promise<Versions | undefined> {
  if (isPostgresUrl(location)) {
    const { postgresSchemaVersions } = await import('../store/postgres.js');
    return postgresSchemaVersions(location);
  }
  const { SCHEMA_VERSION } = await import('../store/sqlite-schema.js');
  if (!existsSync(location) || statSync(location).size === 0) return { current: 0, latest: SCHEMA_VERSION };
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    const db = new Database(location, { readonly: true, fileMustExist: true });
    try {
      return { current: db.pragma('user_version', { simple: true }) as number, latest: SCHEMA_VERSION };
    } finally {
      db.close();
    }
  } catch {
    return undefined; // not an SQLite file: opening it below says so
  }
}

export async function runMigrate(flags: { db?: string; json?: boolean }, io: Io): Promise<number> {
  const location = resolveDbLocation(flags.db, io.env);
  let before: Versions | undefined;
  try {
    before = await schemaVersions(location);
  } catch (err) {
    if (err instanceof StoreOpenError) throw new DatabaseError(err.message);
    throw err;
  }
  // Opening for writing migrates (under a lock on PostgreSQL, in one transaction per step).
  await withStore(flags.db, io, {}, async () => undefined);
  const after = (await schemaVersions(location).catch(() => undefined)) ?? before;
  const from = before?.current ?? 0;
  const to = after?.current ?? from;
  const shown = redactLocation(location);
  if (flags.json) io.out(JSON.stringify({ db: shown, from, to, latest: after?.latest ?? to }) + '\n');
  else if (from === to) io.err(`${shown}: schema version ${to}, up to date\n`);
  else io.err(`${shown}: schema version ${from} → ${to}${from === 0 ? ' (new archive)' : ''}\n`);
  return EXIT.OK;
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('migrate')
    .description('create the archive or bring its schema up to date (other writing commands do it on first use)')
    .option('--db <file|url>', 'archive: SQLite file or postgres:// URL (default $RIKSDOC_DB or ./riksdoc.db)')
    .option('--json', 'one JSON object {db, from, to, latest} on stdout')
    .action(async (flags: { db?: string; json?: boolean }) => setCode(await runMigrate(flags, io)));
}
