// Opening the archive for a command: location from --db / $RIKSDOC_DB, errors mapped to exit 3.
import { openStore, redactLocation, resolveDbLocation } from '../store/index.js';
import { type Store, StoreOpenError } from '../store/types.js';
import { DatabaseError, type Io } from './output.js';

export async function withStore<T>(dbFlag: string | undefined, io: Io, options: { readonly?: boolean }, fn: (store: Store) => Promise<T>): Promise<T> {
  const location = resolveDbLocation(dbFlag, io.env);
  let store: Store;
  try {
    store = await openStore(location, options);
  } catch (err) {
    const message = err instanceof StoreOpenError ? err.message : `${redactLocation(location)}: ${err instanceof Error ? err.message : String(err)}`;
    throw new DatabaseError(message);
  }
  try {
    return await fn(store);
  } catch (err) {
    // Disk full, read-only file, locked too long, I/O error: the archive cannot be written (exit 3).
    // The transaction in flight rolled back, so what was stored before stays as it was.
    const code = (err as { code?: unknown })?.code;
    if (typeof code === 'string' && /^(SQLITE_|ECONN|57P|53|08)/.test(code)) {
      throw new DatabaseError(`${redactLocation(location)}: cannot write the archive: ${describeDbError(err)}`);
    }
    throw err;
  } finally {
    await store.close().catch(() => undefined);
  }
}

function describeDbError(err: unknown): string {
  const code = String((err as { code?: unknown }).code);
  if (code === 'SQLITE_FULL') return 'disk is full';
  if (code.startsWith('SQLITE_READONLY')) return 'database is read-only';
  if (code === 'SQLITE_BUSY') return 'database is locked by another process (timed out)';
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? code;
}
