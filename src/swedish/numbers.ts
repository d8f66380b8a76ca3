// Swedish numbers as written in government texts: digit groups ("50 000 000", "3,4"), number words
// ("tjugofem", "en och en halv"), scale words ("miljoner", "mdkr") and currency words ("kronor", "euro").
import { singleSpaced, withoutSoftHyphens } from '../scan.js';
import { softHyphenTolerant } from './months.js';

/** Number words that stand for a count on their own or inside a compound ("tvåhundrafemtio"). */
const NUMBER_MORPHEMES: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6], ['sju', 7], ['åtta', 8], ['nio', 9],
  ['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15], ['sexton', 16],
  ['sjutton', 17], ['arton', 18], ['aderton', 18], ['nitton', 19],
  ['tjugo', 20], ['tjugu', 20], ['trettio', 30], ['fyrtio', 40], ['femtio', 50], ['sextio', 60], ['sjuttio', 70],
  ['åttio', 80], ['nittio', 90], ['hundra', 100], ['tusen', 1000],
]);
/** Longest first, so "sjuttio" is not read as "sju" + "ttio" and "sexton" not as "sex" + "ton". */
const MORPHEMES_LONGEST_FIRST = [...NUMBER_MORPHEMES.keys()].sort((a, b) => b.length - a.length);

/**
 * Regex source of a word built from number morphemes ("tre", "tjugofem", "etthundra"), whole word.
 * Bounded repetition keeps it linear; `parseNumberWord` decides whether the compound is well formed.
 */
export const NUMBER_WORD_PATTERN = `(?:ettusen|${MORPHEMES_LONGEST_FIRST.join('|')}){1,8}(?![\\p{L}\\d])`;

/** Regex source of one number morpheme: every number word (and "en", "ett") starts with one. */
export const NUMBER_MORPHEME_PATTERN = MORPHEMES_LONGEST_FIRST.join('|');

/**
 * The value of one Swedish number word, simple or compound: "tre" → 3, "tjugofem" → 25,
 * "tvåhundrafemtio" → 250, "ettusen" → 1000, "tusen" → 1000. Undefined for anything else.
 */
export function parseNumberWord(word: string): number | undefined {
  // "ettusen" is "ett" + "tusen" with the double t written once.
  const w = word.toLowerCase().replace(/\u00ad/g, '').replace(/^ettusen/, 'etttusen');
  if (!w) return undefined;
  const parts: number[] = [];
  let i = 0;
  while (i < w.length) {
    const m = MORPHEMES_LONGEST_FIRST.find((p) => w.startsWith(p, i));
    if (!m) return undefined;
    parts.push(NUMBER_MORPHEMES.get(m)!);
    i += m.length;
  }
  // Grammar: [below-100] hundra [below-100] tusen [below-100] hundra [below-100]; below-100 is a
  // ten word optionally followed by a unit, or a unit or teen alone.
  let total = 0;
  let current = 0;
  let lastSmall = Infinity; // the last word below 100 added to `current`, to reject "femtre" or "tretio"
  for (const v of parts) {
    if (v === 100) {
      if (current >= 100) return undefined;
      current = (current || 1) * 100;
      lastSmall = Infinity;
    } else if (v === 1000) {
      if (total > 0) return undefined;
      total = (current || 1) * 1000;
      current = 0;
      lastSmall = Infinity;
    } else {
      // a ten word may be followed by a unit (tjugo+fem); nothing else may follow a word below 100
      const isTen = v >= 20 && v % 10 === 0;
      const fitsAfterLast = lastSmall === Infinity || (lastSmall >= 20 && lastSmall % 10 === 0 && v < 10);
      if (!fitsAfterLast) return undefined;
      current += v;
      lastSmall = isTen ? v : v < 10 && lastSmall !== Infinity ? 1 : v;
    }
  }
  return total + current;
}

/**
 * A count written in words, as a number: "tre" → 3, "en halv" → 0.5, "en och en halv" → 1.5,
 * "tre och en halv" → 3.5, "halv" → 0.5. Words are separated by any whitespace.
 */
export function parseNumberPhrase(phrase: string): number | undefined {
  const words = phrase.toLowerCase().replace(/\u00ad/g, '').trim().split(/\s+/);
  if (words.length === 1) return words[0] === 'halv' || words[0] === 'halvt' ? 0.5 : parseNumberWord(words[0]!);
  if (words.length === 2 && (words[0] === 'en' || words[0] === 'ett') && (words[1] === 'halv' || words[1] === 'halvt')) return 0.5;
  // "<n> och en halv"
  if (words.length === 4 && words[1] === 'och' && words[2] === 'en' && words[3] === 'halv') {
    const whole = parseNumberWord(words[0]!) ?? parseDigits(words[0]!);
    return whole === undefined ? undefined : whole + 0.5;
  }
  return undefined;
}

/** Regex source of "<word> och en halv" / "en halv" that `parseNumberPhrase` reads (the word itself is \p{L}+ or digits). */
export const HALF_SUFFIX = '\\s+och\\s+en\\s+halv';

/**
 * Digits as written in Swedish: groups of three split by spaces (ordinary, no-break U+00A0, narrow
 * no-break U+202F, thin U+2009) or by dots, and a decimal comma: "50 000 000" → 50000000,
 * "3,4" → 3.4, "1.500" → 1500, "12,50" → 12.5. Undefined when it is not a number.
 */
export function parseDigits(text: string): number | undefined {
  if (isPlainDigits(text)) return Number(text);
  const t = text.replace(/[\s\u00a0\u202f\u2009]/g, '');
  let m = /^(\d+)(?:,(\d+))?$/.exec(t);
  if (m) return Number(`${m[1]}.${m[2] ?? '0'}`);
  // dots between groups of exactly three digits are thousands separators ("1.500.000")
  m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(t);
  if (m) return Number(`${m[1]!.replace(/\./g, '')}.${m[2] ?? '0'}`);
  // an English decimal point with one or two decimals ("3.4 miljarder")
  m = /^(\d+)\.(\d{1,2})$/.exec(t);
  if (m) return Number(`${m[1]}.${m[2]}`);
  return undefined;
}

/** Only ASCII digits, at least one: what parseDigits reads as Number(text) ("0500" is 500, as "0500.0"). */
function isPlainDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Multipliers of the scale words that stand between a number and its currency ("3 miljarder kronor", "5 md kr"). */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['tusen', 1e3],
  ['miljon', 1e6], ['miljoner', 1e6], ['milj', 1e6], ['milj.', 1e6], ['mn', 1e6], ['mio', 1e6],
  ['miljard', 1e9], ['miljarder', 1e9], ['mdr', 1e9], ['md', 1e9], ['mrd', 1e9], ['mdr.', 1e9], ['mrd.', 1e9],
  ['biljon', 1e12], ['biljoner', 1e12],
]);

/** Regex source of the scale words, longest first, whole words (the dot forms end the word themselves). */
export const SCALE_PATTERN = alternation(
  [...SCALE_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.endsWith('.') ? [escape(w), ''] : [wordSource(w), '(?![\\p{L}.])'])),
);

/** The scale words, lower case ("miljoner", "mdr."). */
export const SCALE_WORD_LIST: readonly string[] = [...SCALE_WORDS.keys()];

/** A look-up key: no soft hyphen, no white space ("milj\u00adarder", "mil jarder" → "miljarder"). */
function compacted(word: string): string {
  return withoutSoftHyphens(word).replace(/\s+/g, '');
}

/** Multiplier of a scale word as written ("Miljarder", "md"), or undefined. */
export function scaleValue(word: string): number | undefined {
  // a key is its own normal form (no soft hyphen, no white space): found as written, it needs no normalising
  const lower = word.toLowerCase();
  return SCALE_WORDS.get(lower) ?? SCALE_WORDS.get(compacted(lower));
}

/** ISO 4217 code of each currency word. Swedish "kronor" alone are SEK; other crowns need their adjective. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['kronor', 'SEK'], ['krona', 'SEK'], ['kronors', 'SEK'], ['kronorna', 'SEK'], ['kr', 'SEK'], ['kr.', 'SEK'], ['sek', 'SEK'],
  ['svenska kronor', 'SEK'], ['svenska kronors', 'SEK'],
  ['danska kronor', 'DKK'], ['danska kronors', 'DKK'], ['dkk', 'DKK'],
  ['norska kronor', 'NOK'], ['norska kronors', 'NOK'], ['nok', 'NOK'],
  ['isländska kronor', 'ISK'], ['isk', 'ISK'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'], ['€', 'EUR'],
  ['dollar', 'USD'], ['dollars', 'USD'], ['us-dollar', 'USD'], ['amerikanska dollar', 'USD'], ['usd', 'USD'], ['$', 'USD'],
  ['brittiska pund', 'GBP'], ['pund sterling', 'GBP'], ['gbp', 'GBP'],
  ['schweizerfranc', 'CHF'], ['chf', 'CHF'],
]);

/** Words that carry both a scale and the currency: "12 mnkr", "48 617 tkr", "3 mdkr", "5 MSEK". */
const SCALED_CURRENCY_WORDS: ReadonlyMap<string, { scale: number; currency: string }> = new Map([
  ['tkr', { scale: 1e3, currency: 'SEK' }], ['kkr', { scale: 1e3, currency: 'SEK' }], ['tsek', { scale: 1e3, currency: 'SEK' }],
  ['ksek', { scale: 1e3, currency: 'SEK' }],
  ['mkr', { scale: 1e6, currency: 'SEK' }], ['mnkr', { scale: 1e6, currency: 'SEK' }], ['msek', { scale: 1e6, currency: 'SEK' }],
  ['mnsek', { scale: 1e6, currency: 'SEK' }],
  ['mdkr', { scale: 1e9, currency: 'SEK' }], ['mdrkr', { scale: 1e9, currency: 'SEK' }], ['mrdkr', { scale: 1e9, currency: 'SEK' }],
  ['mdsek', { scale: 1e9, currency: 'SEK' }], ['mdrsek', { scale: 1e9, currency: 'SEK' }],
  ['teur', { scale: 1e3, currency: 'EUR' }], ['keur', { scale: 1e3, currency: 'EUR' }],
  ['meur', { scale: 1e6, currency: 'EUR' }], ['mneur', { scale: 1e6, currency: 'EUR' }], ['mdeur', { scale: 1e9, currency: 'EUR' }],
  ['musd', { scale: 1e6, currency: 'USD' }],
]);

/**
 * Regex source of alternatives in their order, each followed by its end (a look-ahead, or ''), the
 * end written once for each run of alternatives that share it: "(?:miljarder|miljoner)(?![\p{L}.])"
 * tries exactly what "miljarder(?![\p{L}.])|miljoner(?![\p{L}.])" tries, in the same order. Why:
 * V8 compiles every \p{L} anew where it stands (684 ranges, 307 of them astral), and these words
 * held most of the \p{L} of the amounts regex, which V8 compiles in each process on first use.
 */
function alternation(parts: readonly (readonly [source: string, end: string])[]): string {
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const end = parts[i]![1];
    let j = i + 1;
    while (j < parts.length && parts[j]![1] === end) j++;
    const sources = parts.slice(i, j).map(([source]) => source);
    out.push(end === '' ? sources.join('|') : j - i === 1 ? sources[0]! + end : `(?:${sources.join('|')})${end}`);
    i = j;
  }
  return out.join('|');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Multi-word keys match with any whitespace between their words, soft hyphens between letters (Word, PDF). */
function wordSource(w: string): string {
  return w
    .split(' ')
    .map((part) => (/^\p{L}{4,}$/u.test(part) ? softHyphenTolerant(part) : escape(part)))
    .join('\\s+');
}
/** A word's source and its end: symbols and "kr." end on a non-letter already; words need a word end. */
function wholeWord(w: string): [source: string, end: string] {
  return [wordSource(w), /[\p{L}\d]$/u.test(w) ? '(?![\\p{L}\\d])' : ''];
}

/** Every currency word and scaled currency word, lower case ("kronor", "svenska kronor", "mnkr", "€"). */
export const CURRENCY_WORD_LIST: readonly string[] = [...CURRENCY_WORDS.keys(), ...SCALED_CURRENCY_WORDS.keys()];

/** Regex source of currency words after a number, longest first ("svenska kronor" before "kronor"). Case-insensitive use. */
export const CURRENCY_PATTERN = alternation([...CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).map(wholeWord));

/** Regex source of the scaled currency words ("mnkr", "tkr", "md kr" is scale + currency). Case-insensitive use. */
export const SCALED_CURRENCY_PATTERN = alternation([...SCALED_CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).map(wholeWord));

/** Regex source of the currencies written before a number ("SEK 50 000", "€ 5 miljoner"): codes and symbols only. */
export const CURRENCY_PREFIX_PATTERN = '(?:SEK|EUR|USD)(?![\\p{L}\\d])|€|\\$';

/** ISO code of a currency word as written ("Kronor", "svenska  kronor", "€"), or undefined. */
export function currencyCode(word: string): string | undefined {
  // a key is its own normal form (no soft hyphen, single spaces, trimmed): found as written, it needs no normalising
  const lower = word.toLowerCase();
  return CURRENCY_WORDS.get(lower) ?? CURRENCY_WORDS.get(singleSpaced(withoutSoftHyphens(lower)).trim());
}

/** Scale and currency of a combined word ("mnkr" → 1e6 SEK), or undefined. */
export function scaledCurrency(word: string): { scale: number; currency: string } | undefined {
  // a key is its own normal form (no soft hyphen, no white space): found as written, it needs no normalising
  const lower = word.toLowerCase();
  return SCALED_CURRENCY_WORDS.get(lower) ?? SCALED_CURRENCY_WORDS.get(compacted(lower));
}

/**
 * value × scale without binary noise: 3,4 × 10⁹ is 3400000000, not 3399999999.9999995.
 * Money keeps at most two decimals (öre, cent).
 */
export function scaleAmount(value: number, scale: number): number {
  return Math.round(value * scale * 100) / 100;
}
