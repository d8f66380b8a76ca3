// Designations of other official documents (and the document's own): riksdag questions and
// interpellations, bills, committee reports, SOU, Ds, committee directives and SFS numbers, each
// with its canonical id ("fråga 2016/2017: 85" → 2016/17:85). The grammar lives in
// src/swedish/designations.ts; repeats within a kind are removed by the orchestrator.
import type { Fact, ReadDocument, Reference, ReferenceKind } from '../record.js';
import { findReferences } from '../swedish/designations.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'references', version: 3 };

export function extract(doc: ReadDocument, _ctx?: ExtractContext): Fact<Reference>[] {
  const out: Fact<Reference>[] = [];
  for (const d of findReferences(doc.text)) out.push({ value: { kind: d.kind as ReferenceKind, id: d.id }, start: d.start, end: d.end });
  return out;
}

export default { meta, extract } satisfies Extractor<Reference>;
