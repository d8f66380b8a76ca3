// Decides a document's type from its own written signals and records which rule decided.
//
// Web pages and long documents mix signals: a riksdagen answer page repeats "Skriftlig fråga" in
// its boilerplate, a bill quotes "Utdrag ur protokoll vid regeringssammanträde", a page about an
// SOU lists the directives behind it. What decides is the document's OWN designation, which is
// written where a reader looks first: so designations (tier 1) beat a bare type word at the top
// (tier 1.5), which beats weaker cues (tier 2), and among equals the earliest signal wins.
import type { DocumentType, ReadDocument } from '../record.js';
import { isLineTerminator, lineStartsAt, stickyCopy } from '../scan.js';
import { isRule, maskArtifacts } from './layout.js';
import { BOL, OWN, OWN_DIR, TYPE_RULES, type TypeRule } from './rules.js';

export interface Classification {
  type: DocumentType;
  /** The rule that decided, e.g. 'heading:svar-på-fråga'. */
  rule: string;
  start: number;
  end: number;
}

export const meta = { field: 'type', version: 2 };

/** Designations further down than this are citations or boilerplate, not the document's heading. */
const HEAD_CHARS = 6000;
/** Non-empty lines that count as the document's top (where a bare type word is its heading). */
const TOP_LINES = 3;

interface Candidate {
  rule: TypeRule;
  order: number;
  tier: number;
  start: number;
  end: number;
}

function hasAny(text: string, needles: readonly string[]): boolean {
  for (const n of needles) if (text.includes(n)) return true;
  return false;
}

/** A line-start needle and the rules (by order) it serves. */
interface LineStartNeedle {
  needle: string;
  orders: number[];
}

/** Line-start needles by their first two characters (every needle has two). */
const LINE_START_NEEDLES = new Map<number, LineStartNeedle[]>();
/** First characters of line-start needles (Latin-1 ones; any other first character is looked up). */
const NEEDLE_FIRST = new Uint8Array(256);
TYPE_RULES.forEach((rule, order) => {
  if (!rule.lineStart) return;
  for (const needle of rule.needles ?? []) {
    if (needle.length < 2) throw new Error(`line-start needle shorter than two characters: ${rule.id}`);
    const key = firstTwo(needle, 0);
    const entries = LINE_START_NEEDLES.get(key) ?? [];
    const entry = entries.find((e) => e.needle === needle);
    if (entry) entry.orders.push(order);
    else entries.push({ needle, orders: [order] });
    LINE_START_NEEDLES.set(key, entries);
    if (needle.charCodeAt(0) < 256) NEEDLE_FIRST[needle.charCodeAt(0)] = 1;
  }
});

function firstTwo(s: string, at: number): number {
  return s.charCodeAt(at) * 65536 + s.charCodeAt(at + 1);
}

/** The longest needle: a needle starting before a limit ends before limit + this. */
const MAX_NEEDLE_LENGTH = Math.max(...TYPE_RULES.flatMap((rule) => (rule.needles ?? []).map((n) => n.length)));

/**
 * Sticky copies of the patterns that open with the line-start prefix (BOL, at the top level of the
 * pattern: tests/classify/needles.test.ts checks it): such a pattern can only match where `^` does,
 * so trying it at each line's start finds its first match without scanning every position.
 */
const AT_LINE_START: readonly (RegExp | undefined)[] = TYPE_RULES.map((rule) =>
  rule.pattern.source.startsWith(BOL) ? stickyCopy(rule.pattern) : undefined,
);

/**
 * Sticky copies of the patterns that open with an own-designation prefix (OWN, OWN_DIR: a line start,
 * a wide gap, "ID-nummer:", a comma) whose signal (group 1) opens with one of the rule's needles
 * (tests/classify/needles.test.ts checks both). Scanning such a pattern costs the square of every run
 * of blanks in a PDF's layout text; they are tried only just before each needle instead.
 */
const OWN_AT: readonly (RegExp | undefined)[] = TYPE_RULES.map((rule) =>
  rule.pattern.source.startsWith(OWN) || rule.pattern.source.startsWith(OWN_DIR) ? stickyCopy(rule.pattern) : undefined,
);

/**
 * The first match of an OWN_AT pattern in `text`, or null when it starts at or after `limit`. A match
 * whose signal starts at needle q starts, at the earliest, at q's line start (BOL), at the start of the
 * run of blanks before q (three or more), at "ID-nummer:" or at the comma before that run: those
 * starts, for every needle, tried in text order, find the leftmost match.
 */
function firstOwnMatch(pattern: RegExp, text: string, needles: readonly string[], limit: number): RegExpExecArray | null {
  const at: number[] = [];
  // a signal starting at or after the limit does not count: only needles starting before it are looked for
  const region = limit < text.length ? text.slice(0, limit + MAX_NEEDLE_LENGTH) : text;
  for (const needle of needles) for (let i = region.indexOf(needle); i >= 0 && i < limit; i = region.indexOf(needle, i + 1)) at.push(i);
  if (at.length === 0) return null;
  at.sort((a, b) => a - b);
  const lineStarts = lineStartsAt(text, at);
  const starts: number[] = [];
  for (let k = 0; k < at.length; k++) {
    const q = at[k]!;
    const lineStart = lineStarts[k]!;
    starts.push(lineStart);
    let run = q;
    while (run > lineStart && (text.charCodeAt(run - 1) === 32 || text.charCodeAt(run - 1) === 9)) run--;
    if (q - run >= 3) starts.push(run);
    if (run >= 10 && text.startsWith('ID-nummer:', run - 10)) starts.push(run - 10);
    if (run >= 1 && text.charCodeAt(run - 1) === 44) starts.push(run - 1);
  }
  starts.sort((a, b) => a - b);
  let tried = -1;
  for (const p of starts) {
    if (p === tried) continue;
    if (p >= limit) return null;
    tried = p;
    pattern.lastIndex = p;
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The first match of a sticky line-start pattern that does not open with its needle (BOL rules
 * without lineStart): the needle stands on the line where the match starts (tests/classify/needles.test.ts
 * checks it), so only the lines holding a needle are tried, in text order.
 */
function firstOnNeedleLines(pattern: RegExp, text: string, needles: readonly string[], limit: number): RegExpExecArray | null {
  if (limit <= 0) return null;
  const at: number[] = [];
  // a match starting at or after the limit does not count: only needles on lines starting before it matter
  let region = text;
  if (limit < text.length && !hasOtherLineTerminators(text)) {
    const lineEnd = text.indexOf('\n', limit - 1);
    if (lineEnd >= 0) region = text.slice(0, lineEnd);
  }
  for (const needle of needles) for (let i = region.indexOf(needle); i >= 0; i = region.indexOf(needle, i + 1)) at.push(i);
  if (needles.length > 1) at.sort((a, b) => a - b);
  let previousLineStart = -1;
  for (const lineStart of lineStartsAt(text, at)) {
    // a line holding several needles is tried once
    if (lineStart === previousLineStart) continue;
    previousLineStart = lineStart;
    // a match from here on would start its signal at or after the limit: the rule does not count
    if (lineStart >= limit) return null;
    pattern.lastIndex = lineStart;
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** Whether `text` has line terminators other than \n (multiline `^` also follows \r, U+2028, U+2029). */
function hasOtherLineTerminators(text: string): boolean {
  // three one-character searches: much cheaper than a regex scan of the text
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/**
 * Where each line's text starts as the rules' BOL prefix (`^[ \t|\u00a0]*(?:#{1,6}[ \t]+)?`)
 * leaves it: after indentation, table bars and a Markdown heading mark. Lines begin where `^`
 * matches in multiline mode, after any line terminator.
 */
export function lineTextStarts(text: string): number[] {
  const starts: number[] = [];
  const other = hasOtherLineTerminators(text);
  for (let pos = 0; pos >= 0; pos = nextLineStart(text, pos, other)) starts.push(textStartAt(text, pos));
  return starts;
}

/** Where the text of the line beginning at `pos` starts, after the BOL prefix. */
function textStartAt(text: string, pos: number): number {
  let p = pos;
  for (let c = text.charCodeAt(p); c === 32 || c === 9 || c === 124 || c === 0xa0; c = text.charCodeAt(++p));
  let h = p;
  while (text.charCodeAt(h) === 35 && h - p < 7) h++;
  const hashes = h - p;
  if (hashes >= 1 && hashes <= 6 && (text.charCodeAt(h) === 32 || text.charCodeAt(h) === 9)) {
    while (text.charCodeAt(h) === 32 || text.charCodeAt(h) === 9) h++;
    p = h;
  }
  return p;
}

/** Where the line after the one beginning at `pos` begins (after its terminator), or -1 at the last line. */
function nextLineStart(text: string, pos: number, otherTerminators: boolean): number {
  let next: number;
  if (otherTerminators) {
    next = pos;
    while (next < text.length && !isLineTerminator(text.charCodeAt(next))) next++;
  } else next = text.indexOf('\n', pos);
  return next < 0 || next >= text.length ? -1 : next + 1;
}

/**
 * For each rule (by order), the starts of the lines of `text` that have one of its line-start needles
 * where the line's text starts (as lineTextStarts finds it), in text order; undefined when none has.
 */
function lineStartHits(text: string): (number[] | undefined)[] {
  const hits: (number[] | undefined)[] = new Array(TYPE_RULES.length);
  const other = hasOtherLineTerminators(text);
  for (let pos = 0; pos >= 0; pos = nextLineStart(text, pos, other)) {
    const p = textStartAt(text, pos);
    const c0 = text.charCodeAt(p);
    // most lines open with no needle's first character
    const entries = p + 1 < text.length && (c0 >= 256 || NEEDLE_FIRST[c0] === 1) ? LINE_START_NEEDLES.get(firstTwo(text, p)) : undefined;
    if (!entries) continue;
    for (const { needle, orders } of entries) {
      if (!text.startsWith(needle, p)) continue;
      for (const order of orders) {
        const found = hits[order];
        if (found === undefined) hits[order] = [pos];
        else if (found[found.length - 1] !== pos) found.push(pos);
      }
    }
  }
  return hits;
}

/** The first match of a sticky line-start pattern at one of `starts` (ascending) before `limit`. */
function firstAtLineStarts(pattern: RegExp, text: string, starts: readonly number[], limit: number): RegExpExecArray | null {
  for (const p of starts) {
    // a match from here on would start its signal at or after the limit: the rule does not count
    if (p >= limit) return null;
    pattern.lastIndex = p;
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** Offset just past the TOP_LINES-th non-empty line. */
function topEnd(text: string): number {
  let seen = 0;
  let pos = 0;
  while (pos < text.length && pos < HEAD_CHARS) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).trim();
    if (line && !isRule(line) && ++seen === TOP_LINES) return nl;
    pos = nl + 1;
  }
  return Math.min(text.length, HEAD_CHARS);
}

/**
 * The last classifications, per document object: the title extractor asks again for the same
 * document, and the answer only depends on its text.
 */
const memo = new WeakMap<ReadDocument, { text: string; result: Classification }>();

export function classify(doc: ReadDocument): Classification {
  const hit = memo.get(doc);
  if (hit && hit.text === doc.text) return { ...hit.result };
  const result = classifyText(doc.text, true);
  memo.set(doc, { text: doc.text, result });
  return { ...result };
}

/**
 * The classification of `rawText`. `prefilter` skips rules none of whose needles occur in the
 * searched text (they cannot match); false runs every regex, which tests compare against.
 */
export function classifyText(rawText: string, prefilter = true): Classification {
  const text = maskArtifacts(rawText);
  // Only the signature formula is looked for in the whole text; everything else in the head.
  const head = text.slice(0, HEAD_CHARS + 300);
  const top = topEnd(head);
  let best: Candidate | undefined;
  let hits: (number[] | undefined)[] | undefined;
  TYPE_RULES.forEach((rule, order) => {
    let limit = rule.anywhere ? text.length : rule.topOnly ? top : HEAD_CHARS;
    if (prefilter && best) {
      // Candidates rank by tier, then by start, then by order (the rules come in order): a rule whose
      // best possible tier is worse cannot win, one whose best is equal only with a signal before best's.
      const minTier = Math.min(rule.tier, rule.topTier ?? rule.tier);
      if (minTier > best.tier) return;
      if (minTier === best.tier) limit = Math.min(limit, best.start);
    }
    const searched = rule.anywhere ? text : head;
    let m: RegExpExecArray | null;
    const atLineStart = AT_LINE_START[order];
    if (prefilter && rule.needles) {
      if (rule.lineStart && !rule.anywhere) {
        hits ??= lineStartHits(head);
        const lines = hits[order];
        if (!lines) return;
        m = firstAtLineStarts(atLineStart!, head, lines, limit);
      } else {
        const own = OWN_AT[order];
        if (own) m = firstOwnMatch(own, searched, rule.needles, limit);
        else if (atLineStart) m = firstOnNeedleLines(atLineStart, searched, rule.needles, limit);
        else if (!hasAny(searched, rule.needles)) return;
        else {
          rule.pattern.lastIndex = 0;
          m = rule.pattern.exec(searched);
        }
      }
    } else {
      rule.pattern.lastIndex = 0;
      m = rule.pattern.exec(searched);
    }
    const span = m?.indices?.[1];
    if (!m || !span || span[0] >= limit) return;
    const tier = rule.topTier !== undefined && span[0] < top ? rule.topTier : rule.tier;
    const c: Candidate = { rule, order, tier, start: span[0], end: span[1] };
    if (!best || c.tier < best.tier || (c.tier === best.tier && (c.start < best.start || (c.start === best.start && c.order < best.order)))) best = c;
  });
  if (!best) return { type: 'other', rule: 'default:no-signal', start: 0, end: 0 };
  return { type: best.rule.type, rule: best.rule.id, start: best.start, end: best.end };
}
