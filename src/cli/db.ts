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
  } finally {
    await store.close();
  }
}
