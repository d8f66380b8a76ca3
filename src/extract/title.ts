// The document's own heading, as written.
//
// Where the heading sits depends on how the document designates itself, so the classifier's
// signal is the anchor:
//   - on the same line before it:  "Utredning om den svenska rymdverksamheten, Dir. 1994:103"
//   - on the same line after it:   "Interpellation 2014/15:687 Åtgärd för att …"
//   - the signal line itself:      "Svar på skrivelse Tillfälliga åtgärder …", "Lag (2008:344) om …"
//   - the line just before it:     riksdagen pages ("Utbyggnad av riksväg 40" / "Svar på skriftlig fråga …")
//   - the heading after it:        "Pressmeddelande från …" / title, "Svar på fråga … av X (M)" / title,
//                                  "Regeringsbeslut" / date / dnr / addressee / title
// A heading broken over lines (PDF) is joined, hyphenation undone; layout columns ("Prop. /
// 2012/13:182" boxes) are left out. Markdown "# Title" and reader title hints come first/last.
import { classify } from '../classify/index.js';
import { type Line, columns, isMinistryName, isRule, lineIndexAt, maskArtifacts, splitLines } from '../classify/layout.js';
import type { Fact, ReadDocument } from '../record.js';
import { isWhiteSpace, singleSpaced, withoutSoftHyphens } from '../scan.js';
import { MONTH_ALTERNATION } from '../swedish/months.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'title', version: 5 };

const HEAD_CHARS = 8000;
/** Lines searched after a designation for its heading. */
const AFTER_WINDOW = 14;
const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 300;

// ── What a heading line is not ──

const DATE_LINE = new RegExp(
  `^(?:\\d{4}-\\d{2}-\\d{2}|(?:den\\s+)?\\d{1,2}\\s+(?:${MONTH_ALTERNATION})(?:\\s+\\d{4})?$|(?:Stockholm|Publicerad|Uppdaterad|Datum|Beslutsdatum|Beslut|Inlämnad|Besvarad|Utfärdad|Ikraft)\\b)`,
  'iu',
);
// Government Offices diary numbers "S2020/05028", "Fö2022/00350", "(KN2026/00741)", agency "Dnr 3.1-…".
const DIARY_LINE = /^\(?(?:(?:Dnr|Diarienummer|Vår referens|Er referens|Vårt datum|Ert datum|Vår beteckning|Er beteckning)\b|\p{Lu}\p{L}{0,3}\d{4}\/\d)/u;
// Page numbers, bare designations ("2012/13:182", "1990/91:JuU4") and "Sid 1 (1)".
const NUMBER_LINE = /^[\d\s/:().·,-]*$|^(?:Sid|Sida)\s+\d|^\d{4}(?:\/\d{2,4})?:\s?\p{L}{0,5}\s?\d{1,4}$/u;
const DESIGNATION_FRAGMENT =
  /^(?:Prop\.|Dir\.|Skr\.|SFS(?:-nummer)?|Propositionsnummer|Regeringens proposition|Regeringens skrivelse|Kommittédirektiv|Regeringsbeslut|Regeringens beslut|Pressmeddelande|Interpellation|Skriftlig fråga|Svar på (?:skriftlig |skriftliga )?(?:frågorna|fråga)|Svar på interpellation(?:er|erna)?|Interpellationsdebatt|Remissvar|REMISSVAR|Remissyttrande|Yttrande|Remiss|Promemoria|Faktapromemoria|Lagrådsremiss|Departementsserien|Statens offentliga utredningar|Motion|Kommittémotion|Betänkande)(?![\p{L}])[\s\d/:.·,-]*$|^(?:Faktapromemoria|Betänkande|Bet\.|Motion)\s+\d{4}\/\d{2,4}\s*:\s*\p{Lu}{1,4}\p{Ll}{0,3}\s?\d{1,4}$/u;
// A question's designation line naming the asker or the minister: "Svar på fråga 2017/18:1561 av Lars Beckman (M)".
// Also several numbers ("Svar på frågorna 2021/22:1601 och 2021/22:1602 av …") and the number line of a
// designation broken over two lines in a PDF ("Svar på fråga" / "2019/20:1234 av Ann-Britt Åsebol (M)").
const Q_NUMBERS = String.raw`\d{4}\/\d{2,4}\s*:\s*\d{1,4}(?:(?:\s*,\s*|\s+och\s+)\d{4}\/\d{2,4}\s*:\s*\d{1,4})*`;
const ASKER_DESIGNATION = new RegExp(
  `^(?:(?:Svar på (?:skriftlig |skriftliga )?(?:frågorna|fråga)|Svar på (?:interpellationerna|interpellation)|Interpellation|Skriftlig fråga|Fråga)\\s+)?${Q_NUMBERS}\\s+(?:av|besvarad av)\\s`,
  'u',
);
/** A question's number before its heading on one line: "Fråga 2021/22:45 Väntetider i cancervården". */
const QUESTION_PREFIX = new RegExp(`^(?:Skriftlig fråga|Fråga|Interpellation)\\s+(?:nr\\.?\\s+)?${Q_NUMBERS}\\s+(?=\\p{Lu})`, 'u');
// regeringen.se's type label "Pressmeddelande från Finansdepartementet".
const TYPE_LABEL = /^(?:Pressmeddelande|Kommittédirektiv|Proposition|Skrivelse|Regeringsuppdrag|Artikel|Debattartikel|Tal|Uttalande|Rapport|Promemoria|Faktapromemoria|Lagrådsremiss|Remiss|Svar på (?:skriftlig )?fråga|Svar på interpellation)\s+från\s/u;
// Also the minister's title alone in a letterhead ("Justitiedepartementet" / "Inrikesministern").
const PERSON_LINE = /^(?:Statsrådet|Statsministern?|[\p{Ll}-]*ministern?|Riksdagsledamoten|av|till|Anf\.)(?:\s|$)/iu;
// A numbered section heading of the body: "1. Verksamhet", "2.1 Anslag".
const SECTION_LINE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,3}$|^\d{1,2}\.\s/u;
const ADDRESS_LINE = /^(?:\d{3}\s?\d{2}(?:\s|$)|Box\s+\d|Besök|Post:|Telefon|Tel\.|Fax|Mobil|E-post|www\.)|@|https?:\/\//iu;
const ATTACHMENT_LINE = /^(?:\d+|en|två|tre)\s+bilag(?:a|or)$|^Bilaga\b|^Kopia\b/iu;
/** Navigation and page furniture of riksdagen.se, regeringen.se and rkrattsbaser. */
const NAVIGATION_LINE =
  /^(?:Stäng|Sökresultat|Föregående|Nästa|Om|Meny|Lyssna|Dela|Skriv ut|Innehåll|Lättläst|Teckenspråk|Till innehåll på sidan|Hoppa till huvudinnehåll|Till riksdagen|Regeringskansliet|Händelser|Protokoll från debatten|Visa register)$|^(?:Innehållet publicerades|Post \d+ av \d+|Anföranden:|Ansvarig(?: myndighet)?:|Departement(?:\/myndighet)?:|Dokument:|Ändring införd:|Omtryck:|Övrigt:|Publicerad\b|ID-nummer:)/u;

function isMeta(text: string): boolean {
  const t = withoutSoftHyphens(text);
  return (
    !t ||
    isRule(t) ||
    DATE_LINE.test(t) ||
    DIARY_LINE.test(t) ||
    NUMBER_LINE.test(t) ||
    DESIGNATION_FRAGMENT.test(t) ||
    PERSON_LINE.test(t) ||
    ASKER_DESIGNATION.test(t) ||
    TYPE_LABEL.test(t) ||
    ADDRESS_LINE.test(t) ||
    ATTACHMENT_LINE.test(t) ||
    NAVIGATION_LINE.test(t) ||
    SECTION_LINE.test(t) ||
    isMinistryName(t)
  );
}

/** A sentence of running text rather than a heading: ends in a full stop after a word, or is long. */
function isSentence(text: string): boolean {
  if (text.length > 220) return true;
  const words = wordCount(text, 31);
  if (words > 30) return true;
  // Each test below needs its last character: most lines end otherwise and skip the regexes.
  const last = text.charCodeAt(text.length - 1);
  // "m.fl.", "m.m.", "bl.a." are abbreviations that end headings; "avsändare." ends a sentence.
  // A question mark ends headings too ("Hur ska Sverige nå klimatmålen?").
  if ((last === 46 || last === 33) && /[\p{Ll}\p{Lu})]{3,}[.!]$/u.test(text) && !/\b\p{L}{1,3}\.\p{L}{1,3}\.$/u.test(text)) return true;
  // "Uppdraget ska redovisas senast den 31 mars 2024.", "… (prop. 2022/23:1 …, rskr. 2022/23:102)."
  if (words >= 4 && last === 46 && /[\d)]\.$/u.test(text)) return true;
  // A sentence introducing what follows: "Jag vill mot denna bakgrund fråga utrikesministern:".
  return words >= 4 && last === 58 && /\p{Ll}:$/u.test(text);
}

/** `text.split(/\s+/).length`, counted up to `max` without building the array. */
function wordCount(text: string, max: number): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inSpace && ++n >= max) return n;
    inSpace = space;
  }
  return n;
}

function isHeadingText(text: string): boolean {
  return !isMeta(text) && !isSentence(text) && /\p{L}{2}/u.test(text);
}

// ── Reading a heading that may run over several lines ──

/** The text column of a line that holds the heading: the left one, or a Word table's first cell. */
function headingColumn(line: Line): Line | undefined {
  if (!line.text || isRule(line.text)) return undefined;
  const col = columns(line)[0];
  // Not part of the heading: a Markdown heading mark, rkrattsbaser's "Rubrik:" label, a question's
  // number before its heading ("Fråga 2021/22:45 Väntetider i cancervården").
  // A protocol's item number before its heading ("§ 5 Svar på interpellation …") is not part of it either.
  const mark = col && (/^#{1,6}[ \t]+|^(?:Rubrik|Titel):[ \t]+|^§[ \t]*\d{1,3}[ \t]+(?=\p{Lu})/u.exec(col.text) ?? QUESTION_PREFIX.exec(col.text));
  return col && mark ? { text: col.text.slice(mark[0].length), start: col.start + mark[0].length, end: col.end } : col;
}

// Function words a heading line does not end on unless it continues.
const CONTINUES = /(?:^|\s)(?:om|av|för|till|i|och|med|mot|på|vid|avseende|inom|samt|eller|från|under|över|efter|genom|hos|mellan|utan|utifrån|kring|inför|enligt|bland|trots|en|ett|den|det|de|som|att|angående|rörande|gällande)$/u;

function unbalanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Joins `next` to heading text `acc`, or returns undefined when `next` starts something else. */
function join(acc: string, next: string): string | undefined {
  if (!next) return undefined;
  // "(SOU" + "2026:14)": an open parenthesis carries the heading over a line that alone looks like a number.
  if (unbalanced(acc) && /^[\p{L}\d][^()]*\)/u.test(next)) return `${acc} ${next}`;
  if (isMeta(next)) return undefined;
  const hyphenated = /\p{L}-$/u.test(acc);
  if (hyphenated && /^\p{Ll}/u.test(next)) {
    // "Forskningsdatautred-" + "ningen" → one word; "hälso-" + "och sjukvård" keeps its hyphen.
    return /^(?:och|eller|samt|till)\s/u.test(next) ? `${acc} ${next}` : `${acc.slice(0, -1)}${next}`;
  }
  if (/^\p{Ll}/u.test(next) || CONTINUES.test(acc) || (unbalanced(acc) && /^[\p{L}\d]/u.test(next))) return `${acc} ${next}`;
  return undefined;
}

// The document's own designation printed after its heading: "…, Dir. 1994:103", "… ID-nummer: SOU 2017:66",
// or the first word of a PDF's designation box that a reader put on the heading's line ("Internationell delgivning Prop.").
const DESIGNATION_TAIL = /(?:(?:,[ \t]*|[ \t]+ID-nummer:[ \t]*)(?:Dir\.?|Prop\.|Skr\.|SOU|Ds)[ \t]*\d{4}(?:\/\d{2,4})?[ \t]*:[ \t]*\d{1,4}|[ \t]+(?:Dir\.|Prop\.|Skr\.))$/u;

function withoutDesignationTail(col: Line): Line {
  const m = DESIGNATION_TAIL.exec(col.text);
  if (!m) return col;
  const text = col.text.slice(0, m.index).trimEnd();
  return { text, start: col.start, end: col.start + text.length };
}

/** The heading paragraph starting at line index i (its text column), joined; undefined if not a heading. */
function readHeading(lines: Line[], i: number, firstColumn?: Line): Fact<string> | undefined {
  const column = firstColumn ?? headingColumn(lines[i]!);
  const first = column && withoutDesignationTail(column);
  if (!first || !isHeadingText(first.text)) return undefined;
  let value = first.text;
  let end = first.end;
  for (let k = i + 1; k < lines.length && k < i + MAX_TITLE_LINES; k++) {
    const col = headingColumn(lines[k]!);
    if (!col) break;
    const joined = join(value, col.text);
    if (joined === undefined || joined.length > MAX_TITLE_CHARS) break;
    value = joined;
    end = col.end;
  }
  return fact(value, first.start, end);
}

function fact(raw: string, start: number, end: number): Fact<string> | undefined {
  const value = withoutTrailingPunctuation(singleSpaced(withoutSoftHyphens(raw))).trim();
  return value && /\p{L}{2}/u.test(value) ? { value, start, end } : undefined;
}

/** `s.replace(/[\s,;:–-]+$/u, '')` without a regex that would start at every position. */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); end > 0 && (isWhiteSpace(c) || c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 45); c = s.charCodeAt(--end - 1));
  return end === s.length ? s : s.slice(0, end);
}

// ── Strategies around the designation ──

/** Designations whose heading is the signal's own line ("Svar på skrivelse X", "Lag (2008:344) om X"). */
const TITLE_IS_SIGNAL_LINE = new Set([
  'heading:svar-på-skrivelse',
  'heading:remissvar',
  'heading:remiss',
  'heading:remiss-av',
  'heading:författningsrubrik',
  'heading:uppdrag',
  'heading:regleringsbrev',
  'heading:protokoll-regeringssammanträde',
  'heading:tilläggsdirektiv',
]);

/** Designations that riksdagen.se and rkrattsbaser print under the heading, not above it. */
const TITLE_MAY_PRECEDE = new Set([
  'heading:svar-på-fråga',
  'heading:svar-på-fråga-utan-nummer',
  'heading:svar-på-interpellation',
  'heading:svar-på-interpellation-utan-nummer',
  'heading:interpellationsdebatt',
  'heading:interpellation',
  'heading:skriftlig-fråga',
  'heading:kommittédirektiv',
  'designation:dir',
  'heading:regeringens-beslut',
  'speech:anförande-har-frågat-mig',
  // A Ds or SOU prints its designation under the title ("Promemoria" / title / "Ds 2021:8").
  'designation:sou-ds',
]);

/** Text before the signal on its line: "Utredning om X, Dir. 1994:103", "Dataskydd … ID-nummer: SOU 2017:66". */
function prefixTitle(text: string, line: Line, signalStart: number): Fact<string> | undefined {
  if (signalStart <= line.start) return undefined;
  const raw = text.slice(line.start, signalStart).replace(/(?:,|ID-nummer:|Beteckning:|[–·-])\s*$/u, '');
  const t = raw.trim();
  return t && isHeadingText(t) ? fact(t, line.start, line.start + raw.trimEnd().length) : undefined;
}

// "av Anders W Jonsson (C) ", "besvarad av Statsrådet X (S) ": the asker (or minister) and party, then more.
const ASKED_THEN_HEADING = /^(?:besvarad\s+)?av\s+[^()\n]{2,80}?\s*\([\p{L}-]{1,4}\)\s+(?=\S)|^av\s+(?=[^()\n]{2,80}?\s+till\s.+?\s+om\s)/u;

/** Text after a numbered designation on its line: "Fråga 2023/24:291 Uppdrag till Trafikverket". */
function restTitle(text: string, lines: Line[], i: number, signalEnd: number): Fact<string> | undefined {
  const line = lines[i]!;
  if (signalEnd >= line.end) return undefined;
  let from = signalEnd;
  while (from < line.end && /[\s·:–-]/u.test(text[from]!)) from++;
  const rest = text.slice(from, line.end);
  // The asker and the heading run together: "… 2017/18:301 av Anders W Jonsson (C) Vårdköerna"; in the
  // old riksdag form the subject follows the minister: "… av Gunnar Hökmark (m) till utrikesminister … om Sveriges …".
  const asked = ASKED_THEN_HEADING.exec(rest);
  if (asked) {
    let at = from + asked[0].length;
    const after = text.slice(at, line.end);
    const about = (asked[0].includes('(') ? /^(?:till\s.+?\s+)?om\s+(?=\S)/u : /^[^()\n]{2,80}?\s+till\s.+?\s+om\s+(?=\S)/u).exec(after);
    if (about) at += about[0].length;
    else if (/^(?:till|den)(?![\p{L}])/u.test(after)) return undefined;
    if (at >= line.end) return undefined;
    return readHeading(lines, i, columns({ text: text.slice(at, line.end), start: at, end: line.end })[0]);
  }
  if (/^(?:av|besvarad|från|till|den|\(|·)(?![\p{L}])/u.test(rest)) return undefined;
  // "Svar på interpellation 2019/20:112 om arbetsmiljö …": the subject is not a heading on its own,
  // so the whole line is the document's heading as written.
  if (/^om\s/u.test(rest)) return readHeading(lines, i);
  const restLine: Line = { text: rest, start: from, end: line.end };
  return readHeading(lines, i, columns(restLine)[0]);
}

/**
 * A Government Offices answer prints its heading on the line right under "Svar på fråga 2021/22:1032 av
 * Elisabeth Svantesson (M)", the recipient ("Riksdagens centralkansli") above it. A riksdagen.se page prints
 * the heading above the designation and the body under it: a first body line is not a heading on its own
 * ("Elisabeth Svantesson har frågat mig …" joins its lower-case continuation into a sentence).
 */
function headingUnderAsker(text: string, lines: Line[], i: number, signalEnd: number): Fact<string> | undefined {
  const line = lines[i]!;
  if (!/^(?:besvarad\s+)?av\s+[^()\n]{2,80}?\s*\([\p{L}-]{1,4}\)\s*$/u.test(text.slice(signalEnd, line.end).trimStart())) return undefined;
  const next = lines[i + 1];
  if (!next?.text || isMeta(next.text)) return undefined;
  const h = readHeading(lines, i + 1);
  if (!h || isSentence(h.value) || /\s(?:har|hade)\s+(?:frågat|ställt|interpellerat)\b/u.test(h.value)) return undefined;
  return h;
}

/** The heading paragraph that ends on the non-empty line just before line i. */
function titleBefore(lines: Line[], i: number): Fact<string> | undefined {
  let k = i - 1;
  while (k >= 0 && (!lines[k]!.text || isRule(lines[k]!.text))) k--;
  if (k < 0) return undefined;
  // Go back to the start of the block (at most MAX_TITLE_LINES lines) and read it forward.
  let s = k;
  while (s > 0 && k - s < MAX_TITLE_LINES - 1 && lines[s - 1]!.text && !isMeta(lines[s - 1]!.text)) s--;
  for (let start = s; start <= k; start++) {
    const h = readHeading(lines, start);
    if (h && h.end === (headingColumn(lines[k]!)?.end ?? -1)) return h;
  }
  return undefined;
}

// Words that open the heading of a government decision ("Uppdrag att …", "Regleringsbrev för …").
const DECISION_HEADING = /^(?:Uppdrag|Regleringsbrev|Ändring|Ändrat|Ändrade|Förordnande|Bemyndigande|Tillstånd|Medgivande|Bidrag|Stöd|Fördelning|Tilldelning|Utbetalning|Förlängning|Anvisningar|Instruktion|Beslut|Inriktning|Ersättning|Avveckling)(?![\p{L}])/u;

/** A press release's contact box label ("Kontakt", "Presskontakt", "Kontaktpersoner"): its block is not a heading. */
const CONTACT_LABEL = /^(?:Kontakt|Kontakter|Kontaktperson(?:er)?|Presskontakt(?:er)?|Kontakta\s+oss|För\s+mer\s+information(?:\s+kontakta)?):?$/iu;

/** Headings after line i: skips letterhead, dates, diary numbers, addressees and a contact box. */
function titleAfter(lines: Line[], i: number, preferDecisionHeading: boolean): Fact<string> | undefined {
  const found: Fact<string>[] = [];
  for (let k = i + 1; k < lines.length && k <= i + AFTER_WINDOW; k++) {
    const col = headingColumn(lines[k]!);
    if (!col) continue;
    if (isSentence(col.text) && found.length) break; // the body has begun
    if (isAddressee(lines, k)) continue;
    if (CONTACT_LABEL.test(col.text.trim())) {
      while (k + 1 < lines.length && lines[k + 1]!.text.trim()) k++;
      continue;
    }
    const h = readHeading(lines, k);
    if (!h) continue;
    if (!preferDecisionHeading) return h;
    if (DECISION_HEADING.test(h.value)) return h;
    found.push(h);
    // Skip the lines this heading used.
    while (k + 1 < lines.length && headingColumn(lines[k + 1]!) && (headingColumn(lines[k + 1]!)?.end ?? 0) <= h.end) k++;
  }
  return found.at(-1);
}

/** An addressee's name: the line above a postal address ("Försvarsmakten" / "107 85 Stockholm"). */
function isAddressee(lines: Line[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + 2; j++) {
    const t = lines[j]!.text;
    if (!t) continue;
    return /^(?:\d{3}\s?\d{2}\s+\p{Lu}|Box\s+\d)/u.test(t);
  }
  return false;
}

const RESPONSE_WORDS = ['remissvar', 'remissyttrande', 'yttrande'];

/** A bare type word as the signal ("REMISSVAR"): its heading is a later line opening with the same word. */
function sameWordHeading(lines: Line[], i: number, signal: string): Fact<string> | undefined {
  const word = signal.trim().split(/\s+/)[0]!.toLowerCase();
  // An agency's "Remissvar" is headed "Yttrande över …" as often as "Remissvar över …".
  const words = RESPONSE_WORDS.includes(word) ? RESPONSE_WORDS : [word];
  for (let k = i + 1; k < lines.length && k <= i + 2 * AFTER_WINDOW; k++) {
    const col = headingColumn(lines[k]!);
    const lower = col?.text.toLowerCase();
    if (lower && words.some((w) => lower.startsWith(`${w} `))) return readHeading(lines, k);
  }
  return undefined;
}

function titleAtSignal(doc: ReadDocument, text: string, lines: Line[]): Fact<string> | undefined {
  const c = classify(doc);
  if (c.rule.startsWith('default') || c.start >= HEAD_CHARS) return undefined;
  const i = lineIndexAt(lines, c.start);
  const line = lines[i]!;
  // A designation broken over lines ("Svar på fråga" / "2019/20:1234 av …"): what follows it starts on its last line.
  const iEnd = Math.max(i, lineIndexAt(lines, c.end - 1));
  const signal = text.slice(c.start, c.end);
  const numbered = /\d$/.test(signal);

  if (c.type === 'statute') {
    const statute = statuteHeading(lines);
    if (statute) return statute;
  }
  const prefix = prefixTitle(text, line, c.start);
  if (prefix) return prefix;
  // regeringen.se's "ID-nummer: SOU 2017:66" on a line of its own, under the heading.
  if (/^ID-nummer:\s*$/u.test(text.slice(line.start, c.start))) {
    const before = titleBefore(lines, i);
    if (before) return before;
  }
  if (numbered) {
    const rest = restTitle(text, lines, iEnd, c.end);
    if (rest) return rest;
    const under = headingUnderAsker(text, lines, iEnd, c.end);
    if (under) return under;
  }
  if (TITLE_IS_SIGNAL_LINE.has(c.rule)) {
    const self = readHeading(lines, i, columns({ text: text.slice(c.start, line.end), start: c.start, end: line.end })[0]);
    if (self && self.value.length > signal.length + 3) return self;
    const same = sameWordHeading(lines, i, signal);
    if (same) return same;
  }
  if (TITLE_MAY_PRECEDE.has(c.rule)) {
    const before = titleBefore(lines, i);
    if (before) return before;
  }
  if (c.type === 'government-decision') {
    // regeringen.se prints the heading above its "Regeringsbeslut" label; a PDF prints letterhead there.
    const before = titleBefore(lines, i);
    if (before && DECISION_HEADING.test(before.value)) return before;
  }
  return titleAfter(lines, iEnd, c.type === 'government-decision');
}

/** "Lag (2008:344) om …", "Förordning (2018:2069) om …", or printed SFS "Lag" / "om …;". */
function statuteHeading(lines: Line[]): Fact<string> | undefined {
  const re = /^[ \t]*(?:(?:Rubrik|Titel):[ \t]*)?((?:\p{Lu}\p{Ll}{0,40})?(?:[Ll]ag|[Bb]alk|[Ff]örordning|[Kk]ungörelse|[Ss]tadga|[Rr]eglemente)(?:[ \t]+\(\d{4}:\d{1,4}\))?)(?:[ \t]|$)/gmu;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    re.lastIndex = 0;
    const m = re.exec(l.text);
    if (!m) continue;
    const hasNumber = /\(\d{4}:\d+\)/.test(m[1]!);
    const continues = i + 1 < lines.length && /^om\s/u.test(lines[i + 1]!.text);
    if (!hasNumber && !(m[0].trim() === m[1] && continues) && !/^\S+\s+(?:om|med)\s/u.test(l.text)) continue;
    const h = readHeading(lines, i);
    if (h) return { ...h, value: h.value.replace(/;$/, '') };
  }
  return undefined;
}

// ── Fallbacks ──

const MARKDOWN_HEADING = /^#{1,2}[ \t]+(\S[^\n]*?)[ \t#]*$/mu;
/** Site names that readers may report as a page title. */
const SITE_TITLE = /^(?:Regeringskansliets rättsdatabaser|Riksdagen|Sveriges riksdag|Regeringen|Regeringskansliet|Startsida)$/iu;

function markdownTitle(text: string): Fact<string> | undefined {
  const m = MARKDOWN_HEADING.exec(text.slice(0, HEAD_CHARS));
  if (!m?.[1]) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return fact(m[1], start, start + m[1].length);
}

function hintTitle(doc: ReadDocument, text: string): Fact<string> | undefined {
  for (const raw of doc.titleHints ?? []) {
    const hint = raw.replace(/\s+[-|–]\s+(?:Regeringen\.se|Riksdagen|Sveriges riksdag|regeringen\.se|riksdagen\.se)$/u, '').trim();
    if (!hint || SITE_TITLE.test(hint)) continue;
    const at = text.indexOf(hint);
    if (at >= 0) return fact(hint, at, at + hint.length);
  }
  return undefined;
}

function firstHeading(lines: Line[]): Fact<string> | undefined {
  for (let i = 0; i < lines.length && i < 60; i++) {
    const h = readHeading(lines, i);
    if (h) return h;
  }
  return undefined;
}

export function extract(doc: ReadDocument, _ctx?: ExtractContext): Fact<string>[] {
  const text = maskArtifacts(doc.text);
  if (doc.format === 'md' || /^#[ \t]/.test(text)) {
    // A Markdown heading that is only a designation or type label ("# Pressmeddelande från …") is not the title.
    const md = markdownTitle(text);
    if (md && isHeadingText(md.value)) return [md];
  }
  const lines = splitLines(text, HEAD_CHARS);
  const found = titleAtSignal(doc, text, lines) ?? hintTitle(doc, text) ?? firstHeading(lines);
  return found ? [found] : [];
}

export default { meta, extract } satisfies Extractor<string>;
