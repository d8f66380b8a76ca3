// STUB: replaced by the real extractor.
import type { Fact, ReadDocument } from '../record.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'dates', version: 0 };

export function extract(_doc: ReadDocument, _ctx?: ExtractContext): Fact<string>[] {
  return [];
}

export default { meta, extract } satisfies Extractor<string>;
