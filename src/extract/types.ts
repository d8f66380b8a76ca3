import type { DocumentType, Fact, ReadDocument } from '../record.js';

/**
 * Context shared by extractors: what earlier, cheaper extractors found that a later one may
 * use (e.g. the document's own year to complete "den 14 september"). Extractors stay pure.
 */
export interface ExtractContext {
  /** The year the document is most plausibly from (signature, header or first full date), if known. */
  documentYear?: number;
  /** The document's type, decided by classify before the type-dependent extractors run. */
  type?: DocumentType;
  /** Every full date found in the text (the dates extractor's output), for the document-date rules. */
  dates?: Fact<string>[];
}

/** Every extractor module has this shape (like an ESLint rule): meta + a pure function. */
export interface Extractor<T> {
  meta: { field: string; version: number };
  extract(doc: ReadDocument, ctx?: ExtractContext): Fact<T>[];
}
