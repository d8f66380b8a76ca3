// Swedish month names, the words around dates that fix or deny their year, and the small date
// helpers every stage shares.

export const MONTH_NAMES = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/** Abbreviations used in Swedish government texts ("jan.", "sept. 2021"), each with its month. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['febr', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7],
  ['aug', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['nov', 11], ['dec', 12],
]);

/** Full names and the abbreviations. */
const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((m, i) => [m, i + 1] as const),
  ...MONTH_ABBREVIATIONS,
]);

/** Regex source alternation of full month names (no two share a prefix that could cut a name short). */
export const MONTH_ALTERNATION = MONTH_NAMES.join('|');

/** Regex source of the full month names, soft hyphens (U+00AD, left by Word and PDF hyphenation) allowed between letters. */
export const MONTH_FULL_PATTERN = MONTH_NAMES.map((name) => softHyphenTolerant(name)).join('|');

/** Regex source of the abbreviations, longest first so "sept" wins over "sep". */
export const MONTH_ABBREVIATION_PATTERN = [...MONTH_ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * Regex source matching a full month name or an abbreviation (without its dot). Full names first:
 * "mars" must not stop at "mar". Callers decide when an abbreviation is acceptable (see `isMonthAbbreviation`).
 */
export const MONTH_PATTERN = `${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN}`;

/** Regex source of `word` that also matches it with soft hyphens between its letters. */
export function softHyphenTolerant(word: string): string {
  return [...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\u00ad?');
}

/** The name without soft hyphens, lower case, without a trailing dot. */
function normaliseMonth(name: string): string {
  const lower = name.toLowerCase();
  // the common case, a name as the regexes matched it, has neither: no new strings then
  if (!lower.includes('\u00ad') && !lower.endsWith('.')) return lower;
  return lower.replace(/\u00ad/g, '').replace(/\.$/, '');
}

/** Month number 1–12 for a Swedish month name or abbreviation (case-insensitive, trailing dot allowed). */
export function monthNumber(name: string): number | undefined {
  return MONTH_LOOKUP.get(normaliseMonth(name));
}

/** True for "sept", "jan." … (abbreviations need a dot or a year to be read as a month: "jul" is also Christmas). */
export function isMonthAbbreviation(name: string): boolean {
  return MONTH_ABBREVIATIONS.has(normaliseMonth(name));
}

/**
 * Words after a day and month without a year that tie it to a year relative to the text's own year:
 * "den 31 december i år" is this year, "den 1 juli nästa år" the next. Offsets from the document's year.
 */
export const RELATIVE_YEAR_PHRASES: ReadonlyArray<{ phrase: string; offset: number }> = [
  { phrase: 'i år', offset: 0 },
  { phrase: 'innevarande år', offset: 0 },
  { phrase: 'detta år', offset: 0 },
  { phrase: 'nästa år', offset: 1 },
  { phrase: 'nästkommande år', offset: 1 },
  { phrase: 'kommande år', offset: 1 },
  { phrase: 'i fjol', offset: -1 },
  { phrase: 'förra året', offset: -1 },
];

/** Regex source of the relative-year phrases, whole words, any whitespace inside. */
export const RELATIVE_YEAR_ALTERNATION = RELATIVE_YEAR_PHRASES.map((p) => p.phrase.replace(/ /g, '\\s+')).join('|');

/** Year offset of a relative-year phrase as written ("i  år" → 0), or undefined. */
export function relativeYearOffset(phrase: string): number | undefined {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  return RELATIVE_YEAR_PHRASES.find((p) => p.phrase === key)?.offset;
}

/**
 * A day and month followed by one of these names a date that recurs or depends on some other year,
 * not a calendar day: "den 15 april varje år", "senast den 1 mars året efter", "före den 1 april
 * det år då valet hålls", "den 30 juni under budgetåret".
 */
export const RECURRING_AFTER = new RegExp(
  '^[^\\S\\n]*,?\\s{0,3}(?:varje|vart|varannat|årligen|per\\s+år|året|åren|följande\\s+år|efterföljande|påföljande|' +
    'närmast\\s+följande|det\\s+år|det\\s+kalenderår|det\\s+budgetår|det\\s+räkenskapsår|respektive\\s+år|' +
    'under\\s+(?:det|året|budgetåret|kalenderåret|räkenskapsåret|beskattningsåret|inkomståret|valåret)|' +
    'budgetåret|kalenderåret|räkenskapsåret|beskattningsåret|inkomståret|valåret)(?![\\p{L}])',
  'iu',
);

/**
 * Words earlier in the same sentence that make a day and month recurring: "varje år den 1 mars",
 * "årligen senast den 22 februari", "ska varje år, i samband med årsredovisningen, senast den 22
 * februari". Searched in the few words before the date, within its sentence.
 */
export const RECURRING_BEFORE = /(?:^|[^\p{L}])(?:(?:varje|vart|varannat)\s+(?:år|kalenderår|budgetår|räkenskapsår|verksamhetsår)|årligen|år\s+för\s+år)(?![\p{L}])/iu;

/** "den 1 juli samma år": the year of the date just before it in the text. */
export const SAME_YEAR_AFTER = /^\s{1,3}samma\s+år(?![\p{L}])/iu;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real day of the (proleptic Gregorian) calendar in the years 1000–2999. Month and day must be
 * whole numbers; a fractional year counts as its whole part (as Date.UTC would take it).
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return false;
  if (!Number.isInteger(month) || !Number.isInteger(day) || Number.isNaN(year)) return false;
  const y = Math.trunc(year);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

export function isoDate(year: number, month: number, day: number): string {
  // the months and days of valid dates from a table; anything else as before
  const mm = Number.isInteger(month) && month >= 0 && month < 100 ? TWO_DIGITS[month]! : String(month).padStart(2, '0');
  const dd = Number.isInteger(day) && day >= 0 && day < 100 ? TWO_DIGITS[day]! : String(day).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

const LONG_DATE = new RegExp(`^(?:den\\s+)?(\\d{1,2})(?::[ae])?\\s*(${MONTH_PATTERN})\\.?(?:\\s+(?:år\\s+)?(\\d{4}))?$`, 'iu');
const NUMERIC_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parse one whole date expression: "den 14 september 2021", "14 sept. 2021", "14 september",
 * "2021-09-14". A missing year is taken from `defaultYear`; returns ISO or undefined when not a valid day.
 */
export function parseSwedishDate(input: string, defaultYear?: number): string | undefined {
  const s = input.trim().replace(/\s+/g, ' ');
  let m = NUMERIC_DATE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : undefined;
  }
  m = LONG_DATE.exec(s);
  if (m) {
    const d = Number(m[1]);
    const mo = monthNumber(m[2]!)!;
    const y = m[3] ? Number(m[3]) : defaultYear;
    if (y === undefined) return undefined;
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : undefined;
  }
  return undefined;
}
