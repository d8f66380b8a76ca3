// Every calendar date given to the day: "den 14 september 2021", "14 sept. 2021", "2021-09-14",
// "14/9 2021", day ranges and lists ("den 9–18 juli 2019", "den 15 och 16 mars"), dates split over
// lines ("den 31\ndecember 2015"). A date written without its year gets one only when the text
// plainly gives it: from the dated member of its enumeration ("den 15 mars och den 30 juni 2022"),
// from words ("den 31 december i år", "samma år"), or from the document's own year; a recurring day
// ("den 15 april varje år") is no date. Month-only and year-only mentions are not dates.
// Every occurrence is returned with its span; the orchestrator sorts and removes repeats.
import type { Fact, ReadDocument } from '../record.js';
import { stickyCopy } from '../scan.js';
import {
  MONTH_ABBREVIATION_PATTERN,
  MONTH_FULL_PATTERN,
  RECURRING_AFTER,
  RECURRING_BEFORE,
  RELATIVE_YEAR_ALTERNATION,
  SAME_YEAR_AFTER,
  isValidDate,
  isoDate,
  monthNumber,
  relativeYearOffset,
} from '../swedish/months.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'dates', version: 4 };

// Every quantifier is bounded: linear time on megabytes of digits, spaces and month names.
const H = '[^\\S\\r\\n]';
/** At least one whitespace, at most one line break ("den 31\ndecember 2015" in PDF text). */
const WS = `(?:${H}{1,20}(?:\\r?\\n${H}{0,20})?|\\r?\\n${H}{0,20})`;
/** Optional whitespace, at most one line break. */
const WS0 = `${H}{0,20}(?:\\r?\\n${H}{0,20})?`;
/** A day of the month, optionally with an ordinal ending ("1:a", "14:e"). */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?::[ae])?(?!\\d)';
const DASH = '[-–—−]';
/** Words that join days of one month: "den 15 och 16 mars", "från den 9 till den 18 juli". */
const DAY_JOINER = `(?:${WS0},${WS0}|${WS0}${DASH}${WS0}|${WS}(?:och|samt|eller|respektive|resp\\.|till(?:${WS}och${WS}med)?|t\\.${H}?o\\.${H}?m\\.)${WS})`;
/**
 * The days before a month name. With "den" first, a list or range of days ("den 9, 10 och 11 mars",
 * "den 9 till den 18 juli"); without it only a dash range ("9–18 juli"), since a bare "3 och 14
 * mars" may be "punkt 3 och 14 mars".
 */
const DAYS = `(?:(?<![\\p{L}\\d])den${WS}${DAY}(?:${DAY_JOINER}(?:den${WS})?${DAY}){0,8}|(?<![\\p{L}\\d.,:/])${DAY}(?:${WS0}${DASH}${WS0}${DAY})?)`;
/** A year after the month: four digits, not the start of a designation ("2020/21", "2017:30"). */
const YEAR = `(?:år${WS})?(?<year>1[5-9]\\d\\d|2[01]\\d\\d)(?![\\d]|[/:]\\d)`;

const LONG_DATE = new RegExp(
  // the dot belongs to an abbreviation ("sept."); after a full name it ends the sentence
  `(?<days>${DAYS})${WS0}(?:(?<month>${MONTH_FULL_PATTERN})|(?<abbr>${MONTH_ABBREVIATION_PATTERN})(?<dot>\\.)?)(?![\\p{L}])` +
    `(?:${WS}${YEAR}|${WS}(?<rel>${RELATIVE_YEAR_ALTERNATION})(?![\\p{L}]))?`,
  'giu',
);
/** ISO dates, also glued to a following word ("2005-12-15Kammarkollegiet") and with a time after. */
const ISO_DATE = /(?<![\d/.:-])(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?!\d)/g;
/**
 * Day/month forms used on Swedish pages: "14/9 2021", "14/9-2021", "14/9/2021", and "den 14/9"
 * without a year. A bare "14/9" is left out (a fraction, a page or a count as often as a date).
 */
const SLASH_DATE = new RegExp(
  `(?<![\\p{L}\\d.,:/-])(?<!\\d${H})(?:(?<den>den)${WS})?(?<day>\\d{1,2})/(?<month>\\d{1,2})(?:(?:${H}|-|/)(?<year>1[5-9]\\d\\d|2[01]\\d\\d))?(?![\\d/])`,
  'giu',
);
/** SLASH_DATE tried at one position only (see `slashDates`). */
const SLASH_DATE_AT = stickyCopy(SLASH_DATE);
/** The longest WS between "den" and the day: 20 blanks, a line break (\r\n), 20 blanks. */
const LONGEST_WS = 20 + 2 + 20;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const WHITESPACE = /\s/;

/**
 * The matches of SLASH_DATE, as its global scan finds them, but tried only where one can start.
 * Every match holds "<day>/<month>" with 1–2 digits either side of its first slash, and starts at the
 * day's digits or at the "den" before them; "den" is then followed by whitespace only up to the day.
 * So for each slash with digits either side there are at most two start positions: the day, and
 * three characters before the whitespace run that ends at the day. The global scan's leftmost match
 * is the first of these (in text order, from the end of the previous match) where the sticky regex
 * matches. Most slashes in these texts are designations ("2020/21"); a text without a slash costs one
 * indexOf instead of a look-behind at every position.
 */
function* slashDates(text: string): Generator<RegExpExecArray> {
  let pos = 0;
  for (let q = text.indexOf('/', 1); q >= 0; q = text.indexOf('/', q + 1)) {
    if (!isDigit(text.charCodeAt(q - 1)) || !isDigit(text.charCodeAt(q + 1))) continue;
    const day = q >= 2 && isDigit(text.charCodeAt(q - 2)) ? q - 2 : q - 1;
    // WS is whitespace only, and "den" ends in a letter: the run of whitespace before the day is WS
    let ws = day;
    while (ws > 0 && day - ws <= LONGEST_WS && WHITESPACE.test(text[ws - 1]!)) ws--;
    const den = ws < day && day - ws <= LONGEST_WS && ws >= 3 ? ws - 3 : -1;
    for (const start of den >= 0 ? [den, day] : [day]) {
      if (start < pos) continue;
      SLASH_DATE_AT.lastIndex = start;
      const m = SLASH_DATE_AT.exec(text);
      if (m) {
        pos = start + m[0].length;
        yield m;
        break;
      }
    }
  }
}

/** ISO_DATE tried at one position only (see `isoDates`). */
const ISO_DATE_AT = stickyCopy(ISO_DATE);

/**
 * The matches of ISO_DATE, as its global scan finds them: every match has its first "-" four
 * characters after its start, so it is tried only four characters before a "-" that follows four
 * digits, in text order, from the end of the previous match.
 */
function* isoDates(text: string): Generator<RegExpExecArray> {
  let pos = 0;
  for (let q = text.indexOf('-', 4); q >= 0; q = text.indexOf('-', q + 1)) {
    const start = q - 4;
    if (start < pos || !isDigit(text.charCodeAt(q - 1)) || !isDigit(text.charCodeAt(q - 4))) continue;
    ISO_DATE_AT.lastIndex = start;
    const m = ISO_DATE_AT.exec(text);
    if (m) {
      pos = start + m[0].length;
      yield m;
    }
  }
}

/** "den 1/3 av kostnaderna" is a fraction. */
const FRACTION_AFTER = /^\s+(?:av|del|delen|delar|andel|andelen)(?![\p{L}])/iu;

interface Mention {
  start: number;
  end: number;
  month: number;
  days: number[];
  /** The year the text gives, or the one resolved for a date written without it. */
  year: number | undefined;
  explicit: boolean;
  /** "i år" (0), "nästa år" (1) … */
  relative?: number;
  recurring: boolean;
  sameYear: boolean;
}

function dayNumbers(daysText: string): number[] {
  // the ordinal endings ":a", ":e" carry no digits; every 1–2 digit run is a day (as /\d{1,2}/g reads them)
  const days: number[] = [];
  for (let i = 0; i < daysText.length; i++) {
    const c = daysText.charCodeAt(i);
    if (!isDigit(c)) continue;
    const next = daysText.charCodeAt(i + 1);
    if (isDigit(next)) {
      days.push((c - 48) * 10 + (next - 48));
      i++;
    } else days.push(c - 48);
  }
  return days;
}

/** Is the day-and-month at [start, end) recurring by the words around it? */
function isRecurring(text: string, start: number, end: number): boolean {
  if (RECURRING_AFTER.test(text.slice(end, end + 40))) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  // only the words of the same sentence count
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('; '));
  return RECURRING_BEFORE.test(sentenceStart >= 0 ? before.slice(sentenceStart + 1) : before);
}

function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  LONG_DATE.lastIndex = 0;
  for (let m = LONG_DATE.exec(text); m; m = LONG_DATE.exec(text)) {
    const g = m.groups!;
    const month = monthNumber(g['month'] ?? g['abbr']!)!;
    const year = g['year'] === undefined ? undefined : Number(g['year']);
    // "jul", "sep" … alone may be words or headings; an abbreviation needs its dot or a year
    if (g['abbr'] !== undefined && g['dot'] === undefined && year === undefined) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const mention: Mention = {
      start,
      end,
      month,
      days: dayNumbers(g['days']!),
      year,
      explicit: year !== undefined,
      recurring: false,
      sameYear: false,
    };
    if (year === undefined) {
      if (g['rel'] !== undefined) mention.relative = relativeYearOffset(g['rel']);
      else {
        mention.recurring = isRecurring(text, start, end);
        mention.sameYear = SAME_YEAR_AFTER.test(text.slice(end, end + 20));
      }
    }
    out.push(mention);
  }
  for (const m of isoDates(text)) {
    const g = m.groups!;
    out.push({
      start: m.index, end: m.index + m[0].length, month: Number(g['month']), days: [Number(g['day'])],
      year: Number(g['year']), explicit: true, recurring: false, sameYear: false,
    });
  }
  for (const m of slashDates(text)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const year = g['year'] === undefined ? undefined : Number(g['year']);
    if (year === undefined && (g['den'] === undefined || FRACTION_AFTER.test(text.slice(end, end + 12)))) continue;
    out.push({
      start: m.index, end, month: Number(g['month']), days: [Number(g['day'])], year, explicit: year !== undefined,
      recurring: year === undefined && isRecurring(text, m.index, end), sameYear: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Is the text between two date mentions the joint of one enumeration or range ("–", ", ", " och ",
 * " och slutredovisas ")? Then a date without a year takes the year of its dated neighbour.
 */
function joinsEnumeration(gap: string): boolean {
  if (gap.length > 60 || /[.!?;:]\s|\n\s*\n/.test(gap)) return false;
  return /^\s*(?:,\s*)?(?:(?:[-–—−]|och|samt|eller|respektive|resp\.|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.)\s*(?:\p{Ll}{2,20}\s+){0,3})?$/u.test(gap) && /\S/.test(gap);
}

/** Month and first day as one comparable number. */
const monthDay = (m: Mention): number => m.month * 100 + (m.days[0] ?? 0);

/** Where a text states its own date: the signature, the header, the page's publishing line. */
const OWN_DATE_CUE = /(?:(?:Stockholm|Göteborg|Bryssel|Luxemburg|Harpsund)\s+den|regeringssammanträde\s+den|(?:Publicerad|Beslutad|Beslut|Beslutsdatum|Datum|Utfärdad|Besvarad|Svarsdatum|Dag)\s*:?)\s*$/iu;

/**
 * A year the text mentions: /(?<![\d/:.,–-])(?:19|20)\d\d(?![\d/:]|[-–]\d)/g, its look-behind (run at
 * every position of a global scan) tested in JS on the character before each match (NOT_BEFORE_YEAR).
 */
const MENTIONED_YEAR = /(?:19|20)\d\d(?![\d/:]|[-–]\d)/g;
const NOT_BEFORE_YEAR = new Set([...'0123456789/:.,–-'].map((ch) => ch.charCodeAt(0)));

/**
 * The year the document is from: the year of a date the text states as its own (signature,
 * header), else the most frequent year among its full dates, else the most frequent year it
 * mentions (at least twice) outside designations such as "2020/21" or "(2017:30)".
 */
export function documentYear(text: string, mentions: readonly Mention[]): number | undefined {
  const dated = mentions.filter((m) => m.explicit);
  for (const m of dated) {
    // the cue stands on the same line, within a few words
    const before = text.slice(Math.max(0, m.start - 50), m.start);
    if (OWN_DATE_CUE.test(before.slice(before.lastIndexOf('\n') + 1))) return m.year;
  }
  const byCount = (years: number[], minimum: number): number | undefined => {
    const counts = new Map<number, number>();
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
    let best: number | undefined;
    for (const [y, c] of counts) if (c >= minimum && (best === undefined || c > counts.get(best)!)) best = y;
    return best;
  };
  const fromDates = byCount(dated.map((m) => m.year!), 1);
  if (fromDates !== undefined) return fromDates;
  const mentioned: number[] = [];
  MENTIONED_YEAR.lastIndex = 0;
  for (let m = MENTIONED_YEAR.exec(text); m; m = MENTIONED_YEAR.exec(text)) {
    if (m.index > 0 && NOT_BEFORE_YEAR.has(text.charCodeAt(m.index - 1))) {
      // the look-behind failed here: the global scan goes on from the next position
      MENTIONED_YEAR.lastIndex = m.index + 1;
      continue;
    }
    mentioned.push(Number(m[0]));
  }
  return byCount(mentioned, 2);
}

/**
 * Gives each mention without a year the year the text plainly implies, or leaves it undefined.
 * `ownYearApplies` is false for statutes: "senast den 1 mars" in a law is a yearly deadline, not a
 * day of the year the law was issued.
 */
function resolveYears(text: string, mentions: Mention[], ownYearApplies: boolean): void {
  // 1. enumerations and ranges: the dated member after ("den 15 mars och den 30 juni 2022",
  //    "1 januari–31 mars 2021"), one year earlier when the month comes later ("1 december–31 mars 2022")
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (m.year !== undefined || m.relative !== undefined || m.recurring || next.year === undefined) continue;
    if (!joinsEnumeration(text.slice(m.end, next.start))) continue;
    m.year = monthDay(m) > monthDay(next) ? next.year - 1 : next.year;
  }
  //    … or the dated member before ("den 15 mars 2021 och den 30 juni")
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    if (m.year !== undefined || m.relative !== undefined || m.recurring || prev.year === undefined) continue;
    if (!joinsEnumeration(text.slice(prev.end, m.start))) continue;
    m.year = monthDay(m) < monthDay(prev) ? prev.year + 1 : prev.year;
  }
  // 2. "den 1 juli samma år": the year of the date before it
  let lastYear: number | undefined;
  for (const m of mentions) {
    if (m.year === undefined && m.sameYear && lastYear !== undefined && !m.recurring) m.year = lastYear;
    if (m.year !== undefined) lastYear = m.year;
  }
  // 3. the same day and month written in full elsewhere ("den 14 september" heading, "Besvarad: 2011-09-14")
  const fullYearOf = new Map<string, number>();
  for (const m of mentions) if (m.explicit) for (const d of m.days) if (!fullYearOf.has(`${m.month}-${d}`)) fullYearOf.set(`${m.month}-${d}`, m.year!);
  // computed once, and only when some date still lacks its year
  // undefined: not computed yet; null: none (or not wanted)
  let ownYear: number | undefined | null = ownYearApplies ? undefined : null;
  const documentsYear = (): number | undefined => {
    if (ownYear === undefined) ownYear = documentYear(text, mentions) ?? null;
    return ownYear ?? undefined;
  };
  for (const m of mentions) {
    if (m.year !== undefined || m.recurring) continue;
    if (m.relative !== undefined) {
      const year = documentsYear();
      if (year !== undefined) m.year = year + m.relative;
      continue;
    }
    const same = m.days.map((d) => fullYearOf.get(`${m.month}-${d}`)).find((y) => y !== undefined);
    // 4. the document's own year
    m.year = same ?? documentsYear();
  }
}

export function extract(doc: ReadDocument, ctx?: ExtractContext): Fact<string>[] {
  const mentions = findMentions(doc.text);
  resolveYears(doc.text, mentions, ctx?.type !== 'statute');
  const facts: Fact<string>[] = [];
  for (const m of mentions) {
    if (m.year === undefined) continue;
    // a range gives both ends; a list every member
    for (const day of m.days) {
      if (isValidDate(m.year, m.month, day)) facts.push({ value: isoDate(m.year, m.month, day), start: m.start, end: m.end });
    }
  }
  return facts;
}

export default { meta, extract } satisfies Extractor<string>;
