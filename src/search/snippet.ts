// A window of the original text around the best match, with the matched words' offsets.
import { stem, WORD, type AnalyzerVersion, ANALYZER_VERSION } from './analyze.js';

export interface Span {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  start: number;
  end: number;
  highlights: Span[];
}

/** What counts as a match in the text: index terms (stems) grouped by the query leaf they stand for. */
export interface SnippetMatcher {
  /** stem → leaf number; a window holding more different leaves is a better window. */
  terms: Map<string, number>;
  /** prefix → leaf number: a word whose stem starts so. */
  prefixes: Map<string, number>;
  version?: AnalyzerVersion;
}

const MAX_HITS = 5000;

/** Every word of `text` the matcher accepts (at most MAX_HITS), in text order. */
function findHits(text: string, matcher: SnippetMatcher): (Span & { leaf: number })[] {
  const version = matcher.version ?? ANALYZER_VERSION;
  // Stems are prefixes of their words: a word whose first letters begin no term cannot match.
  const heads = new Set<string>();
  let filter = true;
  for (const t of [...matcher.terms.keys(), ...matcher.prefixes.keys()]) {
    if (t.length < 2) filter = false;
    heads.add(t.slice(0, 2));
  }
  const hits: (Span & { leaf: number })[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (filter && !heads.has(w.slice(0, 2).toLowerCase())) continue;
    const s = stem(w, version);
    let leaf = matcher.terms.get(s);
    if (leaf === undefined) {
      for (const [p, l] of matcher.prefixes) {
        if (s.startsWith(p) || w.toLowerCase().startsWith(p)) {
          leaf = l;
          break;
        }
      }
    }
    if (leaf !== undefined) {
      hits.push({ start: m.index, end: m.index + w.length, leaf });
      if (hits.length >= MAX_HITS) break;
    }
  }
  return hits;
}

/**
 * Cut a window of about `width` characters around the best cluster of matches: the window that
 * holds the most different query words, then the most matches, then the earliest. `spans` are
 * matches known beforehand (designation facts) and count as one more query word each.
 */
export function makeSnippet(text: string, matcher: SnippetMatcher, spans: Span[] = [], width = 200): Snippet {
  const hits = findHits(text, matcher);
  let leaf = 1000;
  for (const s of spans) hits.push({ ...s, leaf: leaf++ });
  hits.sort((a, b) => a.start - b.start);
  if (!hits.length) {
    const end = wordEnd(text, Math.min(text.length, width));
    return { text: text.slice(0, end), start: 0, end, highlights: [] };
  }
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < hits.length; i++) {
    const leaves = new Set<number>();
    let n = 0;
    for (let j = i; j < hits.length && j < i + 200 && hits[j]!.end <= hits[i]!.start + width; j++, n++) leaves.add(hits[j]!.leaf);
    const score = leaves.size * 10_000 + n;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  const first = hits[best]!;
  // Some context before the first match, started at a word.
  let start = Math.max(0, first.start - Math.floor(width / 4));
  if (start > 0) {
    const space = text.slice(start, first.start).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  const end = wordEnd(text, Math.min(text.length, Math.max(start + width, first.end)));
  const highlights = hits.filter((h) => h.start >= start && h.end <= end).map(({ start: s, end: e }) => ({ start: s, end: e }));
  return { text: text.slice(start, end), start, end, highlights };
}

/** Move `end` back to the end of a word (not past the text), so a snippet does not cut one in two. */
function wordEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const back = text.slice(Math.max(0, end - 30), end).search(/\s\S*$/);
  return back >= 0 ? Math.max(0, end - 30) + back : end;
}
