// Swedish text analysis shared by indexing and querying: the same function must run on both sides.
import { stemmer } from '@orama/stemmers/swedish';

// Letters and digits, with Swedish letters kept as letters of their own (å ≠ a).
const WORD = /[\p{L}\p{N}]+/gu;

export function stem(word: string): string {
  return stemmer(word.toLowerCase());
}

/** Text → the space-separated terms the FTS index stores (lower-cased stems). */
export function analyzeForIndex(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(stem(m[0]));
  return out.join(' ');
}
