// STUB: replaced by the real extractor.
import type { Fact, ReadDocument, Asker } from '../record.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'askedBy', version: 0 };

export function extract(_doc: ReadDocument, _ctx?: ExtractContext): Fact<Asker>[] {
  return [];
}

export default { meta, extract } satisfies Extractor<Asker>;
