// Swedish text analysis shared by indexing and querying: the same function must run on both sides.
import { stemmer } from '@orama/stemmers/swedish';

// Letters and digits, with Swedish letters kept as letters of their own (å ≠ a).
export const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Analyser versions. 1: Snowball Swedish only (archives of schema 1). 2: Snowball plus the
 * definite endings Snowball leaves on (-an: frågan, skolan; -et: stödet, arbetet), so that
 * `stöd` finds stödet and `fråga` finds frågan.
 */
export type AnalyzerVersion = 1 | 2;
export const ANALYZER_VERSION: AnalyzerVersion = 2;

export function stem(word: string, version: AnalyzerVersion = ANALYZER_VERSION): string {
  const lower = word.toLowerCase();
  const s = stemmer(lower);
  // Snowball's list lacks the singular definite -an (common-gender nouns in -a: frågan, skolan)
  // and -et (neuter: stödet, arbetet). Strip them only from words Snowball left whole, so that
  // arbete → arbet (Snowball) and arbetet → arbet (here) meet. Keep four letters before -an
  // (Johan, Sudan, organ stay) and three before -et.
  if (version === 1 || /\d/.test(s)) return s;
  // Snowball leaves the word whole, or takes only a genitive -s (frågans → frågan).
  if (s !== lower && !(lower.endsWith('s') && s === lower.slice(0, -1))) return s;
  // What is left is the base form; Snowball stems it as it stems the base word (försvaret →
  // försvar → försv, like försvar itself).
  if (s.length >= 6 && s.endsWith('an')) return stemmer(s.slice(0, -2));
  if (s.length >= 5 && s.endsWith('et')) return stemmer(s.slice(0, -2));
  return s;
}

/**
 * The index terms a query word may stand for. A word that merely ends like a definite form
 * (budget, kvalitet) is stored as budg/kvalit, while its inflections (budgeten → budget) keep the
 * ending: a query asks for both.
 */
export function queryStems(word: string, version: AnalyzerVersion = ANALYZER_VERSION): string[] {
  const s = stem(word, version);
  const plain = stemmer(word.toLowerCase());
  return s === plain ? [s] : [s, plain];
}

/**
 * Stems of words seen lately, as written (before lower-casing): running text repeats its words, so
 * indexing mostly looks stems up. Emptied when full, so memory stays bounded on any corpus.
 */
const STEM_CACHE_MAX = 50_000;
const stemCache = new Map<string, string>();

/** Text → the space-separated terms the FTS index stores (lower-cased stems). */
export function analyzeForIndex(text: string, version: AnalyzerVersion = ANALYZER_VERSION): string {
  return indexTerms(text, version).join(' ');
}

/** Text → the terms the FTS index stores, in text order (what analyzeForIndex joins). */
export function indexTerms(text: string, version: AnalyzerVersion = ANALYZER_VERSION): string[] {
  const words = text.match(WORD);
  if (!words) return [];
  const cached = version === ANALYZER_VERSION;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let s = cached ? stemCache.get(word) : undefined;
    if (s === undefined) {
      s = stem(word, version);
      if (cached) {
        if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
        stemCache.set(word, s);
      }
    }
    words[i] = s;
  }
  return words;
}

const DIACRITIC = /[\u0300-\u036f]/g;

/** å→a, ä→a, ö→o, é→e …: how a word looks typed on a keyboard without Swedish letters. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(DIACRITIC, '').normalize('NFC').toLowerCase();
}

/** Does the word carry a letter that folding would change (å, ä, ö, é, ü …)? */
export function hasDiacritics(s: string): boolean {
  return fold(s) !== s.toLowerCase();
}

/**
 * Terms worth remembering in the vocabulary used for compound and folded look-ups: words with
 * letters, long enough to be a compound or to carry a diacritic. Numbers and short words are
 * never looked up by part.
 */
export function isVocabularyTerm(term: string): boolean {
  return term.length >= 4 && term.length <= 60 && /\p{L}/u.test(term);
}

/** What follows a stem in an inflection or a derivation, not in a compound: kommun+ikation, skatt+ningsvis. */
const ENDING = /^(?:are|ast|ad|al|an|en|et|er|ar|or|na|arna|erna|orna|ens|ets|ans)$/;
const DERIVATION = /^(?:ikation|ation|ering|ning|ighet|lighet|het|skap|else|ism|ist|isk|iker|itet|ande|ende|ig|lig|ell|iv|ator|ör)/;
const VOWEL = /^[aeiouyåäö]/;

/**
 * Is `part` (a stem of at least four letters) a part of the compound `term`? The part may stand
 * first (äldreomsorg|slyft), last (äldre|omsorg) or inside (äldre|omsorg|slyft), with at least
 * two letters before it and, after it, nothing or what can start another word: three letters or
 * more that are not an ending and do not start like a derivation (kommun|ikation,
 * upp|skatt|ningsvis, vard|aglig are not compounds).
 */
export function isCompoundOf(term: string, part: string): boolean {
  if (part.length < 4 || term === part) return false;
  for (let i = term.indexOf(part); i >= 0; i = term.indexOf(part, i + 1)) {
    if (i === 1) continue;
    const right = term.slice(i + part.length);
    if (right === '') return true;
    if (right.length < 3 || ENDING.test(right) || DERIVATION.test(right)) continue;
    if (VOWEL.test(right) && right.length < 6) continue;
    return true;
  }
  return false;
}
