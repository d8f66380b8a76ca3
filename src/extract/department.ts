// The issuing ministry, when the text names it as the SENDER.
//
// Swedish government documents name their ministry in a few fixed places, tried in this order:
//   1. a metadata label: "Departement: Justitiedepartementet L7", "Ansvarig: Socialdepartementet"
//   2. a type line: "Pressmeddelande från Finansdepartementet", "Svar på skriftlig fråga från …" (a line of
//      its own: a capitalised type word, a few lower-case words, "från", the ministry)
//   3. under the signature or at the end of a directive/bill: "(Försvarsdepartementet)",
//      "Niklas Wykman (Finansdepartementet)"
//   4. the letterhead: a line holding only the ministry's name at the top, before the heading (in
//      capitals on older letterheads: "FINANSDEPARTEMENTET")
//   5. the opening of a reply: "Socialdepartementet har mottagit er skrivelse …"
// A ministry that is only mentioned, listed ("Kopia till"), or addressed (a remissvar's recipient
// block with its e-mail address, "Till …") is not the sender: null then. Interpellations and
// written questions are sent by a member of the Riksdag, never by a ministry.
import { type Line, MINISTRY_SOURCE, cleanMinistry, columns, isMinistryName, isRule, maskArtifacts, splitLines } from '../classify/layout.js';
import type { Fact, ReadDocument } from '../record.js';
import { lineStartsAt, stickyCopy } from '../scan.js';
import { findDiaryNumbers } from '../swedish/designations.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'department', version: 4 };

const HEAD_CHARS = 8000;
/** The letterhead is among the first lines, before the body text starts. */
const LETTERHEAD_LINES = 25;

const BOL = String.raw`^[ \t|\u00a0]*(?:#{1,6}[ \t]+)?`;
const M = `(${MINISTRY_SOURCE})`;

const LABEL = new RegExp(`${BOL}(?:Departement(?:\\/myndighet)?|Ansvarigt departement|Ansvarig(?: myndighet)?|Utgivare|Utgiven av)[ \\t]*:[ \\t]*${M}`, 'dmu');
// Type words regeringen.se prints before "från <ministry>".
const FROM_LINE = new RegExp(
  `${BOL}(?:Pressmeddelande|Kommittédirektiv|Proposition|Skrivelse|Promemoria|Rapport|Regeringsuppdrag|Artikel|Debattartikel|Tal|Uttalande|Faktapromemoria|Lagrådsremiss|Remiss|Departementsserien|Statens offentliga utredningar|Informationsmaterial|Information|Nyhet)[ \\t]+från[ \\t]+${M}`,
  'dmu',
);
// A page's label line of items split by "·" or "|", the ministry one of them:
// "Pressmeddelande · 14 augusti 2021 · Justitiedepartementet".
const LABEL_ITEMS = new RegExp(
  `${BOL}(?:Pressmeddelande|Kommittédirektiv|Artikel|Debattartikel|Tal|Uttalande|Nyhet|Regeringsuppdrag)(?:[ \\t]*[·•|][ \\t]*[^·•|\\r\\n]{1,40}?){0,3}[ \\t]*[·•|][ \\t]*(?:[Ff]rån[ \\t]+)?${M}[ \\t]*(?=[·•|\\r\\n]|$)`,
  'dmu',
);
// "(Försvarsdepartementet)" alone, or after a signer's name; not running text wrapped at a parenthesis.
// Any other regeringen.se type line standing alone: "Svar på skriftlig fråga från Finansdepartementet",
// "Svar på interpellation från …", "Regeringsuppdrag från …", "Departementsserien och promemorior från …".
// A few lower-case words after a capitalised one, then "från <ministry>" ending the line.
const TYPE_LINE_FROM = new RegExp(`${BOL}\\p{Lu}\\p{Ll}{1,30}(?:[ \\t]+\\p{Ll}{1,30}){0,5}[ \\t]+från[ \\t]+${M}[ \\t]*\\r?$`, 'dmu');
const SIGNED_LINE = new RegExp(`${BOL}(?:(?:\\p{Lu}[\\p{L}.'-]*|von|af|de|van|der)[ \\t]+){0,5}\\(${M}\\)[ \\t]*$`, 'dgmu');
const RECEIVED = new RegExp(`${BOL}${M}[ \\t]+har[ \\t]+(?:mottagit|tagit emot)`, 'dmu');

/** What every ministry name holds (MINISTRY_SOURCE ends with one of them; no soft hyphen may stand inside). */
const MINISTRY_NEEDLES = ['departementet', 'Statsrådsberedningen'];
/** The same, closing a parenthesis as SIGNED_LINE reads it: "(Försvarsdepartementet)". */
const SIGNED_NEEDLES = ['departementet)', 'Statsrådsberedningen)'];

/** Sticky copies of the line patterns, tried at the start of the lines that name a ministry. */
const LABEL_AT = stickyCopy(LABEL);
const FROM_LINE_AT = stickyCopy(FROM_LINE);
const TYPE_LINE_FROM_AT = stickyCopy(TYPE_LINE_FROM);
const LABEL_ITEMS_AT = stickyCopy(LABEL_ITEMS);
const SIGNED_LINE_AT = stickyCopy(SIGNED_LINE);
const RECEIVED_AT = stickyCopy(RECEIVED);

/**
 * The starts of the lines of `text` that hold one of `needles`, in text order. With U+2028/U+2029 in
 * the text (line breaks to `^` and `$`, but not to every class the patterns use) undefined: the caller
 * then scans with the pattern itself.
 */
function linesWith(text: string, needles: readonly string[]): number[] | undefined {
  if (text.includes('\u2028') || text.includes('\u2029')) return undefined;
  const at: number[] = [];
  for (const needle of needles) {
    // searched by a rarer part ("partement", ")"): the first letters of "departementet" are common ones
    const part = needle.endsWith(')') ? ')' : needle.startsWith('departementet') ? 'partement' : needle;
    const offset = needle.indexOf(part);
    for (let i = text.indexOf(part, offset); i >= 0; i = text.indexOf(part, i + 1)) if (text.startsWith(needle, i - offset)) at.push(i - offset);
  }
  if (needles.length > 1) at.sort((a, b) => a - b);
  // each line once, however many needles it holds
  return lineStartsAt(text, at).filter((start, k, all) => k === 0 || start !== all[k - 1]);
}

/**
 * The first match of `pattern` (whose every match lies within one line, from its start, and holds one
 * of the needles) in `text`: only the lines holding a needle (`starts`, from linesWith) are tried, with
 * the sticky copy `at`.
 */
function firstOnLines(text: string, pattern: RegExp, at: RegExp, starts: readonly number[] | undefined): RegExpExecArray | null {
  if (!starts) {
    pattern.lastIndex = 0;
    return pattern.exec(text);
  }
  for (const s of starts) {
    at.lastIndex = s;
    const m = at.exec(text);
    if (m) return m;
  }
  return null;
}

function groupFact(m: RegExpExecArray | null): Fact<string> | undefined {
  const span = m?.indices?.[1];
  if (!m?.[1] || !span) return undefined;
  return { value: cleanMinistry(m[1]), start: span[0], end: span[1] };
}

function signedLine(text: string): Fact<string> | undefined {
  // the pattern reads one line from its start: its matches, in order, are those on the lines naming a ministry in parentheses
  const starts = linesWith(text, SIGNED_NEEDLES);
  SIGNED_LINE.lastIndex = 0;
  let n = 0;
  const next = (): RegExpExecArray | null => {
    if (!starts) return SIGNED_LINE.exec(text);
    while (n < starts.length) {
      SIGNED_LINE_AT.lastIndex = starts[n++]!;
      const m = SIGNED_LINE_AT.exec(text);
      if (m) return m;
    }
    return null;
  };
  let m: RegExpExecArray | null;
  while ((m = next()) !== null) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const prev = text.slice(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1)).trimEnd();
    const nextStart = text.indexOf('\n', m.index + m[0].length);
    const next = nextStart < 0 ? '' : text.slice(nextStart + 1, nextStart + 80).trimStart();
    // Running text broken at the parenthesis: "… redovisas till Regeringskansliet" / "(Socialdepartementet)" / "senast …".
    const wrapped = /Regeringskansliet$/u.test(prev) || (/[\p{Ll},]$/u.test(prev) && /^\p{Ll}/u.test(next));
    if (!wrapped) return groupFact(m);
  }
  return undefined;
}

/** The ministry alone on a line (or a layout column) at the top, not a recipient and not part of a list. */
function letterhead(text: string): Fact<string> | undefined {
  const lines = splitLines(text, HEAD_CHARS);
  let seen = 0;
  for (let i = 0; i < lines.length && seen < LETTERHEAD_LINES; i++) {
    const line = lines[i]!;
    if (!line.text || isRule(line.text)) continue;
    seen++;
    if (isBodyText(line.text)) break;
    for (const col of columns(line)) {
      // "Regeringskansliet Socialdepartementet" on one line is the same letterhead.
      const own = col.text.startsWith('Regeringskansliet') ? /^Regeringskansliet[ \t]+/u.exec(col.text) : null;
      const name = own ? { text: col.text.slice(own[0].length), start: col.start + own[0].length, end: col.end } : col;
      const written = fromUpperCase(name.text);
      if (!isMinistryName(written)) continue;
      if (isRecipient(lines, i) || inList(lines, i) || agencyNumberAbove(text, name.start)) return undefined;
      return { value: cleanMinistry(written), start: name.start, end: name.end };
    }
  }
  return undefined;
}

/** Older letterheads print the ministry in capitals: "FINANSDEPARTEMENTET" is written "Finansdepartementet". */
function fromUpperCase(t: string): string {
  if (!t.endsWith('DEPARTEMENTET') && !t.endsWith('STATSRÅDSBEREDNINGEN')) return t;
  if (!/^[\p{Lu}\u00ad -]+$/u.test(t) || !/(?:DEPARTEMENTET|STATSRÅDSBEREDNINGEN)$/u.test(t)) return t;
  const lower = t.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The sender's own diary number in agency style above the ministry ("Dnr KST 2023/123", "Dnr 3.1-4788-2026"):
 * the letterhead is an agency's, and the ministry below it is the addressee of its remissvar.
 */
function agencyNumberAbove(text: string, pos: number): boolean {
  // the whole text, as the diary number extractor asks: its diary numbers are computed once
  return findDiaryNumbers(text).some((d) => d.start < pos && !/^\p{L}{1,3}(?:\d{4}|\d{2})\//u.test(d.id));
}

/** Running text: the letterhead ends where the body begins. */
function isBodyText(t: string): boolean {
  if (t.length > 160) return true;
  // the last character read directly: a pattern anchored at the end only would be tried at every position
  const last = t.charCodeAt(t.length - 1);
  return (last === 46 || last === 33 || last === 63) && t.split(/\s+/).length > 14;
}

function neighbours(lines: Line[], i: number, dir: 1 | -1, count: number): string[] {
  const out: string[] = [];
  for (let k = i + dir; k >= 0 && k < lines.length && out.length < count; k += dir) if (lines[k]!.text) out.push(lines[k]!.text);
  return out;
}

/** An address block: "Till …"/"Kopia" above, or an e-mail address / postal address right below. */
function isRecipient(lines: Line[], i: number): boolean {
  const above = neighbours(lines, i, -1, 1)[0] ?? '';
  const below = neighbours(lines, i, 1, 1)[0] ?? '';
  // 103 33 Stockholm is the Government Offices' own postal address, printed under a sender's letterhead too.
  const postal = /^(?:\d{3}\s?\d{2}\s+\p{Lu}|Box\s+\d)/u.test(below) && !/^103\s?33\s/u.test(below);
  return /^(?:Till|Kopia|Mottagare|Adressat)(?![\p{L}])/iu.test(above) || /@/u.test(below) || postal;
}

/** Several ministries in a row are a list (distribution, site navigation), not a letterhead. */
function inList(lines: Line[], i: number): boolean {
  const near = [...neighbours(lines, i, -1, 1), ...neighbours(lines, i, 1, 1)];
  return near.some((t) => isMinistryName(t.replace(/\s+\S{1,4}$/u, '')) || isMinistryName(t));
}

/** Documents a member of the Riksdag sends: no ministry is their sender, whatever ministry they name. */
const MEMBERS_DOCUMENTS = new Set(['interpellation', 'written-question']);

export function extract(doc: ReadDocument, ctx?: ExtractContext): Fact<string>[] {
  if (ctx?.type && MEMBERS_DOCUMENTS.has(ctx.type)) return [];
  const text = maskArtifacts(doc.text);
  const head = text.slice(0, HEAD_CHARS);
  // every head pattern names a ministry on its line: only those lines are tried
  const lines = linesWith(head, MINISTRY_NEEDLES);
  const found =
    groupFact(firstOnLines(head, LABEL, LABEL_AT, lines)) ??
    groupFact(firstOnLines(head, FROM_LINE, FROM_LINE_AT, lines)) ??
    groupFact(firstOnLines(head, TYPE_LINE_FROM, TYPE_LINE_FROM_AT, lines)) ??
    groupFact(firstOnLines(head, LABEL_ITEMS, LABEL_ITEMS_AT, lines)) ??
    signedLine(text) ??
    letterhead(text) ??
    groupFact(firstOnLines(head, RECEIVED, RECEIVED_AT, lines));
  return found ? [found] : [];
}

export default { meta, extract } satisfies Extractor<string>;
