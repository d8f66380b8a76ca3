// The search query language, parsed to a tree that each store compiles itself (FTS5 MATCH,
// PostgreSQL tsquery). User text never reaches a database as syntax: every term the stores
// see is built here from letters and digits.
//
//   words            all required (AND)            äldreomsorg kommun
//   a OR b           either                        skola OR förskola
//   -word, NOT word  must not occur                skola -gymnasium
//   "a phrase"       words in this order           "nationell samordnare"
//   prefix*          words starting so             äldreomsorgs*
//   ( … )            grouping                      (skola OR förskola) -gymnasium
//   designations     exact match on extracted facts S2020/05028, SOU 2021:25, prop. 2020/21:1
import type { ReferenceKind } from '../record.js';
import { parseDesignationQuery } from '../swedish/designations.js';
import { WORD } from './analyze.js';

export type DesignationKind = 'diary' | ReferenceKind;

export interface Designation {
  /** null: a reference whose kind the text does not say (2020/21:1311 is a question or a bill). */
  kind: DesignationKind | null;
  id: string;
}

export type QueryNode =
  | { type: 'word'; word: string }
  | { type: 'prefix'; prefix: string }
  /** `raw`: the token as typed when punctuation joined the words (covid-19), for parsers that read it whole. */
  | { type: 'phrase'; words: string[]; raw?: string }
  | { type: 'designation'; text: string; designation: Designation }
  | { type: 'and'; items: QueryNode[] }
  | { type: 'or'; items: QueryNode[] }
  | { type: 'not'; item: QueryNode };

/** A query the language cannot read; the message is one line, fit to show the user. */
export class QuerySyntaxError extends Error {}

/** Reads one pasted designation into the id the extractors store; null when it is none. */
export type DesignationParser = (s: string) => { kind: DesignationKind; id: string } | null | undefined;

export interface ParseOptions {
  /** Default: src/swedish/designations.ts's parseDesignationQuery, the grammar the extractors use. */
  parseDesignation?: DesignationParser;
}

export const MAX_TERMS = 64;
const MAX_DEPTH = 20;

// ---------------------------------------------------------------------------------------------
// Designations typed in a query. The numbers are the facts the extractors store
// (../shared/spec/gold-format.md): diary numbers S2020/05028, Fi2021/00123/SSL, 4.1-12345/2021;
// references SOU 2021:25, Ds 2020:5, Dir. 2024:18, prop. 2020/21:1, bet. 2020/21:SoU5,
// SFS 2017:30 and riksdag questions 2020/21:1311.

const END = String.raw`(?=$|[\s"(),;])`;
const DIARY = new RegExp(String.raw`(?:dnr\.?\s*)?([A-ZÅÄÖ][a-zåäö]{0,2}\d{4}\/\d{1,6}(?:\/[A-ZÅÄÖ]{1,5})?|\d+(?:\.\d+)*-\d+\/\d{4})` + END, 'iy');
const REFERENCE = new RegExp(
  String.raw`(?:(SOU|Ds|Dir\.?|prop\.?|proposition|bet\.?|betänkande|SFS|fr\.?|fråga|ip\.?|interpellation)\s*)?` +
    String.raw`(\d{4}(?:\/\d{2,4})?:[A-Za-zÅÄÖåäö]{0,6}\d{1,5})` + END,
  'iy',
);

interface DesignationMatch {
  end: number;
  text: string;
  designation: Designation;
}

/**
 * A designation starting exactly at `pos`, or null. The patterns only say where a designation-like
 * token ends; whether it is one, and its stored form, is the designations module's call.
 */
function designationAt(input: string, pos: number, options: ParseOptions): DesignationMatch | null {
  const parse = options.parseDesignation ?? parseDesignationQuery;
  for (const re of [REFERENCE, DIARY]) {
    re.lastIndex = pos;
    const m = re.exec(input);
    if (!m) continue;
    const text = m[0];
    const official = parse(text);
    if (!official) continue;
    // A bare riksmöte number (2020/21:1311) is a question's or a bill's: match either.
    const bare = re === REFERENCE && !m[1] && official.kind === 'riksdag-question';
    return { end: pos + text.length, text, designation: { kind: bare ? null : official.kind, id: official.id } };
  }
  return null;
}

/** The whole string as one designation (a quoted "SOU 2021:25"), or null. */
function wholeDesignation(s: string, options: ParseOptions): DesignationMatch | null {
  const trimmed = s.trim();
  const d = designationAt(trimmed, 0, options);
  return d && d.end === trimmed.length ? d : null;
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { t: 'open'; at: number }
  | { t: 'close'; at: number }
  | { t: 'or'; at: number }
  | { t: 'not'; at: number }
  | { t: 'term'; at: number; node: QueryNode };

function tokenize(input: string, options: ParseOptions): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
  while (i < n) {
    const c = input[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      tokens.push({ t: 'open', at: i++ });
      continue;
    }
    if (c === ')') {
      tokens.push({ t: 'close', at: i++ });
      continue;
    }
    if (c === '"' || c === '”' || c === '“') {
      const close = input.slice(i + 1).search(/["”“]/);
      if (close < 0) throw new QuerySyntaxError(`unclosed quote at character ${i + 1} (a phrase is written "like this")`);
      const inner = input.slice(i + 1, i + 1 + close);
      const d = wholeDesignation(inner, options);
      if (d) tokens.push({ t: 'term', at: i, node: { type: 'designation', text: d.text, designation: d.designation } });
      else {
        const words = [...inner.matchAll(WORD)].map((m) => m[0].toLowerCase());
        if (!words.length) throw new QuerySyntaxError(`empty phrase at character ${i + 1}: put words between the quotes`);
        tokens.push({ t: 'term', at: i, node: words.length === 1 ? { type: 'word', word: words[0]! } : { type: 'phrase', words } });
      }
      i += close + 2;
      continue;
    }
    if (c === '-' && (i === 0 || isSpace(input[i - 1]) || input[i - 1] === '(')) {
      const next = input[i + 1];
      if (isSpace(next) || next === ')' || next === '-') {
        throw new QuerySyntaxError(`a lone "-" at character ${i + 1}: write -word to leave out documents with that word`);
      }
      tokens.push({ t: 'not', at: i++ });
      continue;
    }
    const d = designationAt(input, i, options);
    if (d) {
      tokens.push({ t: 'term', at: i, node: { type: 'designation', text: d.text, designation: d.designation } });
      i = d.end;
      continue;
    }
    // A bare token runs to the next space, parenthesis or quote.
    let j = i;
    while (j < n && !/[\s()"”“]/u.test(input[j]!)) j++;
    const raw = input.slice(i, j);
    const at = i;
    i = j;
    if (raw === 'OR') {
      tokens.push({ t: 'or', at });
      continue;
    }
    if (raw === 'NOT') {
      tokens.push({ t: 'not', at });
      continue;
    }
    if (raw === 'AND') continue;
    const words = [...raw.matchAll(WORD)].map((m) => m[0].toLowerCase());
    if (raw.endsWith('*')) {
      const body = raw.replace(/\*+$/, '');
      if (!body) throw new QuerySyntaxError(`a lone "*" at character ${at + 1}: write the start of a word before it, e.g. kommun*`);
      const parts = [...body.matchAll(WORD)].map((m) => m[0].toLowerCase());
      if (parts.length !== 1 || parts[0] !== body.toLowerCase()) {
        throw new QuerySyntaxError(`"${clip(raw)}": a prefix search takes letters and digits before the *, e.g. kommun*`);
      }
      // One letter and * would merge the postings of a good part of the whole vocabulary.
      if ([...parts[0]!].length < 2) throw new QuerySyntaxError(`"${clip(raw)}": a prefix search needs at least two letters before the *`);
      tokens.push({ t: 'term', at, node: { type: 'prefix', prefix: parts[0]! } });
      continue;
    }
    if (raw.includes('*')) throw new QuerySyntaxError(`"${clip(raw)}": * may only end a word (prefix search, e.g. kommun*)`);
    // Punctuation alone (–, &, :) carries nothing to search for.
    if (!words.length) continue;
    // Parts joined by punctuation (covid-19, title:skola, e-post) must stand together, as a phrase.
    tokens.push({ t: 'term', at, node: words.length === 1 ? { type: 'word', word: words[0]! } : { type: 'phrase', words, raw: raw.toLowerCase() } });
  }
  return tokens;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

// ---------------------------------------------------------------------------------------------
// Parser: OR binds loosest, then AND (juxtaposition), then NOT.

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    if (!this.tokens.length) return null;
    const node = this.or(0);
    const extra = this.tokens[this.pos];
    if (extra) throw new QuerySyntaxError(`unmatched ")" at character ${extra.at + 1}`);
    return node;
  }

  private or(depth: number): QueryNode {
    const items = [this.and(depth)];
    while (this.tokens[this.pos]?.t === 'or') {
      const at = this.tokens[this.pos]!.at;
      this.pos++;
      const next = this.tokens[this.pos];
      if (!next || next.t === 'or' || next.t === 'close') throw new QuerySyntaxError(`OR at character ${at + 1} needs something to search for on both sides`);
      items.push(this.and(depth));
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  }

  private and(depth: number): QueryNode {
    const items: QueryNode[] = [];
    for (;;) {
      const tok = this.tokens[this.pos];
      if (!tok || tok.t === 'or' || tok.t === 'close') break;
      items.push(this.unary(depth));
    }
    if (!items.length) {
      const tok = this.tokens[this.pos];
      throw new QuerySyntaxError(tok?.t === 'or' ? `OR at character ${tok.at + 1} needs something to search for on both sides` : 'nothing to search for');
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  }

  private unary(depth: number): QueryNode {
    const tok = this.tokens[this.pos]!;
    if (tok.t === 'not') {
      this.pos++;
      const next = this.tokens[this.pos];
      if (!next || next.t === 'or' || next.t === 'close' || next.t === 'not') {
        throw new QuerySyntaxError(`"-" or NOT at character ${tok.at + 1} must be followed by what to leave out`);
      }
      return { type: 'not', item: this.primary(depth) };
    }
    return this.primary(depth);
  }

  private primary(depth: number): QueryNode {
    const tok = this.tokens[this.pos]!;
    if (tok.t === 'open') {
      if (depth >= MAX_DEPTH) throw new QuerySyntaxError(`parentheses nested deeper than ${MAX_DEPTH}`);
      this.pos++;
      if (this.tokens[this.pos]?.t === 'close') throw new QuerySyntaxError(`empty parentheses at character ${tok.at + 1}`);
      const inner = this.or(depth + 1);
      if (this.tokens[this.pos]?.t !== 'close') throw new QuerySyntaxError(`unclosed "(" at character ${tok.at + 1}`);
      this.pos++;
      return inner;
    }
    if (tok.t === 'term') {
      this.pos++;
      return tok.node;
    }
    throw new QuerySyntaxError(`unexpected ${tok.t === 'close' ? '")"' : tok.t.toUpperCase()} at character ${tok.at + 1}`);
  }
}

/** Flatten nested and/and and or/or, so compilers see one level per operator. */
function flatten(node: QueryNode): QueryNode {
  if (node.type === 'and' || node.type === 'or') {
    const items: QueryNode[] = [];
    for (const child of node.items.map(flatten)) {
      if (child.type === node.type) items.push(...(child as { items: QueryNode[] }).items);
      else items.push(child);
    }
    return items.length === 1 ? items[0]! : { type: node.type, items };
  }
  if (node.type === 'not') return { type: 'not', item: flatten(node.item) };
  return node;
}

/** An exclusion needs something to exclude from: "skola -gymnasium", not "skola OR -gymnasium". */
function checkNegations(node: QueryNode, topLevel: boolean): void {
  if (node.type === 'not') {
    if (!topLevel) throw new QuerySyntaxError('"-word" needs a word to exclude it from in the same group, e.g. (skola -gymnasium) OR förskola');
    checkNegations(node.item, false);
    return;
  }
  if (node.type === 'and') {
    const positive = node.items.some((i) => i.type !== 'not');
    if (!positive && !topLevel) throw new QuerySyntaxError('a group of only excluded words ("-word") has nothing to exclude them from');
    for (const i of node.items) {
      if (i.type === 'not') checkNegations(i.item, false);
      else checkNegations(i, false);
    }
    return;
  }
  if (node.type === 'or') for (const i of node.items) checkNegations(i, false);
}

export function countTerms(node: QueryNode): number {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.items.reduce((n, i) => n + countTerms(i), 0);
    case 'not':
      return countTerms(node.item);
    case 'phrase':
      return node.words.length;
    default:
      return 1;
  }
}

/**
 * Parse a query. null when it holds nothing to search for (empty, or punctuation only).
 * Throws QuerySyntaxError with a one-line message for anything malformed.
 */
export function parseQuery(input: string, options: ParseOptions = {}): QueryNode | null {
  if (input.length > 2000) throw new QuerySyntaxError(`query too long (${input.length} characters, at most 2000)`);
  const tokens = tokenize(input, options);
  const tree = new Parser(tokens).parse();
  if (!tree) return null;
  const flat = flatten(tree);
  const terms = countTerms(flat);
  if (terms > MAX_TERMS) throw new QuerySyntaxError(`query too long (${terms} words, at most ${MAX_TERMS})`);
  checkNegations(flat, true);
  // A top-level "-a -b" alone is allowed: the stores read it as every document without a or b.
  if (flat.type === 'not') return { type: 'and', items: [flat] };
  return flat;
}

/** The query's positive leaves (what a hit is expected to contain), for snippets and labels. */
export function positiveLeaves(node: QueryNode | null): QueryNode[] {
  if (!node) return [];
  switch (node.type) {
    case 'and':
    case 'or':
      return node.items.flatMap(positiveLeaves);
    case 'not':
      return [];
    default:
      return [node];
  }
}

/** Does the tree hold a designation anywhere? */
export function containsDesignation(node: QueryNode): boolean {
  if (node.type === 'designation') return true;
  if (node.type === 'and' || node.type === 'or') return node.items.some(containsDesignation);
  if (node.type === 'not') return containsDesignation(node.item);
  return false;
}

/** Does the tree have a designation anywhere other than as a top-level AND item? */
export function hasNestedDesignation(node: QueryNode): boolean {
  const top = node.type === 'and' ? node.items : [node];
  return top.some((i) => {
    if (i.type === 'designation') return false;
    if (i.type === 'not' && i.item.type === 'designation') return false;
    return containsDesignation(i);
  });
}
