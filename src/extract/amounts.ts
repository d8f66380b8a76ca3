// Sums of money with a stated currency: "50 000 000 kronor", "3,4 miljarder kronor", "en halv
// miljard kronor", "12 mnkr", "48 617 tkr", "10–20 miljoner kronor" (both ends), "EUR 5 miljoner",
// "1 000 000 (en miljon) kronor" (spelled out in parentheses), "50 000:-" (the price sign for kronor).
// A number without a currency word is not an amount, so every match ends on (or starts with) one;
// a "(tkr)" column header has no number before it and yields nothing.
import type { Amount, Fact, ReadDocument } from '../record.js';
import {
  CURRENCY_PATTERN,
  CURRENCY_PREFIX_PATTERN,
  HALF_SUFFIX,
  NUMBER_MORPHEME_PATTERN,
  NUMBER_WORD_PATTERN,
  SCALED_CURRENCY_PATTERN,
  SCALE_PATTERN,
  currencyCode,
  parseDigits,
  parseNumberPhrase,
  scaleAmount,
  scaleValue,
  scaledCurrency,
} from '../swedish/numbers.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'amounts', version: 5 };

// Every quantifier below is bounded, so each start position costs a constant: linear on megabytes
// of digits and spaces.
/** Horizontal whitespace. */
const H = '[^\\S\\r\\n]';
/** Optional whitespace with at most one line break (PDF and plain-text wrapping: "590\nmiljoner kronor"). */
const SP = `${H}{0,20}(?:\\r?\\n${H}{0,20})?`;
/** Space, no-break space, narrow no-break space and thin space split digit groups: "50 000 000". */
const GROUP_SEP = '[ \\u00a0\\u202f\\u2009]';
/**
 * Digits as written: grouped by spaces or dots, or plain, with an optional decimal comma (or an
 * English decimal point with one or two decimals). Not a continuation of a number, section or
 * designation ("2020/21:1311", "1.2", "08-405").
 */
/**
 * A grouped number wrapped at its last group's space, the group then directly before the currency
 * ("högst 3 200 000" / "000 kronor" in a PDF). Only the last group, and only before a currency word:
 * a column of figures ("1 088 542" / "200 000 tkr") is not one number.
 */
const WRAPPED_GROUPS = `\\d{1,3}(?:${GROUP_SEP}\\d{3}){0,5}${H}{0,3}\\r?\\n${H}{0,20}\\d{3}(?=${H}{1,3}(?:kronor|kr\\.?|SEK|euro|EUR)(?![\\p{L}]))`;
const DIGITS =
  `(?<![\\d.,:/])(?:${WRAPPED_GROUPS}|\\d{1,3}(?:${GROUP_SEP}\\d{3}){1,6}(?!\\d)|\\d{1,3}(?:\\.\\d{3}){1,6}(?![\\d.])|\\d{1,15}(?!\\d))` +
  `(?:,\\d{1,4}(?!\\d)|\\.\\d{1,2}(?![\\d.]))?`;
/** A count: digits ("3 och en halv"), "en halv", number words ("två", "tjugofem", "en och en halv"). */
const NUM = `(?:${DIGITS}(?:${HALF_SUFFIX})?|(?<![\\p{L}\\d])(?:en${H}+halv(?![\\p{L}])|ett${H}+halvt?(?![\\p{L}])|${NUMBER_WORD_PATTERN}(?:${HALF_SUFFIX})?))`;
/** One number of a list or range, with its own scale word if it has one ("10 miljoner–1 miljard kronor"). */
const ITEM = `${NUM}(?:${SP}(?:${SCALE_PATTERN}))?`;
/** What joins the ends of a range or the members of a list sharing one currency. */
const LIST_SEPARATOR = `${SP}(?:[-–—−]|till|à|och|eller|respektive|resp\\.|,)${SP}`;
const LIST = `${ITEM}(?:${LIST_SEPARATOR}${ITEM}){0,5}`;

/** The sum spelled out in words between the figures and the currency: "1 000 000 (en miljon) kronor". */
const SPELLED_OUT = `\\((?:${NUMBER_WORD_PATTERN}|en|ett)[\\p{L} \\u00ad-]{0,60}\\)`;

/**
 * What every match starts with (a look-ahead, so it changes no match): a currency symbol, the first
 * digit of a number, or at a word start "SEK"/"EUR"/"USD", "mellan"/"från" or a number morpheme.
 * Tested first, it turns most positions of a text away with one character test instead of the
 * look-behinds and alternatives of every branch below.
 */
const FIRST = `(?=[€$]|(?<![\\d.,:/])\\d|(?<![\\p{L}])(?:sek|eur|usd|mellan|från|${NUMBER_MORPHEME_PATTERN}))`;

const AMOUNT_RE = new RegExp(
  FIRST +
  // "SEK 50 000", "EUR 5 miljoner": a code or symbol before the number
  `(?:(?<pre>(?<![\\p{L}\\d])(?:${CURRENCY_PREFIX_PATTERN}))${H}{0,2}(?<plist>${LIST})(?![\\d/:])` +
    '|' +
    // "mellan 10 och 20 miljoner kronor", "3,4 miljarder kronor", "12 mnkr"
    `(?<between>(?<![\\p{L}])(?:mellan|från)${H}{1,5})?(?<list>${LIST})` +
    `(?:(?:${SP}${SPELLED_OUT})?${SP}(?:(?<scaled>${SCALED_CURRENCY_PATTERN})|(?<cur>${CURRENCY_PATTERN}))` +
    // "50 000:-", "1 200:- kr": the colon and dash of Swedish prices stand for kronor
    `|(?<=\\d)(?<colon>:-)(?![\\p{L}\\d-])(?:${H}{0,3}(?:kronor|kr\\.?)(?![\\p{L}]))?))`,
  'giud',
);

// Sticky pieces to walk the members of a matched list.
const ITEM_AT = new RegExp(`(?<num>${NUM})(?:${SP}(?<scale>${SCALE_PATTERN}))?`, 'iuy');
const SEPARATOR_AT = new RegExp(`${SP}(?<sep>[-–—−]|till|à|och|eller|respektive|resp\\.|,)${SP}`, 'iuy');
/** Separators of an enumeration (not a range): a year may stand before them ("2020 och 5 miljoner kronor 2021"). */
const ENUMERATION_SEPARATORS = new Set(['och', 'eller', 'respektive', 'resp.', ',']);
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

interface Member {
  start: number;
  value: number | undefined;
  scale: number | undefined;
  text: string;
  separatorAfter: string | undefined;
}

/** Value of a number as written: digits, or words ("en halv", "tre och en halv", "tjugofem"). */
function countValue(text: string): number | undefined {
  const t = text.replace(/\u00ad/g, '');
  if (/^\d/.test(t)) {
    const half = /\s+och\s+en\s+halv$/i.exec(t);
    const digits = half ? t.slice(0, half.index) : t;
    const v = parseDigits(digits);
    return v === undefined ? undefined : half ? v + 0.5 : v;
  }
  return parseNumberPhrase(t);
}

/** Splits the list text at [from, to) of `text` into its members. */
function members(text: string, from: number, to: number): Member[] {
  const out: Member[] = [];
  let pos = from;
  while (pos < to) {
    ITEM_AT.lastIndex = pos;
    const item = ITEM_AT.exec(text);
    if (!item || item.index !== pos) break;
    const num = item.groups!['num']!;
    const scaleWord = item.groups!['scale'];
    const member: Member = {
      start: pos,
      value: countValue(num),
      scale: scaleWord === undefined ? undefined : scaleValue(scaleWord),
      text: num,
      separatorAfter: undefined,
    };
    out.push(member);
    pos = Math.min(ITEM_AT.lastIndex, to);
    if (pos >= to) break;
    SEPARATOR_AT.lastIndex = pos;
    const sep = SEPARATOR_AT.exec(text);
    if (!sep || sep.index !== pos || SEPARATOR_AT.lastIndex > to) break;
    member.separatorAfter = sep.groups!['sep']!.toLowerCase();
    pos = SEPARATOR_AT.lastIndex;
  }
  return out;
}

export function extract(doc: ReadDocument, _ctx?: ExtractContext): Fact<Amount>[] {
  const { text } = doc;
  const facts: Fact<Amount>[] = [];
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
    const g = m.groups!;
    const idx = m.indices!.groups!;
    const listSpan = idx['plist'] ?? idx['list'];
    if (!listSpan) continue;
    let currency: string | undefined;
    let tailScale = 1;
    if (g['pre'] !== undefined) currency = currencyCode(g['pre']);
    else if (g['scaled'] !== undefined) {
      const sc = scaledCurrency(g['scaled']);
      currency = sc?.currency;
      tailScale = sc?.scale ?? 1;
    } else if (g['cur'] !== undefined) currency = currencyCode(g['cur']);
    else if (g['colon'] !== undefined) currency = 'SEK';
    if (!currency) continue;

    // "Tre Kronor" (the castle, the team) is a name: a capitalised number word before a capitalised currency word
    if (g['cur'] !== undefined && /^\p{Lu}/u.test(g['cur']) && /^\p{Lu}\p{Ll}/u.test(text.slice(listSpan[0], listSpan[1]))) continue;
    let list = members(text, listSpan[0], listSpan[1]);
    // A member that is no number ("tretio") or a year enumerated before the amount ("för 2020 och
    // 5 miljoner kronor för 2021") is not part of the amount: keep what follows it.
    // A comma joins members only in a real enumeration, closed by "och", "eller" … ("10, 20 och 30
    // miljoner kronor"); "avsnitt 2, 30 miljoner kronor" is one amount.
    const inRange = g['between'] !== undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const member = list[i]!;
      const yearBeforeEnumeration =
        i < list.length - 1 && !inRange && member.scale === undefined && YEAR_LIKE.test(member.text) &&
        ENUMERATION_SEPARATORS.has(member.separatorAfter ?? '');
      const unclosedComma = member.separatorAfter === ',' && !list.slice(i + 1).some((later) => later.separatorAfter !== undefined && later.separatorAfter !== ',');
      if (member.value === undefined || yearBeforeEnumeration || unclosedComma) {
        list = list.slice(i + 1);
        break;
      }
    }
    if (list.length === 0) continue;
    const trimmed = list[0]!.start !== listSpan[0];

    // Members without their own scale share the scale of the next member that has one: "10–20 miljoner".
    let sharedScale = 1;
    const values: number[] = new Array<number>(list.length);
    for (let i = list.length - 1; i >= 0; i--) {
      const member = list[i]!;
      if (member.scale !== undefined) sharedScale = member.scale;
      values[i] = scaleAmount(member.value!, sharedScale * tailScale);
    }
    // the span covers a currency written first ("SEK 50 000") unless the list lost its head
    const start = g['pre'] !== undefined && !trimmed ? m.index : list[0]!.start;
    const end = m.index + m[0].length;
    for (const value of values) if (value > 0) facts.push({ value: { value, currency }, start, end });
  }
  return facts;
}

export default { meta, extract } satisfies Extractor<Amount>;
