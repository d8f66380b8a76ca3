// The department extractor: the issuing ministry when the text names it as the sender.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/department.js';
import type { ReadDocument } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  department: string;
  /** The text the span must cover (the ministry as written, soft hyphens included). */
  span?: string;
}

const SENDERS: Row[] = [
  { name: 'rkrattsbaser label with a unit code', text: 'SFS-nummer · 2008:344\n\nLag (2008:344) om hälso- och sjukvård\n\nDepartement: Justitiedepartementet L7\n\nUtfärdad: 2008-05-22\n', department: 'Justitiedepartementet' },
  { name: 'riksdagen SFS label', text: 'SFS nr: 2018:2069\nDepartement/myndighet: Kulturdepartementet\n', department: 'Kulturdepartementet' },
  { name: 'regeringen.se "Ansvarig:"', text: 'Dataskyddsförordningen ID-nummer: Dir. 2016:15\n\nAnsvarig: Justitiedepartementet, Regeringen\n', department: 'Justitiedepartementet' },
  { name: 'rkrattsbaser bill "Ansvarig myndighet:"', text: 'Propositionsnummer · 1994/95:72 ·\n\nAnsvarig myndighet: Kommunikationsdepartementet\n', department: 'Kommunikationsdepartementet' },
  { name: 'a page label line of items: "Pressmeddelande · 14 augusti 2021 · Justitiedepartementet"', text: 'Pressmeddelande · 14 augusti 2021 · Justitiedepartementet\n\nNy myndighet för psykologiskt försvar\n\nRegeringen har i dag beslutat.\n', department: 'Justitiedepartementet' },
  { name: 'a label line of items, the ministry with "Från" and another item after it', text: 'Pressmeddelande | Från Socialdepartementet | Engelska\n\nNy vårdgaranti\n', department: 'Socialdepartementet' },
  { name: 'press release type line', text: 'Pressmeddelande från Finansdepartementet\n\nYtterligare satsningar i vårändringsbudgeten\n', department: 'Finansdepartementet' },
  { name: 'joint ministry in a press release', text: 'Pressmeddelande från Klimat- och näringslivsdepartementet\n\nNy strategi\n', department: 'Klimat- och näringslivsdepartementet' },
  { name: 'regeringen.se answer page type line', text: 'Svar på fråga 2020/21:3060 av Helena Antoni (M) Kostnaderna för välfärden\n\nPublicerad 16 juni 2021\n\nSvar på skriftlig fråga från Finansdepartementet\n\nHelena Antoni har frågat mig …\n', department: 'Finansdepartementet' },
  { name: 'regeringen.se interpellation answer type line', text: 'Utsläppen från inrikesflyget\n\nSvar på interpellation från Klimat- och näringslivsdepartementet\n', department: 'Klimat- och näringslivsdepartementet' },
  { name: 'regeringen.se series type line', text: 'Departementsserien och promemorior från Justitiedepartementet\n\nGenomförande av direktivet\n', department: 'Justitiedepartementet' },
  { name: 'directive: the ministry in parentheses at the end', text: 'Utredningstiden förlängs. Uppdraget ska i stället redovisas senast den 30 september 2024.\n\n(Försvarsdepartementet)\n\nKommittédirektiv\n', department: 'Försvarsdepartementet' },
  { name: 'PDF directive: the parenthesis indented far right', text: 'denna del ska i stället redovisas senast den 27 april 2018.\n\n\n                                    (Utbildningsdepartementet)\n', department: 'Utbildningsdepartementet' },
  { name: 'bill: under the minister\'s signature', text: 'Stockholm den 25 september 2008\n\nFredrik Reinfeldt\n\nCristina Husmark Pehrsson\n\n(Socialdepartementet)\n\nPropositionens huvudsakliga innehåll\n', department: 'Socialdepartementet' },
  { name: 'communication: ministry after the name on one line', text: 'Stockholm den 13 april 2023\n\nUlf Kristersson\n\nNiklas Wykman (Finansdepartementet)\n\nSkrivelsens huvudsakliga innehåll\n', department: 'Finansdepartementet' },
  { name: 'historical ministry under a 1994 bill', text: 'Ingvar Carlsson\n\nInes Uusmann\n(Kommunikationsdepartementet)\n', department: 'Kommunikationsdepartementet' },
  { name: 'appropriation letter letterhead', text: 'Försvarsdepartementet\n\n\nRegeringsbeslut\n6\n\n2022-03-17\nFö2022/00350\nFörsvarsmakten\n107 85 Stockholm\n', department: 'Försvarsdepartementet' },
  { name: 'decision letterhead between diary numbers and addressee', text: '\n\n2021-02-11\nS2020/05028\n\nSocialdepartementet\n\nSocialstyrelsen\n106 30 Stockholm\n\nUppdrag att stödja regionerna\n\nRegeringens beslut\n\nKopia till\n\nStatsrådsberedningen SAM\nJustitiedepartementet SSK\n', department: 'Socialdepartementet' },
  { name: 'answer with letterhead above "Till riksdagen"', text: 'Stoppandet av investeringar i väg 56\n\nN2018/03998/TIF\n\nNäringsdepartementet\n\nTill riksdagen\n\nSvar på fråga 2017/18:1561 av Lars Beckman (M)\n', department: 'Näringsdepartementet' },
  { name: 'letterhead after "Regeringskansliet" on the same line', text: 'Regeringskansliet Utbildningsdepartementet\n\nSkolverket\n\nUppdrag att stärka skolans likvärdighet\n', department: 'Utbildningsdepartementet' },
  { name: "the Prime Minister's Office", text: 'Statsrådsberedningen\n\nRegeringsbeslut\n\n2020-05-07\nSB2020/00512\n', department: 'Statsrådsberedningen' },
  { name: 'older letterhead in capitals', text: 'REGERINGSBESLUT                                   5\nFINANSDEPARTEMENTET\n                                     1999-06-17\n                                     Fi1999/2345\n\nRiksgäldskontoret\n103 74 Stockholm\n', department: 'Finansdepartementet', span: 'FINANSDEPARTEMENTET' },
  { name: 'joint ministry in capitals', text: 'MILJÖ- OCH ENERGIDEPARTEMENTET\n\nRegeringsbeslut\n', department: 'Miljö- och energidepartementet', span: 'MILJÖ- OCH ENERGIDEPARTEMENTET' },
  { name: "letterhead with the Government Offices' own postcode below", text: 'Socialdepartementet\n103 33 Stockholm\n\nSvar på skrivelse om äldreomsorgen\n', department: 'Socialdepartementet' },
  { name: 'reply opening "X har mottagit"', text: '\n\nSvar på skrivelse Tillfälliga åtgärder\n\nSocialdepartementet har mottagit Sveriges Kommuner och Regioners (SKR) skrivelse.\n', department: 'Socialdepartementet' },
  // the body begins with a long line ending in ".", "!" or "?" (its last character read directly): a short one does not
  { name: 'a short question above the letterhead does not end it', text: 'Vad gäller?\n\nSocialdepartementet\n\nText.\n', department: 'Socialdepartementet' },
  { name: 'soft hyphen inside the name', text: 'Ansvarig: Social\u00addepartementet\n', department: 'Socialdepartementet', span: 'Social\u00addepartementet' },
];

describe('department: the sender', () => {
  it.each(SENDERS)('$name', ({ text, department, span }) => {
    const [f] = extract(doc(text));
    expect(f?.value).toBe(department);
    expect(text.slice(f!.start, f!.end)).toBe(span ?? department);
  });
});

const NOT_SENDERS: { name: string; text: string }[] = [
  { name: 'near-miss: a label-line item that only names a ministry inside it', text: 'Tal · 3 maj 2021 · Tal vid Socialdepartementets jubileum\n\nKära gäster, i dag firar vi.\n' },
  {
    name: "an agency's consultation response addressed to a ministry (e-mail below)",
    text: '   REMISSVAR\n   2026-06-24\n\n   Klicka här för att ange ev avsändare.          Klimat- och näringslivsdepartementet\n                                                  Kn.remissvar@regeringskansliet.se\n\n   Remissvar gällande betänkandet En moderniserad reglering\n\n   Kammarkollegiet har inte några synpunkter.\n',
  },
  {
    name: "an agency's remissvar: its own diary number above the ministry it is addressed to",
    text: 'Remissvar\n\nKammarrätten i Stockholm\nDatum 2023-05-10\nDnr KST 2023/123\n\nJustitiedepartementet\n103 33 Stockholm\n\nYttrande över promemorian Skärpta straff (Ds 2023:5)\n\nJu2023/01234\n\nKammarrätten har inga invändningar.\n',
  },
  { name: 'the recipient after "Till"', text: 'Till\nSocialdepartementet\n\nYttrande över promemorian\n' },
  { name: 'a ministry only mentioned in running text', text: 'Svar på fråga 2020/21:1311 av X (M)\nTitel\nUppdraget ska löpande redovisas till Regeringskansliet (Socialdepartementet). Frågan bereds inom Socialdepartementet.\n' },
  {
    name: 'running text broken at the parenthesis',
    text: 'Uppdraget ska redovisas till Regeringskansliet\n(Socialdepartementet)\nsenast den 15 december 2021.\n',
  },
  { name: 'genitive "Socialdepartementets"', text: 'Dataskydd inom Socialdepartementets verksamhetsområde\n' },
  { name: 'a heading in capitals that only ends like a ministry', text: 'INLEDNING OM DEPARTEMENTET\n\nText.\n' },
  { name: '"från" a ministry inside a sentence', text: 'Rubrik\n\nUnder mötet deltog representanter från Finansdepartementet och från Socialdepartementet som talade länge om saken.\n' },
  { name: 'a line naming a ministry after "från" but going on', text: 'Rubrik\n\nTjänstemän från Finansdepartementet deltog\n' },
  {
    name: 'site footer listing every ministry',
    text: 'Regeringen\n\nDepartement\n\nStatsrådsberedningen\n\nArbetsmarknads\u00addepartementet\n\nFinans\u00addepartementet\n\nFörsvars\u00addepartementet\n',
  },
  { name: 'a question addressed to a minister', text: 'Fråga 2023/24:291 Uppdrag till Trafikverket\n\nav Laila Naraghi (S)\n\ntill Statsrådet Andreas Carlson (KD)\n' },
  { name: 'a ministry under a long question: the body has begun', text: 'Rubrik\n\nVarför har regeringen inte gjort mer för att stärka skolan i hela landet och i alla kommuner under året?\n\nSocialdepartementet\n' },
  { name: 'a ministry under a long sentence ending "!"', text: 'Rubrik\n\nNu ska regeringen göra mer för att stärka skolan i hela landet och i alla kommuner under året!\n\nSocialdepartementet\n' },
  { name: 'an addressee above a postal address', text: 'Regeringsbeslut\n\nJustitiedepartementet\n111 53 Stockholm\n' },
];

describe('department: mentioned, listed or addressed is not the sender', () => {
  it.each(NOT_SENDERS)('$name → null', ({ text }) => {
    expect(extract(doc(text))).toEqual([]);
  });
});

describe('department: documents sent by members of the Riksdag', () => {
  it.each(['interpellation', 'written-question'] as const)('%s → null even with a ministry on its own line', (type) => {
    const text = 'Fråga 2023/24:291 Vård i hela landet\n\nav Anna Andersson (M)\n\nSocialdepartementet\n';
    expect(extract(doc(text), { type })).toEqual([]);
    expect(extract(doc(text), { type: 'written-question-answer' })[0]?.value).toBe('Socialdepartementet');
  });
});

describe('department: linear time on adversarial input', () => {
  it.each([
    ['parenthesised names', '(Socialdepartementet) '],
    ['capitalised words before a parenthesis', 'Anna Bo Ca De Ef Gh (X\n'],
    ['long lowercase runs', 'Xdepartementetdepartementet'],
  ])('%s (≈2 MB)', (_n, unit) => {
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const t0 = performance.now();
    extract(doc(text));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
