// STUB: replaced by the real extractor.
import type { Fact, ReadDocument, Reference } from '../record.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'references', version: 0 };

export function extract(_doc: ReadDocument, _ctx?: ExtractContext): Fact<Reference>[] {
  return [];
}

export default { meta, extract } satisfies Extractor<Reference>;
