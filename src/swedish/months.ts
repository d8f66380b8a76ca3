// Swedish month names and the small date helpers every stage shares.

export const MONTH_NAMES = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/** Full names and the abbreviations used in Swedish government texts ("jan.", "sept"). */
const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((m, i) => [m, i + 1] as const),
  ['jan', 1], ['feb', 2], ['febr', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7],
  ['aug', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['nov', 11], ['dec', 12],
]);

/** Regex source alternation of full month names (longest first is not needed: names share no prefix that matters). */
export const MONTH_ALTERNATION = MONTH_NAMES.join('|');

/** Month number 1–12 for a Swedish month name or abbreviation (case-insensitive, trailing dot allowed). */
export function monthNumber(name: string): number | undefined {
  return MONTH_LOOKUP.get(name.toLowerCase().replace(/\.$/, ''));
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const LONG_DATE = new RegExp(`^(?:den\\s+)?(\\d{1,2})\\s*(${MONTH_ALTERNATION})(?:\\s+(\\d{4}))?$`, 'iu');
const NUMERIC_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parse one whole date expression: "den 14 september 2021", "14 september", "2021-09-14".
 * A missing year is taken from `defaultYear`; returns ISO or undefined when not a valid day.
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
