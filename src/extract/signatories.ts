// STUB: replaced by the real extractor.
import type { Fact, ReadDocument, Person } from '../record.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'signatories', version: 0 };

export function extract(_doc: ReadDocument, _ctx?: ExtractContext): Fact<Person>[] {
  return [];
}

export default { meta, extract } satisfies Extractor<Person>;
