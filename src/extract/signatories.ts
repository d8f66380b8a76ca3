// The people who sign the document: its signature block, in order, as {name, title} with the title
// or role written beside the name (null when none).
//
// Swedish government texts sign in a few fixed forms:
//   1. after the signature date: "Stockholm den 27 januari 2021" / "Lena Hallengren"; bills and
//      skrivelser: the prime minister, then the minister, "(Justitiedepartementet)" under the last
//      name (a ministry, not a title)
//   2. after "På regeringens vägnar": the minister, then the official who presented the matter
//      (föredragande), side by side or one under the other
//   3. after a closing ("Med vänlig hälsning", "Enligt uppdrag")
//   4. an agency's decision formula, digitally approved: "Detta yttrande har beslutats av
//      avdelningschefen Anette Schierbeck. Föredragande har varit enhetschefen Peter von Wowern." —
//      both, the title as written ("avdelningschefen")
//   5. no formula at all: a name with a title line under it closing a letter
//      ("Lena Hallengren" / "Socialminister")
//   6. a motion's members, each with the party, on the last lines ("Ann-Sofie Alm (M)")
// Not signatures: a press release's contacts ("Presskontakt", "Pressekreterare hos …"), people
// merely mentioned, a speaker line ("Anf. 111 Fredrik Reinfeldt (M)"), the Närvarande/Föredragande
// lists of minutes, the minister named in a heading ("Statsrådet Catharina Elmsäter-Svärd").
import { isMinistryName, isRule, maskArtifacts } from '../classify/layout.js';
import type { Fact, Person, ReadDocument } from '../record.js';
import { stickyCopy } from '../scan.js';
import { MONTH_PATTERN } from '../swedish/months.js';
import { isPartyAbbreviation } from '../swedish/parties.js';
import { isBarePlace } from '../swedish/places.js';
import { isTitle } from '../swedish/titles.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'signatories', version: 5 };

const H = '[^\\S\\r\\n]';

/**
 * A signature date line: "Stockholm den 14 september 2021", "Stockholm den 14 sept. 2021", "Bryssel den
 * 3 mars 2020"; inquiries (SOU, Ds) sign with the month only: "Stockholm i mars 2021"; agencies and
 * organisations without "den": "Stockholm 2020-06-03", "Göteborg 3 juni 2020".
 */
const DATE_LINE = new RegExp(
  `^[ \\t\\u00a0|]{0,80}(?<place>\\p{Lu}\\p{Ll}{1,30}(?:[ -]\\p{Lu}\\p{Ll}{1,30}){0,2}),?${H}{1,10}(?:(?:den${H}{1,5}\\d{1,2}(?::[ae])?|i)${H}{1,5}(?:${MONTH_PATTERN})\\.?${H}{1,5}\\d{4}|(?<bare>\\d{1,2}${H}{1,5}(?:${MONTH_PATTERN})\\.?${H}{1,5}\\d{4}|\\d{4}-\\d{2}-\\d{2}))[ \\t\\u00a0|.]{0,20}$`,
  'gmu',
);
const NOT_PLACE = /^(?:Publicerad|Uppdaterad|Inlämnad|Besvarad|Utfärdad|Beslutad|Beslut|Datum|Ikraft|Anmäld|Regeringen|Riksdagen|Kammaren|Måndagen|Tisdagen|Onsdagen|Torsdagen|Fredagen|Lördagen|Söndagen|Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag)$/iu;

/** Formulas after which the names follow: "På regeringens vägnar", "På Kammarkollegiets vägnar", closings. */
const FORMULA_LINE = new RegExp(
  `^${H}{0,80}(?:På${H}{1,5}\\p{L}{2,60}${H}{1,5}vägnar|Med${H}{1,5}vänlig(?:a)?${H}{1,5}hälsning(?:ar)?|Vänliga${H}{1,5}hälsningar|Enligt${H}{1,5}uppdrag)${H}{0,10}[.,:]?${H}{0,10}$`,
  'gimu',
);

/** Sticky copies of the cue patterns, tried at the start of the lines that may hold a cue. */
const DATE_LINE_AT = stickyCopy(DATE_LINE);
const FORMULA_LINE_AT = stickyCopy(FORMULA_LINE);
/** Line breaks the multiline anchors honour besides \n and \r\n (U+2028/U+2029 may also stand inside a cue's blanks). */
function hasUnusualLineBreak(text: string): boolean {
  // one-character searches are far cheaper than a regex scan; most texts hold none of them
  return text.includes('\u2028') || text.includes('\u2029') || (text.includes('\r') && /\r(?!\n)/.test(text));
}

/** Where a press release's or page's contact list begins: its names are no signatures. */
const CONTACT_LINE = /^(?:Kontakt(?:a)?|Kontaktperson(?:er)?|Presskontakt(?:er)?|Pressekreterare|Press|Frågor|För\s+mer\s+information|Mer\s+information|Vid\s+frågor|Kontaktuppgifter|Media|Ansvarig(?:t|a)?\s+statsråd(?:et)?|Statsråd(?:en)?\s*:?$|Ansvarig\s*:)(?![\p{L}])/iu;

/**
 * Whether a trimmed line may match CONTACT_LINE: it starts with the first letter of one of its words,
 * in either case (case-insensitive, "k" also matches the Kelvin sign and "s" the long s).
 */
function mayBeContactLine(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 0x212a || c === 0x17f) return true;
  const l = c | 0x20;
  return (c < 0x80 && (l === 0x6b || l === 0x70 || l === 0x66 || l === 0x6d || l === 0x76 || l === 0x61 || l === 0x73));
}

/**
 * Types whose text may close with a bare name and title line: letters and the Government Offices'
 * answers and decisions. Bills and statutes sign after a formula, directives not at all; web pages
 * ("other"), press releases and the members' own questions list ministers in sidebars and contact
 * boxes instead.
 */
const CLOSING_LINE_TYPES = new Set(['letter', 'government-decision', 'written-question-answer', 'interpellation-answer']);

/** One word of a name: "Lena", "Elmsäter-Svärd", "O'Brien"; or written in capitals ("AMANDA", "LIND") as SFS prints ministers. */
const NAME_WORD = String.raw`(?:\p{Lu}\p{Ll}[\p{Ll}'’]{0,30}(?:-\p{Lu}\p{Ll}[\p{Ll}'’]{0,30})?|\p{Lu}{2,30}(?:-\p{Lu}{2,30})?)`;
const PARTICLE = String.raw`(?:von|van|af|de|der|du|la|di|da|el|al|bin|ibn|VON|AF|DE)`;
/** A middle initial between name words: "Carl B Hamilton", "Jan R. Andersson". */
const INITIAL = String.raw`\p{Lu}\.?`;
const NAME_SOURCE = String.raw`${NAME_WORD}(?:[ \t\u00a0]{1,3}(?:(?:${PARTICLE}|${INITIAL})[ \t\u00a0]{1,3})?${NAME_WORD}){1,3}`;
/** A whole segment naming one person, maybe with a title before it and a ministry or party after it. */
// an inquiry's secretaries sign with a slash before the first name ("/Per Ek")
const NAME_TAIL = `(?:\\/[ \\t]{0,2})?(?<name>${NAME_SOURCE}(?:[ \\t]{1,3}i[ \\t]{1,3}${NAME_WORD})?)(?:[ \\t\\u00a0]{0,3}\\((?<after>[^()\\n]{1,60})\\))?[ \\t.,]{0,3}$`;
// without the d flag: a match with indices costs far more to build, and the name's offset follows from the title's length
const NAME_SEGMENT = new RegExp(`^(?:(?<title>\\p{L}[\\p{L}.\\-]{1,40})[ \\t\\u00a0]{1,3})?${NAME_TAIL}`, 'u');
const NAME_SEGMENT_UNTITLED = new RegExp(`^${NAME_TAIL}`, 'u');
const MINISTRY_IN_PARENS = /^\((?<m>[^()\n]{2,80})\)$/u;

/**
 * Words that start capitalised lines but are no names ("Kopia Till", "Statens Skolverk" …), and the
 * function words that give away an upper-case heading ("SAMMANFATTNING OCH FÖRSLAG").
 */
const NOT_NAME_WORD = /^(?:och|av|för|om|till|med|på|samt|den|det|ett|inom|från|vid|under|eller|Kopia|Regeringen|Regeringskansliet|Riksdagen|Sverige|Sveriges|Stockholm|Box|Telefon|Tel|Fax|Mobil|Mejl|E-post|Webb|Postadress|Besöksadress|Sida|Sid|Bilaga|Bilagor|Dnr|Diarienummer|Statens|Svar|Interpellation|Fråga|Proposition|Skrivelse|Promemoria|Kommittédirektiv|Innehåll|Sammanfattning|Ärendet|Bakgrund)$/iu;

// ── Agency decision formulas ──
/** A person in running text: an optional title word, then the name (words may be split over lines). */
const RUN_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]{0,30}(?:-\p{Lu}\p{Ll}[\p{Ll}'’]{0,30})?`;
const RUN_NAME = String.raw`${RUN_WORD}(?:\s{1,40}(?:(?:von|van|af|de|der|du|la)\s{1,40})?${RUN_WORD}){1,3}`;
const RUN_PERSON = String.raw`(?:(?<title>(?:biträdande\s{1,40}|t\.\s?f\.\s{1,40}|tf\s{1,40}|tillförordnade\s{1,40})?\p{Ll}[\p{Ll}-]{2,40})\s{1,40})?(?<name>${RUN_NAME})`;
/** "har beslutats av", "har fattats av", "Föredragande har varit", "efter föredragning av", "har även … deltagit", list joints. */
const DECISION_FORMULA = new RegExp(
  String.raw`(?<![\p{L}])(?<lead>(?:beslutats|fattats|avgjorts|undertecknats|godkänts)\s{1,40}av|Föredragande\s{1,40}(?:har\s{1,40}varit|var|är)|föredragning\s{1,40}av|har\s{1,40}(?:även|också)(?:\s{1,40}deltagit)?|handläggningen\s{1,40}har(?:\s{1,40}(?:även|också))?\s{1,40}deltagit|samt|och|,)\s{1,40}` +
    RUN_PERSON,
  'dgu',
);
/** How far from the end the agency's decision formula may stand (it closes the letter, before a footer). */
const FORMULA_TAIL = 6000;
/** A formula sentence must name a decision or its presentation: "beslut", "yttrande", "föredragande" … */
const FORMULA_CONTEXT = /(?:beslut|yttrande|remissvar|ärende|föredrag|handläggning|deltagit)/iu;

interface Signer {
  fact: Fact<Person>;
  /** Column where the name begins on its line (to pair a title written under it). */
  column: number;
}

interface LineSpan {
  text: string;
  start: number;
  end: number;
}

function lineAt(text: string, pos: number): LineSpan {
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return { text: text.slice(pos, end), start: pos, end };
}

const SEGMENT = /[^ \t\u00a0|\r]+(?:[ \u00a0]{1,2}[^ \t\u00a0|\r]+)*/g;

/** Segments of a line separated by wide gaps, tabs or table bars, with offsets. */
function segments(line: LineSpan): LineSpan[] {
  const out: LineSpan[] = [];
  const re = SEGMENT;
  re.lastIndex = 0;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) out.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  return out;
}

/** "AMANDA LIND" → "Amanda Lind"; mixed-case names stay as written. */
function nameAsWritten(name: string): string {
  // most names hold single spaces only and a lower-case ASCII letter: written as they are
  let plain = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 9 || c === 0xa0 || (c === 32 && name.charCodeAt(i + 1) === 32)) {
      plain = false;
      break;
    }
    if (c >= 97 && c <= 122) plain = true;
  }
  if (plain && name.trim() === name) return name;
  const clean = name.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (clean !== clean.toUpperCase()) return clean;
  return clean.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/\b(Von|Af|De)\b/g, (w) => w.toLowerCase());
}

type Segment = { kind: 'person'; person: Signer } | { kind: 'title'; title: string; column: number } | { kind: 'ministry' } | { kind: 'formula' } | { kind: 'other' };

/**
 * Whether FORMULA_LINE matches somewhere in `t`. Without a line break inside, only as the whole of `t`
 * (the sticky copy at 0, already compiled for the cue lines), which is at most 80 + 2 + 5 + 120 + 5 + 6
 * + 10 + 1 + 10 = 239 UTF-16 units long (a letter may take two).
 */
function isFormulaLine(t: string): boolean {
  if (t.includes('\n') || t.includes('\r') || t.includes('\u2028') || t.includes('\u2029')) {
    FORMULA_LINE.lastIndex = 0;
    return FORMULA_LINE.test(t);
  }
  if (t.length >= 240) return false;
  FORMULA_LINE_AT.lastIndex = 0;
  return FORMULA_LINE_AT.test(t);
}

/**
 * Where the name of a NAME_SEGMENT match (anchored at 0 in `t`) begins: after the title, if any, and
 * the blanks and slash before the name, none of which a name (starting with a capital) begins with.
 */
function nameOffset(t: string, title: string | undefined): number {
  let i = title === undefined ? 0 : title.length;
  for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 0xa0 || c === 47; c = t.charCodeAt(++i));
  return i;
}

function readSegment(seg: LineSpan, lineStart: number): Segment {
  const t = seg.text.trim();
  const inParens = t.charCodeAt(0) === 40 ? MINISTRY_IN_PARENS.exec(t) : null;
  if ((inParens && isMinistryName(inParens.groups!['m']!.trim())) || isMinistryName(t)) return { kind: 'ministry' };
  if (isTitle(t)) return { kind: 'title', title: t.replace(/\s+/g, ' '), column: seg.start - lineStart };
  if (isFormulaLine(t)) return { kind: 'formula' };
  // "Lena Lund Kopparklint" also reads as title "Lena" + name: a title must be one
  let m = NAME_SEGMENT.exec(t);
  if (m?.groups!['title'] !== undefined && !isTitle(m.groups!['title'])) m = NAME_SEGMENT_UNTITLED.exec(t);
  if (!m) return { kind: 'other' };
  const g = m.groups!;
  const name = g['name']!;
  const words = name.split(/[ \t\u00a0]+/);
  if (words.some((w) => NOT_NAME_WORD.test(w) || isMinistryName(w))) return { kind: 'other' };
  let title: string | null = null;
  if (g['title'] !== undefined) {
    if (!isTitle(g['title'])) return { kind: 'other' };
    title = g['title'];
  }
  if (isTitle(words[0]!)) return { kind: 'other' };
  const after = g['after'];
  // "(Finansdepartementet)" or a party "(S)" beside a name is no title
  if (after !== undefined && !isMinistryName(after.trim()) && !isPartyAbbreviation(after) && !isTitle(after)) return { kind: 'other' };
  if (after !== undefined && title === null && isTitle(after)) title = after.trim();
  const start = seg.start + (seg.text.length - seg.text.trimStart().length) + nameOffset(t, g['title']);
  return {
    kind: 'person',
    person: { fact: { value: { name: nameAsWritten(name), title }, start, end: start + name.length }, column: seg.start - lineStart },
  };
}

/** The signature block starting at `pos` (the line after a cue): names, titles under them, a ministry line ends it. */
function readBlock(text: string, pos: number, maxLines = 40): Signer[] {
  return readBlockUntil(text, pos, maxLines).signers;
}

/** readBlock, also telling where the reading stopped. */
function readBlockUntil(text: string, pos: number, maxLines: number): { signers: Signer[]; until: number } {
  const signers: Signer[] = [];
  let lastNameLine: Signer[] = [];
  for (let n = 0; n < maxLines && pos < text.length; n++) {
    const line = lineAt(text, pos);
    pos = line.end + 1;
    const segs = segments(line);
    // blank lines and signature rules ("______________") carry nothing
    if (segs.length === 0 || isRule(line.text)) continue;
    // a segment that is none of these ends the block whatever the others are: the rest go unread
    // the kinds counted in one pass: what every line is made of follows from the counts (no closures
    // over the segments, which the optimiser would have to inline and, as new kinds come, redo)
    const read: Segment[] = [];
    let persons = 0;
    let titleCount = 0;
    let formulas = 0;
    for (const s of segs) {
      const r = readSegment(s, line.start);
      if (r.kind === 'other') return { signers, until: line.start };
      read.push(r);
      if (r.kind === 'person') persons++;
      else if (r.kind === 'title') titleCount++;
      else if (r.kind === 'formula') formulas++;
    }
    if (formulas === read.length) continue;
    if (persons === read.length) {
      lastNameLine = read.map((r) => (r as { person: Signer }).person);
      signers.push(...lastNameLine);
      if (signers.length >= 8) break;
      continue;
    }
    if (titleCount === read.length && lastNameLine.length > 0) {
      const titles = read as { title: string; column: number }[];
      if (titles.length === lastNameLine.length) titles.forEach((t, i) => (lastNameLine[i]!.fact.value.title ??= t.title));
      else for (const t of titles) nearest(lastNameLine, t.column).fact.value.title ??= t.title;
      lastNameLine = [];
      continue;
    }
    // a ministry under the last name closes a bill's or skrivelse's block
    if (formulas === 0 && titleCount === 0) {
      for (const r of read) if (r.kind === 'person') signers.push(r.person);
      if (signers.length > 0) break;
      continue;
    }
    // the line that ends the block may itself hold a cue: reading resumes there
    return { signers, until: line.start };
  }
  return { signers, until: pos };
}

function nearest(signers: Signer[], column: number): Signer {
  return signers.reduce((best, s) => (Math.abs(s.column - column) < Math.abs(best.column - column) ? s : best));
}

/** Blocks after a signature date line or a formula ("På regeringens vägnar"), in text order. */
function fromCues(text: string): Signer[] {
  const cues: number[] = [];
  const dateCue = (m: RegExpExecArray): void => {
    // without "den" ("Stockholm 2020-06-03") the place must be no label ("Regeringsbeslut 2021-09-23")
    if (!NOT_PLACE.test(m.groups!['place']!) && (m.groups!['bare'] === undefined || isBarePlace(m.groups!['place']!))) cues.push(m.index + m[0].length);
  };
  if (hasUnusualLineBreak(text)) {
    DATE_LINE.lastIndex = 0;
    for (let m = DATE_LINE.exec(text); m; m = DATE_LINE.exec(text)) {
      dateCue(m);
      if (m[0].length === 0) DATE_LINE.lastIndex++;
    }
    FORMULA_LINE.lastIndex = 0;
    for (let m = FORMULA_LINE.exec(text); m; m = FORMULA_LINE.exec(text)) {
      cues.push(m.index + m[0].length);
      if (m[0].length === 0) FORMULA_LINE.lastIndex++;
    }
  } else {
    // Each pattern reads one whole line (from ^ to $, no line break inside): only lines that end as it
    // ends are tried, in text order, as the global scan would meet them.
    for (let start = 0; start < text.length || start === 0; ) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (mayEndDateLine(text, start, end)) {
        DATE_LINE_AT.lastIndex = start;
        const m = DATE_LINE_AT.exec(text);
        if (m) dateCue(m);
      }
      if (mayEndFormulaLine(text, start, end)) {
        FORMULA_LINE_AT.lastIndex = start;
        const m = FORMULA_LINE_AT.exec(text);
        if (m) cues.push(m.index + m[0].length);
      }
      start = nl + 1;
    }
  }
  cues.sort((a, b) => a - b);
  // a cue inside lines an earlier empty reading already passed would read the same lines again
  let scanned = -1;
  for (const cue of cues) {
    if (cue < scanned) continue;
    const nl = text.indexOf('\n', cue);
    if (nl < 0) continue;
    const block = readBlockUntil(text, nl + 1, 40);
    if (block.signers.length > 0) return block.signers;
    scanned = block.until;
  }
  return [];
}

/** Whether text[start, end) ends as DATE_LINE does: two digits, then at most 20 of [ \t\u00a0|.]. */
function mayEndDateLine(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && end - i <= 20) {
    const c = text.charCodeAt(i - 1);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 124 && c !== 46) break;
    i--;
  }
  return end - i <= 20 && i - start >= 2 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i - 2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The words a FORMULA_LINE ends with, lower case ("ſ" read as "s", as the case-insensitive pattern does). */
const FORMULA_END_WORDS = ['vägnar', 'hälsning', 'hälsningar', 'uppdrag'];

/**
 * Whether text[start, end) may end as FORMULA_LINE does: one of its last words, then at most 21 blanks
 * and punctuation ([^\S\r\n]{0,10}[.,:]?[^\S\r\n]{0,10}, loosened to any 21 of them).
 */
function mayEndFormulaLine(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && end - i <= 21) {
    const c = text.charCodeAt(i - 1);
    if (c !== 46 && c !== 44 && c !== 58 && !isBlank(c)) break;
    i--;
  }
  if (end - i > 21 || i - start < 6) return false;
  // every word ends in r or g: most lines are rejected without building their tail
  const c = text.charCodeAt(i - 1) | 0x20;
  if (c !== 0x72 && c !== 0x67) return false;
  return FORMULA_END_WORDS.some((w) => endsWithFolded(text, start, i, w));
}

/**
 * Whether text[start, i) ends with `word` (lower case, no "i") once lower-cased and "ſ" read as "s".
 * Only A–Z, À–Þ (but ×) and "ſ" lower-case to letters of the words; "İ" lower-cases to "i" and a
 * combining dot that ends no word.
 */
function endsWithFolded(text: string, start: number, i: number, word: string): boolean {
  if (i - start < word.length) return false;
  for (let k = 1; k <= word.length; k++) {
    let c = text.charCodeAt(i - k);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    else if (c === 0x17f) c = 115;
    if (c !== word.charCodeAt(word.length - k)) return false;
  }
  return true;
}

/** White space other than \r and \n (what [^\S\r\n] matches). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What a non-list lead of DECISION_FORMULA holds ("beslutats av" … "godkänts av" end in "ts",
 * "Föredragande", "föredragning", "handläggningen", "har även"), without its look-behind: a cheap
 * superset to find where such a lead may first start.
 */
const FORMULA_LEAD = /ts\s{1,40}av|öredrag|handläggningen|har\s{1,40}(?:även|också)/g;

/**
 * A position at or before the first place from `from` on where a non-list lead of DECISION_FORMULA may
 * start, or -1 when none can ("undertecknats" starts 11 characters before its "ts").
 */
function firstLeadBound(text: string, from: number): number {
  FORMULA_LEAD.lastIndex = from;
  const m = FORMULA_LEAD.exec(text);
  if (!m) return -1;
  return Math.max(from, m.index - (m[0].startsWith('ts') ? 11 : 1));
}

/** An agency's decision formula: the decider, those who took part, the presenter, in text order. */
function fromDecisionFormula(text: string): Signer[] {
  const out: Signer[] = [];
  // the formula closes the letter: a decision of someone else told in the body is no signature
  DECISION_FORMULA.lastIndex = Math.max(0, text.length - FORMULA_TAIL);
  let lastEnd = -Infinity;
  for (;;) {
    // More than 3 characters past the last member, every match up to the next own lead is a list joint
    // ("och", "samt", ",") with nothing to continue: rejected, each retried just after its joint, which
    // cannot overlap a lead. Scanning from any point up to that lead gives the same matches; without
    // one nothing more is found.
    if (DECISION_FORMULA.lastIndex > lastEnd + 3) {
      const from = firstLeadBound(text, DECISION_FORMULA.lastIndex);
      if (from < 0) break;
      DECISION_FORMULA.lastIndex = from;
    }
    const m = DECISION_FORMULA.exec(text);
    if (!m) break;
    const g = m.groups!;
    const ix = m.indices!.groups!;
    const lead = g['lead']!;
    const isList = lead === 'samt' || lead === 'och' || lead === ',';
    // a list member continues the formula just before it; a formula opens in a decision sentence
    if (isList ? m.index - lastEnd > 3 : !FORMULA_CONTEXT.test(text.slice(Math.max(0, m.index - 80), m.index + lead.length))) {
      // the lead word may itself start the next formula ("… av X och Y"): retry just after it
      DECISION_FORMULA.lastIndex = m.index + Math.max(1, lead.length);
      continue;
    }
    const title = g['title'];
    // "beslutats av regeringen …": a common word before a capital is no title
    if (title !== undefined && !isTitle(title.replace(/\s+/g, ' '))) continue;
    const start = (ix['title'] ?? ix['name'])![0];
    const end = ix['name']![1];
    out.push({ fact: { value: { name: g['name']!.replace(/\s+/g, ' '), title: title?.replace(/\s+/g, ' ') ?? null }, start, end }, column: 0 });
    lastEnd = end;
  }
  return out;
}

/** No formula: a name with a title line under it among the last lines ("Lena Hallengren" / "Socialminister"). */
function fromClosingLines(text: string): Signer[] {
  // the last 60 lines that have text (a long "Kopia till" list may follow the signature)
  const lines: LineSpan[] = [];
  let end = text.length;
  while (end > 0 && lines.length < 60) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = { text: text.slice(start, end), start, end };
    if (line.text.trim()) lines.push(line);
    end = start - 1;
  }
  lines.reverse();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (mayBeContactLine(t) && CONTACT_LINE.test(t)) return [];
    if (i + 1 >= lines.length) continue;
    // A segment the name pattern does not match reads as anything but a person. Without table bars
    // the line is white space around its segments: one segment, trimmed, is the trimmed line, so the
    // pattern is tried on the line once, before splitting it.
    const bars = lines[i]!.text.includes('|');
    if (!bars && !NAME_SEGMENT.test(t)) continue;
    const segs = segments(lines[i]!);
    if (segs.length !== 1 || (bars && !NAME_SEGMENT.test(segs[0]!.text.trim()))) continue;
    const here = readSegment(segs[0]!, lines[i]!.start);
    if (here.kind !== 'person') continue;
    const nextSegs = segments(lines[i + 1]!);
    if (nextSegs.length !== 1 || readSegment(nextSegs[0]!, lines[i + 1]!.start).kind !== 'title') continue;
    // the first such pair opens the block; pairs after it belong to it ("Anna Ek / Generaldirektör / Per Ek / Utredare")
    return readBlock(text, lines[i]!.start, 12);
  }
  return [];
}

/** "Ann-Sofie Alm (M)": a member of the Riksdag with the party, as motions list their signers. */
const MEMBER_WITH_PARTY = /\((?<party>[\p{L}-]{1,4})\)[ \t.,]{0,3}$/u;

/**
 * No formula, no date: a motion ends with the members who sign it, one or two to a line, each with
 * the party ("Ann-Sofie Alm (M)   Johan Forssell (M)"). Only the very last lines of the text count.
 */
function fromMemberLines(text: string): Signer[] {
  const lines: LineSpan[] = [];
  let end = text.length;
  while (end > 0 && lines.length < 20) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = { text: text.slice(start, end).replace(/\r$/, ''), start, end };
    end = start - 1;
    if (!line.text.trim()) continue;
    const segs = segments(line);
    // Every segment must be a member with a party; a plain loop (readSegment has no side effects, so
    // the segments after the first that is none need not be read) instead of map and some closures.
    let members = segs.length > 0;
    for (const seg of segs) {
      const party = MEMBER_WITH_PARTY.exec(seg.text.trim());
      const x = party && isPartyAbbreviation(party.groups!['party']!) ? readSegment(seg, line.start) : undefined;
      // members sign without a title: "Statsrådet Tomas Eneroth (S)" is a minister named in a page's heading
      if (x?.kind !== 'person' || x.person.fact.value.title !== null) {
        members = false;
        break;
      }
    }
    if (!members) break;
    lines.unshift(line);
  }
  if (lines.length === 0) return [];
  const out: Signer[] = [];
  for (const line of lines) for (const seg of segments(line)) {
    const r = readSegment(seg, line.start);
    if (r.kind === 'person') out.push(r.person);
  }
  return out;
}

export function extract(doc: ReadDocument, ctx?: ExtractContext): Fact<Person>[] {
  const text = maskArtifacts(doc.text);
  let signers = fromCues(text);
  if (signers.length === 0) signers = fromDecisionFormula(text);
  if (signers.length === 0 && CLOSING_LINE_TYPES.has(ctx?.type ?? 'letter')) signers = fromClosingLines(text);
  // a debate page may close with its list of speakers: no signatures
  if (signers.length === 0 && ctx?.type !== 'interpellation-answer') signers = fromMemberLines(text);
  // one person signs once
  const seen = new Set<string>();
  const out: Fact<Person>[] = [];
  for (const s of signers) {
    const key = s.fact.value.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s.fact);
  }
  return out;
}

export default { meta, extract } satisfies Extractor<Person>;
