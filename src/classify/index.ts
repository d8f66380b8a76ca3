// Decides a document's type from its own written signals and records which rule decided.
//
// Web pages and long documents mix signals: a riksdagen answer page repeats "Skriftlig fråga" in
// its boilerplate, a bill quotes "Utdrag ur protokoll vid regeringssammanträde", a page about an
// SOU lists the directives behind it. What decides is the document's OWN designation, which is
// written where a reader looks first: so designations (tier 1) beat a bare type word at the top
// (tier 1.5), which beats weaker cues (tier 2), and among equals the earliest signal wins.
import type { DocumentType, ReadDocument } from '../record.js';
import { isRule, maskArtifacts } from './layout.js';
import { TYPE_RULES, type TypeRule } from './rules.js';

export interface Classification {
  type: DocumentType;
  /** The rule that decided, e.g. 'heading:svar-på-fråga'. */
  rule: string;
  start: number;
  end: number;
}

export const meta = { field: 'type', version: 1 };

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
  TYPE_RULES.forEach((rule, order) => {
    const limit = rule.anywhere ? text.length : rule.topOnly ? top : HEAD_CHARS;
    const searched = rule.anywhere ? text : head;
    if (prefilter && rule.needles && !hasAny(searched, rule.needles)) return;
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(searched);
    const span = m?.indices?.[1];
    if (!m || !span || span[0] >= limit) return;
    const tier = rule.topTier !== undefined && span[0] < top ? rule.topTier : rule.tier;
    const c: Candidate = { rule, order, tier, start: span[0], end: span[1] };
    if (!best || c.tier < best.tier || (c.tier === best.tier && (c.start < best.start || (c.start === best.start && c.order < best.order)))) best = c;
  });
  if (!best) return { type: 'other', rule: 'default:no-signal', start: 0, end: 0 };
  return { type: best.rule.type, rule: best.rule.id, start: best.start, end: best.end };
}
