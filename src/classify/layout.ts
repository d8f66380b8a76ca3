// Line-level view of a document's head, shared by the classifier and the heading extractors
// (title, department). Offsets always point into the original `text`.
import { withoutSoftHyphens } from '../scan.js';

/** One line (or one layout column of a line), trimmed; start/end are offsets of the trimmed text. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** Offset where the untrimmed line begins (lines from splitLines only). */
  rawStart?: number;
}

/**
 * Word-processor residue that carries no meaning but breaks "at line start" rules:
 * pandoc bookmarks ("[bookmark: Start]") and Word field codes ("STYLEREF Kantrubrik \* MERGEFORMAT").
 * Masked with spaces so offsets stay valid.
 */
const ARTIFACTS = /\[bookmark: [^\]\n]{0,120}\]|\b(?:STYLEREF|PAGE|NUMPAGES)\b[^\n\\]{0,80}\\\* MERGEFORMAT/g;

export function maskArtifacts(text: string): string {
  // Every artifact holds one of these; most texts hold neither, and the scan is then all it costs.
  if (!text.includes('[bookmark: ') && !text.includes('MERGEFORMAT')) return text;
  return text.replace(ARTIFACTS, (m) => ' '.repeat(m.length));
}

/** The last splitLines result: the classifier's callers (title, department) split the same head. */
let lastSplit: { text: string; limit: number; lines: Line[] } | undefined;

/**
 * The lines of `text[0, limit)`, trimmed, with their offsets; empty lines are kept (text '').
 * The array may be shared with the previous caller for the same text: callers must not modify it.
 */
export function splitLines(text: string, limit = text.length): Line[] {
  if (lastSplit && lastSplit.limit === limit && lastSplit.text === text) return lastSplit.lines;
  const out: Line[] = [];
  const end = Math.min(limit, text.length);
  let pos = 0;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    let s = pos;
    let e = nl;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    out.push({ text: text.slice(s, e), start: s, end: e, rawStart: pos });
    pos = nl + 1;
  }
  lastSplit = { text, limit, lines: out };
  return out;
}

/** The trimmed part of text[start, end) as a Line. */
export function trimmed(text: string, start: number, end: number): Line {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x200b || c === 0xfeff;
}

/**
 * Layout columns of one line: PDF text (pdftotext -layout) and Word tables put a right-hand box
 * ("Dir. / 2017:29", "Prop. / 2012/13:182") on the same line as the heading, separated by a wide gap
 * or a table bar. Returns the non-empty segments left to right.
 */
export function columns(line: Line): Line[] {
  const out: Line[] = [];
  // Most lines have no separator: one pass over the characters answers without the regex.
  if (!hasColumnSeparator(line.text)) {
    const whole = trimmedIn(line.text, 0, line.text.length, line.start);
    return whole.text ? [whole] : out;
  }
  const sep = /[ \t\u00a0]{3,}|\t|\|/g;
  let from = line.start;
  const base = line.start;
  const s = line.text;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(s)) !== null) {
    const seg = trimmedIn(s, from - base, m.index, base);
    if (seg.text) out.push(seg);
    from = base + m.index + m[0].length;
  }
  const last = trimmedIn(s, from - base, s.length, base);
  if (last.text) out.push(last);
  return out;
}

/** Whether `columns`' separator (three blanks of space/tab/no-break space, a tab, a bar) occurs in s. */
function hasColumnSeparator(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 124) return true;
    if (c === 32 || c === 0xa0) {
      if (++run === 3) return true;
    } else run = 0;
  }
  return false;
}

function trimmedIn(s: string, start: number, end: number, base: number): Line {
  let a = start;
  let b = end;
  while (a < b && isBlank(s.charCodeAt(a))) a++;
  while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  return { text: s.slice(a, b), start: base + a, end: base + b };
}

/** Table borders ("+----+----+") and lines of only punctuation/underscores are layout, not text. */
export function isRule(text: string): boolean {
  return /^[+\-=_|.·*\s]+$/.test(text);
}

/** Index of the line holding offset `pos` (lines from splitLines). */
export function lineIndexAt(lines: Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid]!.rawStart ?? lines[mid]!.start) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

// Ministry names. TEMPORARY local pattern until src/swedish/ministries.ts lands; it names the
// form rather than a list so historical ministries (Kommunikationsdepartementet, Civildepartementet…)
// and joint ones ("Klimat- och näringslivsdepartementet") are covered. Soft hyphens may sit inside.
const NAME_PART = String.raw`[\p{Ll}\u00ad]{0,40}`;
export const MINISTRY_SOURCE = String.raw`(?:Statsrådsberedningen|\p{Lu}${NAME_PART}-[ \t]+och[ \t]+\p{Ll}${NAME_PART}departementet|\p{Lu}${NAME_PART}departementet)(?![\p{L}\u00ad])`;
const MINISTRY_ALONE = new RegExp(`^${MINISTRY_SOURCE}$`, 'u');

/** True when the whole string is one ministry's name. */
export function isMinistryName(s: string): boolean {
  // The pattern is anchored at both ends and ends with one of these literal words.
  if (!s.endsWith('departementet') && !s.endsWith('Statsrådsberedningen')) return false;
  return MINISTRY_ALONE.test(s);
}

/** A ministry name as written, without soft hyphens and with single spaces. */
export function cleanMinistry(s: string): string {
  return withoutSoftHyphens(s).replace(/\s+/g, ' ');
}
