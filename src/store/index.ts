// Chooses the backend from the database location: a postgres:// URL or an SQLite file path.
import { redactPostgresUrl } from './postgres-connect.js';
import type { Store } from './types.js';

export type { Store } from './types.js';

export const DEFAULT_DB = 'riksdoc.db';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The database location from --db, then $RIKSDOC_DB, then ./riksdoc.db. */
export function resolveDbLocation(flag: string | undefined, env: Record<string, string | undefined>): string {
  return flag || env.RIKSDOC_DB || DEFAULT_DB;
}

/** Remove a password from a connection URL before it is printed anywhere. */
export function redactLocation(location: string): string {
  return redactPostgresUrl(location);
}

export async function openStore(location: string, options: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(location, options);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(location, options);
}
