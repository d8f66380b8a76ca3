// STUB: replaced by the real extractor.
import type { Fact, ReadDocument, Amount } from '../record.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'amounts', version: 0 };

export function extract(_doc: ReadDocument, _ctx?: ExtractContext): Fact<Amount>[] {
  return [];
}

export default { meta, extract } satisfies Extractor<Amount>;
