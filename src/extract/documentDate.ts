// The document's OWN date, ISO, with the cue and date as evidence.
//
// Swedish government texts state their own date in a few fixed forms, each a "cue" + a date:
//   signature    "Stockholm den 14 september 2021" alone on a line (bills, answers, skrivelser, letters);
//                without "den" when the year is written: "Stockholm 2020-06-03", "Stockholm 3 juni 2020"
//   decision     "Beslut vid regeringssammanträde den 16 mars 2017", "Utdrag ur protokoll vid
//                regeringssammanträde den 6 april 1998", "Beslut: 2005-09-01" (directives, minutes)
//   issued       "Utfärdad: 2018-12-20", "Utfärdad den 20 december 2018", the printed SFS's
//                "…;\n utfärdad den 21 juni 2022." (statutes)
//   published    "Publicerad 28 augusti 2017" (press releases, regeringen.se pages)
//   debate       "Interpellationsdebatt 24 juni 2008" (an interpellation answer given in the chamber)
//   answered     "Besvarad: 2011-09-14" (riksdagen.se pages of answers)
//   submitted    "Inlämnad: 2007-08-10" (interpellations and written questions themselves)
//   label        "Datum: 2021-02-11" in the letterhead
//   header       a date alone on a line of the letterhead ("2021-02-11", "den 14 september"), or an
//                ISO date opening a letterhead line ("2021-02-11 S2020/05028", glued by layout:
//                "2005-12-15Kammarkollegiet")
//   weekday      "Tisdagen den 14 januari 2020" heading a Riksdag protocol
//   inline       the signature inside a line, after a sentence and before a name, when a web page's text
//                was run together into one line (the weakest cue)
// Which cue is the document's own depends on its type: an answer page also carries the question's
// "Inlämnad" date, a decision's payment plan its own "Datum:", a bill the protocol date after the
// signature. Dates the text merely mentions ("skrivelse daterad den 17 december 2020", "Innehållet
// publicerades under perioden …") are never the document's own; with no cue the date is null.
import { maskArtifacts } from '../classify/layout.js';
import type { DocumentType, Fact, ReadDocument } from '../record.js';
import { MONTH_PATTERN, isMonthAbbreviation, isValidDate, isoDate, monthNumber } from '../swedish/months.js';
import { isBarePlace } from '../swedish/places.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'date', version: 6 };

type Cue = 'signature' | 'decision' | 'issued' | 'published' | 'debate' | 'answered' | 'submitted' | 'label' | 'header' | 'weekday' | 'inline';

/** The cues that state the document's own date, strongest first, for each type. */
const ORDER: Record<DocumentType, readonly Cue[]> = {
  'written-question-answer': ['signature', 'answered', 'debate', 'header', 'weekday', 'published', 'label', 'inline'],
  'interpellation-answer': ['debate', 'signature', 'answered', 'weekday', 'header', 'published', 'label', 'inline'],
  interpellation: ['submitted', 'signature', 'header', 'label', 'published', 'inline'],
  'written-question': ['submitted', 'signature', 'header', 'label', 'published', 'inline'],
  'government-decision': ['header', 'label', 'decision', 'signature', 'published', 'inline'],
  'press-release': ['published', 'header'],
  letter: ['signature', 'label', 'header', 'decision', 'inline'],
  'committee-directive': ['decision', 'signature', 'header', 'label', 'inline'],
  statute: ['issued', 'signature', 'decision', 'header'],
  bill: ['signature', 'decision', 'header', 'inline'],
  other: ['signature', 'decision', 'issued', 'published', 'debate', 'answered', 'submitted', 'label', 'header', 'weekday', 'inline'],
};

/** Lines of the letterhead searched for a header date: the text before the first paragraph of prose. */
const HEAD_LINES = 60;
/** How far into the text a "Datum:" label counts as the letterhead's. */
const LABEL_HEAD_CHARS = 4000;
const PROSE_LINE = 200;

const H = '[^\\S\\r\\n]';
/** A date expression at a position (sticky): ISO, or "den 14 september 2021" / "14 sept. 2021" / "den 14 september". */
const DATE_AT = new RegExp(
  `(?:(?<y1>\\d{4})-(?<m1>\\d{1,2})-(?<d1>\\d{1,2})(?!\\d)` +
    `|(?:den\\s{1,20})?(?<d2>\\d{1,2})(?::[ae])?(?!\\d)\\s{0,20}(?<mon>${MONTH_PATTERN})(?<dot>\\.)?(?![\\p{L}])(?:,?${H}{0,5}(?:\\r?\\n${H}{0,20})?(?:år${H}{1,3})?(?<y2>1[5-9]\\d\\d|2[01]\\d\\d)(?![\\d/:]))?)`,
  'iyu',
);

/**
 * Cues followed by their date (the date is parsed at the end of the match). Every quantifier is bounded.
 * `needles`: literals every match contains (one of them); a text with none of them is not searched.
 */
const CUES: { cue: Cue; pattern: RegExp; needles?: readonly string[] }[] = [
  // a place and "den" alone on a line (weekday headings are a cue of their own), or without "den":
  // "Stockholm 2020-06-03", "Stockholm 3 juni 2020" (agencies' and organisations' letters; the year written).
  // One pattern for both: a line is one or the other ("den" or a digit after the same blanks), never both.
  {
    cue: 'signature',
    pattern: /^[ \t\u00a0|]{0,80}(?<place>\p{Lu}\p{Ll}{1,30}(?:[ -]\p{Lu}\p{Ll}{1,30}){0,2}),?[^\S\r\n]{1,10}(?:(?=den\s)|(?<bare>)(?=\d))/gmu,
  },
  // a text whose lines were run together (a web page's text collapsed to one line): the signature after a
  // sentence, then the name: "… till riksdagen. Stockholm den 3 juni 2020 Mikael Damberg"; the weakest cue.
  // (The capital is tested before the look-behind only because that fails faster at most positions.)
  { cue: 'inline', needles: ['den'], pattern: /(?=\p{Lu})(?<=[.!?)][^\S\r\n]{1,5})(?<place>\p{Lu}\p{Ll}{1,30}),?[^\S\r\n]{1,5}(?=den\s)/gu },
  { cue: 'decision', needles: ['regeringssammanträde'], pattern: /(?:Beslut|Beslutat|(?:Utdrag\s{1,5}ur\s{1,5})?[Pp]rotokoll)\s{1,5}vid\s{1,5}regeringssammanträde(?:t)?\s{1,5}(?=den\s)/gmu },
  { cue: 'decision', needles: ['Beslut'], pattern: /^[^\S\r\n]{0,80}(?:Beslut|Beslutad|Beslutat|Beslutsdatum)(?:[^\S\r\n]{0,5}:[^\S\r\n]{0,5}|[^\S\r\n]{1,5}(?=den\s))/gmu },
  // SFS prints and web pages put the date under the label: "Publicerad\nden 1 juni 2020"
  { cue: 'issued', needles: ['Utfärdad'], pattern: /(?<![\p{L}])Utfärdad(?:e)?(?:[^\S\r\n]{0,5}:[^\S\r\n]{0,5}|[^\S\r\n]{1,5}|[^\S\r\n]{0,5}\r?\n[^\S\r\n]{0,20})/gu },
  // the printed SFS continues its title in lower case: "Lag om ändring i …;\nutfärdad den 21 juni 2022."
  // (its "Utkom från trycket den …" is the printing date, not the statute's own)
  { cue: 'issued', needles: ['utfärdad'], pattern: /(?:^[^\S\r\n]{0,80}|[;,][^\S\r\n]{0,5})utfärdad[^\S\r\n]{1,5}(?=den\s)/gmu },
  // a page's label line: "Pressmeddelande · 14 augusti 2021 · Justitiedepartementet"
  { cue: 'published', needles: ['·', '•', '|'], pattern: /^[^\S\r\n]{0,80}(?:Pressmeddelande|Nyhet|Artikel|Debattartikel|Uttalande)[^\S\r\n]{0,5}[·•|][^\S\r\n]{0,5}/gmu },
  { cue: 'published', needles: ['Publicerad'], pattern: /^[^\S\r\n]{0,80}Publicerad(?:[^\S\r\n]{0,5}:[^\S\r\n]{0,5}|[^\S\r\n]{1,5}|(?:[^\S\r\n]{0,5}\r?\n){1,2}[^\S\r\n]{0,20})/gmu },
  // "Interpellationsdebatt", "Debattdag", "Debatt" all hold "ebatt"
  { cue: 'debate', needles: ['ebatt'], pattern: /^[^\S\r\n]{0,80}(?:Interpellationsdebatt|Debattdag|Debatt)(?:[^\S\r\n]{0,5}:[^\S\r\n]{0,5}|[^\S\r\n]{1,5})/gmu },
  // riksdagen.se's event list: "Inlämnad: 2007-08-10", or the date on the line under the label
  { cue: 'answered', needles: ['Besvarad', 'Svarsdatum'], pattern: /(?<![\p{L}])(?:Besvarad|Svarsdatum)(?:[^\S\r\n]{0,5}:[^\S\r\n]{0,5}|[^\S\r\n]{1,5}|[^\S\r\n]{0,5}\r?\n[^\S\r\n]{0,20})/gu },
  { cue: 'submitted', needles: ['Inlämna'], pattern: /(?<![\p{L}])(?:Inlämnad|Inlämnat)(?:[^\S\r\n]{0,5}:[^\S\r\n]{0,5}|[^\S\r\n]{1,5}|[^\S\r\n]{0,5}\r?\n[^\S\r\n]{0,20})/gu },
  { cue: 'label', needles: ['Datum', 'Dag'], pattern: /^[^\S\r\n]{0,80}(?:Datum[^\S\r\n]{0,5}:?|Dag[^\S\r\n]{0,5}:)[^\S\r\n]{0,5}/gmu },
];

/** Words that begin a line like a place but are labels or weekdays: "Publicerad den …", "Tisdagen den …". */
const NOT_PLACE = /^(?:Publicerad|Uppdaterad|Inlämnad|Besvarad|Utfärdad|Beslutad|Beslut|Datum|Ikraft|Anmäld|Regeringen|Riksdagen|Kammaren)$/u;
const WEEKDAY = /^(?:Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag)(?:en)?$/u;

interface ParsedDate {
  /** ISO when the year is written; undefined when the text gives only day and month. */
  iso?: string;
  month: number;
  day: number;
  start: number;
  end: number;
}

/** The date written at `pos` (after optional blanks), or undefined. */
function dateAt(text: string, pos: number): ParsedDate | undefined {
  let p = pos;
  while (p < text.length && p - pos < 5 && (text[p] === ' ' || text[p] === '\t')) p++;
  DATE_AT.lastIndex = p;
  const m = DATE_AT.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const end = p + m[0].length;
  if (g['y1'] !== undefined) {
    const [y, mo, d] = [Number(g['y1']), Number(g['m1']), Number(g['d1'])];
    return isValidDate(y, mo, d) ? { iso: isoDate(y, mo, d), month: mo, day: d, start: p, end } : undefined;
  }
  const month = monthNumber(g['mon']!)!;
  const day = Number(g['d2']);
  // "jul" alone is also Christmas: an abbreviation needs its dot or a year
  if (isMonthAbbreviation(g['mon']!) && g['dot'] === undefined && g['y2'] === undefined) return undefined;
  if (g['y2'] === undefined) return isValidDate(2000, month, day) ? { month, day, start: p, end } : undefined;
  const year = Number(g['y2']);
  return isValidDate(year, month, day) ? { iso: isoDate(year, month, day), month, day, start: p, end } : undefined;
}

/** Only blanks (or a full stop) between `pos` and the end of its line. */
function restOfLineBlank(text: string, pos: number): boolean {
  for (let i = pos; i < text.length && i < pos + 200; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    // a table cell's closing bar ("| Stockholm den 14 september 2021 |") ends the line too
    if (c !== ' ' && c !== '\t' && c !== '.' && c !== '\u00a0' && c !== '|') return false;
  }
  return true;
}

interface Candidate {
  cue: Cue;
  date: ParsedDate;
  start: number;
}

/** The candidates the cue patterns of `source` find (the signature patterns also yield 'weekday'), in pattern then text order. */
function findCued(text: string, source: Cue): Candidate[] {
  const out: Candidate[] = [];
  for (const { cue, pattern, needles } of CUES) {
    if (cue !== source) continue;
    if (needles && !needles.some((n) => text.includes(n))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "Datum:" states the document's date in its letterhead; further down it dates a table row
      if (cue === 'label' && m.index > LABEL_HEAD_CHARS) break;
      const date = dateAt(text, m.index + m[0].length);
      if (!date) continue;
      let kind = cue;
      if (cue === 'inline') {
        // the year written, and a name (or the end of the text) after it
        if (date.iso === undefined || NOT_PLACE.test(m.groups!['place']!) || WEEKDAY.test(m.groups!['place']!)) continue;
        if (!/^[^\S\r\n]{1,5}\p{Lu}\p{Ll}+[^\S\r\n]{1,3}\p{Lu}\p{Ll}|^\s*$/u.test(text.slice(date.end, date.end + 80))) continue;
      }
      if (cue === 'signature') {
        const place = m.groups!['place']!;
        if (NOT_PLACE.test(place) || !restOfLineBlank(text, date.end)) continue;
        // a label before a date ("Pressmeddelande 14 september 2022", "Regeringsbeslut 2021-09-23") is no place
        if (m.groups!['bare'] !== undefined && (date.iso === undefined || !isBarePlace(place))) continue;
        if (WEEKDAY.test(place)) kind = 'weekday';
      }
      // the match may have started at the line's indentation or a table bar: evidence starts at the cue's first letter
      let start = m.index;
      while (start < text.length && /[\s|;,]/.test(text[start]!)) start++;
      out.push({ cue: kind, date, start });
    }
  }
  return out;
}

/** A document-type label the letterhead prints before its date on the same line. */
const HEADER_LABEL = /^(?:Regeringsbeslut(?:[ \t]+[IVX]{1,4}:\d{1,3})?|Promemoria|Remissvar|Remiss|Yttrande|Protokoll)[ \t]+(?=\d{4}-\d{2}-\d{2}(?!\d)|den\s|\d{1,2}\s+\p{Ll})/u;

/** The first letters of HEADER_LABEL's words ("Regeringsbeslut", "Promemoria", "Yttrande" …). */
const LABEL_FIRST = new Set([...'RPY'].map((ch) => ch.charCodeAt(0)));
/** Blanks between the columns of a letterhead line: space, tab, no-break space, "|". */
const COLUMN_BLANK = new Set([...' \t\u00a0|'].map((ch) => ch.charCodeAt(0)));

/** Dates alone on a line (or a layout column) of the letterhead, and ISO dates glued to the next field. */
function findHeader(text: string): Candidate[] {
  const out: Candidate[] = [];
  let sawProse = false;
  let pos = 0;
  for (let n = 0; n < HEAD_LINES && pos < text.length; n++) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl - pos > PROSE_LINE) break;
    // the label form belongs to the letterhead, above the first sentence of the body
    // (a line that does not end in [.!?] cannot match: tested first, it spares the regex most lines)
    if (!sawProse) {
      const line = text.slice(pos, nl).trim();
      sawProse = /[.!?]$/.test(line) && /\S+(?:\s+\S+){3,}[.!?]$/u.test(line);
    }
    // each column of the line: pdftotext puts the letterhead date beside the sender's name
    let col = pos;
    while (col < nl) {
      while (col < nl && COLUMN_BLANK.has(text.charCodeAt(col))) col++;
      if (col >= nl) break;
      // a type label before the date on a letterhead line: "Regeringsbeslut 2022-03-17", "Regeringsbeslut II:5 2021-04-22"
      const label = sawProse || !LABEL_FIRST.has(text.charCodeAt(col)) ? null : HEADER_LABEL.exec(text.slice(col, nl));
      if (label) col += label[0].length;
      const first = text.charCodeAt(col);
      const date = (first >= 48 && first <= 57) || text.startsWith('den', col) ? dateAt(text, col) : undefined;
      if (date && date.end <= nl) {
        const after = text.slice(date.end, Math.min(nl, date.end + 3));
        const alone = /^(?:[ \t\u00a0.]{0,2}$|\s{3}|[ \t]*\|)/.test(after) || date.end === nl;
        // an ISO date opening a letterhead line is its date, whatever the layout put beside it
        // ("2021-02-11 S2020/05028", "2005-12-15Kammarkollegiet"); prose does not open with one
        const opensLine = date.iso !== undefined && /^\d{4}-/.test(text.slice(col, col + 5));
        if (alone || opensLine) out.push({ cue: 'header', date, start: col });
      }
      // next column: after a gap of three blanks, a tab or a table bar (searched within the line)
      const line = text.slice(col, nl);
      const g = /(?: {3,}|\t|\|)/.exec(line);
      if (!g) break;
      col += g.index + g[0].length;
    }
    pos = nl + 1;
  }
  return out;
}

/** The full dates of the text, indexed for completing year-less dates (built once, only when needed). */
interface DateIndex {
  /** The date the dates extractor gave the mention starting at an offset. */
  byStart: Map<number, string>;
  /** The first full date with a given "-MM-DD". */
  byMonthDay: Map<string, string>;
}

function indexDates(facts: readonly Fact<string>[]): DateIndex {
  const byStart = new Map<number, string>();
  const byMonthDay = new Map<string, string>();
  for (const f of facts) {
    if (!byStart.has(f.start)) byStart.set(f.start, f.value);
    const md = f.value.slice(4);
    if (!byMonthDay.has(md)) byMonthDay.set(md, f.value);
  }
  return { byStart, byMonthDay };
}

/**
 * The ISO date of a candidate. A year-less date ("den 14 september" under a riksdagen.se heading)
 * takes the year the dates extractor gave that mention, else the year of the same day written in
 * full elsewhere ("Besvarad: 2011-09-14"), else the document's year.
 */
function resolve(c: Candidate, index: () => DateIndex, ctx: ExtractContext | undefined): string | undefined {
  if (c.date.iso) return c.date.iso;
  const { byStart, byMonthDay } = index();
  const same = byStart.get(c.date.start);
  if (same) return same;
  const full = byMonthDay.get(`-${String(c.date.month).padStart(2, '0')}-${String(c.date.day).padStart(2, '0')}`);
  if (full) return full;
  const year = ctx?.documentYear;
  return year !== undefined && isValidDate(year, c.date.month, c.date.day) ? isoDate(year, c.date.month, c.date.day) : undefined;
}

export function extract(doc: ReadDocument, ctx?: ExtractContext): Fact<string>[] {
  // "[bookmark: _GoBack]Stockholm den …": word-processor residue masked, offsets kept
  const text = maskArtifacts(doc.text);
  const order = ORDER[ctx?.type ?? 'other'];
  let built: DateIndex | undefined;
  const index = (): DateIndex => (built ??= indexDates(ctx?.dates ?? []));
  // Cues are searched only when the order reaches them: the first cue that gives a date ends the
  // search, and most texts have their strongest cue. Each source's candidates in text order (a
  // stable sort: equal starts keep pattern order, as in one sorted list of every cue's candidates).
  const bySource = new Map<Cue, Candidate[]>();
  for (const cue of order) {
    const source: Cue = cue === 'weekday' ? 'signature' : cue;
    let candidates = bySource.get(source);
    if (!candidates) {
      candidates = (source === 'header' ? findHeader(text) : findCued(text, source)).sort((a, b) => a.start - b.start);
      bySource.set(source, candidates);
    }
    for (const c of candidates) {
      if (c.cue !== cue) continue;
      const iso = resolve(c, index, ctx);
      if (iso) return [{ value: iso, start: c.start, end: c.date.end }];
    }
  }
  return [];
}

export default { meta, extract } satisfies Extractor<string>;
