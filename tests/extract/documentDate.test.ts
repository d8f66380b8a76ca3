// The documentDate extractor: the document's OWN date, chosen by type among the cues that state it.
// Rules written down here (the table is the specification):
// - Answers, bills, skrivelser, letters: the signature "Stockholm den …" alone on its line; an answer
//   page without one: "Besvarad:", else the year-less header date under the minister's name.
// - The question's own "Inlämnad" on an answer page is not the answer's date; for interpellations and
//   written questions themselves it is.
// - Interpellation debates: "Interpellationsdebatt 24 juni 2008", a protocol's "Tisdagen den …".
// - Decisions: the letterhead date (alone on a line, or glued to the next field by layout), before a
//   payment plan's "Datum:"; directives and minutes: "Beslut vid regeringssammanträde den …",
//   "Beslut: 2005-09-01"; statutes: "Utfärdad"; press releases and pages: "Publicerad …".
// - Dates merely mentioned are no document date: "skrivelse daterad den …", "Innehållet publicerades
//   under perioden …", "Regeringen beslutade den …", a deadline. No cue: null.
import { describe, expect, it } from 'vitest';
import dates from '../../src/extract/dates.js';
import { extract, meta } from '../../src/extract/documentDate.js';
import type { ExtractContext } from '../../src/extract/types.js';
import type { DocumentType, ReadDocument } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

/** The context the orchestrator gives: the type and every full date, the first date's year. */
function context(d: ReadDocument, type: DocumentType): ExtractContext {
  const ctx: ExtractContext = { type };
  const seen = new Set<string>();
  ctx.dates = dates.extract(d, ctx).filter((f) => !seen.has(f.value) && seen.add(f.value));
  if (ctx.dates[0]) ctx.documentYear = Number(ctx.dates[0].value.slice(0, 4));
  return ctx;
}

interface Row {
  name: string;
  type: DocumentType;
  text: string;
  date: string | null;
  /** The text the evidence span covers. */
  span?: string;
}

const ROWS: Row[] = [
  // ── answers to written questions ──
  {
    name: 'answer: signature date',
    type: 'written-question-answer',
    text: 'Svar på fråga 2020/21:1311 av Karin Rågsjö (V)\nÄldreomsorgen\nKarin Rågsjö har frågat mig … Den 9 mars 2020 fick Socialstyrelsen ett uppdrag.\nStockholm den 27 januari 2021\n\n\n\nLena Hallengren\n',
    date: '2021-01-27',
    span: 'Stockholm den 27 januari 2021',
  },
  {
    name: 'answer: Word bookmark glued before the signature',
    type: 'written-question-answer',
    text: 'Text.\n[bookmark: _GoBack]Stockholm den 27 januari 2021\n\nLena Hallengren\n',
    date: '2021-01-27',
    span: 'Stockholm den 27 januari 2021',
  },
  { name: 'answer from a Word table: the signature in a cell', type: 'written-question-answer', text: 'Text.\n\n| Stockholm den 3 mars 2021 |\n|---|\n| Anna Ek |\n', date: '2021-03-03', span: 'Stockholm den 3 mars 2021' },
  { name: 'answer: abbreviated month in the signature', type: 'written-question-answer', text: 'Text.\n\nStockholm den 14 sept. 2021\n\nAnna Ek\n', date: '2021-09-14' },
  { name: 'answer: signature split over lines by PDF layout', type: 'written-question-answer', text: 'Text.\n\nStockholm den 31\ndecember 2015\n\nAnna Ek\n', date: '2015-12-31' },
  {
    name: 'answer page: the signature, not the question\'s "Inlämnad"',
    type: 'written-question-answer',
    text: 'Svar på fråga 2017/18:1561 av Lars Beckman (M)\n\nStockholm den 9 augusti 2018\n\nTomas Eneroth\n\nSkriftlig fråga (Inlämnad 2018-07-02)\n',
    date: '2018-08-09',
  },
  {
    name: 'answer page without signature: "Besvarad:"',
    type: 'written-question-answer',
    text: 'Statsrådet Catharina Elmsäter-Svärd\n\nden 14 september\n\nSvar på fråga\n\nHans Olsson har frågat mig.\n\nInlämnad: 2011-09-09 Besvarad: 2011-09-14 Svar anmält: 2011-09-15\n',
    date: '2011-09-14',
    span: 'Besvarad: 2011-09-14',
  },
  {
    name: 'answer page with only the year-less header date (year from the text)',
    type: 'written-question-answer',
    text: 'Statsrådet Anna Ek\n\nden 14 september\n\nSvar på fråga 2010/11:680\n\nHans Olsson har frågat mig om vägen som planerades 2010.\n\nSkriftlig fråga (Inlämnad 2011-09-09)\n',
    date: '2011-09-14',
    span: 'den 14 september',
  },
  // ── interpellations and questions themselves ──
  {
    name: 'interpellation page: "Inlämnad:"',
    type: 'interpellation',
    text: 'Interpellation 2006/07:663 av Messing, Ulrica (s)\n\nden 10 augusti\n\nInterpellation\n\nav Ulrica Messing (s)\n\nInlämnad: 2007-08-10 Anmäld: 2007-08-16 Besvarad: 2007-08-23\n',
    date: '2007-08-10',
    span: 'Inlämnad: 2007-08-10',
  },
  { name: 'interpellation page: the date under the "Inlämnad" label', type: 'interpellation', text: 'Interpellation 2023/24:35 av Anna Ek (M)\n\nHändelser\n\nInlämnad\n2023-11-14\n\nBesvarad\n2023-11-28\n', date: '2023-11-14' },
  { name: 'written question with its signature', type: 'written-question', text: 'Fråga 2020/21:1311 av Karin Rågsjö (V)\n\ntill socialminister Lena Hallengren (S)\n\nText.\n\nStockholm den 2 februari 2021\n', date: '2021-02-02' },
  // ── interpellation answers ──
  { name: 'debate page', type: 'interpellation-answer', text: 'Statsministerns besvarande\n\nInterpellationsdebatt 24 juni 2008\n\nAnf. 111 Fredrik Reinfeldt (M)\n', date: '2008-06-24', span: 'Interpellationsdebatt 24 juni 2008' },
  { name: 'protocol heading with a weekday', type: 'interpellation-answer', text: 'Protokoll 2019/20:58\nTisdagen den 14 januari 2020\n\nAnf. 123 Statsrådet Jennie Nilsson (S)\n', date: '2020-01-14', span: 'Tisdagen den 14 januari 2020' },
  { name: 'written answer to an interpellation, signed', type: 'interpellation-answer', text: 'Svar på interpellation 2020/21:123 av Anna Ek (M)\n\nText.\n\nStockholm den 3 november 2020\n\nLena Hallengren\n', date: '2020-11-03' },
  // ── decisions ──
  {
    name: 'decision: letterhead date alone on its line',
    type: 'government-decision',
    text: '\n\n2021-02-11\nS2020/05028\n\nSocialdepartementet\n\nSocialstyrelsen\n\nUppdrag att stödja\n\nRegeringens beslut\n\nSenast den 15 december 2021.\n',
    date: '2021-02-11',
    span: '2021-02-11',
  },
  {
    name: 'decision: letterhead date glued to the addressee, a payment plan\'s "Datum:" later',
    type: 'government-decision',
    text: 'Finansdepartementet\nRegeringsbeslut14\n\n2005-12-15Kammarkollegiet\nBox 2218\n\nRegleringsbrev\n\nBeslutsnr: 9 Datum: 2004-12-16\n',
    date: '2005-12-15',
    span: '2005-12-15',
  },
  { name: 'decision in PDF layout: the date and the diary number on one line', type: 'government-decision', text: 'Regeringsbeslut I:5\n\n2021-02-11 S2020/05028\nSocialdepartementet\n\nUppdrag att stödja\n', date: '2021-02-11', span: '2021-02-11' },
  { name: 'letter: "Datum" without a colon', type: 'letter', text: 'Socialdepartementet\nDatum 2021-05-03\n\nSvar på skrivelse\n', date: '2021-05-03' },
  { name: 'decision: "Datum:" in the letterhead', type: 'government-decision', text: 'Regeringsbeslut\nDatum: 2019-06-13\nDnr: Ju2019/02011\n\nUppdrag\n', date: '2019-06-13' },
  // ── directives, statutes, bills, minutes ──
  {
    name: 'directive: "Beslut vid regeringssammanträde den"',
    type: 'committee-directive',
    text: 'Kommittédirektiv\n\nBeslut vid regeringssammanträde den 16 mars 2017\n\nRegeringen beslutade den 7 juli 2016 kommittédirektiv. Uppdraget ska redovisas senast den 13 oktober 2017.\n',
    date: '2017-03-16',
    span: 'Beslut vid regeringssammanträde den 16 mars 2017',
  },
  { name: 'directive: rkrattsbaser "Beslut:"', type: 'committee-directive', text: 'Dir. 2005:96\n\nDepartement: Näringsdepartementet\n\nBeslut: 2005-09-01\n', date: '2005-09-01', span: 'Beslut: 2005-09-01' },
  { name: 'statute: "Utfärdad:" before "Ikraft:"', type: 'statute', text: 'Förordning (2018:2069)\nDepartement: Kulturdepartementet\nUtfärdad: 2018-12-20\nIkraft: 2019-02-01\n', date: '2018-12-20', span: 'Utfärdad: 2018-12-20' },
  { name: 'letter signed without "den", ISO date', type: 'letter', text: 'Remissvar\n\nVi tillstyrker förslaget.\n\nStockholm 2020-06-03\n\nAnna Ek\nGeneraldirektör\n', date: '2020-06-03', span: 'Stockholm 2020-06-03' },
  { name: 'letter signed without "den", day and month', type: 'letter', text: 'Remissvar\n\nVi tillstyrker förslaget.\n\nJönköping, 3 juni 2020\n\nAnna Ek\n', date: '2020-06-03', span: 'Jönköping, 3 juni 2020' },
  { name: 'a page run together into one line: the signature before the name', type: 'written-question-answer', text: 'Svar på fråga 2019/20:1234 av Anna Ek (M) Rubrik Anna Ek har frågat mig om saken. Stockholm den 3 juni 2020 Mikael Damberg Skriftlig fråga (Inlämnad 2020-05-20)', date: '2020-06-03', span: 'Stockholm den 3 juni 2020' },
  { name: 'statute as printed: "Utfärdad den"', type: 'statute', text: 'Svensk författningssamling\nLag om ändring\nUtfärdad den 20 december 2018\n', date: '2018-12-20' },
  {
    name: 'printed SFS: lower-case "utfärdad" under the title, not the printing date',
    type: 'statute',
    text: 'Svensk författningssamling\nLag\nom ändring i skatteförfarandelagen (2011:1244);\n\nSFS 2022:1200\nUtkom från trycket\nden 28 juni 2022\n\nutfärdad den 21 juni 2022.\n',
    date: '2022-06-21',
    span: 'utfärdad den 21 juni 2022',
  },
  { name: 'printed SFS: "utfärdad" after the title\'s semicolon', type: 'statute', text: 'Förordning om ändring i förordningen (2017:1200); utfärdad den 10 december 2020.\n', date: '2020-12-10', span: 'utfärdad den 10 december 2020' },
  {
    name: 'statute as printed in SFS: issued after published',
    type: 'statute',
    text: 'Svensk författningssamling SFS 2025:1456\nLag om ändring i miljöbalken (1998:808)\nPublicerad den 15 december 2025\nUtfärdad den 10 december 2025\n\nDenna lag träder i kraft den 1 januari 2026.\n',
    date: '2025-12-10',
    span: 'Utfärdad den 10 december 2025',
  },
  { name: 'a decision page: the type label and the date on one letterhead line', type: 'government-decision', text: 'Uppdrag att stärka krisberedskapen\n\nRegeringsbeslut 2022-03-17\nFörsvarsdepartementet\nFö2022/00345\n\nRegeringen ger MSB i uppdrag att rapportera senast den 1 oktober 2022.\n', date: '2022-03-17', span: '2022-03-17' },
  { name: 'a decision with its number before the date on the label line', type: 'government-decision', text: 'Regeringsbeslut II:5 2021-04-22\nInfrastrukturdepartementet\n\nUppdrag att utreda nattåg\n\nUppdraget ska redovisas senast den 30 september 2021.\n', date: '2021-04-22', span: '2021-04-22' },
  { name: 'a page label line: "Pressmeddelande · 14 augusti 2021 · …"', type: 'press-release', text: 'Pressmeddelande · 14 augusti 2021 · Justitiedepartementet\n\nNy myndighet\n\nMyndigheten inrättas den 1 januari 2022.\n', date: '2021-08-14', span: 'Pressmeddelande · 14 augusti 2021' },
  { name: 'SFS print: the date on the line under the label', type: 'other', text: 'Svensk författningssamling\nPublicerad\nden 1 juni 2020\n\nLag om ändring\n', date: '2020-06-01' },
  {
    name: 'bill: signature before the protocol',
    type: 'bill',
    text: 'Prop.\n2002/03:84\nRegeringen överlämnar denna proposition till riksdagen.\n\nStockholm den 13 mars 2003\n\nGöran Persson\n\nUtdrag ur protokoll vid regeringssammanträde den 13 mars 2003\n',
    date: '2003-03-13',
    span: 'Stockholm den 13 mars 2003',
  },
  { name: 'minutes: protocol heading split over lines', type: 'other', text: '\n\nUtdrag ur protokoll\nvid regeringssammanträde den 6 april 1998\n\nNärvarande: statsministern Persson\n', date: '1998-04-06' },
  // ── press releases, pages, letters ──
  { name: 'press release: "Publicerad"', type: 'press-release', text: 'Pressmeddelande från Socialdepartementet\n\nRubrik\n\nPublicerad 14 september 2021\n\nText den 1 mars 2022.\n', date: '2021-09-14', span: 'Publicerad 14 september 2021' },
  { name: 'press page: the date a blank line under "Publicerad"', type: 'press-release', text: 'Pressmeddelande\n\nRubrik\n\nPublicerad\n\n14 september 2021\n\nText.\n', date: '2021-09-14' },
  { name: 'regeringen.se page: "Publicerad · Uppdaterad"', type: 'other', text: 'Rubrik\n\nPublicerad 28 augusti 2017 · Uppdaterad 28 augusti 2017\n\n04 april 2017  · Rättsdokument\n', date: '2017-08-28' },
  { name: 'agency letter: letterhead date in the right-hand column', type: 'letter', text: '                                     REMISSVAR\n   Kammarkollegiet                   2026-06-24\n\n   Remissvar gällande betänkandet\n', date: '2026-06-24', span: '2026-06-24' },
  { name: 'skrivelse: signature', type: 'letter', text: 'Regeringens skrivelse 2022/23:101\n\nStockholm den 13 april 2023\n\nUlf Kristersson\n', date: '2023-04-13' },
];

const NO_OWN_DATE: Row[] = [
  { name: 'near-miss: "Regeringsbeslutet den …" in prose is no letterhead date', type: 'government-decision', text: 'Uppdrag att stärka krisberedskapen\n\nRegeringsbeslutet den 17 mars 2022 gäller fortfarande.\n', date: null },
  { name: 'near-miss: a press release whose only dates are in the body has no date of its own', type: 'press-release', text: 'Pressmeddelande från Justitiedepartementet\n\nNy myndighet\n\nMyndigheten inrättas den 1 januari 2022.\n', date: null },
  { name: 'interpellation without any date', type: 'interpellation', text: 'Interpellation 2014/15:687 Åtgärd\n\nav Jeff Ahl (SD)\n\ntill Utrikesminister Margot Wallström (S)\n', date: null },
  {
    name: 'a reply letter names the dates of the letters it answers',
    type: 'letter',
    text: '\n\nSvar på skrivelse Tillfälliga åtgärder\n\nSocialdepartementet har mottagit SKR:s skrivelse daterad den 17 december 2020. SKR har därefter genom skrivelse daterad den 8 februari 2021 meddelat.\n\nLena Hallengren\n\nSocialminister\n',
    date: null,
  },
  { name: 'press release: "Publicerad" without its date, a publishing period', type: 'press-release', text: 'Innehållet publicerades under perioden 21 januari 2019 och 8 juli 2021.\n\nPressmeddelande från Arbetsmarknadsdepartementet\n\nPublicerad\n\nText.\n', date: null },
  { name: 'press release: "publicerad" inside a sentence', type: 'press-release', text: 'Pressmeddelande\n\nRapporten, publicerad 3 mars 2020, visar brister.\n', date: null },
  { name: 'directive: decision dates and deadlines in running text', type: 'committee-directive', text: 'Tilläggsdirektiv\n\nRegeringen beslutade den 30 mars 2023 kommittédirektiv. Uppdraget ska redovisas senast den 30 september 2024.\n', date: null },
  { name: 'a sentence opening with a date is no signature', type: 'bill', text: 'Prop.\n\nDen 19 mars 2020 fick Socialstyrelsen i uppdrag att samordna.\n', date: null },
  { name: 'decision: "Datum:" deep in a table is no letterhead date', type: 'government-decision', text: 'Regeringsbeslut\n\n' + 'Regeringen beslutar att följande ska gälla under budgetåret. '.repeat(80) + '\nDatum: 2004-12-16\n', date: null },
  { name: 'a day and month opening a line of prose is no letterhead date', type: 'letter', text: 'Rubrik\n14 september 2021 beslutade regeringen om en strategi.\n', date: null },
  { name: 'a label followed by "den" is no place', type: 'letter', text: 'Rubrik\n\nPublicerad den 3 mars 2021\n', date: null },
  { name: 'written question: an answer date is not the question\'s', type: 'written-question', text: 'Fråga 2020/21:1 av Anna Ek (M)\n\nBesvarad: 2021-01-20\n', date: null },
  { name: 'a label and a date without "den" is no signature line', type: 'letter', text: 'Rubrik\n\nText om saken som pågår.\n\nPressmeddelande 3 juni 2020\nRegeringsbeslut 2020-06-03\nBeslutsdatum 2020-06-04\n', date: null },
  { name: 'a place without "den" and without a year is no signature', type: 'letter', text: 'Rubrik\n\nText om saken som pågår.\n\nStockholm 3 juni\n\nAnna Ek\n', date: null },
  { name: 'one line: a place and a date inside a sentence is no signature', type: 'letter', text: 'Rubrik Vi träffades. Stockholm den 3 juni 2020 blev en viktig dag för oss. Mötet i Uppsala den 4 juni 2020 Anna Ek ledde.', date: null },
  { name: 'lower-case "utfärdad" inside a sentence is a mention', type: 'statute', text: 'Lag (1994:1776)\n\nBestämmelserna i den förordning som är utfärdad den 3 maj 2001 gäller.\n', date: null },
];

describe('documentDate: the cue that states the date, by type', () => {
  it.each(ROWS)('$name', ({ text, type, date, span }) => {
    const d = doc(text);
    const facts = extract(d, context(d, type));
    expect(facts.map((f) => f.value)).toEqual([date]);
    if (span) expect(text.slice(facts[0]!.start, facts[0]!.end)).toBe(span);
  });
});

describe('documentDate: dates the text only mentions', () => {
  it.each(NO_OWN_DATE)('$name', ({ text, type }) => {
    const d = doc(text);
    expect(extract(d, context(d, type))).toEqual([]);
  });
});

describe('documentDate: module shape and speed', () => {
  it('names its field and a version', () => {
    expect(meta.field).toBe('date');
    expect(meta.version).toBeGreaterThan(0);
  });

  it('works without a context (type "other")', () => {
    expect(extract(doc('Stockholm den 1 mars 2020\n')).map((f) => f.value)).toEqual(['2020-03-01']);
  });

  it.each([
    ['signature lines', 'Stockholm den 1 januari 2020\n'],
    ['year-less cued dates', 'Besvarad: den 29 februari Inlämnad: den 1 mars '],
    ['labels without dates', 'Publicerad \nBeslut: \nUtfärdad '],
    ['header dates', '2021-01-01\n'],
    ['short lines without column gaps', 'a\n'],
    ['capitalised words before "den"', 'Anna Berg Lund den 1 '],
  ])('4 MB of %s finishes in linear time', (_name, unit) => {
    const small = unit.repeat(Math.ceil(40_000 / unit.length));
    const big = unit.repeat(Math.ceil(4_000_000 / unit.length));
    const ctx: ExtractContext = { type: 'other', dates: [], documentYear: 2021 };
    let t0 = performance.now();
    extract(doc(small), ctx);
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    extract(doc(big), ctx);
    expect(performance.now() - t0).toBeLessThan(Math.max(10_000, tSmall * 1000));
  }, 60_000);
});
