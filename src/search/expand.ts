// From vocabulary terms that hold a query word's letters to the terms each tier may search:
// compounds that hold the word, and (typed without å/ä/ö) terms the word folds to.
import { fold, hasDiacritics, isCompoundOf, queryStems, stem } from './analyze.js';
import type { WordTerms } from './fts5.js';

/** At most this many compound or folded terms per query word, shortest first. */
export const MAX_EXPANSION = 300;
/** Candidates read from a vocabulary per word (a substring look-up on the folded term). */
export const MAX_CANDIDATES = 2000;

export interface ClassifyOptions {
  /**
   * The vocabulary holds another stemmer's terms (PostgreSQL's Snowball, which keeps frågan,
   * stödet, försvaret whole): judge each term by riksdoc's own stem of it, and count terms that
   * are inflections of the word (riksdoc stems them alike) as the word itself.
   */
  restem?: boolean;
}

/**
 * `whole`: the word's own index terms (the first is the key the candidates were looked up by).
 * `candidates`: vocabulary terms whose folded form holds the folded key, shortest first.
 */
export function classifyCandidates(word: string, whole: string[], candidates: readonly string[], options: ClassifyOptions = {}): WordTerms {
  const t: WordTerms = { whole: [...whole], compound: [], folded: [] };
  const own = new Set(whole);
  const mine = options.restem ? queryStems(word) : whole;
  const mineSet = new Set(mine);
  const key = fold(mine[0]!);
  const folding = !hasDiacritics(word);
  for (const term of candidates) {
    if (own.has(term)) continue;
    const judged = options.restem ? stem(term) : term;
    if (options.restem && mineSet.has(judged)) {
      own.add(term);
      t.whole.push(term);
    } else if (mine.some((w) => isCompoundOf(judged, w)) || (options.restem && whole.some((w) => isCompoundOf(term, w)))) {
      if (t.compound.length < MAX_EXPANSION) t.compound.push(term);
    } else if (folding && (fold(judged) === key || isCompoundOf(fold(judged), key))) {
      if (t.folded.length < MAX_EXPANSION) t.folded.push(term);
    }
  }
  return t;
}
