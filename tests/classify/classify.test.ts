// The classifier: each row is a real-looking head of a Swedish government document, the type it
// must get, the rule that must decide, and the signal text the evidence span must cover.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/index.js';
import type { DocumentType, ReadDocument } from '../../src/record.js';

const doc = (text: string, format: ReadDocument['format'] = 'txt'): ReadDocument => ({ path: 'x.txt', format, encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  type: DocumentType;
  rule: string;
  /** The text the evidence span must cover exactly. */
  signal: string;
}

const ROWS: Row[] = [
  // ── written-question-answer ──
  {
    name: 'regeringen.se answer with letterhead',
    text: 'Socialdepartementet\nSocialministern\n\nTill riksdagen\n\nSvar på fråga 2020/21:1311 av Marléne Lund Kopparklint (M)\nAnsvarsfördelningen framåt\nMarléne Lund Kopparklint har frågat mig hur jag ämnar verka.\n',
    type: 'written-question-answer',
    rule: 'heading:svar-på-fråga',
    signal: 'Svar på fråga 2020/21:1311',
  },
  {
    name: 'pandoc bookmark glued to the heading',
    text: ' [bookmark: Start]Svar på fråga 2020/21:1313 av Marléne Lund Kopparklint (M)\nBemanning under coronakrisen\n',
    type: 'written-question-answer',
    rule: 'heading:svar-på-fråga',
    signal: 'Svar på fråga 2020/21:1313',
  },
  {
    name: 'riksdagen page: title first, boilerplate "Skriftlig fråga" at the bottom',
    text: 'Polismyndighetens förslag\n\nSvar på skriftlig fråga 2018/19:212 besvarad av Statsrådet Mikael Damberg (S)\n\nJohan Forssell har frågat mig om …\n\nSvar på skriftliga frågor\n\nSkriftlig fråga (Inlämnad 2019-02-12)',
    type: 'written-question-answer',
    rule: 'heading:svar-på-fråga',
    signal: 'Svar på skriftlig fråga 2018/19:212',
  },
  {
    name: 'old riksdagen layout with the number on the next line',
    text: 'Utbyggnad av riksväg 40\n\nStatsrådet Catharina Elmsäter-Svärd\n\nSvar på fråga\n\n2010/11:680 Utbyggnad av riksväg 40\n',
    type: 'written-question-answer',
    rule: 'heading:svar-på-fråga',
    signal: 'Svar på fråga\n\n2010/11:680',
  },
  // ── interpellation-answer ──
  {
    name: 'answer to an interpellation',
    text: 'Svar på interpellation 2019/20:112 om arbetsmiljö och psykisk ohälsa\n\nAnf. 41 Arbetsmarknadsminister EVA NORDMARK (S):\n\nFru talman! Ann-Charlotte Hammar Johnsson har frågat mig …',
    type: 'interpellation-answer',
    rule: 'heading:svar-på-interpellation',
    signal: 'Svar på interpellation 2019/20:112',
  },
  {
    name: 'riksdagen interpellation debate page',
    text: 'Vargpopulationens spridning\n\nInterpellationsdebatt 14 januari 2020\n\nProtokoll från debatten\n\nAnföranden: 9\n\nAnf. 123 Statsrådet Jennie Nilsson (S)\n\nFru talman! har frågat mig varför …',
    type: 'interpellation-answer',
    rule: 'heading:interpellationsdebatt',
    signal: 'Interpellationsdebatt',
  },
  {
    name: "a minister's opening speech alone",
    text: 'Anf. 123 Statsrådet Jennie Nilsson (S)\n\nFru talman! Kristina Yngwe har frågat mig varför man har valt ut Örebro län.\n',
    type: 'interpellation-answer',
    rule: 'speech:anförande-har-frågat-mig',
    signal: 'Anf. 123 Statsrådet Jennie Nilsson (S)',
  },
  // ── interpellation ──
  {
    name: 'interpellation from data.riksdagen.se',
    text: 'Interpellation 2014/15:687 Åtgärd för att mildra den diplomatiska skymfen mot Finland\n\nav Jeff Ahl (SD)\n\ntill Utrikesminister Margot Wallström (S)\n',
    type: 'interpellation',
    rule: 'heading:interpellation',
    signal: 'Interpellation 2014/15:687',
  },
  {
    name: 'riksdagen interpellation page, answered, with the riksdag boilerplate',
    text: 'Miljöarbete i försvarssektorn\n\nInterpellation 2006/07:663 av Messing, Ulrica (s)\n\ntill försvarsminister Mikael Odenberg (m)\n\nInterpellationen är besvarad\n\nInterpellationer är en typ av frågor …',
    type: 'interpellation',
    rule: 'heading:interpellation',
    signal: 'Interpellation 2006/07:663',
  },
  // ── written-question ──
  {
    name: 'written question from data.riksdagen.se',
    text: 'Fråga 2023/24:291 Uppdrag till Trafikverket\n\nav Laila Naraghi (S)\n\ntill Statsrådet Andreas Carlson (KD)\n',
    type: 'written-question',
    rule: 'heading:skriftlig-fråga',
    signal: 'Fråga 2023/24:291',
  },
  {
    name: 'riksdagen written-question page',
    text: 'Regionala flygplatser\n\nSkriftlig fråga 2019/20:1234 av Anna Andersson (M)\n\ntill Infrastrukturminister Tomas Eneroth (S)\n',
    type: 'written-question',
    rule: 'heading:skriftlig-fråga',
    signal: 'Skriftlig fråga 2019/20:1234',
  },
  // ── government-decision ──
  {
    name: 'appropriation letter headed Regeringsbeslut',
    text: 'Försvarsdepartementet\n\n\nRegeringsbeslut\n6\n\n2022-03-17\nFö2022/00350\nFörsvarsmakten\n107 85 Stockholm\nRegleringsbrev för budgetåret 2022 avseende Försvarsmakten\n',
    type: 'government-decision',
    rule: 'heading:regeringsbeslut',
    signal: 'Regeringsbeslut',
  },
  {
    name: 'assignment with a "Regeringens beslut" heading',
    text: '\n\n2021-02-11\nS2020/05028\n\nSocialdepartementet\n\nSocialstyrelsen\n106 30 Stockholm\n\nUppdrag att stödja regionernas samordning\n\nRegeringens beslut\n\nRegeringen ger Socialstyrelsen i uppdrag …',
    type: 'government-decision',
    rule: 'heading:regeringens-beslut',
    signal: 'Regeringens beslut',
  },
  {
    name: 'appropriation letter without the decision word',
    text: 'Regleringsbrev för budgetåret 2021 avseende Skolverket\n\nRiksdagen har beslutat om Skolverkets verksamhet för budgetåret 2021.\n',
    type: 'government-decision',
    rule: 'heading:regleringsbrev',
    signal: 'Regleringsbrev för budgetåret',
  },
  {
    name: 'decision known only by its signature formula',
    text: 'Skolverket\n\nRegeringen ger Skolverket i uppdrag att kartlägga skolans likvärdighet.\n\nPå regeringens vägnar\n\nAnna Ekström\n\nPer Persson',
    type: 'government-decision',
    rule: 'signature:på-regeringens-vägnar',
    signal: 'På regeringens vägnar',
  },
  // ── press-release ──
  {
    name: 'regeringen.se press release that announces a decision',
    text: 'Innehållet publicerades under perioden\n\n-\nPressmeddelande från Arbetsmarknadsdepartementet\n\nUppdrag till Arbetsförmedlingen\n\nPublicerad\n\nUppdrag att säkerställa lokal närvaro\n\nRegeringens beslut\n',
    type: 'press-release',
    rule: 'heading:pressmeddelande',
    signal: 'Pressmeddelande',
  },
  {
    name: 'older press release layout',
    text: 'Pressmeddelande\n12 mars 2015\nSocialdepartementet\n\nNy satsning på äldreomsorgen\n',
    type: 'press-release',
    rule: 'heading:pressmeddelande',
    signal: 'Pressmeddelande',
  },
  // ── letter ──
  {
    name: 'reply to a letter',
    text: '\n\n\nSvar på skrivelse Tillfälliga åtgärder för att underlätta socialtjänstens arbete\n\nSocialdepartementet har mottagit Sveriges Kommuner och Regioners skrivelse.',
    type: 'letter',
    rule: 'heading:svar-på-skrivelse',
    signal: 'Svar på skrivelse',
  },
  {
    name: "an agency's consultation response (PDF layout)",
    text: '                                                     REMISSVAR\n                                                     2026-06-24\n\n   Klimat- och näringslivsdepartementet\n   Kn.remissvar@regeringskansliet.se\n\n   Remissvar gällande betänkandet En moderniserad\n   reglering av handel med ädelmetallarbeten (SOU\n   2026:14)\n',
    type: 'letter',
    rule: 'heading:remissvar',
    signal: 'REMISSVAR',
  },
  {
    name: "the Government's communication to the Riksdag",
    text: 'Regeringens skrivelse 2022/23:101\n\nÅrsredovisning för staten 2022\n\nRegeringen överlämnar denna skrivelse till riksdagen.\n',
    type: 'letter',
    rule: 'heading:regeringens-skrivelse',
    signal: 'Regeringens skrivelse 2022/23:101',
  },
  // ── committee-directive ──
  {
    name: 'PDF directive, the Dir. box interleaved with the title',
    text: 'Kommittédirektiv\nTilläggsdirektiv till Forskningsdatautred-                    Dir.\nningen (U 2016:04)                                            2017:29\n\n\n\nBeslut vid regeringssammanträde den 16 mars 2017\n',
    type: 'committee-directive',
    rule: 'heading:kommittédirektiv-ord',
    signal: 'Kommittédirektiv',
  },
  {
    name: 'riksdagen directive page',
    text: 'Till innehåll på sidan\n\nTilläggsdirektiv till Utredningen om kommuners och regioners grundläggande ansvar (Fö 2023:02)\n\nKommittédirektiv 2023:179\n\nKommittédirektiv\n',
    type: 'committee-directive',
    rule: 'heading:kommittédirektiv',
    signal: 'Kommittédirektiv 2023:179',
  },
  {
    name: 'rkrattsbaser directive: designation after the title; its nav bar also says Kommittédirektiv',
    text: 'Stäng\n\nRegeringskansliets rättsdatabaser\n\nFörfattningsregister\n\nFörfattningar fulltext\n\nKommittédirektiv\n\nKommittéregistret\n\nSpelreglerna på den offentliga arbetsmarknaden, Dir. 1987:42\n\nDepartement: Arbetsdepartementet\n',
    type: 'committee-directive',
    rule: 'designation:dir',
    signal: 'Dir. 1987:42',
  },
  {
    name: 'regeringen.se directive page',
    text: 'Hoppa till huvudinnehåll\n\nPress\n\nDataskyddsförordningen ID-nummer: Dir. 2016:15\n\nAnsvarig: Justitiedepartementet, Regeringen\n\nPressmeddelande: EU:s nya dataskyddsförordning\n',
    type: 'committee-directive',
    rule: 'designation:dir',
    signal: 'Dir. 2016:15',
  },
  // ── statute ──
  {
    name: 'rkrattsbaser statute: the nav bar says Kommittédirektiv, the page is an SFS',
    text: 'Stäng\n\nRegeringskansliets rättsdatabaser\n\nRegeringskansliets rättsdatabaser innehåller lagar, förordningar, kommittédirektiv och kommittéregistret.\n\nFörfattningsregister\n\nKommittédirektiv\n\nSFS-nummer · 2008:344 ·  Visa register\n\nLag (2008:344) om hälso- och sjukvård åt asylsökande m.fl.\n',
    type: 'statute',
    rule: 'heading:sfs-nummer',
    signal: 'SFS-nummer · 2008:344',
  },
  {
    name: 'printed SFS',
    text: 'Svensk författningssamling\nSFS 2008:344\nLag\nom hälso- och sjukvård åt asylsökande m.fl.;\nutfärdad den 22 maj 2008.\n',
    type: 'statute',
    rule: 'heading:svensk-författningssamling',
    signal: 'Svensk författningssamling',
  },
  {
    name: 'ordinance heading alone',
    text: 'Förordning (2018:2069) om statsbidrag för kommunernas medverkan vid 2019 års val till Europaparlamentet\nUtfärdad: 2018-12-20\n',
    type: 'statute',
    rule: 'heading:författningsrubrik',
    signal: 'Förordning (2018:2069)',
  },
  {
    name: 'compound law name',
    text: 'Mervärdesskattelag (1994:200)\n\nDepartement: Finansdepartementet S2\n\nUtfärdad: 1994-03-30\n',
    type: 'statute',
    rule: 'heading:författningsrubrik',
    signal: 'Mervärdesskattelag (1994:200)',
  },
  // ── bill ──
  {
    name: 'PDF bill, TOC later quotes the minutes',
    text: 'Regeringens proposition\n2012/13:182\nInternationell delgivning                   Prop.\n                                            2012/13:182\nRegeringen överlämnar denna proposition till riksdagen.\n\nUtdrag ur protokoll vid regeringssammanträde den 27 juni 2013\n(dir. 2004:55)',
    type: 'bill',
    rule: 'heading:regeringens-proposition',
    signal: 'Regeringens proposition',
  },
  {
    name: 'bill designation first',
    text: 'Prop. 2008/09:22\n\nVissa socialförsäkringsfrågor\n\nRegeringen överlämnar denna proposition till riksdagen.\n',
    type: 'bill',
    rule: 'designation:prop',
    signal: 'Prop. 2008/09:22',
  },
  {
    name: 'bill known only by its transmittal sentence',
    text: 'Vissa skolfrågor\n\nRegeringen överlämnar denna proposition till riksdagen.\n\nStockholm den 20 juni 2013\n',
    type: 'bill',
    rule: 'text:överlämnar-proposition',
    signal: 'Regeringen överlämnar denna proposition',
  },
  // ── other ──
  {
    name: 'minutes of a government meeting that decide on a bill',
    text: '\n\n\nUtdrag ur protokoll\nvid regeringssammanträde den 6 april 1998\n\nNärvarande: statsministern Persson\n\nRegeringen beslutar proposition 1997/98:150\n',
    type: 'other',
    rule: 'heading:protokoll-regeringssammanträde',
    signal: 'Utdrag ur protokoll\nvid regeringssammanträde',
  },
  {
    name: 'numbered minutes of a government meeting',
    text: 'Protokoll I:5 vid regeringssammanträde 2021-02-11\n\nNärvarande: statsministern Löfven, ordförande\n',
    type: 'other',
    rule: 'heading:protokoll-regeringssammanträde',
    signal: 'Protokoll I:5 vid regeringssammanträde',
  },
  {
    name: 'regeringen.se page about an SOU that lists directives',
    text: 'Hoppa till huvudinnehåll\n\nDataskydd inom Socialdepartementets verksamhetsområde ID-nummer: SOU 2017:66\n\nAnsvarig: Socialdepartementet\n\nKommittédirektiv (2 st)\n\n15 juni 2017\nTilläggsdirektiv till Socialdataskyddsutredningen\n',
    type: 'other',
    rule: 'designation:sou-ds',
    signal: 'SOU 2017:66',
  },
  {
    name: 'a memorandum',
    text: 'Promemoria\n\nEn ny organisation för etikprövning\n\nI promemorian föreslås …',
    type: 'other',
    rule: 'heading:övrig-dokumenttyp',
    signal: 'Promemoria',
  },
  {
    name: 'regeringen.se assignment page labelled "Regeringsuppdrag från …"',
    text: 'Uppdrag att kartlägga beredskapen\n\nRegeringsuppdrag från Socialdepartementet\n\nPublicerad 10 juni 2021\n',
    type: 'government-decision',
    rule: 'label:regeringsuppdrag',
    signal: 'Regeringsuppdrag',
  },
  {
    name: 'regeringen.se speech labelled "Tal från …"',
    text: 'Tal från Statsrådsberedningen\n\nStatsministerns tal vid Järvaveckan\n\nPublicerad 5 juni 2019\n',
    type: 'other',
    rule: 'label:övrig-typ-från',
    signal: 'Tal från',
  },
  {
    name: 'a member\'s motion',
    text: 'Motion till riksdagen 2021/22:1234 av Anna Andersson (M)\n\nRegionala flygplatser\n',
    type: 'other',
    rule: 'designation:riksdagsdokument',
    signal: 'Motion till riksdagen 2021/22:1234',
  },
  {
    name: 'a committee report quoting an interpellation number',
    text: 'Försvarsutskottets betänkande 2021/22:FöU1\n\nUtgiftsområde 6 Försvar och samhällets krisberedskap\n\nInterpellation 2021/22:35 har besvarats.\n',
    type: 'other',
    rule: 'designation:riksdagsdokument',
    signal: 'Försvarsutskottets betänkande 2021/22:FöU1',
  },
  {
    name: 'a letter known by its closing formula',
    text: 'Regeringskansliet\nSocialdepartementet\n\nAngående er begäran om statsbidrag\n\nVi har tagit del av er begäran.\n\nMed vänlig hälsning\n\nAnna Andersson\n',
    type: 'letter',
    rule: 'signature:med-vänlig-hälsning',
    signal: 'Med vänlig hälsning',
  },
  // ── answers to several questions at once, remisses, fact memos ──
  {
    name: 'one answer to two questions ("Svar på frågorna … och …")',
    text: 'Svar på frågorna 2021/22:1601 och 2021/22:1602 av Mats Green (M)\nBostadsbyggandet i Stockholmsregionen\n\nMats Green har frågat mig …\n',
    type: 'written-question-answer',
    rule: 'heading:svar-på-fråga',
    signal: 'Svar på frågorna 2021/22:1601 och 2021/22:1602',
  },
  {
    name: 'one answer to three interpellations, numbers listed with commas',
    text: 'Svar på interpellationerna 2019/20:12, 2019/20:13 och 2019/20:20 av Ulrika Heie (C)\nLantbrukets konkurrenskraft\n',
    type: 'interpellation-answer',
    rule: 'heading:svar-på-interpellation',
    signal: 'Svar på interpellationerna 2019/20:12, 2019/20:13 och 2019/20:20',
  },
  {
    name: 'a ministry\'s remiss headed by the bare word',
    text: 'Remiss\n2023-06-20\nFi2023/02111\n\nFinansdepartementet\nSkatte- och tullavdelningen\n\nRemissinstanser\nSkatteverket\n\nRemiss av promemorian Sänkt skatt på bensin och diesel\n\nErik Sandberg\nDepartementsråd\n',
    type: 'letter',
    rule: 'heading:remiss',
    signal: 'Remiss',
  },
  {
    name: 'a remiss with its heading below the letterhead',
    text: 'Regeringskansliet\nJustitiedepartementet\n2024-02-01\nJu2024/00210\n\nRemiss av betänkandet Skärpta straff för vapenbrott (SOU 2023:99)\n\nRemissvaren ska ha kommit in senast den 1 maj 2024.\n',
    type: 'letter',
    rule: 'heading:remiss-av',
    signal: 'Remiss',
  },
  {
    name: 'a PDF remiss: the bare word in the right-hand box of the letterhead line',
    text: 'Regeringskansliet                                   Remiss\nFinansdepartementet                                 2023-06-20\n                                                    Fi2023/02111\n\nRemissinstanser\nSkatteverket\n\nRemiss av promemorian Sänkt skatt på bensin och diesel\n',
    type: 'letter',
    rule: 'heading:remiss',
    signal: 'Remiss',
  },
  {
    name: 'regeringen.se remiss page label',
    text: 'Remiss av promemorian Ny lag om fastighetstaxering\n\nRemiss från Finansdepartementet\n\nPublicerad 3 mars 2023\n',
    type: 'letter',
    rule: 'label:remiss-från',
    signal: 'Remiss från',
  },
  {
    name: 'a faktapromemoria by its designation',
    text: 'Regeringskansliet\nFaktapromemoria 2022/23:FPM45\n\nFörordning om en ny ram för kritiska råvaror\n\nKlimat- och näringslivsdepartementet\n',
    type: 'other',
    rule: 'designation:faktapromemoria',
    signal: 'Faktapromemoria 2022/23:FPM45',
  },
];

describe('classify: real-looking heads', () => {
  it.each(ROWS)('$name → $type', ({ text, type, rule, signal }) => {
    const c = classify(doc(text));
    expect(c.type).toBe(type);
    expect(c.rule).toBe(rule);
    expect(text.slice(c.start, c.end)).toBe(signal);
  });
});

// Near-misses: signals that look right but are not the document's own designation.
const NEAR_MISSES: { name: string; text: string; not: DocumentType; type: DocumentType }[] = [
  {
    name: '"Regeringens beslut" inside a sentence is not a heading',
    text: 'Regeringens beslut innebär att fler får stöd.\n',
    not: 'government-decision',
    type: 'other',
  },
  {
    name: 'plural "Pressmeddelanden" is site navigation',
    text: 'Pressmeddelanden\n\nTal\n\nVi har fått frågor om regeringens arbete.\n',
    not: 'press-release',
    type: 'other',
  },
  {
    name: 'a directive cited in running text ("dir." in lower case)',
    text: 'Regeringen har tidigare gett en utredare i uppdrag att se över frågan (dir. 2016:65).\n',
    not: 'committee-directive',
    type: 'other',
  },
  {
    name: 'reports listed in running text are not the document\'s own designation',
    text: 'Uppdrag att analysera beredskapen\n\nUtredningarna har lämnat förslag (SOU 2019:12, SOU 2020:3).\n\nPå regeringens vägnar\n',
    not: 'other',
    type: 'government-decision',
  },
  {
    name: '"frågat mig" in a speech without the Anf. speaker line',
    text: 'Fru talman! Kristina Yngwe har frågat mig om vargen.\n',
    not: 'interpellation-answer',
    type: 'other',
  },
  {
    name: 'a "Kommittédirektiv" navigation item below the top is not the heading',
    text: 'Stäng\n\nRegeringskansliets rättsdatabaser\n\nFörfattningsregister\n\nKommittédirektiv\n\nOm\n',
    not: 'committee-directive',
    type: 'other',
  },
  {
    name: 'a navigation "Kommittédirektiv" at the very top of a statute page loses to the SFS designation',
    text: 'Författningar fulltext\nKommittédirektiv\nKommittéregistret\n\nSFS-nummer · 1994:200 ·\n\nMervärdesskattelag (1994:200)\n',
    not: 'committee-directive',
    type: 'statute',
  },
  {
    name: 'regeringen.se boilerplate "Regeringsuppdrag publiceras här …" under a press release',
    text: 'Pressmeddelande från Socialdepartementet\n\nNy satsning\n\nRegeringsuppdrag publiceras här på webbplatsen efter att de har expedierats.\n',
    not: 'government-decision',
    type: 'press-release',
  },
  {
    name: 'a site menu item "Svensk författningssamling (SFS)" is not an SFS header',
    text: 'Dokument och lagar\nSvensk författningssamling (SFS)\nKommittédirektiv\n\nRegionala flygplatser\n\nSkriftlig fråga 2019/20:1234 av Anna Andersson (M)\n',
    not: 'statute',
    type: 'written-question',
  },
  {
    name: 'a bill amendment heading is not a statute heading',
    text: 'Regeringens proposition 2008/09:22\n\n2.1 Förslag till lag om ändring i lagen (1962:381) om allmän försäkring\n',
    not: 'statute',
    type: 'bill',
  },
  {
    name: '"Remissinstanser" / "Remissvaren ska …" are not a remiss heading',
    text: 'Sammanfattning\n\nRemissinstanser\nSkatteverket\n\nRemissvaren ska ha kommit in senast den 1 maj.\n',
    not: 'letter',
    type: 'other',
  },
  {
    name: 'a "Lagrådsremiss från" label stays other',
    text: 'Skärpta straff för vapenbrott\n\nLagrådsremiss från Justitiedepartementet\n',
    not: 'letter',
    type: 'other',
  },
  {
    name: 'a "Remiss" section far below the top of a promemoria is not its heading',
    text: 'Promemoria\n\nEn ny lag om fastighetstaxering\n\nInledning\n\nText om förslaget.\n\nRemiss\n\nPromemorian remitteras.\n',
    not: 'letter',
    type: 'other',
  },
  {
    name: 'justified PDF prose with a wide gap before "Remiss av …" is not a remiss heading',
    text: 'Stöd till företag\n\nSkatteverket har lämnat synpunkter.   Remiss av betänkandet gick ut i mars.\n',
    not: 'letter',
    type: 'other',
  },
  {
    name: '"frågorna" in running text is not an answer heading',
    text: 'Utskottet har behandlat frågorna 2021/22:1601 och 2021/22:1602 i sitt betänkande.\n',
    not: 'written-question-answer',
    type: 'other',
  },
];

describe('classify: near-misses', () => {
  it.each(NEAR_MISSES)('$name', ({ text, not, type }) => {
    const c = classify(doc(text));
    expect(c.type).not.toBe(not);
    expect(c.type).toBe(type);
  });

  it('no signal at all is "other" with the default rule and an empty span', () => {
    expect(classify(doc('Hej!\n\nTack för ditt brev.'))).toEqual({ type: 'other', rule: 'default:no-signal', start: 0, end: 0 });
  });

  it('a designation far below the head is a citation, not the heading', () => {
    const body = 'Regeringen anser att frågan är viktig och följer den noga.\n'.repeat(200);
    expect(classify(doc(`${body}Pressmeddelande\n`)).type).toBe('other');
  });
});

describe('classify: linear time on adversarial input', () => {
  const CASES: [string, string][] = [
    ['digits and spaces', '1 2 3 4 5 6 7 8 9 0 '],
    ['question designations without end', 'Svar på fråga 2020/21:'],
    ['speaker lines without talman', 'Anf. 12 Statsrådet X (S)\n'],
    ['open parentheses', '(((( Lag (2008:'],
    ['long lowercase words', 'socialdepartementetsocialdepartementet '],
  ];
  it.each(CASES)('%s (≈2 MB)', (_name, unit) => {
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const t0 = performance.now();
    classify(doc(text));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
