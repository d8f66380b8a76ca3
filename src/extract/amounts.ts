// Sums of money with a stated currency: "50 000 000 kronor", "3,4 miljarder kronor", "en halv
// miljard kronor", "12 mnkr", "48 617 tkr", "10–20 miljoner kronor" (both ends), "EUR 5 miljoner",
// "1 000 000 (en miljon) kronor" (spelled out in parentheses), "50 000:-" (the price sign for kronor).
// A number without a currency word is not an amount, so every match ends on (or starts with) one;
// a "(tkr)" column header has no number before it and yields nothing.
import type { Amount, Fact, ReadDocument } from '../record.js';
import {
  CURRENCY_PATTERN,
  CURRENCY_PREFIX_PATTERN,
  CURRENCY_WORD_LIST,
  HALF_SUFFIX,
  NUMBER_MORPHEME_PATTERN,
  NUMBER_WORD_PATTERN,
  SCALED_CURRENCY_PATTERN,
  SCALE_PATTERN,
  SCALE_WORD_LIST,
  currencyCode,
  parseDigits,
  parseNumberPhrase,
  scaleAmount,
  scaleValue,
  scaledCurrency,
} from '../swedish/numbers.js';
import { withoutSoftHyphens } from '../scan.js';
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

// ---- The pattern ----
// An amount is a code or symbol and a list ("SEK 50 000"), or a list and its currency ("3,4 miljarder
// kronor"). FIRST(?:PREFIXED|SUFFIXED) below is the pattern, written (and read) for the flags `iu`:
// AMOUNT_RE in the comments. It is not compiled as written: V8 compiles a regex on its first use,
// and AMOUNT_RE as one `iu` regex made the first call in each process (each extraction worker) cost
// 80–200 ms, against well under a millisecond for a later one; now 13–35 ms. So it is compiled
// - without `i` (caseFolded): under `i` V8 computes the case closure of every class, and most of
//   that time went to the closures of AMOUNT_RE's many \p{L};
// - with fewer \p{L}: the word lists of numbers.ts write the look-ahead after their words once
//   (alternation there), not after each word;
// - for the texts without a soft hyphen, most texts, without the optional soft hyphens of its long
//   words (withoutOptionalSoftHyphens): they made its compiling half again as slow;
// - as its two branches apart, PREFIXED tried only where a code or symbol stands (rare before a
//   number): each branch holds its own copy of the list.
// Each piece matches exactly what AMOUNT_RE matches where it is used (the tests hold texts for each).

/** "SEK 50 000", "EUR 5 miljoner": a code or symbol before the number. */
const PREFIXED = `(?<pre>(?<![\\p{L}\\d])(?:${CURRENCY_PREFIX_PATTERN}))${H}{0,2}(?<plist>${LIST})(?![\\d/:])`;
/** "mellan 10 och 20 miljoner kronor", "3,4 miljarder kronor", "12 mnkr", "50 000:-". */
const SUFFIXED =
  `(?<between>(?<![\\p{L}])(?:mellan|från)${H}{1,5})?(?<list>${LIST})` +
  `(?:(?:${SP}${SPELLED_OUT})?${SP}(?:(?<scaled>${SCALED_CURRENCY_PATTERN})|(?<cur>${CURRENCY_PATTERN}))` +
  // "50 000:-", "1 200:- kr": the colon and dash of Swedish prices stand for kronor
  `|(?<=\\d)(?<colon>:-)(?![\\p{L}\\d-])(?:${H}{0,3}(?:kronor|kr\\.?)(?![\\p{L}]))?)`;

/**
 * Letters `i` with `u` matches beyond their upper and lower case (Unicode simple case folding): the
 * Kelvin sign, the long s, the Ångström sign. The other letters the patterns hold have two cases.
 */
const OTHER_CASES: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f', å: '\u212b' };
/** The letters whose cases OTHER_CASES knows in full (a test compares them with `iu` over all of Unicode). */
const CASE_TABLE_LETTERS = /^[a-zåäöàé]$/;
/** What \p{L} matches under `iu`: also U+0345 (combining ypogegrammeni), which folds to the letter "ι". */
const LETTER_IU = '\\p{L}\\u0345';

/**
 * `source`, a pattern written for the flags `iu`, rewritten to match the same with `u` alone: each
 * letter becomes the class of its cases ("k" → "[kK\u212a]"), and \p{L} takes in U+0345. Knows what
 * these patterns hold (escapes, classes without letter ranges, named groups) and throws on
 * anything else (\w, \b, other properties, letters outside CASE_TABLE_LETTERS).
 */
export function caseFolded(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escape = /^\\(?:[pP]\{[^}]*\}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[^cpPuxkbBwW])/.exec(source.slice(i, i + 32))?.[0];
      if (escape === undefined || (/^\\[pP]/.test(escape) && escape !== '\\p{L}')) {
        throw new Error(`caseFolded: cannot rewrite ${source.slice(i, i + 8)}`);
      }
      out += escape !== '\\p{L}' ? escape : inClass ? LETTER_IU : `[${LETTER_IU}]`;
      i += escape.length;
    } else if (!inClass && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // a group's name
      const end = source.indexOf('>', i) + 1;
      out += source.slice(i, end);
      i = end;
    } else {
      const lower = ch.toLowerCase();
      if (lower !== ch.toUpperCase()) {
        if (!CASE_TABLE_LETTERS.test(lower) || (inClass && (source[i - 1] === '-' || source[i + 1] === '-'))) {
          throw new Error(`caseFolded: cannot rewrite ${ch} at ${i}`);
        }
        const cases = lower + lower.toUpperCase() + (OTHER_CASES[lower] ?? '');
        out += inClass ? cases : `[${cases}]`;
      } else {
        if (ch === '[') inClass = true;
        else if (ch === ']') inClass = false;
        out += ch;
      }
      i++;
    }
  }
  return out;
}

/** `source` without the optional soft hyphens of its words ("k\u00ad?r\u00ad?o…"): the same matches in a text without U+00AD. */
const withoutOptionalSoftHyphens = (source: string): string => source.replaceAll('\\u00ad?', '');

/**
 * `source` (written for `iu`) as sticky regexes with `u` alone: [0] for texts without soft hyphens,
 * [1] for texts with them. (No indices: they cost more than the match; the list's span is computed.)
 */
function stickyPair(source: string): readonly [RegExp, RegExp] {
  return [new RegExp(caseFolded(withoutOptionalSoftHyphens(source)), 'uy'), new RegExp(caseFolded(source), 'uy')];
}
const PREFIXED_AT = stickyPair(PREFIXED);
const SUFFIXED_AT = stickyPair(FIRST + SUFFIXED);

/**
 * Can PREFIXED match at p? Its code or symbol stands there: "€", "$", or "sek", "eur" or "usd" as a
 * whole word, compared as AMOUNT_RE compares them (normaliseWord). Else AMOUNT_RE can match at p
 * only by SUFFIXED. ("euro", "Europa" and "Sekretariat" do not need PREFIXED_AT compiled.)
 */
function mayStartPrefixed(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 36 || c === 0x20ac) return true;
  // s, e, u in either case, or the long s: else no need to look further
  const lower = c | 32;
  if (lower !== 115 && lower !== 101 && lower !== 117 && c !== 0x17f) return false;
  // PREFIXED's (?![\p{L}\d]) after the code
  const after = text.charCodeAt(p + 3);
  if ((after >= 48 && after <= 57) || (p + 3 < text.length && isLetterAt(text, p + 3))) return false;
  return PREFIX_CODES.has(normaliseWord(text.slice(p, p + 3)));
}
const PREFIX_CODES = new Set(['sek', 'eur', 'usd']);

// ---- Where to run AMOUNT_RE ----
// Run over a whole text, AMOUNT_RE tries every position. But every match holds a currency: a code or
// symbol it starts with, or a currency word (or ":-") it ends with, and what stands between the
// start of a match and its currency is a short list of numbers, number words, scale words and
// joints. So the matches are found by trying AMOUNT_RE (sticky) only in a window before each
// currency marker, from the furthest point back the list could reach, and the result is the same as
// the global scan's: the same matches, found in the same order, from the same positions.

/**
 * AMOUNT_RE tried at p: PREFIXED, else FIRST and SUFFIXED, as the alternation tries them. (FIRST
 * needs no test before PREFIXED: a code or symbol meets it.)
 */
function amountAt(text: string, p: number, soft: 0 | 1): RegExpExecArray | null {
  if (mayStartPrefixed(text, p)) {
    const prefixed = PREFIXED_AT[soft];
    prefixed.lastIndex = p;
    const m = prefixed.exec(text);
    if (m) return m;
  }
  const suffixed = SUFFIXED_AT[soft];
  suffixed.lastIndex = p;
  return suffixed.exec(text);
}

/**
 * Letters (or symbols) every currency and scaled currency word holds: "kr" (kronor, mnkr, svenska
 * kronor), "sek", "eur", "usd", "dkk", "nok", "isk", "dol" (dollar), "pund", "gbp", "franc"
 * (schweizerfranc), "chf"; and the symbols "€", "$", and the ":-" of prices. The words are found by
 * one regex with AMOUNT_RE's flags, so the same letters fold together ("ſ", "K"); the symbols by
 * indexOf, which is much cheaper than one more alternative per position of the regex.
 * A test checks that every word of CURRENCY_WORD_LIST holds one.
 */
const MARKER_PARTS = ['kr', 'sek', 'eur', 'usd', 'dkk', 'nok', 'isk', 'dol', 'pund', 'gbp', 'franc', 'chf'];
const MARKER_WORDS = new RegExp(MARKER_PARTS.join('|'), 'giu');
/** The same where soft hyphens may stand between the letters of long words ("kro\u00adnor"). */
const MARKER_WORDS_SOFT = new RegExp(MARKER_PARTS.map((w) => [...w].join('\\u00ad?')).join('|'), 'giu');
const MARKER_SYMBOLS = ['€', '$', ':-'];

/**
 * Where the currency markers of `text` are, in text order: the last letter of a word marker (a
 * window reaching it reaches its first), the symbol, or the ":" of ":-".
 */
function markerPositions(text: string, soft: 0 | 1): number[] {
  const words: number[] = [];
  const re = soft ? MARKER_WORDS_SOFT : MARKER_WORDS;
  re.lastIndex = 0;
  while (re.test(text)) words.push(re.lastIndex - 1);
  // the symbols, merged in order (each list is in order; no symbol is part of a word marker)
  const next = MARKER_SYMBOLS.map((symbol) => text.indexOf(symbol));
  if (next.every((i) => i < 0)) return words;
  const out: number[] = [];
  let w = 0;
  for (;;) {
    let which = -1;
    for (let s = 0; s < next.length; s++) if (next[s]! >= 0 && (which < 0 || next[s]! < next[which]!)) which = s;
    if (which < 0) break;
    const at = next[which]!;
    while (w < words.length && words[w]! < at) out.push(words[w++]!);
    out.push(at);
    next[which] = text.indexOf(MARKER_SYMBOLS[which]!, at + 1);
  }
  while (w < words.length) out.push(words[w++]!);
  return out;
}

/** Words a currency marker's word may be: the words of the currency words, also glued to a "… och en halv" before them. */
const CURRENCY_PARTS = new Set(CURRENCY_WORD_LIST.flatMap((w) => w.split(/[\s-]+/)));
const isCurrencyWord = (word: string): boolean => {
  const w = normaliseWord(word);
  return CURRENCY_PARTS.has(w) || (w.startsWith('halv') && CURRENCY_PARTS.has(w.slice(4)));
};

/**
 * Words that may stand in an amount before its currency marker's word: joints, halves, scales, and
 * the first words of currencies ("svenska kronor", "us-dollar"). Number words are tested apart.
 */
const LIST_WORDS = new Set([
  'mellan', 'från', 'en', 'ett', 'halv', 'halvt', 'och', 'till', 'à', 'eller', 'respektive', 'resp',
  ...SCALE_WORD_LIST.map((w) => w.replace(/\.$/, '')),
  ...CURRENCY_WORD_LIST.flatMap((w) => w.split(/[\s-]+/).slice(0, -1)),
]);
const WHOLE_NUMBER_WORD = new RegExp(`^(?:ettusen|${NUMBER_MORPHEME_PATTERN}){1,8}$`);
/** A word as AMOUNT_RE's flags compare it: without soft hyphens, lower case, the long s an s. */
function normaliseWord(word: string): string {
  const w = word.toLowerCase();
  return w.includes('\u00ad') || w.includes('ſ') ? w.replace(/\u00ad/g, '').replace(/ſ/g, 's') : w;
}
/** A list word, a number word, or (nothing ends "… och en halv" as a word) a list word glued to its "halv": "halvmdr.", "halvtill". */
const isListWord = (word: string): boolean => {
  const w = normaliseWord(word);
  return w === '' || LIST_WORDS.has(w) || WHOLE_NUMBER_WORD.test(w) || (w.startsWith('halv') && LIST_WORDS.has(w.slice(4)));
};
const LETTER = /\p{L}/u;
const WHITESPACE = /\s/;
/** Is text[i] a letter (\p{L}; half a surrogate pair is none)? ASCII without a regex. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(text[i]!);
}
/** A letter or a soft hyphen: what a word is made of here. */
const isWordCharAt = (text: string, i: number): boolean => text.charCodeAt(i) === 0xad || isLetterAt(text, i);
/** \s, ASCII without a regex. */
function isWhitespaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(text[i]!);
}
/** Characters of digits and joints ("3,4", "1.500", "10–20", "resp."), and the "(" of a spelled-out sum. */
const LIST_PUNCTUATION = new Set(['.', ',', '-', '–', '—', '−', '(']);
/** What SPELLED_OUT holds between its parentheses. */
const SPELLED_OUT_CHAR = /[\p{L} \u00ad-]/u;
/** Longest SPELLED_OUT content in UTF-16 units: a number word (8 morphemes of at most 7 letters) and 60 characters, all astral at worst. */
const SPELLED_OUT_REACH = 2 * (8 * 7 + 60);

/** The "(" that a spelled-out sum holding text[.., from] would open (only its characters between), or -1. */
function spelledOutOpen(text: string, from: number, floor: number): number {
  for (let j = from; j >= floor && from - j <= SPELLED_OUT_REACH; j--) {
    const c = text.charCodeAt(j);
    if (c === 40) return j;
    // SPELLED_OUT_CHAR for ASCII without a regex: a letter, the space or "-"
    if (c < 128 ? !(c === 32 || c === 45 || ((c | 32) >= 97 && (c | 32) <= 122)) : !SPELLED_OUT_CHAR.test(text[j]!)) return -1;
  }
  return -1;
}

/**
 * The furthest point back a match holding the currency marker at `k` can start, never before
 * `floor`: back over the word holding the marker, then over whitespace, digits, joints, list words
 * and spelled-out sums ("(en miljon)"); it stops at anything else, which stays in the window (a
 * match may start right after a word: "abc5 kr").
 *
 * The walk must reach the start of every match whose span from its start to its own currency holds
 * `k`, not only of the matches whose currency `k` is: then the first match found, marker by marker,
 * is the leftmost one. Only a spelled-out sum may hold other words, even currency words ("5 (tre
 * kronor) kronor" is one match, and "tre kronor" inside it is one too): a word no amount holds is
 * therefore passed when it may stand inside such a sum, as the walk from the sum's own currency
 * passes the whole sum.
 */
function windowStart(text: string, k: number, floor: number): number {
  let i = k;
  while (i > floor && isWordCharAt(text, i - 1)) i--;
  while (i > floor) {
    const ch = text[i - 1]!;
    if (isWhitespaceAt(text, i - 1) || (ch >= '0' && ch <= '9') || LIST_PUNCTUATION.has(ch)) {
      i--;
    } else if (isWordCharAt(text, i - 1)) {
      let r = i - 1;
      while (r > floor && isWordCharAt(text, r - 1)) r--;
      if (isListWord(text.slice(r, i))) {
        i = r;
        continue;
      }
      const open = spelledOutOpen(text, r - 1, floor);
      if (open < 0) return r;
      i = open;
    } else if (ch === ')') {
      const open = spelledOutOpen(text, i - 2, floor);
      if (open < 0) return i - 1;
      i = open;
    } else {
      return i - 1;
    }
  }
  return floor;
}

/**
 * Can a match start at p? A superset of FIRST: a digit not continuing a number, € or $, or at a word
 * start a letter that may begin one of FIRST's words (or any other non-ASCII letter).
 */
function mayStart(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c >= 48 && c <= 57) {
    // not after [\d.,:/]
    const b = text.charCodeAt(p - 1);
    return !((b >= 48 && b <= 58) || b === 46 || b === 44 || b === 47);
  }
  if (c === 36 || c === 0x20ac) return true;
  if (c < 128 ? !FIRST_LETTERS.has(c | 32) : c >= 0xd800 && c <= 0xdfff) return false;
  return p === 0 || !isLetterAt(text, p - 1);
}
/** The first letters of FIRST's words, lower case. */
const FIRST_LETTERS = new Set([...'aefhmnstu'].map((ch) => ch.charCodeAt(0)));

/**
 * The matches of AMOUNT_RE over `text`, exactly as its global scan finds them (one at a time: a text
 * may hold very many). `soft`: 1 when the text holds a soft hyphen.
 */
function* amountMatches(text: string, soft: 0 | 1): Generator<RegExpExecArray> {
  // the global scan's lastIndex: no match starts before it
  let pos = 0;
  // every position in [pos, tried) has been tried, or is proven to be no match's start
  let tried = 0;
  // the word of the last marker in a word (a word may hold several: "SEK\u00adSEK")
  let wordEnd = 0;
  let wordMayBeCurrency = false;
  for (const k of markerPositions(text, soft)) {
    // The word holding the marker (letters and soft hyphens around it; looked at once for all its
    // markers). A match holds it as its currency only when it is a currency word: the regex's word
    // ends are those of a run of letters, so a word with soft hyphens is always tried.
    // (€, $ and ":-" are no word: always tried)
    if (isWordCharAt(text, k)) {
      if (k >= wordEnd) {
        let wordStart = k;
        while (wordStart > 0 && isWordCharAt(text, wordStart - 1)) wordStart--;
        wordEnd = k;
        while (wordEnd < text.length && isWordCharAt(text, wordEnd)) wordEnd++;
        const word = text.slice(wordStart, wordEnd);
        wordMayBeCurrency = word.includes('\u00ad') || isCurrencyWord(word);
      }
      if (!wordMayBeCurrency) continue;
    }
    // a match that starts at or after pos has its currency at or after its start
    while (k >= pos) {
      const floor = Math.max(pos, tried);
      let found: RegExpExecArray | undefined;
      for (let p = windowStart(text, k, floor); p <= k; p++) {
        if (!mayStart(text, p)) continue;
        const m = amountAt(text, p, soft);
        if (m) {
          found = m;
          break;
        }
      }
      if (!found) {
        tried = k + 1;
        break;
      }
      pos = found.index + found[0].length;
      tried = pos;
      yield found;
    }
  }
}

// Sticky pieces to walk the members of a matched list.
const ITEM_AT = stickyPair(`(?<num>${NUM})(?:${SP}(?<scale>${SCALE_PATTERN}))?`);
// (no soft hyphens in it: one regex for all texts)
const SEPARATOR_AT = new RegExp(caseFolded(`${SP}(?<sep>[-–—−]|till|à|och|eller|respektive|resp\\.|,)${SP}`), 'uy');
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

/** "… och en halv" closing a number written in digits (HALF_SUFFIX, which the amount pattern uses too). */
const HALF_AT_END = new RegExp(`${HALF_SUFFIX}$`, 'i');

/** Value of a number as written: digits, or words ("en halv", "tre och en halv", "tjugofem"). */
function countValue(text: string): number | undefined {
  const t = withoutSoftHyphens(text);
  const first = t.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // (only a text ending in "v" can end in "halv")
    const last = t.charCodeAt(t.length - 1) | 32;
    const half = last === 118 ? HALF_AT_END.exec(t) : null;
    const digits = half ? t.slice(0, half.index) : t;
    const v = parseDigits(digits);
    return v === undefined ? undefined : half ? v + 0.5 : v;
  }
  return parseNumberPhrase(t);
}

/** Splits the list text at [from, to) of `text` into its members. `soft`: 1 when the text holds a soft hyphen. */
function members(text: string, from: number, to: number, soft: 0 | 1): Member[] {
  const out: Member[] = [];
  const itemAt = ITEM_AT[soft];
  let pos = from;
  while (pos < to) {
    itemAt.lastIndex = pos;
    const item = itemAt.exec(text);
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
    pos = Math.min(itemAt.lastIndex, to);
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
  const soft = text.includes('\u00ad') ? 1 : 0;
  for (const m of amountMatches(text, soft)) {
    const g = m.groups!;
    // The list's span: "SEK 50 000" ends with its list; "mellan 10 och 20 kronor" starts with it after "mellan ".
    let listSpan: [number, number];
    if (g['plist'] !== undefined) listSpan = [m.index + m[0].length - g['plist'].length, m.index + m[0].length];
    else if (g['list'] !== undefined) {
      const from = m.index + (g['between']?.length ?? 0);
      listSpan = [from, from + g['list'].length];
    } else continue;
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
    let list = members(text, listSpan[0], listSpan[1], soft);
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
