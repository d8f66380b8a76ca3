// STUB: replaced by the real classifier.
import type { DocumentType, ReadDocument } from '../record.js';

export interface Classification {
  type: DocumentType;
  /** The rule that decided, e.g. 'heading:svar-på-fråga'. */
  rule: string;
  start: number;
  end: number;
}

export const meta = { field: 'type', version: 0 };

export function classify(_doc: ReadDocument): Classification {
  return { type: 'other', rule: 'default', start: 0, end: 0 };
}
