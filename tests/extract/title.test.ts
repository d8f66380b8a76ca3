// The title extractor: the document's own heading as written, found around its designation.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/title.js';
import type { ReadDocument } from '../../src/record.js';

const doc = (text: string, extra: Partial<ReadDocument> = {}): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [], ...extra });

interface Row {
  name: string;
  text: string;
  title: string;
  /** For headings joined over lines: the span runs from the first to the last line's text. */
  joined?: boolean;
}

const ROWS: Row[] = [
  {
    name: 'answer: the heading follows the "Svar på fråga … av X (M)" line',
    text: ' [bookmark: Start]Svar på fråga 2020/21:1311 av Marléne Lund Kopparklint (M) \nAnsvarsfördelningen framåt utifrån Coronakommissionens kritik\nMarléne Lund Kopparklint har frågat mig hur jag ämnar verka.\n',
    title: 'Ansvarsfördelningen framåt utifrån Coronakommissionens kritik',
  },
  {
    name: 'answer with letterhead before the designation',
    text: 'Socialdepartementet\nSocialministern\n\nTill riksdagen\n\nSvar på fråga 2020/21:1303 av Björn Söder (SD)\nEfterlevnad av regeringens uppmaningar\n\nBjörn Söder har frågat mig …',
    title: 'Efterlevnad av regeringens uppmaningar',
  },
  {
    name: 'PDF answer: the recipient above the designation is not the heading, the line under it is',
    text: 'Finansdepartementet\nFinansministern\nFi2022/00871\n\nRiksdagens centralkansli\n\nSvar på fråga 2021/22:1032 av Elisabeth Svantesson (M)\nInflationens effekter på hushållens ekonomi\nElisabeth Svantesson har frågat mig vilka åtgärder jag avser att vidta för att mildra effekterna\nav den stigande inflationen för hushållen.\n',
    title: 'Inflationens effekter på hushållens ekonomi',
  },
  {
    name: 'near-miss: heading above the designation, a wrapped first body line under it is not a heading',
    text: 'Inflationens effekter på hushållens ekonomi\n\nSvar på fråga 2021/22:1032 av Elisabeth Svantesson (M)\nElisabeth Svantesson har frågat mig vilka åtgärder jag avser att vidta för att mildra effekterna\nav den stigande inflationen för hushållen.\n',
    title: 'Inflationens effekter på hushållens ekonomi',
  },
  {
    name: 'near-miss: heading above the designation, a capitalised body line under it does not count either',
    text: 'Vårdköerna i Region Gävleborg\n\nSvar på fråga 2021/22:77 av Anna Andersson (L)\nAnna Andersson har frågat socialministern vad hon avser att göra\n',
    title: 'Vårdköerna i Region Gävleborg',
  },
  {
    name: 'two-column press release: the contact box in the left column comes before the heading',
    text: 'Pressmeddelande\n\n2021-11-08\n\nMiljödepartementet\n\nKontakt\nSara Nilsson\nPressekreterare hos\nklimat- och miljöministern\nTelefon 072-555 12 34\n\nKlimatklivet förstärks med 1,9 miljarder\nkronor\n\nRegeringen föreslår att Klimatklivet förstärks med 1,9 miljarder kronor\nunder 2022.\n',
    title: 'Klimatklivet förstärks med 1,9 miljarder kronor',
    joined: true,
  },
  {
    name: 'near-miss: a heading that opens with the word Kontakt is a heading',
    text: 'Pressmeddelande\n\n2021-11-08\n\nKontakten med myndigheterna förenklas\n\nRegeringen föreslår att fler ärenden ska kunna skötas digitalt.\n',
    title: 'Kontakten med myndigheterna förenklas',
  },
  {
    name: 'a protocol item: its number "§ 5" is not part of the heading',
    text: 'Riksdagens snabbprotokoll\n2020/21:75\nTisdagen den 16 februari 2021\n\n§ 5 Svar på interpellation 2020/21:312 om kortare vårdköer\n\nAnf. 12 Socialminister LENA HALLENGREN (S):\nFru talman! Camilla Waltersson Grönvall har frågat mig vilka åtgärder jag avser att vidta.\n',
    title: 'Svar på interpellation 2020/21:312 om kortare vårdköer',
  },
  {
    name: 'near-miss: a heading citing a paragraph ("§ 5 lagen …" inside it) keeps it',
    text: 'Pressmeddelande från Justitiedepartementet\n\nÄndring i 3 kap. § 5 ordningslagen\n\nRegeringen föreslår en ändring.\n',
    title: 'Ändring i 3 kap. § 5 ordningslagen',
  },
  {
    name: 'riksdagen answer page: the heading is above the designation',
    text: 'Stoppandet av investeringar i väg 56\n\nSvar på skriftlig fråga 2017/18:1561 besvarad av Statsrådet Tomas Eneroth (S)\n\nStatsrådet Tomas Eneroth (S)\n\n\nN2018/03998/TIF\n\nNäringsdepartementet\n\nTill riksdagen\n\n\nSvar på fråga 2017/18:1561 av Lars Beckman (M)\nStoppandet av investeringar i väg 56\n',
    title: 'Stoppandet av investeringar i väg 56',
  },
  {
    name: 'riksdagen answer page cut above the heading: the second designation line is skipped',
    text: 'Svar på skriftlig fråga 2017/18:1561 besvarad av Statsrådet Tomas Eneroth (S)\n\nStatsrådet Tomas Eneroth (S)\n\nN2018/03998/TIF\n\nNäringsdepartementet\n\nTill riksdagen\n\nSvar på fråga 2017/18:1561 av Lars Beckman (M)\nStoppandet av investeringar i väg 56\n\nLars Beckman har frågat mig …\n',
    title: 'Stoppandet av investeringar i väg 56',
  },
  {
    name: 'interpellation debate page',
    text: 'Statsministerns besvarande av interpellationer\n\nInterpellationsdebatt 24 juni 2008\n\nProtokoll från debatten\n\nAnföranden: 7\n\nAnf. 111 Fredrik Reinfeldt (M)\n',
    title: 'Statsministerns besvarande av interpellationer',
  },
  {
    name: 'answer to an interpellation whose subject follows "om": the whole line is the heading',
    text: 'Svar på interpellation 2019/20:112 om arbetsmiljö och psykisk ohälsa\n\nAnf. 41 Arbetsmarknadsminister EVA NORDMARK (S):\n',
    title: 'Svar på interpellation 2019/20:112 om arbetsmiljö och psykisk ohälsa',
  },
  {
    name: 'interpellation: the heading after the number on the same line',
    text: 'Interpellation 2014/15:687 Åtgärd för att mildra den diplomatiska skymfen mot Finland\n\nav Jeff Ahl (SD)\n\ntill Utrikesminister Margot Wallström (S)\n',
    title: 'Åtgärd för att mildra den diplomatiska skymfen mot Finland',
  },
  {
    name: 'riksdagen interpellation page with the asker on the designation line',
    text: 'Miljöarbete i försvarssektorn\n\nInterpellation 2006/07:663 av Messing, Ulrica (s)\n\nav Messing, Ulrica (s)\n\nden 10 augusti\n',
    title: 'Miljöarbete i försvarssektorn',
  },
  {
    name: 'written question',
    text: 'Fråga 2023/24:291 Uppdrag till Trafikverket\n\nav Laila Naraghi (S)\n\ntill Statsrådet Andreas Carlson (KD)\n',
    title: 'Uppdrag till Trafikverket',
  },
  {
    name: 'decision: the heading before "Regeringens beslut", addressee skipped',
    text: '\n\n2021-02-11\nS2020/05028\nS2021/01355 (delvis)\n\nSocialdepartementet\n\nSocialstyrelsen\n106 30 Stockholm\n\nUppdrag att stödja regionernas samordning av hälso- och sjukvårdsresurser\n\nRegeringens beslut\n\nRegeringen ger Socialstyrelsen i uppdrag …',
    title: 'Uppdrag att stödja regionernas samordning av hälso- och sjukvårdsresurser',
  },
  {
    name: 'appropriation letter: letterhead, date, diary number and addressee skipped',
    text: 'Försvarsdepartementet\n\n\nRegeringsbeslut\n6\n\n2022-03-17\nFö2022/00350\nFörsvarsmakten\n107 85 Stockholm\nRegleringsbrev för budgetåret 2022 avseende Försvarsmakten\n8 bilagor\nRiksdagen har beslutat om Försvarsmaktens verksamhet för budgetåret 2022 (prop. 2021/22:1 utg.omr. 6).\n',
    title: 'Regleringsbrev för budgetåret 2022 avseende Försvarsmakten',
  },
  {
    name: 'appropriation letter with glued layout (date+addressee, postcode+dnr)',
    text: 'Finansdepartementet\nRegeringsbeslut14\n\n2005-12-15Kammarkollegiet\nBox 2218\n103 15 STOCKHOLMFi2005/6321 (delvis)\n\n\nRegleringsbrev för budgetåret 2005 avseende Kungliga hov- och slottsstaten\nRiksdagen har beslutat om anslaget.\n',
    title: 'Regleringsbrev för budgetåret 2005 avseende Kungliga hov- och slottsstaten',
  },
  {
    name: 'press release: the type line is not part of the title',
    text: 'Innehållet publicerades under perioden\n\n-\nPressmeddelande från Finansdepartementet\n\nYtterligare satsningar i vårändringsbudgeten\n\nPublicerad\n\nVid dagens pressträff …',
    title: 'Ytterligare satsningar i vårändringsbudgeten',
  },
  {
    name: 'reply to a letter: the prefix is on the heading line and stays',
    text: '\n\n\nSvar på skrivelse Tillfälliga åtgärder för att underlätta socialtjänstens arbete med covid-19 – nuläge och uppdatering\n\nSocialdepartementet har mottagit …',
    title: 'Svar på skrivelse Tillfälliga åtgärder för att underlätta socialtjänstens arbete med covid-19 – nuläge och uppdatering',
  },
  {
    name: 'consultation response over three PDF lines, diary number line left out',
    text: '                REMISSVAR\n                2026-06-24\n\n   Klicka här för att ange ev avsändare.           Klimat- och näringslivsdepartementet\n                                                   Kn.remissvar@regeringskansliet.se\n\n   Remissvar gällande betänkandet En moderniserad\n   reglering av handel med ädelmetallarbeten (SOU\n   2026:14)\n   (KN2026/00741)\n\n   Kammarkollegiet har inte några synpunkter.\n',
    title: 'Remissvar gällande betänkandet En moderniserad reglering av handel med ädelmetallarbeten (SOU 2026:14)',
    joined: true,
  },
  {
    name: "the Government's communication: heading after the designation",
    text: 'Regeringens skrivelse 2022/23:101\n\nÅrsredovisning för staten 2022\n\nRegeringen överlämnar denna skrivelse till riksdagen.\n',
    title: 'Årsredovisning för staten 2022',
  },
  {
    name: 'PDF directive: hyphenated title interleaved with the Dir. box',
    text: 'Kommittédirektiv\nTilläggsdirektiv till Forskningsdatautred-                    Dir.\nningen (U 2016:04)                                            2017:29\n\n\n\nBeslut vid regeringssammanträde den 16 mars 2017\n',
    title: 'Tilläggsdirektiv till Forskningsdatautredningen (U 2016:04)',
    joined: true,
  },
  {
    name: 'PDF directive: title over two lines ending on a function word',
    text: 'Kommittédirektiv\nTilläggsdirektiv till Utredningen om en                          Dir.\növersyn av fondregelverket (Fi 2014:15)                          2014:158\n\nBeslut vid regeringssammanträde den 18 december 2014\n',
    title: 'Tilläggsdirektiv till Utredningen om en översyn av fondregelverket (Fi 2014:15)',
    joined: true,
  },
  {
    name: 'rkrattsbaser directive: the designation after the title is left out',
    text: 'Stäng\n\nRegeringskansliets rättsdatabaser\n\nKommittédirektiv\n\nSökresultat\n\nFöregående\n·\nNästa\n\nUtredning om den svenska rymdverksamheten, Dir. 1994:103\n\nDepartement: Näringsdepartementet\n',
    title: 'Utredning om den svenska rymdverksamheten',
  },
  {
    name: 'riksdagen directive page: heading above "Kommittédirektiv 2023:179"',
    text: 'Till innehåll på sidan\n\nTilläggsdirektiv till Utredningen om kommuners och regioners grundläggande ansvar (Fö 2023:02)\n\nKommittédirektiv 2023:179\n',
    title: 'Tilläggsdirektiv till Utredningen om kommuners och regioners grundläggande ansvar (Fö 2023:02)',
  },
  {
    name: 'regeringen.se page: heading before "ID-nummer:"',
    text: 'Hoppa till huvudinnehåll\n\nDataskyddsförordningen ID-nummer: Dir. 2016:15\n\nAnsvarig: Justitiedepartementet, Regeringen\n',
    title: 'Dataskyddsförordningen',
  },
  {
    name: 'regeringen.se page with "ID-nummer:" on its own line under the heading',
    text: 'Hoppa till huvudinnehåll\n\nDataskydd inom Socialdepartementets verksamhetsområde – en anpassning till EU:s dataskyddsförordning\nID-nummer: SOU 2017:66\n\nAnsvarig: Socialdepartementet\n',
    title: 'Dataskydd inom Socialdepartementets verksamhetsområde – en anpassning till EU:s dataskyddsförordning',
  },
  {
    name: 'statute page: the SFS heading line, not the designation line',
    text: 'SFS-nummer · 2018:2069 · Visa register\nFörordning (2018:2069) om statsbidrag för kommunernas medverkan vid 2019 års val till Europaparlamentet\nDepartement: Kulturdepartementet\n',
    title: 'Förordning (2018:2069) om statsbidrag för kommunernas medverkan vid 2019 års val till Europaparlamentet',
  },
  {
    name: 'printed SFS: "Lag" / "om …;" joined, semicolon dropped',
    text: 'Svensk författningssamling\nSFS 2008:344\nLag\nom hälso- och sjukvård åt asylsökande m.fl.;\nutfärdad den 22 maj 2008.\n',
    title: 'Lag om hälso- och sjukvård åt asylsökande m.fl.',
    joined: true,
  },
  {
    name: 'PDF bill: number lines and the Prop. box skipped',
    text: 'Regeringens proposition\n2012/13:182\nInternationell delgivning                                                     Prop.\n                                                                              2012/13:182\nRegeringen överlämnar denna proposition till riksdagen.\n',
    title: 'Internationell delgivning',
  },
  {
    name: 'PDF bill read item by item: the box word "Prop." lands on the heading line',
    text: '1\nRegeringens proposition\n2012/13:182\nInternationell delgivning Prop.\n2012/13:182\nRegeringen överlämnar denna proposition till riksdagen.\n',
    title: 'Internationell delgivning',
  },
  {
    name: 'Word bill as paragraphs (mammoth)',
    text: 'Regeringens proposition\n\n2012/13:144\n\n\n\nSjöfartsstödets inriktning\n\nProp.\n\n2012/13:144\n\n\n\nRegeringen överlämnar denna proposition till riksdagen.\n',
    title: 'Sjöfartsstödets inriktning',
  },
  {
    name: 'Word bill whose title sits in a table',
    text: 'Regeringens proposition\n\n2012/13:144\n\n+------------------------------+--------------+\n| Sjöfartsstödets inriktning   | Prop.        |\n|                              | 2012/13:144  |\n+------------------------------+--------------+\n\nRegeringen överlämnar denna proposition till riksdagen.\n',
    title: 'Sjöfartsstödets inriktning',
  },
  {
    name: 'riksdagen bill page: heading after the number on the designation line',
    text: 'Regeringens proposition 2008/09:22 Vissa socialförsäkringsfrågor\n\nRegeringen överlämnar denna proposition till riksdagen.\n',
    title: 'Vissa socialförsäkringsfrågor',
  },
  {
    name: 'committee report: the designation line under the type line is skipped',
    text: 'Justitieutskottets betänkande\n1990/91:JUU04\nUtvidgad rätt till målsägandebiträde, m.m.\n1990/91\nJuU4\nI detta betänkande behandlas ett regeringsförslag om vidgade möjligheter.\n',
    title: 'Utvidgad rätt till målsägandebiträde, m.m.',
  },
  {
    name: 'minutes over two lines',
    text: '\n\n\nUtdrag ur protokoll\nvid regeringssammanträde den 6 april 1998\n\n\n\nNärvarande: statsministern Persson\n',
    title: 'Utdrag ur protokoll vid regeringssammanträde den 6 april 1998',
    joined: true,
  },
  {
    name: 'a heading that is a question',
    text: 'Svar på fråga 2019/20:1500 av Anna Andersson (M)\nHur ska Sverige nå klimatmålen?\nAnna Andersson har frågat mig hur …\n',
    title: 'Hur ska Sverige nå klimatmålen?',
  },
  {
    name: 'an answer heading wrapped after a preposition',
    text: 'Svar på fråga 2020/21:1311 av Marléne Lund Kopparklint (M)\nAnsvarsfördelningen framåt utifrån\nCoronakommissionens kritik\nMarléne Lund Kopparklint har frågat mig …\n',
    title: 'Ansvarsfördelningen framåt utifrån Coronakommissionens kritik',
    joined: true,
  },
  {
    name: 'no designation: the first heading after page furniture',
    text: 'Hoppa till huvudinnehåll\n\nLyssna\n\nRegeringens arbete med vaccinationer\n\nRegeringen har under året arbetat med en rad frågor som rör vaccinationer och smittskydd i hela landet.\n',
    title: 'Regeringens arbete med vaccinationer',
  },
  // ── forms seen in the unseen-document audit ──
  {
    name: 'an answer to two questions: the heading follows the designation with both numbers',
    text: 'Svar på frågorna 2021/22:1601 och 2021/22:1602 av Mats Green (M)\nBostadsbyggandet i Stockholmsregionen\n\nMats Green har frågat mig …\n',
    title: 'Bostadsbyggandet i Stockholmsregionen',
  },
  {
    name: 'riksdagen question page: the number is dropped from "Fråga N <heading>"',
    text: 'Skriftlig fråga 2021/22:45 av Ann-Sofie Lifvenhage (M)\n\nFråga 2021/22:45 Väntetider i cancervården\n\nav Ann-Sofie Lifvenhage (M)\n\ntill Socialminister Lena Hallengren (S)\n\nVäntetiderna har ökat.\n',
    title: 'Väntetider i cancervården',
  },
  {
    name: 'old riksdag question: the subject after "till <minister> om"',
    text: 'Fråga 1997/98:456 av Gunnar Hökmark (m) till utrikesminister Lena Hjelm-Wallén om Sveriges hållning i FN:s säkerhetsråd\n\nSveriges medlemskap löper ut.\n\nJag vill mot denna bakgrund fråga utrikesministern:\n\nVilka slutsatser drar utrikesministern?\n',
    title: 'Sveriges hållning i FN:s säkerhetsråd',
  },
  {
    name: 'old written question with a lower-case subject',
    text: 'Skriftlig fråga 2005/06:1234 av Carl B Hamilton (fp) till statsrådet Sven-Erik Österberg om arbetsmarknadspolitiken\n\nArbetsmarknadsverket har fått mer pengar.\n\nMot bakgrund av detta vill jag fråga statsrådet:\n',
    title: 'arbetsmarknadspolitiken',
  },
  {
    name: 'near-miss: a question addressed to a minister with no subject on its line has no heading there',
    text: 'Fråga 2021/22:45 av Ann-Sofie Lifvenhage (M) till socialminister Lena Hallengren (S)\n\nVäntetider i cancervården\n\nVäntetiderna har ökat.\n',
    title: 'Väntetider i cancervården',
  },
  {
    name: 'asker and heading run together on the designation line',
    text: 'Svar på interpellation 2017/18:301 av Anders W Jonsson (C) Vårdköerna\n\nAnders W Jonsson har frågat mig vilka åtgärder jag avser att vidta.\n\nStockholm den 10 april 2018\n\nAnnika Strandhäll\n',
    title: 'Vårdköerna',
  },
  {
    name: 'asker then "om <subject>" on the designation line: the subject',
    text: 'Svar på fråga 2020/21:3060 av Helena Antoni (M) om kostnaderna för välfärden\n\nHelena Antoni har frågat mig hur regeringen avser att finansiera välfärden.\n',
    title: 'kostnaderna för välfärden',
  },
  {
    name: 'near-miss: an asker line that only names the minister has no heading on it',
    text: 'Interpellation 2021/22:35 av Ulrika Heie (C) till statsrådet Anna-Caren Sätherberg (S)\n\nLantbrukets konkurrenskraft\n\nJordbruket har det svårt.\n',
    title: 'Lantbrukets konkurrenskraft',
  },
  {
    name: 'regeringen.se answer page: run-together heading, the type label below is not the title',
    text: 'Till innehåll på sidan\n\nSvar på fråga 2020/21:3060 av Helena Antoni (M) Kostnaderna för välfärden\n\nPublicerad 16 juni 2021\n\nSvar på skriftlig fråga från Finansdepartementet\n\nHelena Antoni har frågat mig hur regeringen avser att finansiera välfärden.\n',
    title: 'Kostnaderna för välfärden',
  },
  {
    name: 'PDF answer: the designation broken over two right-aligned lines, letterhead under it',
    text: '                                              Svar på fråga\n                                              2019/20:1234 av Ann-Britt Åsebol (M)\nJustitiedepartementet\nInrikesministern\n\nTill riksdagen\n\n\n\nPolisens närvaro i Västerbotten\nAnn-Britt Åsebol har frågat mig vilka åtgärder jag avser att vidta för att öka\n',
    title: 'Polisens närvaro i Västerbotten',
  },
  {
    name: 'rkrattsbaser statute page: the "Rubrik:" label is dropped',
    text: 'SFS nr: 2021:311\nDepartement/myndighet: Finansdepartementet S3\nRubrik: Lag (2021:311) om skatt på avfall som förbränns\nUtfärdad: 2021-04-15\n',
    title: 'Lag (2021:311) om skatt på avfall som förbränns',
  },
  {
    name: 'a Ds: the bare word "Promemoria" is not the title, the heading above the designation is',
    text: 'Justitiedepartementet\n\nPromemoria\n\nGenomförande av direktivet om visselblåsare\n\nDs 2021:8\n\nI promemorian föreslås en ny lag.\n',
    title: 'Genomförande av direktivet om visselblåsare',
  },
  {
    name: 'a faktapromemoria: its designation line is not the title',
    text: 'Regeringskansliet\nFaktapromemoria 2022/23:FPM45\n\nFörordning om en ny ram för kritiska råvaror\n\nKlimat- och näringslivsdepartementet\n\n2023-04-11\n',
    title: 'Förordning om en ny ram för kritiska råvaror',
  },
  {
    name: 'regeringen.se decision page: the heading above the label, not a sentence ending in a date',
    text: 'Uppdrag att stärka arbetet mot spelproblem\n\nRegeringsbeslut\nPublicerad 24 november 2022\n\nRegeringen ger Folkhälsomyndigheten i uppdrag att stärka arbetet mot spelproblem.\n\nDiarienummer: Fi2022/02987\n\nUppdraget ska redovisas senast den 31 mars 2024.\n',
    title: 'Uppdrag att stärka arbetet mot spelproblem',
  },
  {
    name: 'appropriation letter: the first-line heading, not the sentence or a numbered section',
    text: 'Regleringsbrev för budgetåret 2023 avseende Polismyndigheten\n\nRegeringsbeslut\n\nJustitiedepartementet\n\n2022-12-15\n\nJu2022/03876\n\nPolismyndigheten\n\nBox 12256\n\n102 26 Stockholm\n\nRiksdagen har beslutat om Polismyndighetens verksamhet för budgetåret 2023 (prop. 2022/23:1 utg.omr. 4, rskr. 2022/23:102).\n\n1. Verksamhet\n\nPolismyndigheten ska redovisa antalet anställda.\n',
    title: 'Regleringsbrev för budgetåret 2023 avseende Polismyndigheten',
  },
  {
    name: 'PDF decision: letterhead above "Regeringsbeslut" is not taken, the heading after the addressee is',
    text: 'Regeringen\nJustitiedepartementet\n\nRegeringsbeslut   I:5\n2022-12-15\nJu2022/03876\n\nPolismyndigheten\nBox 12256\n102 26 Stockholm\n\nUppdrag att motverka gängkriminalitet\n\nRegeringens beslut\n',
    title: 'Uppdrag att motverka gängkriminalitet',
  },
  {
    name: 'a court\'s remissvar: "Yttrande över …" is its heading, not the sender',
    text: 'Remissvar\n\nKammarrätten i Stockholm\nDatum 2023-05-10\nDnr KST 2023/123\n\nJustitiedepartementet\n103 33 Stockholm\n\nYttrande över promemorian Skärpta straff (Ds 2023:5)\n\nKammarrätten har inga invändningar mot förslagen.\n',
    title: 'Yttrande över promemorian Skärpta straff (Ds 2023:5)',
  },
  {
    name: 'a ministry\'s remiss: "Remiss av promemorian …", not the bare word',
    text: 'Remiss\n2023-06-20\nFi2023/02111\n\nFinansdepartementet\nSkatte- och tullavdelningen\n\nRemissinstanser\nSkatteverket\nTullverket\n\nRemiss av promemorian Sänkt skatt på bensin och diesel\n\nRemissvaren ska ha kommit in senast den 15 augusti 2023.\n',
    title: 'Remiss av promemorian Sänkt skatt på bensin och diesel',
  },
  // white space folded to single spaces only where it is not already: a heading with single spaces is kept as
  // it is, a double space or a no-break space inside one is folded (a tab splits layout columns)
  {
    name: 'white space inside a heading: single spaces kept',
    text: 'Uppdrag att stödja kommuner och regioner\n\nRegeringsbeslut\n\nRegeringen ger Socialstyrelsen i uppdrag att stödja kommuner.\n',
    title: 'Uppdrag att stödja kommuner och regioner',
  },
  {
    name: 'white space inside a heading: a double space and a no-break space folded',
    text: 'Uppdrag att  stödja kommuner och\u00a0regioner\n\nRegeringsbeslut\n\nRegeringen ger Socialstyrelsen i uppdrag att stödja kommuner.\n',
    title: 'Uppdrag att stödja kommuner och regioner',
    joined: true,
  },
  {
    name: 'a heading ending in an abbreviation is still a heading',
    text: 'Uppdrag att stödja kommuner, regioner m.fl.\n\nRegeringsbeslut\n\nRegeringen ger Socialstyrelsen i uppdrag att stödja kommuner.\n',
    title: 'Uppdrag att stödja kommuner, regioner m.fl.',
  },
];

describe('title: real-looking heads', () => {
  it.each(ROWS)('$name', ({ text, title, joined }) => {
    const [f] = extract(doc(text));
    expect(f?.value).toBe(title);
    if (joined) {
      expect(text.slice(f!.start, f!.end).replace(/\s+/g, ' ')).toContain(title.split(' ')[0]);
      expect(text.slice(f!.start, f!.end).replace(/;$/, '').endsWith(title.slice(-3))).toBe(true);
    } else {
      expect(text.slice(f!.start, f!.end)).toBe(title);
    }
  });
});

describe('title: Markdown and reader hints', () => {
  it('Markdown "# Title" wins and the span is the heading text', () => {
    const text = '# Översyn av krisberedskapen\n\nKommittédirektiv\n\nÖversyn av krisberedskapen\n\nDir. 2021:12\n';
    const [f] = extract(doc(text, { format: 'md' }));
    expect(f?.value).toBe('Översyn av krisberedskapen');
    expect(f?.start).toBe(2);
  });

  it('a Markdown heading that is only a designation line gives way to the heading under it', () => {
    const text = '# Svar på fråga 2020/21:1311 av Anna Andersson (M)\n\nÄldreomsorgen under pandemin\n\nAnna Andersson har frågat mig …\n';
    expect(extract(doc(text, { format: 'md' }))[0]?.value).toBe('Äldreomsorgen under pandemin');
  });

  it('a reader hint is used when no designation anchors the heading; site names are ignored', () => {
    const text = 'Meny\n\nSök\n\nRegeringskansliets rättsdatabaser\n\nDet här är en sida om vård.\n\nVård i hela landet\n\nText.';
    const [f] = extract(doc(text, { titleHints: ['Regeringskansliets rättsdatabaser', 'Vård i hela landet - Regeringen.se'] }));
    expect(f?.value).toBe('Vård i hela landet');
    expect(text.slice(f!.start, f!.end)).toBe('Vård i hela landet');
  });

  it('near-miss: sentences, dates and diary numbers are never titles', () => {
    expect(extract(doc('2021-02-11\nS2020/05028\n\nRegeringen har beslutat att ge myndigheten i uppdrag att utreda frågan.\n'))).toEqual([]);
  });
});

describe('title: linear time on adversarial input', () => {
  it.each([
    ['hyphenated lines', 'Forskningsdatautred-\n'],
    ['open parentheses over lines', 'Remissvar (SOU\n'],
    ['digits and spaces', '1 2 3 4 5 6 7 8 9 0 '],
  ])('%s (≈2 MB)', (_n, unit) => {
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const t0 = performance.now();
    extract(doc(text));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
