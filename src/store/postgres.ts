// PostgreSQL backend for shared archives (issue 9). Loaded only when a postgres:// URL is used.
import { type Store, StoreOpenError } from './types.js';

export async function openPostgresStore(location: string): Promise<Store> {
  void location;
  throw new StoreOpenError('PostgreSQL backend is not available in this build yet');
}
