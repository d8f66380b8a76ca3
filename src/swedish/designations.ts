// Designations of Swedish official documents: the grammar in one place.
//
// Diary numbers (diarienummer)
//   Government Offices: ministry prefix + year + "/" + serial [+ "/" + unit]: "S2020/05028",
//   "Fi2005/6321", "N2018/03998/TIF", "M2013/1587/Ke". The prefix must be a ministry's (src/swedish/ministries.ts).
//   Layout may split the parts ("I2019/ 01750/TP") or glue the prefix to a capitalised word before
//   it ("103 15 STOCKHOLMFi2005/6321"); the id is written without the gaps.
//   Agency style ("4.1-12345/2021", "3.1-4788-2026") only after a label: "Dnr", "Diarienummer".
// Riksmöte designations: "2020/21:1311" (a riksmöte is written "2020/21", "1999/2000", irregularly
//   "2016/2017"); what the number is depends on the word before it:
//   "fråga", "interpellation" → riksdag-question; "prop.", "proposition" → bill.
//   "2006/07:FöU1" (a committee code ending in U) is a committee report with or without "bet.".
//   Not references: "rskr. 2004/05:85", "skr.", Riksdagens revisorer "1993/94:RR:4".
// Year-number designations: "SOU 2021:25", "Ds 2020:3", "Dir. 2024:18" / "kommittédirektiv
//   2023:179", "SFS 2017:30", and a statute cited by name: "hälso- och sjukvårdslagen (2017:30)".
//   Not references: committee designations "U 2016:04", "(Fö 2023:02)", EU acts "(EU) 2016/679".
// A designation continues an enumeration of its kind: "frågorna 2020/21:1311 och 2020/21:1313"; a plural
// question label lets later numbers share the riksmöte: "frågorna 2020/21:3001 och 3002".
// In a two-column PDF the label may stand at the end of the line above, in the same column as the
// number ("Dir." over "2017:29").
//
// Every pattern is linear: bounded quantifiers, lookbehinds that start a match only at the start
// of a run of digits or letters, and label checks that walk back a bounded number of characters.
import type { ReferenceKind } from '../record.js';
import { stickyCopy } from '../scan.js';
import { canonicalDiaryPrefix, diaryPrefixAtEnd, isDiaryPrefix } from './ministries.js';

export type DesignationKind = 'diary' | ReferenceKind;

export interface Designation {
  kind: DesignationKind;
  /** The canonical id, as stored: "S2020/05028", "2020/21:1311", "SOU 2021:25", "Dir. 2024:18", "2017:30". */
  id: string;
  /** Span of the designation in the text (its label included when the label is next to it). */
  start: number;
  end: number;
}

/** Horizontal white space (PDF and HTML text carry no-break and thin spaces). */
const H = '[ \\t\\u00a0\\u2009\\u202f]';
/** A break that layout may put inside a designation: a few spaces, or a line break and indentation. */
const GAP = `${H}{0,3}(?:\\r?\\n${H}{0,80})?`;

// ── Finding matches without scanning every position ──


/**
 * The matches of a global pattern, as matchAll gives them (each search from the end of the last
 * match), found by trying its sticky copy only at starts that can match: every match holds the
 * character `anchor` between `minBack` and `maxBack` characters after its start. The patterns open
 * with a look-behind, which makes their own scan try every position of the text.
 */
function anchoredMatches(text: string, sticky: RegExp, anchor: string, minBack: number, maxBack: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // the smallest start not tried yet, and at or after the last match's end
  for (let p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + 1)) {
    for (let s = Math.max(next, p - maxBack); s <= p - minBack; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        next = s + m[0].length; // a match holds its anchor: it ends after p
        break;
      }
      next = s + 1;
    }
  }
  return out;
}

// ── Diary numbers ──

/** Year (four digits, or two in the 1980s–90s), serial, optional unit; the prefix letters before the year are read backwards (cheaper than a regex). */
const DIARY = new RegExp(
  `(?<!\\d)(?<year>(?:19|20)\\d\\d|[89]\\d(?=\\/))${H}{0,2}\\/${GAP}(?<serial>\\d{1,6})(?!\\d)` +
    // the unit: letters, and a number for units of one division ("/L6", "/S1" in Ju and Fi)
    `(?:${H}{0,2}\\/${GAP}(?<unit>\\p{Lu}\\p{L}{0,5}\\d{0,2})(?![\\p{L}\\d]))?`,
  'gu',
);
/** DIARY's "/" stands 2 (a two-digit year) or 4 to 6 characters after its start. */
const DIARY_AT = stickyCopy(DIARY);
const ANY_LETTER = /\p{L}/u;

/** Whether the UTF-16 unit at `k` is a letter (what /\p{L}/u says of text[k]); Latin-1 without the regex. */
function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0xff) return c !== 0xd7 && c !== 0xf7;
  return ANY_LETTER.test(text[k]!);
}

/** [ \t\u00a0\u2009\u202f] */
function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** After a serial: a riksmöte number ("S2020/21:5" is not a diary number) or a longer path. */
const DIARY_BAD_AFTER = /^(?:[ \t]?:[ \t]?\d|\/\d)/u;

/** A labelled diary number in any style: "Dnr 4.1-12345/2021", "Diarienummer: 3.1-4788-2026", "Dnr KS 2020/123". */
const DIARY_LABEL = new RegExp(
  `(?<![\\p{L}])(?:[Dd]nr|DNR|[Dd]iarie(?:nummer|nr|-nr))\\.?${H}{0,3}(?:[:·]${H}{0,3})?(?:\\r?\\n${H}{0,80})?` +
    `(?<token>(?:\\p{Lu}\\p{L}{0,5}[ \\u00a0](?=\\d))?[\\p{L}\\d](?:[\\p{L}\\d.\\-–/:]{0,40}[\\p{L}\\d])?)`,
  'gu',
);

/** A further number after a labelled one: ", 2021/124", " och 2021/124" (sticky). */
const LABELLED_MORE = new RegExp(`${H}{0,3}(?:,|och|samt)${H}{1,3}(?<more>(?:\\p{Lu}\\p{L}{0,5}[ \\u00a0](?=\\d))?[\\p{L}\\d](?:[\\p{L}\\d.\\-–/:]{0,40}[\\p{L}\\d])?)(?![\\p{L}\\d])`, 'uy');

/** The shape of an agency number: digits as 9, letters as A ("2021/123" → "9999/999"). */
function shapeOf(token: string): string {
  return token.replace(/\d/gu, '9').replace(/\p{L}/gu, 'A');
}

function diaryNumbers(text: string, out: Designation[]): void {
  const found: Designation[] = [];
  for (const m of anchoredMatches(text, DIARY_AT, '/', 2, 6)) {
    const g = m.groups!;
    // the letters before the year, at most one space between: "S2020/…", "M 2019/…", "STOCKHOLMFi2005/…"
    let i = m.index;
    const space = i > 0 && isHSpace(text.charCodeAt(i - 1));
    if (space) i--;
    const lettersEnd = i;
    while (i > 0 && lettersEnd - i < 40 && isLetterAt(text, i - 1)) i--;
    if (i === lettersEnd || (i > 0 && (isLetterAt(text, i - 1) || isDigit(text.charCodeAt(i - 1))))) continue;
    const letters = text.slice(i, lettersEnd);
    let prefix: string | undefined;
    if (isDiaryPrefix(letters)) prefix = letters;
    else if (!space) {
      // Glued by layout to a capitalised word: "STOCKHOLMFi2005/6321".
      const p = diaryPrefixAtEnd(letters);
      const glue = p ? letters.slice(0, letters.length - p.length) : '';
      if (p && glue.length >= 3 && /^\p{Lu}+$/u.test(glue)) prefix = p;
    }
    if (!prefix) continue;
    // the 1980s and 1990s wrote a two-digit year, always glued to the prefix: "Fi98/1234", "Ju97/3456/PO"
    if (g.year!.length === 2 && (space || prefix !== letters)) continue;
    const end = m.index + m[0].length;
    if (!g.unit && DIARY_BAD_AFTER.test(text.slice(end, end + 4))) continue;
    // "I 2019/20 års budget", "I 2019/2020": a riksmöte after a one-letter word, not case 20 of 2019
    // (an old unpadded serial may look like the next year: "Fi2005/2006")
    if (!g.unit && (g.serial!.length === 2 || space) && canonicalSession(g.year!, g.serial!)) continue;
    const id = `${prefix}${g.year}/${g.serial}${g.unit ? `/${g.unit}` : ''}`;
    found.push({ kind: 'diary', id, start: lettersEnd - prefix.length, end });
  }
  const labelled: Designation[] = [];
  let k = 0; // found[] and the labels both run in text order
  for (const m of text.matchAll(DIARY_LABEL)) {
    const token = m.groups!.token!;
    if (!/\d/u.test(token) || !(/[.\-–/:]/u.test(token) || token.length >= 5)) continue;
    if (/^\d{4}$/u.test(token) || /^\d{4}-\d\d-\d\d$/u.test(token)) continue; // a year, a date
    const end = m.index + m[0].length;
    const start = end - token.length;
    while (k < found.length && found[k]!.end <= start) k++;
    if (k < found.length && found[k]!.start < end) continue; // a ministry's number, found above
    labelled.push({ kind: 'diary', id: token, start, end }); // as written
    // "Diarienummer: 2021/123 och 2021/124": more numbers of the same shape after the label's first
    const shape = shapeOf(token);
    let at = end;
    for (let n = 0; n < 10; n++) {
      LABELLED_MORE.lastIndex = at;
      const more = LABELLED_MORE.exec(text);
      if (!more || shapeOf(more.groups!['more']!) !== shape) break;
      const mEnd = at + more[0].length;
      labelled.push({ kind: 'diary', id: more.groups!['more']!, start: mEnd - more.groups!['more']!.length, end: mEnd });
      at = mEnd;
    }
  }
  out.push(...found, ...labelled);
}

// ── Labels before a number ──

interface Word {
  word: string;
  start: number;
}

/** [\p{L}\u00ad] at `k`. */
function isWordLetterAt(text: string, k: number): boolean {
  return text.charCodeAt(k) === 0xad || isLetterAt(text, k);
}

/** [ \t\u00a0\u2009\u202f\r\n] */
function isSpace(c: number): boolean {
  return c === 10 || c === 13 || isHSpace(c);
}

/**
 * The word before `pos`, skipping white space (at most two line breaks), a separator ("·", ":", an
 * opening parenthesis: "interpellation (2020/21:123)") and "nr". A trailing abbreviation dot belongs
 * to the word ("prop.").
 */
function wordBefore(text: string, pos: number, allowNr = true): Word | undefined {
  let i = skipSpaceBack(text, pos);
  if (i < 0) return undefined;
  // Markdown emphasis around the label: "**Dir.** 2024:18"
  for (let n = 0; n < 2 && i > 0 && (text[i - 1] === '*' || text[i - 1] === '_'); n++) i--;
  if (i > 0 && (text[i - 1] === '·' || text[i - 1] === ':' || text[i - 1] === '(')) {
    i = skipSpaceBack(text, i - 1);
    if (i < 0) return undefined;
  }
  const w = wordEndingAt(text, i);
  if (allowNr && w && /^(?:nr\.?|nummer)$/u.test(w.word)) {
    // "fråga nr 2020/21:1311", "SFS nr: 2018:2069": the label is the word before "nr"
    i = skipSpaceBack(text, w.start);
    return i < 0 ? undefined : wordEndingAt(text, i);
  }
  return w;
}

/** Where white space before `pos` starts (at most 240 characters, two line breaks), or -1. */
function skipSpaceBack(text: string, pos: number): number {
  let i = pos;
  let breaks = 0;
  for (let n = 0; i > 0 && isSpace(text.charCodeAt(i - 1)); n++, i--) {
    if (n > 240 || (text[i - 1] === '\n' && ++breaks > 2)) return -1;
  }
  return i;
}

/** The word ending at `end` (letters and hyphens between letters, "SFS-nummer"; an abbreviation's dot). */
function wordEndingAt(text: string, end: number): Word | undefined {
  let j = end;
  if (j > 0 && text[j - 1] === '.') j--;
  const wordEnd = j;
  while (j > 0 && wordEnd - j < 40 && (isWordLetterAt(text, j - 1) || (text.charCodeAt(j - 1) === 45 && j < wordEnd && j > 1 && isWordLetterAt(text, j - 2)))) j--;
  if (j === wordEnd || (j > 0 && isWordLetterAt(text, j - 1))) return undefined;
  return { word: text.slice(j, end).replace(/\u00ad/gu, ''), start: j };
}

const BILL_LABEL = /^(?:[Pp]rop\.?|PROP\.?|\p{L}{0,25}[Pp]roposition(?:en|er|erna)?|PROPOSITION|[Pp]ropositionsnummer)$/u;
const QUESTION_LABEL = /^(?:(?:\p{L}{0,25}f|F)råg(?:a|an|or|orna|enummer)|FRÅGA|\p{L}{0,25}[Ii]nterpellation(?:en|er|erna|sdebatt|sdebatten|ssvar|ssvaret|snummer)?|INTERPELLATION)$/u;
const REPORT_LABEL = /^(?:[Bb]et\.?|BET\.?|\p{L}{0,25}[Bb]etänkande(?:t|n|na)?)$/u;
const SOU_LABEL = /^SOU$/u;
const DS_LABEL = /^(?:Ds|DS|[Dd]epartementsserien)$/u;
const DIRECTIVE_LABEL = /^(?:[Dd]ir\.?|DIR\.?|\p{L}{0,25}[Dd]irektiv(?:et|en)?)$/u;
const SFS_LABEL = /^(?:SFS|SFS-?nummer|SFS-nr|\p{L}{0,25}[Ff]örfattningssamling(?:en)?)$/u;
/** Words naming a statute, as the last part of a compound: "sjukvårdslagen", "förordningen", "balken". */
const STATUTE_WORD = /(?:lag|lagen|lagens|balk|balken|balkens|förordning|förordningen|förordningens|ordning|ordningen|kungörelse|kungörelsen|stadga|stadgan|instruktion|instruktionen|reglemente|reglementet|tillkännagivande|tillkännagivandet|regeringsform|regeringsformen|taxa|taxan|författning|författningen)$/iu;

type Shape = 'session' | 'year';

/** The first riksmöte, 1975/76; bills before it were numbered by calendar year ("Prop. 1969:128"). */
const FIRST_SESSION_YEAR = 1975;

function labelKind(word: string, shape: Shape, year: number): ReferenceKind | undefined {
  if (shape === 'session') {
    if (BILL_LABEL.test(word)) return 'bill';
    if (QUESTION_LABEL.test(word)) return 'riksdag-question';
    return undefined;
  }
  if (year < FIRST_SESSION_YEAR && BILL_LABEL.test(word)) return 'bill';
  if (SOU_LABEL.test(word)) return 'sou';
  if (DS_LABEL.test(word)) return 'ds';
  if (DIRECTIVE_LABEL.test(word)) return 'directive';
  if (SFS_LABEL.test(word)) return 'sfs';
  return undefined;
}

interface Label {
  kind: ReferenceKind;
  /** Where the span starts: at the label when it is next to the number, else at the number. */
  start: number;
}

function lineStartOf(text: string, pos: number): number {
  const min = Math.max(0, pos - 400);
  for (let i = pos - 1; i >= min; i--) if (text[i] === '\n') return i + 1;
  return min;
}

/**
 * The label standing at the end of the previous line in the same column: a two-column PDF
 * ("Tilläggsdirektiv till …      Dir." over "ningen (U 2016:04)      2017:29").
 */
function columnLabel(text: string, start: number, shape: Shape, year: number): ReferenceKind | undefined {
  // the number starts its line or follows a wide gap
  if (start < 1 || (text[start - 1] !== '\n' && text.slice(start - 3, start) !== '   ')) return undefined;
  const lineStart = lineStartOf(text, start);
  if (lineStart === 0) return undefined;
  const before = text.slice(lineStart, start);
  if (before.trim() !== '' && !/\S {3,}$/u.test(before)) return undefined;
  const prevEnd = lineStart - 1 - (text[lineStart - 2] === '\r' ? 1 : 0);
  const prevStart = lineStartOf(text, prevEnd);
  const prev = text.slice(prevStart, prevEnd).trimEnd();
  const w = wordBefore(prev, prev.length, false);
  if (!w || (w.start > 0 && !/ {3}$/u.test(prev.slice(0, w.start)))) return undefined;
  if (Math.abs(w.start - before.length) > 6) return undefined;
  return labelKind(w.word, shape, year);
}

function labelFor(text: string, start: number, shape: Shape, year: number): Label | undefined {
  const w = wordBefore(text, start);
  const kind = w && labelKind(w.word, shape, year);
  if (w && kind) return { kind, start: w.start };
  const col = columnLabel(text, start, shape, year);
  return col ? { kind: col, start } : undefined;
}

/** Words that end like a statute's name but are none: "förslag", "anslagen", "aktiebolag". */
const NOT_STATUTE = /(?:förslag|anslag|avslag|inslag|utslag|uppslag|påslag|omslag|tillslag|beslag|underlag|bolag|förlag|samlag)(?:en|ens|et)?$/iu;

function isStatuteWord(word: string): boolean {
  return STATUTE_WORD.test(word) && !NOT_STATUTE.test(word);
}

/** Short names of statutes: "LOU", "OSL", "SoL", "PBL" (a law's name starts or ends with L), the codes ("MB", "BrB"). */
const STATUTE_ACRONYM = /^(?:L\p{Lu}{1,4}|\p{Lu}[\p{Lu}\p{Ll}]{0,3}L|MB|RB|BrB|ÄB|JB|FB|SFB|UB|HB)$/u;
/** The statute's title before its number: "lagen om offentlig upphandling (2016:1145)". */
const STATUTE_TITLE = /(?:lag|lagen|förordning|förordningen|balk|balken|kungörelse|kungörelsen|instruktion|instruktionen|stadga|stadgan)\s{1,3}(?:om|med|för|angående)\s[^()]{1,90}$/iu;

/**
 * A statute cited by name with its number in parentheses: "lagen (1999:1229)",
 * "förordningen\n(2002:287)", "LOU (2016:1145)", "lagen om offentlig upphandling (2016:1145)".
 */
function statuteInParentheses(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let i = start;
  while (i > 0 && start - i < 3 && /[ \t\u00a0]/u.test(text[i - 1]!)) i--;
  if (text[i - 1] !== '(') return undefined;
  let k = end;
  while (k < text.length && k - end < 3 && /[ \t\u00a0]/u.test(text[k]!)) k++;
  // "arbetsmiljölagen (1977:1160, AML)": the statute's short name after the number
  if (text[k] === ',') {
    const short = /^,[ \t\u00a0]{0,2}\p{L}[\p{L}-]{0,11}\)/u.exec(text.slice(k, k + 16));
    if (short) k += short[0].length - 1;
  }
  if (text[k] !== ')') return undefined;
  const span = { start: i - 1, end: k + 1 };
  const w = wordBefore(text, i - 1, false);
  if (w && (isStatuteWord(w.word) || STATUTE_ACRONYM.test(w.word))) return span;
  const before = text.slice(Math.max(0, i - 1 - 130), i - 1).replace(/\u00ad/gu, '');
  const title = /\s(?:om|med|för|angående)\s/iu.test(before) ? STATUTE_TITLE.exec(before) : null;
  // the title belongs to the same sentence
  if (!title || /[.!?]\s+\p{Lu}/u.test(title[0])) return undefined;
  let w0 = title.index;
  while (w0 > 0 && title.index - w0 < 40 && /\p{L}/u.test(before[w0 - 1]!)) w0--;
  if (isStatuteWord(before.slice(w0, title.index + title[0].search(/\s/u)))) return span;
  return undefined;
}

// ── Riksmöte and year-number designations ──

/**
 * "2020/21:1311", "1999/2000:1", "2016/2017: 85", "2006/07:FöU1", "1992/93:NU 30", "1999/2000 NU1". A number
 * glued by layout to a capitalised word ("2020/21:1311Svar") is still one; "2019/20:FiU1y" is an opinion, no report.
 */
const SESSION = new RegExp(
  `(?<![\\d/:])(?<y1>(?:1[89]|20)\\d\\d)${H}?\\/${H}?(?<y2>\\d{4}|\\d{2})(?!\\d)` +
    `(?:${H}?:${GAP}|${H}(?=\\p{Lu}))` +
    `(?:(?<code>\\p{Lu}\\p{L}{0,5})${H}?(?<cnum>\\d{1,3})(?![\\p{L}\\d])|(?<num>\\d{1,5})(?![\\p{Ll}\\d]))(?!:\\d)`,
  'gu',
);
/** "2021:25" in "SOU 2021:25", "(2017:30)". */
const YEAR_NUMBER = new RegExp(`(?<![\\d/:])(?<y>1[6-9]\\d\\d|20\\d\\d)${H}?:${H}?(?<n>\\d{1,4})(?![\\d:/]|[.,]\\d)`, 'gu');
/** Their "/" and ":" stand 4 or 5 characters after the start (four digits, maybe a space). */
const SESSION_AT = stickyCopy(SESSION);
const YEAR_NUMBER_AT = stickyCopy(YEAR_NUMBER);
/** "frågorna", "interpellationerna": a label for several questions, whose numbers may share one riksmöte. */
const PLURAL_QUESTIONS = /^(?:\p{L}{0,25}[Ff]rågorna|\p{L}{0,25}[Ii]nterpellationerna)\s/u;
/** A bare number continuing such a list: ", 3002", " och 3002" (not a count or a year: no unit or "års" after it). */
const SHORT_NUMBER_AT = /[ \t\u00a0]{0,3}(?:,|och|samt|respektive|resp\.)[ \t\u00a0]{1,3}(?<n>\d{1,5})(?![\d/:.,]\d|[\d/:\p{L}%]|[ \t\u00a0]{1,3}(?:%|procent|kr|kronor|miljon|miljoner|miljard|miljarder|tusen|st|stycken|år|års|dagar|veckor|månader|timmar|personer|frågor)(?!\p{L}))/uy;
/** Between two questions of one enumeration, the asker of the first: " av Anna Ek (M) och ". */
const ASKER_JOIN = /^[ \t\u00a0]{1,3}av[ \t\u00a0]{1,3}\p{Lu}[\p{L}'’. -]{1,80}?[ \t\u00a0]{0,3}\([\p{L}-]{1,4}\)[ \t\u00a0]{0,3}(?:,|och|samt)[ \t\u00a0]{1,3}$/u;
/** What joins designations of one kind in an enumeration. */
const ENUMERATION_JOIN = /^[ \t\u00a0]{0,3}(?:,|;|och|samt|eller|respektive|resp\.)[\s\u00a0]{0,3}$|^,[\s\u00a0]{0,3}$/u;

/** The canonical riksmöte "2020/21", "1999/2000", or undefined when the years do not follow each other. */
export function canonicalSession(y1: string, y2: string): string | undefined {
  const first = Number(y1);
  if (y2.length !== 2 && y2.length !== 4) return undefined;
  if (Number(y2) % 100 !== (first + 1) % 100) return undefined;
  if (y2.length === 4 && Number(y2) !== first + 1) return undefined;
  return (first + 1) % 100 === 0 ? `${y1}/${first + 1}` : `${y1}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** A committee code: "FöU", "SoU", "KU", "MJU", "UbU" (Riksdag committees end in U). */
function isCommitteeCode(code: string): boolean {
  return code.length >= 2 && code.endsWith('U');
}

function yearNumberId(kind: ReferenceKind, y: string, n: string): string {
  switch (kind) {
    case 'sou':
      return `SOU ${y}:${n}`;
    case 'ds':
      return `Ds ${y}:${n}`;
    case 'directive':
      return `Dir. ${y}:${n}`;
    default:
      return `${y}:${n}`;
  }
}

interface Candidate {
  shape: Shape;
  start: number;
  end: number;
  /** A committee report, whose kind the shape gives. */
  report?: boolean;
  /** The riksmöte ("2020/21") or the year ("2017"). */
  head: string;
  /** The number after the colon, a committee report's code and number ("FöU1"). */
  tail: string;
}

function candidateId(c: Candidate, kind: ReferenceKind): string {
  return c.shape === 'session' ? `${c.head}:${c.tail}` : yearNumberId(kind, c.head, c.tail);
}

function references(text: string, out: Designation[]): void {
  const candidates: Candidate[] = [];
  for (const m of anchoredMatches(text, SESSION_AT, '/', 4, 5)) {
    const g = m.groups!;
    const session = canonicalSession(g.y1!, g.y2!);
    if (!session) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (g.code !== undefined) {
      if (isCommitteeCode(g.code)) candidates.push({ shape: 'session', start, end, report: true, head: session, tail: g.code + g.cnum! });
      continue;
    }
    // "1999/2000 12" without a colon is no designation.
    if (m[0].includes(':')) candidates.push({ shape: 'session', start, end, head: session, tail: g.num! });
  }
  for (const m of anchoredMatches(text, YEAR_NUMBER_AT, ':', 4, 5)) {
    candidates.push({ shape: 'year', start: m.index, end: m.index + m[0].length, head: m.groups!.y!, tail: m.groups!.n! });
  }
  // each pattern's matches are in text order already; merge them
  candidates.sort((a, b) => a.start - b.start);

  let previous: { kind: ReferenceKind; shape: Shape; end: number } | undefined;
  for (const c of candidates) {
    let d: Designation | undefined;
    if (c.report) {
      // "bet. 2006/07:FöU1": the span takes the label in.
      const w = wordBefore(text, c.start);
      d = { kind: 'committee-report', id: candidateId(c, 'committee-report'), start: w && REPORT_LABEL.test(w.word) ? w.start : c.start, end: c.end };
    } else {
      const label = labelFor(text, c.start, c.shape, Number(c.head.slice(0, 4)));
      if (label) d = { kind: label.kind, id: candidateId(c, label.kind), start: label.start, end: c.end };
      else if (c.shape === 'year') {
        const paren = statuteInParentheses(text, c.start, c.end);
        if (paren) d = { kind: 'sfs', id: candidateId(c, 'sfs'), ...paren };
      }
      if (!d && previous && previous.shape === c.shape && previous.end <= c.start && c.start - previous.end <= 16 && ENUMERATION_JOIN.test(text.slice(previous.end, c.start))) {
        d = { kind: previous.kind, id: candidateId(c, previous.kind), start: c.start, end: c.end };
      }
      // "frågorna 2020/21:1311 av Anna Ek (M) och 2020/21:1320 av Per Ek (KD)": each question with its asker
      if (!d && previous?.kind === 'riksdag-question' && c.shape === 'session' && previous.end <= c.start && c.start - previous.end <= 120 && ASKER_JOIN.test(text.slice(previous.end, c.start))) {
        d = { kind: 'riksdag-question', id: candidateId(c, 'riksdag-question'), start: c.start, end: c.end };
      }
    }
    if (d) out.push(d);
    // "frågorna 2020/21:3001 och 3002": the riksmöte written once for several questions
    if (d?.kind === 'riksdag-question' && c.shape === 'session' && PLURAL_QUESTIONS.test(text.slice(d.start, c.start))) {
      let at = c.end;
      for (let n = 0; n < 20; n++) {
        SHORT_NUMBER_AT.lastIndex = at;
        const m = SHORT_NUMBER_AT.exec(text);
        if (!m) break;
        // "frågorna 2020/21:3001 och 2021": a year of the riksmöte is no question number
        if (c.head.slice(0, 4) === m.groups!['n'] || String(Number(c.head.slice(0, 4)) + 1) === m.groups!['n']) break;
        const numStart = at + m[0].length - m.groups!['n']!.length;
        out.push({ kind: 'riksdag-question', id: `${c.head}:${m.groups!['n']!}`, start: numStart, end: at + m[0].length });
        at += m[0].length;
      }
    }
    // a committee report's code does not carry over to a bare number after it
    previous = d && !c.report ? { kind: d.kind as ReferenceKind, shape: c.shape, end: d.end } : undefined;
  }
}

// ── Public API ──

const inTextOrder = (a: Designation, b: Designation): number => a.start - b.start || a.end - b.end;

/** The last text's diary numbers: the department extractor and the diary number extractor ask for the same text. */
let diaryCache: { text: string; result: Designation[] } | undefined;

/** Every diary number in `text`, in order of appearance, repeats included. */
export function findDiaryNumbers(text: string): Designation[] {
  if (diaryCache?.text === text) return diaryCache.result;
  const out: Designation[] = [];
  diaryNumbers(text, out);
  out.sort(inTextOrder);
  diaryCache = { text, result: out };
  return out;
}

/** Every reference (no diary number) in `text`, in order of appearance, repeats included. */
export function findReferences(text: string): Designation[] {
  const out: Designation[] = [];
  references(text, out);
  return out.sort(inTextOrder);
}

/** Every diary number and reference in `text`, in order of appearance, repeats included. */
export function findDesignations(text: string): Designation[] {
  // the sort is stable: of a diary number and a reference with one span, the diary number comes first
  return [...findDiaryNumbers(text), ...findReferences(text)].sort(inTextOrder);
}

/**
 * A designation typed by a user ("S2020/05028", "SOU 2021:25", "prop. 2020/21:1", "2020/21:1311",
 * "Dir. 2024:18", "SFS 2017:30", "bet. 2019/20:SoU12") as `{kind, id}` with the id as stored; null
 * when the string is not one designation. A bare riksmöte number is taken as a question's
 * ("2020/21:1311"), a bare year:number as a statute's ("2017:30").
 */
export function parseDesignationQuery(s: string): { kind: DesignationKind; id: string } | null {
  const q = s.trim().replace(/\s+/gu, ' ');
  if (!q || q.length > 80) return null;
  const typed = q
    // users type labels in any case and without the dot
    .replace(/^(prop|bet|dir)\.?(?=\s|\d)/iu, (_l, w: string) => `${w.toLowerCase()}.`)
    .replace(/^(sou|ds|sfs)(?=\s|\d)/iu, (l) => (l.toLowerCase() === 'ds' ? 'Ds' : l.toUpperCase()))
    .replace(/^(prop\.|bet\.|dir\.|SOU|Ds|SFS)(?=\d)/u, '$1 ');
  // a diary number with its prefix in any case: "fi2021/00123"
  const diary = /^(?:(?:dnr|diarienummer)[.:]? ?)?(\p{L}{1,3}) ?((?:19|20)\d\d) ?\/ ?(\d{1,6})(?: ?\/ ?(\p{L}{1,6}\d{0,2}))?$/iu.exec(typed);
  if (diary) {
    const prefix = canonicalDiaryPrefix(diary[1]!);
    if (prefix) return { kind: 'diary', id: `${prefix}${diary[2]}/${diary[3]}${diary[4] ? `/${diary[4].toUpperCase()}` : ''}` };
  }
  const found = findDesignations(typed).filter((d) => d.end - d.start > 0);
  const whole = found.find((d) => typed.slice(0, d.start).replace(/^(?:fråga|interpellation|prop\.|bet\.|[Dd]nr)\.?:? ?/iu, '').trim() === '' && typed.slice(d.end).trim() === '');
  if (whole) return { kind: whole.kind, id: whole.id };
  // "fr." and "ip." abbreviate fråga and interpellation in the Riksdag's lists
  const session = /^(?:(?:fr|ip)\.? ?)?((?:19|20)\d\d) ?\/ ?(\d{2}|\d{4}) ?: ?(\d{1,5})$/iu.exec(typed);
  if (session) {
    const rm = canonicalSession(session[1]!, session[2]!);
    return rm ? { kind: 'riksdag-question', id: `${rm}:${session[3]}` } : null;
  }
  const committee = /^((?:19|20)\d\d) ?\/ ?(\d{2}|\d{4}) ?:? ?(\p{L}{1,6}) ?(\d{1,3})$/u.exec(typed);
  if (committee) {
    const rm = canonicalSession(committee[1]!, committee[2]!);
    const code = committee[3]!;
    // the store compares ids without case: "sou" typed is found as "SoU"
    const fixed = code.length >= 2 && /u$/iu.test(code) ? code.replace(/^\p{L}/u, (c) => c.toUpperCase()).replace(/u$/u, 'U') : undefined;
    return rm && fixed ? { kind: 'committee-report', id: `${rm}:${fixed}${committee[4]}` } : null;
  }
  const yearNumber = /^((?:1[6-9]|20)\d\d) ?: ?(\d{1,4})$/u.exec(typed);
  if (yearNumber) return { kind: 'sfs', id: `${yearNumber[1]}:${yearNumber[2]}` };
  return null;
}
