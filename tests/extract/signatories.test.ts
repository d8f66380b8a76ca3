// The signatories extractor: the signature block, in order, {name, title} with the title as written.
// Rules written down here (the table is the specification):
// - After the signature date ("Stockholm den …") and after "På regeringens vägnar": the names that
//   follow, one per line or side by side; a ministry "(Xdepartementet)" under or beside the last name
//   is no title and closes the block; a title line under a name is its title ("Socialminister").
// - Bills and skrivelser: the prime minister and the minister, titles null.
// - An agency's decision formula: the decider, those who took part, the presenter, each with the title
//   as written ("avdelningschefen"); line breaks inside the sentence do not matter.
// - No formula: a name with a title line under it closing the text (letters).
// - SFS prints ministers in capitals: "AMANDA LIND" is "Amanda Lind".
// - Not signatures: press contacts, speaker lines ("Anf. 111 …"), the Närvarande/Föredragande lists of
//   minutes, a minister named in a heading, people mentioned in the text, a "Kopia till" list.
import { describe, expect, it } from 'vitest';
import { extract, meta } from '../../src/extract/signatories.js';
import type { DocumentType, Person, ReadDocument } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  signatories: Person[];
  /** The text each fact's span covers. */
  spans?: string[];
  type?: DocumentType;
}

const p = (name: string, title: string | null = null): Person => ({ name, title });

const FOUND: Row[] = [
  {
    name: 'agency letter: signature line without "den"',
    text: 'Vi tillstyrker förslaget.\n\nStockholm 2020-06-03\n\nAnna Ek\n\nPer Olsson\n',
    signatories: [p('Anna Ek'), p('Per Olsson')],
    type: 'letter',
  },
  {
    name: 'motion: the members with their parties on the last lines',
    text: 'Motion till riksdagen\n2021/22:3456\nav Ann-Sofie Alm m.fl. (M)\n\nSkärpta straff\n\nKostnaden beräknas till 150 miljoner kronor.\n\nAnn-Sofie Alm (M)\t\nJohan Forssell (M)\tMaria Malmer Stenergard (M)\nMattias Karlsson i Luleå (M)\n',
    signatories: [p('Ann-Sofie Alm'), p('Johan Forssell'), p('Maria Malmer Stenergard'), p('Mattias Karlsson i Luleå')],
    spans: ['Ann-Sofie Alm', 'Johan Forssell', 'Maria Malmer Stenergard', 'Mattias Karlsson i Luleå'],
    type: 'other',
  },
  {
    name: 'question signed by the member, a middle initial and the party',
    text: 'Vilka åtgärder avser statsrådet vidta?\n\nStockholm den 3 mars 2006\nCarl B Hamilton (fp)\n',
    signatories: [p('Carl B Hamilton')],
    spans: ['Carl B Hamilton'],
    type: 'written-question',
  },
  {
    name: 'decision: a middle initial with a dot, side by side',
    text: 'På regeringens vägnar\n\nJan R. Andersson                                  Anna-Karin Berg\n\nKopia till\nFinansdepartementet/BA\n',
    signatories: [p('Jan R. Andersson'), p('Anna-Karin Berg')],
    type: 'government-decision',
  },
  {
    name: 'answer: the minister under the signature date',
    text: 'Karin Rågsjö har frågat mig.\n[bookmark: _GoBack]Stockholm den 27 januari 2021\n\n\n\nLena Hallengren\n\n\t\n\n\t\n\n\t2 (2)\n\nimage1.emf\n',
    signatories: [p('Lena Hallengren')],
    spans: ['Lena Hallengren'],
  },
  {
    name: 'answer page: riksdagen boilerplate after the name',
    text: 'Stockholm den 9 augusti 2018\n\nTomas Eneroth\n\nSkriftlig fråga (Inlämnad 2018-07-02)\n',
    signatories: [p('Tomas Eneroth')],
  },
  {
    name: 'bill: prime minister and minister, the ministry under',
    text: 'Regeringen överlämnar denna proposition till riksdagen.\n\nStockholm den 25 september 2008\n\nFredrik Reinfeldt\n\nCristina Husmark Pehrsson\n\n(Socialdepartementet)\n\nPropositionens huvudsakliga innehåll\n',
    signatories: [p('Fredrik Reinfeldt'), p('Cristina Husmark Pehrsson')],
  },
  {
    name: 'bill in PDF layout: the minister indented, hyphenated surname',
    text: 'Stockholm den 27 juni 2013\n\n\nFredrik Reinfeldt\n\n                           Catharina Elmsäter-Svärd\n                           (Näringsdepartementet)\n\n\n\n\nPropositionens huvudsakliga innehåll\n',
    signatories: [p('Fredrik Reinfeldt'), p('Catharina Elmsäter-Svärd')],
  },
  {
    name: 'skrivelse: the ministry beside the name',
    text: 'Stockholm den 13 april 2023\n\nUlf Kristersson\n\nNiklas Wykman (Finansdepartementet)\n\nSkrivelsens huvudsakliga innehåll\n',
    signatories: [p('Ulf Kristersson'), p('Niklas Wykman')],
    spans: ['Ulf Kristersson', 'Niklas Wykman'],
  },
  {
    name: 'decision: minister and föredragande after "På regeringens vägnar"',
    text: 'Regeringen ger Socialstyrelsen i uppdrag.\n\nPå regeringens vägnar\n\nLena Hallengren\n\nMartina Bergström\n\nKopia till\n\nStatsrådsberedningen SAM\nJustitiedepartementet SSK\n',
    signatories: [p('Lena Hallengren'), p('Martina Bergström')],
  },
  {
    name: 'decision: signature rules between the formula and the names',
    text: 'På regeringens vägnar\n\n______________________\n\nLena Hallengren\n\nMartina Bergström\n',
    signatories: [p('Lena Hallengren'), p('Martina Bergström')],
  },
  {
    name: 'decision: the two names side by side, titles under them',
    text: 'På regeringens vägnar\n\nAnna Ekström                          Per Lindqvist\n                                      Kansliråd\n',
    signatories: [p('Anna Ekström'), p('Per Lindqvist', 'Kansliråd')],
  },
  {
    name: 'statute: minister in capitals, official with the ministry',
    text: 'Stockholm den 20 december 2018\n\nPå regeringens vägnar\n\nAMANDA LIND\n\n\t\t\tMaria Eriksson\n\t\t\t(Kulturdepartementet)\n',
    signatories: [p('Amanda Lind'), p('Maria Eriksson')],
  },
  {
    name: 'SFS print: minister in capitals, official beside a joint ministry',
    text: 'Denna lag träder i kraft den 1 januari 2026.\n\nPå regeringens vägnar\nROMINA POURMOKHTARI\nMaria Höglund (Klimat- och näringslivsdepartementet)\n',
    signatories: [p('Romina Pourmokhtari'), p('Maria Höglund')],
    spans: ['ROMINA POURMOKHTARI', 'Maria Höglund'],
    type: 'statute',
  },
  {
    name: 'letter: the title line under the name, no formula',
    text: 'Regeringen avser att återkomma i frågan (SOU 2021:25).\n\nLena Hallengren\n\n\n\nSocialminister\n',
    signatories: [p('Lena Hallengren', 'Socialminister')],
    type: 'letter',
  },
  {
    name: 'letter: a coordinated minister title',
    text: 'Vi återkommer.\n\nMed vänlig hälsning\n\nMorgan Johansson\nJustitie- och migrationsminister\n',
    signatories: [p('Morgan Johansson', 'Justitie- och migrationsminister')],
  },
  {
    name: 'letter: "Minister för …" as title',
    text: 'Med vänliga hälsningar\n\nMatilda Ernkrans\nMinister för högre utbildning och forskning\n',
    signatories: [p('Matilda Ernkrans', 'Minister för högre utbildning och forskning')],
  },
  {
    name: 'agency: decider and presenter in the decision formula, split over lines',
    text: '   Detta yttrande har beslutats av avdelningschefen Anette Schierbeck. Föredragande har\n              varit enhetschefen Peter von Wowern.\n\n   Beslutet är godkänt digitalt och saknar därför underskrift.\n',
    signatories: [p('Anette Schierbeck', 'avdelningschefen'), p('Peter von Wowern', 'enhetschefen')],
    spans: ['avdelningschefen Anette Schierbeck', 'enhetschefen Peter von Wowern'],
  },
  {
    name: 'agency: those who took part in the final handling, in order',
    text: 'Beslut i detta ärende har fattats av generaldirektören Anna Svensson. I den slutliga handläggningen har även avdelningschefen Per Ek och chefsjuristen Eva Lund deltagit. Föredragande har varit juristen Karin Berg.\n',
    signatories: [p('Anna Svensson', 'generaldirektören'), p('Per Ek', 'avdelningschefen'), p('Eva Lund', 'chefsjuristen'), p('Karin Berg', 'juristen')],
  },
  {
    name: 'agency: "efter föredragning av"',
    text: 'Detta beslut har fattats av överdirektören Lars Nilsson efter föredragning av utredaren Sofia Holmgren.\n',
    signatories: [p('Lars Nilsson', 'överdirektören'), p('Sofia Holmgren', 'utredaren')],
  },
  {
    name: 'answer from a Word table: signature date and name in cells',
    text: 'Text.\n\n| Stockholm den 3 mars 2021 |\n\n| Anna Ekström |\n',
    signatories: [p('Anna Ekström')],
  },
  {
    name: 'inquiry (SOU): month-only signature date, secretaries with a slash',
    text: 'Stockholm i mars 2021\n\nAnna Ekström\n\n                              /Per Lindqvist\n\n                               Maria Lund\n\n1 Inledning\n',
    signatories: [p('Anna Ekström'), p('Per Lindqvist'), p('Maria Lund')],
    spans: ['Anna Ekström', 'Per Lindqvist', 'Maria Lund'],
  },
  {
    name: 'agency letter: two names each with a title line',
    text: 'Vi tillstyrker förslaget.\n\nAnna Ek\nGeneraldirektör\n\nPer Holm\nUtredare\n',
    signatories: [p('Anna Ek', 'Generaldirektör'), p('Per Holm', 'Utredare')],
    type: 'letter',
  },
  {
    name: 'a role in parentheses beside the name',
    text: 'Stockholm den 1 mars 2021\n\nAnna Ek (ordförande)\n\nPer Holm\n',
    signatories: [p('Anna Ek', 'ordförande'), p('Per Holm')],
  },
  {
    name: 'written interpellation signed by the member with party',
    text: 'Jag vill fråga ministern.\n\nStockholm den 2 mars 2021\n\nKarin Rågsjö (V)\n',
    signatories: [p('Karin Rågsjö')],
  },
  {
    name: 'title, slash and name in one segment: the span is the name',
    text: 'Stockholm i mars 2021\n\nAnna Ekström\n\nUtredare / Per Lindqvist\n',
    signatories: [p('Anna Ekström'), p('Per Lindqvist', 'Utredare')],
    spans: ['Anna Ekström', 'Per Lindqvist'],
  },
  {
    name: 'a title and a no-break space before the name',
    text: 'Stockholm den 1 mars 2021\n\nGeneraldirektör\u00a0Anna Ek\n',
    signatories: [p('Anna Ek', 'Generaldirektör')],
    spans: ['Anna Ek'],
  },
  {
    name: 'two spaces or a no-break space inside a name are one space',
    text: 'Stockholm den 1 mars 2021\n\nAnna  Ek\n\nPer\u00a0Holm\n',
    signatories: [p('Anna Ek'), p('Per Holm')],
    spans: ['Anna  Ek', 'Per\u00a0Holm'],
  },
  {
    name: 'formula and names in capitals',
    text: 'Text.\n\nPÅ REGERINGENS VÄGNAR\n\nANNA EK\n\nPer Holm\n(Finansdepartementet)\n',
    signatories: [p('Anna Ek'), p('Per Holm')],
  },
  {
    name: 'closing in capitals',
    text: 'Vi återkommer.\n\nMED VÄNLIG HÄLSNING\n\nAnna Ek\nGeneraldirektör\n',
    signatories: [p('Anna Ek', 'Generaldirektör')],
  },
  {
    name: 'letter: name and title line in table cells, no formula',
    text: 'Vi tillstyrker förslaget.\n\n| Anna Ek |\n| Generaldirektör |\n',
    signatories: [p('Anna Ek', 'Generaldirektör')],
    type: 'letter',
  },
  {
    name: 'letter: a line about contact that opens no contact list',
    text: 'Vi tillstyrker förslaget.\n\nOm kontakt med myndigheten\n\nAnna Ek\nGeneraldirektör\n',
    signatories: [p('Anna Ek', 'Generaldirektör')],
    type: 'letter',
  },
  {
    name: 'a line with other text beside a name ends the block',
    text: 'Stockholm den 1 mars 2021\n\nAnna Ek\n\nSe bilaga         Per Holm\n',
    signatories: [p('Anna Ek')],
  },
];

const NONE: { name: string; text: string; type?: DocumentType }[] = [
  {
    name: 'press release: the press contact',
    text: 'Pressmeddelande från Socialdepartementet\n\nPublicerad 14 september 2021\n\nText.\n\nPresskontakt\n\nSofia Brändström\nPressekreterare hos socialminister Lena Hallengren\nTelefon (växel) 08-405 10 00\n',
    type: 'press-release',
  },
  {
    name: 'press contact block closing a letter',
    text: 'Text.\n\nKontakt\n\nSofia Brändström\nPressekreterare\n',
    type: 'letter',
  },
  { name: 'web page: the responsible minister in a box', text: 'Rubrik\n\nText om utredningen.\n\nAnsvarigt statsråd\n\nLena Hallengren\nSocialminister\n', type: 'letter' },
  { name: 'directive page: a minister and title at the end', text: 'Kommittédirektiv\n\nUtredningstiden förlängs.\n\n(Socialdepartementet)\n\nLena Hallengren\nSocialminister\n', type: 'committee-directive' },
  { name: 'web page ("other"): a minister and title in the sidebar', text: 'Rubrik\n\nText om utredningen.\n\nLena Hallengren\nSocialminister\n\nOm webbplatsen\n', type: 'other' },
  { name: 'debate page: the speaker line', text: 'Interpellationsdebatt 24 juni 2008\n\nAnf. 111 Fredrik Reinfeldt (M)\n\nHerr talman! Bosse Ringholm har frågat mig.\n', type: 'interpellation-answer' },
  {
    name: 'minutes: Närvarande and Föredragande lists',
    text: 'Utdrag ur protokoll\nvid regeringssammanträde den 6 april 1998\n\nNärvarande: statsministern Persson, ordförande, och statsråden Peterson, Freivalds\n\nFöredragande: statsråden Åsbrink, Freivalds\n\nRegeringen beslutar proposition 1997/98:150\n',
    type: 'other',
  },
  { name: 'answer page: the minister in the heading', text: 'Svar på skriftlig fråga 2010/11:680 besvarad av Statsrådet Catharina Elmsäter-Svärd\n\nStatsrådet Catharina Elmsäter-Svärd\n\nden 14 september\n\nHans Olsson har frågat mig.\n', type: 'written-question-answer' },
  { name: 'people mentioned in the text', text: 'Innan jul gav regeringen Socialstyrelsens generaldirektör, Olivia Wigzell, i uppdrag att föreslå en lag.\n', type: 'letter' },
  { name: 'a lower-case sentence shaped like a signature line', text: 'Lagen gäller den 1 juli 2021\nAnna Ek\n' },
  { name: 'an upper-case heading after the signature date', text: 'Stockholm den 14 september 2021\n\nSAMMANFATTNING OCH FÖRSLAG\n\nText.\n' },
  { name: 'a single initial and a name is no full name', text: 'Stockholm den 14 september 2021\n\nB Hamilton\n', type: 'letter' },
  { name: 'a label and a date without "den", then a name', text: 'Rubrik\n\nText.\n\nPressmeddelande 3 juni 2020\n\nAnna Ek\n', type: 'other' },
  { name: 'debate page closing with its speakers', text: 'Anf. 45 Socialminister LENA HALLENGREN (S)\n\nHerr talman! Sofia Nilsson har frågat mig.\n\nTalare\nLena Hallengren (S)\nSofia Nilsson (C)\n', type: 'interpellation-answer' },
  { name: 'members with parties mentioned before the end', text: 'Rubrik\n\nAnn-Sofie Alm (M)\nJohan Forssell (M)\n\nDe föreslog en ändring av lagen.\n', type: 'other' },
  { name: 'a minister with title and party on the last line', text: 'Svar på skriftlig fråga 2017/18:1561\n\nText om vägen.\n\nStatsrådet Tomas Eneroth (S)\n', type: 'written-question-answer' },
  // the member lines are read segment by segment, stopping at the first that is no member: either may fail
  { name: 'a last line whose first segment is a minister with a title, the second a member', text: 'Rubrik\n\nText.\n\nStatsrådet Tomas Eneroth (S)\tAnna Ek (M)\n', type: 'other' },
  { name: 'a last line whose second segment has no party', text: 'Rubrik\n\nText.\n\nAnna Ek (M)\tPer Holm\n', type: 'other' },
  { name: 'a last line with a parenthesis that is no party', text: 'Rubrik\n\nText.\n\nAnna Ek (EU)\n', type: 'other' },
  { name: 'a parenthesis that is no ministry closes nothing and names no one', text: 'På regeringens vägnar\n\n(delvis)\n' },
  { name: 'signature date followed by prose', text: 'Stockholm den 14 september 2021\n\nRegeringen beslutar att ge uppdraget till Socialstyrelsen.\n' },
  {
    name: 'a decision by someone else told early in a long text',
    text: 'Ärendet\n\nBeslutet har fattats av generaldirektören Anna Svensson vid myndigheten.\n\n' + 'Regeringen anser att uppdraget är angeläget. '.repeat(200) + '\n',
    type: 'letter',
  },
  { name: 'a decision formula without a name', text: 'Detta beslut har fattats av regeringen Sverige och myndigheten.\n' },
  { name: 'a contact list opened in lower case', text: 'Text.\n\nkontakta oss\n\nSofia Brändström\nPressekreterare\n', type: 'letter' },
  { name: 'a line ending like a closing word is no formula', text: 'Text.\n\nSe bifogat underlag\n\nAnna Ek\n' },
  { name: '"Kopia till" after the formula with no names', text: 'På regeringens vägnar\n\nKopia till\n\nFinansdepartementet\n' },
];

describe('signatories: the signature block', () => {
  it.each(FOUND)('$name', ({ text, signatories, spans, type }) => {
    const facts = extract(doc(text), type ? { type } : {});
    expect(facts.map((f) => f.value)).toEqual(signatories);
    if (spans) expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(spans);
  });
});

describe('signatories: names that sign nothing', () => {
  it.each(NONE)('$name', ({ text, type }) => {
    expect(extract(doc(text), type ? { type } : {})).toEqual([]);
  });
});

describe('signatories: module shape and speed', () => {
  it('names its field and a version', () => {
    expect(meta.field).toBe('signatories');
    expect(meta.version).toBeGreaterThan(0);
  });

  it.each([
    ['formula lines without names', 'På regeringens vägnar\n\n'],
    ['signature dates and names', 'Stockholm den 1 januari 2020\nAnna Berg\n'],
    ['decision formulas and list joints', 'beslutats av avdelningschefen Anna Ek och , samt '],
    ['capitalised words', 'Anna Bergström Lund Kopparklint (M) '],
    ['names with title lines', 'Anna Berg\nSocialminister\n'],
  ])('4 MB of %s finishes in linear time', (_name, unit) => {
    const small = unit.repeat(Math.ceil(40_000 / unit.length));
    const big = unit.repeat(Math.ceil(4_000_000 / unit.length));
    let t0 = performance.now();
    extract(doc(small), { type: 'letter' });
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    extract(doc(big), { type: 'letter' });
    expect(performance.now() - t0).toBeLessThan(Math.max(10_000, tSmall * 1000));
  }, 60_000);
});
