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

export function classify(doc: ReadDocument): Classification {
  const text = maskArtifacts(doc.text);
  // Only the signature formula is looked for in the whole text; everything else in the head.
  const head = text.slice(0, HEAD_CHARS + 300);
  const top = topEnd(head);
  let best: Candidate | undefined;
  TYPE_RULES.forEach((rule, order) => {
    const limit = rule.anywhere ? text.length : rule.topOnly ? top : HEAD_CHARS;
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(rule.anywhere ? text : head);
    const span = m?.indices?.[1];
    if (!m || !span || span[0] >= limit) return;
    const tier = rule.topTier !== undefined && span[0] < top ? rule.topTier : rule.tier;
    const c: Candidate = { rule, order, tier, start: span[0], end: span[1] };
    if (!best || c.tier < best.tier || (c.tier === best.tier && (c.start < best.start || (c.start === best.start && c.order < best.order)))) best = c;
  });
  if (!best) return { type: 'other', rule: 'default:no-signal', start: 0, end: 0 };
  return { type: best.rule.type, rule: best.rule.id, start: best.start, end: best.end };
}
