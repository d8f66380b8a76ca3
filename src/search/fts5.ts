// Query tree → FTS5 MATCH expression. Every term is a stem (letters and digits only) written
// inside double quotes by this code; the user's text never reaches MATCH as syntax.
import { stem, type AnalyzerVersion } from './analyze.js';
import type { QueryNode } from './query.js';

/** How far a word reaches: its own stems; also compounds holding it; also spellings it folds to. */
export type Tier = 'stem' | 'compound' | 'folded';

export interface WordTerms {
  whole: string[];
  compound: string[];
  folded: string[];
}

/** A word's terms; at the 'stem' tier only `whole` is read, so an expander may skip its look-up. */
export type Expand = (word: string, tier: Tier) => WordTerms;

export function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function termsFor(t: WordTerms, tier: Tier): string[] {
  if (tier === 'stem') return t.whole;
  if (tier === 'compound') return [...t.whole, ...t.compound];
  return [...t.whole, ...t.compound, ...t.folded];
}

function alternatives(terms: string[]): string {
  const unique = [...new Set(terms)];
  return unique.length === 1 ? quote(unique[0]!) : `(${unique.map(quote).join(' OR ')})`;
}

/** The MATCH text for a tree without designations. */
export function toFts5(node: QueryNode, expand: Expand, tier: Tier, version: AnalyzerVersion): string {
  switch (node.type) {
    case 'word':
      return alternatives(termsFor(expand(node.word, tier), tier));
    case 'prefix':
      // The stem of a prefix is a prefix of the stems of every word that starts with it.
      return `${quote(stem(node.prefix, version))}*`;
    case 'phrase':
      return quote(node.words.map((w) => stem(w, version)).join(' '));
    case 'or':
      return `(${node.items.map((i) => toFts5(i, expand, tier, version)).join(' OR ')})`;
    case 'and': {
      const positive = node.items.filter((i) => i.type !== 'not');
      const negative = node.items.filter((i): i is Extract<QueryNode, { type: 'not' }> => i.type === 'not');
      if (!positive.length) throw new Error('toFts5: a group needs a positive item');
      let out = positive.length === 1 ? toFts5(positive[0]!, expand, tier, version) : `(${positive.map((i) => toFts5(i, expand, tier, version)).join(' AND ')})`;
      // An excluded word stays itself: leaving out "vård" must not leave out "vardag" or compounds.
      for (const n of negative) out = `(${out} NOT ${toFts5(n.item, expand, 'stem', version)})`;
      return out;
    }
    case 'not':
      return toFts5(node.item, expand, 'stem', version);
    case 'designation':
      throw new Error('toFts5: designations are matched on extracted facts, not in the text index');
  }
}
