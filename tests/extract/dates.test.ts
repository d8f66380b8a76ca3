// The dates extractor: every calendar date given to the day, with the span it came from.
// Rules written down here (the table is the specification):
// - "D månad YYYY" with or without "den", abbreviations with a dot or a year ("14 sept. 2021"),
//   ordinal endings ("1:a maj"), "år" before the year ("den 1 januari år 2000"), split over a line.
// - ISO "YYYY-MM-DD", also glued to the next word and followed by a time.
// - Day/month "D/M YYYY", "D/M-YYYY", "D/M/YYYY" and "den D/M"; a bare "D/M" is not a date (fraction,
//   count, page), nor "den 1/3 av …".
// - Day ranges and lists give every day: "den 9–18 juli 2019", "den 9, 10 och 11 mars 2022".
//   Without "den" only a dash range ("9–18 juli"): "punkt 3 och 14 mars" is one date.
// - A date without a year takes it from: the dated member of its enumeration or range (after it,
//   else before it; one year back/forward when the months wrap); words ("i år", "nästa år",
//   "i fjol", "samma år"); the same day and month written with a year elsewhere; else the document's
//   own year (signature/header date, else the most frequent year of its dates, else of the years it
//   mentions twice or more). Statutes get no document-year completion ("senast den 1 mars" is yearly).
// - Recurring and relative days are no dates: "varje år", "årligen", "året efter", "det år då".
// - Month-only, year-only, invalid days ("den 31 april") and year ranges are no dates.
import { describe, expect, it } from 'vitest';
import { extract, meta } from '../../src/extract/dates.js';
import type { DocumentType, ReadDocument } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  /** Every date, in order of appearance (a range gives both ends). */
  dates: string[];
  /** The text each fact's span covers, in the same order. */
  spans: string[];
  type?: DocumentType;
}

const FOUND: Row[] = [
  { name: 'signature with "den"', text: 'Stockholm den 14 september 2021\n\nLena Hallengren', dates: ['2021-09-14'], spans: ['den 14 september 2021'] },
  { name: 'without "den"', text: 'Publicerad 28 augusti 2017 · Uppdaterad 28 augusti 2017', dates: ['2017-08-28', '2017-08-28'], spans: ['28 augusti 2017', '28 augusti 2017'] },
  { name: 'abbreviated month with a dot', text: 'Mötet hölls 14 sept. 2021 i Bryssel.', dates: ['2021-09-14'], spans: ['14 sept. 2021'] },
  { name: 'abbreviated month with a year, no dot', text: 'Inkom 3 okt 2019 till registraturen.', dates: ['2019-10-03'], spans: ['3 okt 2019'] },
  { name: 'leading zero on the day', text: '04 april 2017  · Rättsdokument', dates: ['2017-04-04'], spans: ['04 april 2017'] },
  { name: 'ordinal ending', text: 'Från och med den 1:a maj 2020 gäller nya regler.', dates: ['2020-05-01'], spans: ['den 1:a maj 2020'] },
  { name: '"år" before the year', text: 'senast den 1 januari år 2000', dates: ['2000-01-01'], spans: ['den 1 januari år 2000'] },
  { name: 'capitalised month', text: 'den 3 Mars 2015', dates: ['2015-03-03'], spans: ['den 3 Mars 2015'] },
  { name: 'split over lines in PDF text', text: '   Uppdraget ska fortfarande slutredovisas senast den 31\ndecember 2015.', dates: ['2015-12-31'], spans: ['den 31\ndecember 2015'] },
  { name: 'year on the next line', text: 'Beslut vid regeringssammanträde den 6 april\n1998', dates: ['1998-04-06'], spans: ['den 6 april\n1998'] },
  { name: 'ISO after a label', text: 'Händelser\n\nInlämnad: 2011-09-09 Besvarad: 2011-09-14', dates: ['2011-09-09', '2011-09-14'], spans: ['2011-09-09', '2011-09-14'] },
  { name: 'ISO glued to the next word', text: 'Regeringsbeslut14\n\n2005-12-15Kammarkollegiet\nBox 2218', dates: ['2005-12-15'], spans: ['2005-12-15'] },
  { name: 'ISO with a time', text: 'Sista dag att anmäla är 2021-04-06 kl. 10.00.', dates: ['2021-04-06'], spans: ['2021-04-06'] },
  { name: 'ISO range', text: 'fördelat per månad fr.o.m. 2005-01-25 t.o.m. 2005-12-25.', dates: ['2005-01-25', '2005-12-25'], spans: ['2005-01-25', '2005-12-25'] },
  { name: 'day/month with space and year', text: 'Sammanträde 14/9 2021 kl. 13.', dates: ['2021-09-14'], spans: ['14/9 2021'] },
  { name: 'day/month-year', text: 'Beslutat 3/2-2020 av styrelsen.', dates: ['2020-02-03'], spans: ['3/2-2020'] },
  { name: 'day/month/year', text: 'Möte 14/9/2021 i Luleå.', dates: ['2021-09-14'], spans: ['14/9/2021'] },
  { name: 'ISO dates glued by a dash: only the first', text: 'Perioden 2021-01-01-2021-03-31 gäller.', dates: ['2021-01-01'], spans: ['2021-01-01'] },
  { name: '"den" and a line break before a day/month', text: 'Inkom den\n  14/9 2021 till oss.', dates: ['2021-09-14'], spans: ['den\n  14/9 2021'] },
  { name: 'two day/month dates after a designation', text: 'Dnr 2020/21:45, den 3/4 och 5/6 2021.', dates: ['2021-04-03', '2021-06-05'], spans: ['den 3/4', '5/6 2021'] },
  { name: 'day range with "den"', text: 'Konferensen äger rum den 9–18 juli 2019 i Umeå.', dates: ['2019-07-09', '2019-07-18'], spans: ['den 9–18 juli 2019', 'den 9–18 juli 2019'] },
  { name: 'day range with a hyphen, no "den"', text: 'Veckan 9-18 juli 2020 är stängd.', dates: ['2020-07-09', '2020-07-18'], spans: ['9-18 juli 2020', '9-18 juli 2020'] },
  { name: 'list of days', text: 'Utfrågningar hålls den 9, 10 och 11 mars 2022.', dates: ['2022-03-09', '2022-03-10', '2022-03-11'], spans: Array(3).fill('den 9, 10 och 11 mars 2022') },
  { name: '"från den … till den …" in one month', text: 'från den 9 till den 18 juli 2019', dates: ['2019-07-09', '2019-07-18'], spans: ['den 9 till den 18 juli 2019', 'den 9 till den 18 juli 2019'] },
  {
    name: 'year from the next date of the enumeration',
    text: 'Uppdraget ska delredovisas den 15 mars och den 30 juni 2022 samt slutredovisas den 1 februari 2023.',
    dates: ['2022-03-15', '2022-06-30', '2023-02-01'],
    spans: ['den 15 mars', 'den 30 juni 2022', 'den 1 februari 2023'],
  },
  { name: 'month range with the year at the end', text: 'under tiden\n1 januari–31 december 2024.', dates: ['2024-01-01', '2024-12-31'], spans: ['1 januari', '31 december 2024'] },
  { name: 'range wrapping the new year', text: 'Säsongen pågår den 1 december–den 31 mars 2022.', dates: ['2021-12-01', '2022-03-31'], spans: ['den 1 december', 'den 31 mars 2022'] },
  { name: 'year from the date before, "och"', text: 'Den 15 mars 2021 och den 30 juni redovisades uppdraget.', dates: ['2021-03-15', '2021-06-30'], spans: ['Den 15 mars 2021', 'den 30 juni'] },
  { name: 'both ends written in full', text: 'under perioden 1 januari 2021–31 maj 2021.', dates: ['2021-01-01', '2021-05-31'], spans: ['1 januari 2021', '31 maj 2021'] },
  { name: 'publishing period of a press page', text: 'Innehållet publicerades under perioden 21 januari 2019 och 8 juli 2021.', dates: ['2019-01-21', '2021-07-08'], spans: ['21 januari 2019', '8 juli 2021'] },
  {
    name: '"i år" takes the document year from the years it mentions',
    text: 'Regeringen föreslår 100 miljoner kronor under 2019. Budgetpropositionen för 2019. Myndigheten avvecklas till den 31 december i år.',
    dates: ['2019-12-31'],
    spans: ['den 31 december i år'],
  },
  { name: '"nästa år" from the signature year', text: 'Lagen ska gälla från den 1 juli nästa år.\n\nStockholm den 3 mars 2022', dates: ['2023-07-01', '2022-03-03'], spans: ['den 1 juli nästa år', 'den 3 mars 2022'] },
  { name: '"kommande år" is the next year', text: 'Lagen ska gälla från den 1 januari kommande år.\n\nStockholm den 2 februari 2017', dates: ['2018-01-01', '2017-02-02'], spans: ['den 1 januari kommande år', 'den 2 februari 2017'] },
  {
    name: '"samma år" is the year just before',
    text: 'Lagen träder i kraft den 1 januari 2020 och tillämpas från den 1 juli samma år.',
    dates: ['2020-01-01', '2020-07-01'],
    spans: ['den 1 januari 2020', 'den 1 juli'],
  },
  {
    name: 'heading date without year, the same day in full below',
    text: 'Statsrådet Catharina Elmsäter-Svärd\n\nden 14 september\n\nSvar på fråga\n\nInlämnad: 2011-09-09 Besvarad: 2011-09-14',
    dates: ['2011-09-14', '2011-09-09', '2011-09-14'],
    spans: ['den 14 september', '2011-09-09', '2011-09-14'],
  },
  {
    name: '"varje år" in an earlier sentence does not make a date recurring',
    text: 'Varje år dör 200 personer. Den 3 mars beslutade regeringen om en strategi.\n\nStockholm den 20 oktober 2021',
    dates: ['2021-03-03', '2021-10-20'],
    spans: ['Den 3 mars', 'den 20 oktober 2021'],
  },
  {
    name: 'year-less date takes the signature year',
    text: 'Regeringen beslutade den 3 mars att ge uppdraget.\n\nStockholm den 20 oktober 2021\n\nAnna Ek',
    dates: ['2021-03-03', '2021-10-20'],
    spans: ['den 3 mars', 'den 20 oktober 2021'],
  },
  {
    name: 'the most frequent year of the full dates when no signature',
    text: 'den 10 augusti\n\nInterpellation\n\nInlämnad: 2007-08-10 Anmäld: 2007-08-16 Besvarad: 2007-08-23',
    dates: ['2007-08-10', '2007-08-10', '2007-08-16', '2007-08-23'],
    spans: ['den 10 augusti', '2007-08-10', '2007-08-16', '2007-08-23'],
  },
  // the years mentioned: a year after a digit, "/", ":", ".", ",", "–" or "-" is not one (tested in JS, not by a look-behind)
  { name: 'the year mentioned twice when no full date', text: 'Budgeten för 2021 och utfallet 2021 redovisades den 3 mars.', dates: ['2021-03-03'], spans: ['den 3 mars'] },
  { name: 'a year after a dot is no mention; the next ones count', text: 'Punkt 3.2021, 3.2021 och 2020 och 2020 redovisades den 3 mars.', dates: ['2020-03-03'], spans: ['den 3 mars'] },
  { name: 'EU act date inside a citation', text: 'förordning (EU) 2016/679 av den 27 april 2016 om skydd för', dates: ['2016-04-27'], spans: ['den 27 april 2016'] },
  { name: 'soft hyphen inside the month', text: 'Stockholm den 18 sep\u00adtember 2013', dates: ['2013-09-18'], spans: ['den 18 sep\u00adtember 2013'] },
  { name: 'statute: a date given with its year still counts', text: 'Denna förordning träder i kraft den 1 juli 2021.', dates: ['2021-07-01'], spans: ['den 1 juli 2021'], type: 'statute' },
];

/** Near misses: the text yields exactly `only` (the signature date some rows carry to give the text a year). */
const NOT_DATES: { name: string; text: string; only: string[]; type?: DocumentType }[] = [
  { name: 'month and year only', text: 'I mars 2020 gjorde SKR en hemställan.', only: [] },
  { name: 'year only and year ranges', text: 'inriktning för Försvarsmakten 2021–2025 och perioden 2023–2030.', only: [] },
  { name: 'recurring day ("varje år")', text: 'Redovisningen ska lämnas den 15 april varje år.\n\nStockholm den 1 mars 2020', only: ['2020-03-01'] },
  { name: 'recurring day ("varje år" before it)', text: 'Priset delas ut varje år den 10 december. Stockholm den 1 mars 2020', only: ['2020-03-01'] },
  { name: 'recurring day ("varje år" earlier in the sentence)', text: 'Myndigheten ska varje år, i samband med årsredovisningen, senast den 22 februari redovisa. Stockholm den 1 mars 2020', only: ['2020-03-01'] },
  { name: 'recurring day ("årligen senast")', text: 'Myndigheten ska årligen senast den 22 februari redovisa. Stockholm den 1 mars 2020', only: ['2020-03-01'] },
  { name: 'relative to another year ("året efter")', text: 'Ansökan ska ha kommit in senast den 1 mars året efter. Stockholm den 2 mars 2020', only: ['2020-03-02'] },
  { name: '"det år då"', text: 'före den 1 april det år då valet hålls. Stockholm den 2 mars 2020', only: ['2020-03-02'] },
  { name: 'invalid days', text: 'den 31 april 2021 och den 30 februari 2020', only: [] },
  { name: 'years glued to digits and designations are no mentions', text: 'Avsnitt 12021 och 12021 samt SFS:2021 och 1.2021 redovisades den 3 mars.', only: [] },
  { name: 'no year anywhere in the text', text: 'Interpellation\n\nden 10 augusti\n\nav Ulrica Messing (s)', only: [] },
  { name: 'statute: a yearly deadline without year', text: 'Ansökan ska ha kommit in senast den 1 mars.\n\nUtfärdad: 2018-12-20', only: ['2018-12-20'], type: 'statute' },
  { name: 'abbreviation without dot or year ("jul" is also Christmas)', text: 'Vi ses den 24 jul i stugan. Stockholm den 1 mars 2020', only: ['2020-03-01'] },
  { name: 'a bare day/month', text: 'Stockholm den 1 mars 2020. Hälften, 1/2 av kostnaden, och 3/4 av tiden.', only: ['2020-03-01'] },
  { name: 'a fraction after "den"', text: 'Staten bär den 1/3 av kostnaden. Stockholm den 1 mars 2020', only: ['2020-03-01'] },
  { name: 'a mixed fraction before a year', text: 'Det tog 2 1/2 2021 års budget i anspråk.', only: [] },
  { name: 'diary numbers and designations', text: 'Dnr 12/2021, S2006/4823/ST, fråga 2020/21:1311, (2017:30), SFS 2018:2069', only: [] },
  { name: 'a phone number', text: 'Telefon (växel) 08-405 10 00', only: [] },
  { name: 'a sentence end is no year', text: 'Mötet är den 22 februari. 2020 var ett svårt år.', only: [] },
  { name: 'a month name inside a word', text: 'den 14 marsch 2020', only: [] },
  { name: 'a bare list of numbers before a month ("punkt 3 och 14 mars")', text: 'enligt punkt 3 och 14 mars 2021', only: ['2021-03-14'] },
];

describe('dates: found with their spans', () => {
  it.each(FOUND)('$name', ({ text, dates, spans, type }) => {
    const facts = extract(doc(text), type ? { type } : {});
    expect(facts.map((f) => f.value)).toEqual(dates);
    expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(spans);
  });
});

describe('dates: near misses that are no calendar day', () => {
  it.each(NOT_DATES)('$name', ({ text, only, type }) => {
    expect(extract(doc(text), type ? { type } : {}).map((f) => f.value)).toEqual(only);
  });
});

describe('dates: module shape and speed', () => {
  it('names its field and a version', () => {
    expect(meta.field).toBe('dates');
    expect(meta.version).toBeGreaterThan(0);
  });

  it.each([
    ['digits and spaces', '1 2 3 4 5 6 7 8 9 0 '],
    ['month names', 'den 1 januari 2 februari 3 mars och '],
    ['dashes and days', '1–2–3–4–5 den 6, '],
    ['slashes', '1/2/3/4 2020/21 '],
    ['ISO dates without spaces or newlines', '2021-01-01-2021-01-02 '],
    ['dates with and without year', 'Stockholm den 1 mars 2020 den 3 maj och 2021-03-01 '],
    ['open ranges', '1 januari–'],
  ])('a megabyte of %s finishes quickly', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    extract(doc(text));
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
