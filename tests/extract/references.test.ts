// The references extractor: designations of official documents (the document's own included),
// each {kind, id} with its canonical id. Rules (the table is the specification):
// - riksdag-question: a riksmöte number after "fråga", "frågorna", "interpellation" (+ "nr").
// - bill: after "prop.", "proposition", "Regeringens proposition", "Propositionsnummer ·".
// - committee-report: "riksmöte:CODE+number" where the committee code ends in U (SoU, FöU, NU, UbU),
//   with or without "bet."; irregular spacing is closed up ("NU 30" → NU30, "1999/2000 NU1").
// - sou "SOU 2021:25", ds "Ds 2020:3", directive "Dir. 2024:18" (also "dir.", "kommittédirektiv"),
//   sfs "2017:30" after "SFS"/"SFS-nummer"/"SFS nr:" or in parentheses after a statute's name.
// - A riksmöte is canonical: "2016/2017" → "2016/17", "1989/1990" → "1989/90", "1999/2000" stays.
// - An enumeration continues its kind: "frågorna 2020/21:1311 och 2020/21:1313"; after a plural label the
//   riksmöte may be written once: "frågorna 2021/22:1601 och 1602" (not a count, a unit or a year after it).
// - Two-column PDF: the label at the end of the line above, in the number's column.
// - Not references: rskr., skr., motions, bare riksmöte numbers, committee designations
//   ("U 2016:04"), Riksdagens revisorer ("1993/94:RR:4"), committee opinions ("2019/20:FiU1y"),
//   EU acts, a number in parentheses after a word that names no statute.
import { describe, expect, it } from 'vitest';
import { extract, meta } from '../../src/extract/references.js';
import type { ReadDocument, ReferenceKind } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  /** "kind id" in order of appearance. */
  refs: string[];
  /** The text each span covers, in the same order. */
  spans?: string[];
}

const FOUND: Row[] = [
  // riksdag questions and interpellations
  { name: 'answer heading', text: 'Svar på fråga 2020/21:1311 av Marléne Lund Kopparklint (M)', refs: ['riksdag-question 2020/21:1311'], spans: ['fråga 2020/21:1311'] },
  { name: 'riksdagen answer page', text: 'Svar på skriftlig fråga 2010/11:680 besvarad av Statsrådet Catharina Elmsäter-Svärd (M)', refs: ['riksdag-question 2010/11:680'] },
  { name: 'written question page', text: 'Fråga 2023/24:291 Uppdrag till Trafikverket\n\nav Laila Naraghi (S)', refs: ['riksdag-question 2023/24:291'] },
  { name: 'interpellation', text: 'Interpellation 2006/07:663 av Messing, Ulrica (s)', refs: ['riksdag-question 2006/07:663'] },
  { name: 'answer to an interpellation', text: 'Svar på interpellation 2020/21:123 om vargen', refs: ['riksdag-question 2020/21:123'] },
  { name: 'irregular riksmöte and a space after the colon', text: 'I fråga 2016/2017: 85 frågade hon', refs: ['riksdag-question 2016/17:85'], spans: ['fråga 2016/2017: 85'] },
  { name: 'number glued to the next heading by layout', text: 'Svar på fråga 2020/21:1311Svar till riksdagen', refs: ['riksdag-question 2020/21:1311'] },
  { name: 'number in parentheses after the label', text: 'i min skriftliga fråga (2019/20:1450) och interpellation (2019/20:300)', refs: ['riksdag-question 2019/20:1450', 'riksdag-question 2019/20:300'] },
  { name: 'metadata label "Frågenummer:"', text: 'Frågenummer: 2020/21:1311\nInterpellationsnummer · 2020/21:123', refs: ['riksdag-question 2020/21:1311', 'riksdag-question 2020/21:123'] },
  { name: 'compound "riksdagsfrågan"', text: 'I riksdagsfrågan 2019/20:77 efterfrågades', refs: ['riksdag-question 2019/20:77'] },
  { name: 'interpellation debate', text: 'Stillbild från Interpellationsdebatt 2016/17:193, Den svenska rymdnäringen', refs: ['riksdag-question 2016/17:193'] },
  { name: 'label and number on lines apart', text: 'den 28 juli\n\nFråga\n\n2010/11:642 Statsrådens svarstider för skriftliga frågor', refs: ['riksdag-question 2010/11:642'] },
  { name: 'notice of a delayed answer', text: 'Meddelande om fördröjt svar på fråga 2022/23:841\n\nav Niklas Sigvardsson (S)', refs: ['riksdag-question 2022/23:841'] },
  { name: '"nr" between label and number', text: 'skriftlig fråga nr 2019/20:1450', refs: ['riksdag-question 2019/20:1450'] },
  { name: 'enumeration of questions', text: 'Jag svarar på frågorna 2020/21:1311, 2020/21:1312 och 2020/21:1313 i ett sammanhang.', refs: ['riksdag-question 2020/21:1311', 'riksdag-question 2020/21:1312', 'riksdag-question 2020/21:1313'], spans: ['frågorna 2020/21:1311', '2020/21:1312', '2020/21:1313'] },
  { name: 'several questions, each with its asker', text: 'Svar på frågorna 2020/21:1311 av Marléne Lund Kopparklint (M) och 2020/21:1320 av Camilla Waltersson Grönvall (M) om äldreomsorgen', refs: ['riksdag-question 2020/21:1311', 'riksdag-question 2020/21:1320'], spans: ['frågorna 2020/21:1311', '2020/21:1320'] },
  { name: 'plural label, riksmöte written once', text: 'Svar på frågorna 2021/22:1601 och 1602 av Mats Green (M)', refs: ['riksdag-question 2021/22:1601', 'riksdag-question 2021/22:1602'], spans: ['frågorna 2021/22:1601', '1602'] },
  { name: 'plural interpellations, short numbers in a list', text: 'interpellationerna 2020/21:45, 46 och 47 samt', refs: ['riksdag-question 2020/21:45', 'riksdag-question 2020/21:46', 'riksdag-question 2020/21:47'], spans: ['interpellationerna 2020/21:45', '46', '47'] },
  // bills
  { name: 'bill in a decision', text: 'för budgetåret 2022 (prop. 2021/22:1 utg.omr. 6, bet. 2021/22:FöU1, rskr. 2021/22:94).', refs: ['bill 2021/22:1', 'committee-report 2021/22:FöU1'], spans: ['prop. 2021/22:1', 'bet. 2021/22:FöU1'] },
  { name: 'bill with its title', text: 'ska tas (prop. 2012/13:191 En hållbar rovdjurspolitik).', refs: ['bill 2012/13:191'] },
  { name: 'a bill\'s own designation', text: 'Prop. 2008/09:22\nSjukpenning och sjukersättning', refs: ['bill 2008/09:22'] },
  { name: '"Regeringens proposition" over the number', text: 'Regeringens proposition\n\n2012/13:144\n\nSjöfartsstödets inriktning', refs: ['bill 2012/13:144'] },
  { name: 'PDF designation box: label at the end of the line, number below', text: 'Internationell delgivning                                                     Prop.\n                                                                              2012/13:182\n', refs: ['bill 2012/13:182'] },
  { name: 'rkrattsbaser label', text: 'Propositionsnummer · 1994/95:72 ·', refs: ['bill 1994/95:72'] },
  { name: '"Regeringen beslutar proposition"', text: 'Regeringen beslutar proposition 1997/98:150\n1998 års ekonomiska vårproposition', refs: ['bill 1997/98:150'] },
  { name: 'irregular four-digit riksmöte', text: 'I 1990 års proposition om forskning (prop. 1989/1990:90, bet.\n1989/90:NU40, rskr. 1989/90:337)', refs: ['bill 1989/90:90', 'committee-report 1989/90:NU40'] },
  { name: 'the turn of the millennium', text: '(prop. 1999/2000:1, bet. 1999/2000 NU1, rskr. 1999/2000:112)', refs: ['bill 1999/2000:1', 'committee-report 1999/2000:NU1'], spans: ['prop. 1999/2000:1', 'bet. 1999/2000 NU1'] },
  { name: 'label split from the number by a line break', text: 'rymdverksamhet (prop.\n1992/93:170, bet. 1992/93:NU 30, rskr. 1992/93:399)', refs: ['bill 1992/93:170', 'committee-report 1992/93:NU30'] },
  { name: 'compound "budgetpropositionen"', text: 'I budgetpropositionen 2020/21:1 föreslår regeringen', refs: ['bill 2020/21:1'] },
  // committee reports
  { name: 'spaces inside the committee report', text: '(prop. 1992/93:170, bet. 1992/93: UbU 15, rskr.\n1992/93:388)', refs: ['bill 1992/93:170', 'committee-report 1992/93:UbU15'] },
  { name: 'committee report without "bet."', text: 'Näringsutskottet har i sin behandling\n(1993/94:NU15) anfört att', refs: ['committee-report 1993/94:NU15'], spans: ['1993/94:NU15'] },
  { name: 'leading zero kept', text: '(prop. 1996/97:1, bet. 1996/97:TU01, rskr. 1996/97:115)', refs: ['bill 1996/97:1', 'committee-report 1996/97:TU01'] },
  { name: '"betänkande"', text: 'i betänkandet 2019/20:SoU12 föreslog utskottet', refs: ['committee-report 2019/20:SoU12'] },
  // SOU, Ds, directives
  { name: 'SOU', text: 'Remissvar på betänkandet Tryggare vård (SOU 2021:25)', refs: ['sou SOU 2021:25'], spans: ['SOU 2021:25'] },
  { name: 'SOU split over lines in a PDF', text: 'reglering av handel med ädelmetallarbeten (SOU\n2026:14)', refs: ['sou SOU 2026:14'] },
  { name: 'SOU after "ID-nummer:"', text: 'anpassning till EU:s dataskyddsförordning ID-nummer: SOU 2017:66', refs: ['sou SOU 2017:66'] },
  { name: 'SOU with a no-break space', text: 'SOU\u00a02000:102', refs: ['sou SOU 2000:102'] },
  { name: 'Ds by the series\' name', text: 'Departementsserien 2019:12', refs: ['ds Ds 2019:12'] },
  { name: 'Ds', text: 'I promemorian Ds 2020:3 föreslås', refs: ['ds Ds 2020:3'] },
  { name: 'label in Markdown bold', text: '**Dir.** 2024:18\n\n**Prop.** 2020/21:1', refs: ['directive Dir. 2024:18', 'bill 2020/21:1'] },
  { name: 'directive, own designation', text: 'Utredning om den svenska rymdverksamheten, Dir. 1994:103', refs: ['directive Dir. 1994:103'] },
  { name: 'directive, lower-case and split over lines', text: 'enligt kommittédirektiven (dir.\n2004:55)', refs: ['directive Dir. 2004:55'] },
  { name: '"Kommittédirektiv 2023:179"', text: 'Kommittédirektiv 2023:179', refs: ['directive Dir. 2023:179'] },
  { name: 'directive after "tilläggsdirektiven"', text: 'Utredningsarbetet fortsätter enligt tilläggsdirektiven dir. 2017:67.', refs: ['directive Dir. 2017:67'] },
  { name: 'enumeration of directives', text: 'utredare (dir. 1994:23), om redovisning av konsekvenser (dir. 1992:50) samt (dir. 1988:43).', refs: ['directive Dir. 1994:23', 'directive Dir. 1992:50', 'directive Dir. 1988:43'] },
  {
    name: 'two-column PDF: "Dir." over the number, title in the left column',
    text: 'Kommittédirektiv\nTilläggsdirektiv till Forskningsdatautred-                    Dir.\nningen (U 2016:04)                                            2017:29\n',
    refs: ['directive Dir. 2017:29'],
    spans: ['2017:29'],
  },
  // SFS
  { name: 'statute in parentheses after its name', text: 'enligt hälso- och sjukvårdslagen (2017:30) ska regionen', refs: ['sfs 2017:30'], spans: ['(2017:30)'] },
  { name: '"lagen (…) om"', text: 'sjuklön enligt lagen (1991:1047) om sjuklön', refs: ['sfs 1991:1047'] },
  { name: 'statute name and number split over lines', text: 'missbruksregeln i 5 a § personuppgiftslagen\n(1998:204), förkortad PUL.', refs: ['sfs 1998:204'] },
  { name: 'hyphenated statute name', text: 'Detta regleras i för-\nordningen (2008:1421) med instruktion', refs: ['sfs 2008:1421'] },
  { name: 'soft hyphen in the statute name', text: 'offentlighets- och sekretess\u00adlagen (2009:400)', refs: ['sfs 2009:400'] },
  { name: 'capitalised "Förordning", own designation', text: 'SFS-nummer · 2018:2069 · Visa register\nFörordning (2018:2069) om statsbidrag', refs: ['sfs 2018:2069', 'sfs 2018:2069'] },
  { name: '"SFS nr:"', text: 'SFS nr: 2018:2069\nDepartement/myndighet: Kulturdepartementet', refs: ['sfs 2018:2069'] },
  { name: '"t.o.m. SFS"', text: 'Ändring införd: t.o.m. SFS 2013:647', refs: ['sfs 2013:647'] },
  { name: 'balk', text: 'enligt miljöbalken (1998:808)', refs: ['sfs 1998:808'] },
  { name: 'statute acronym', text: 'enligt LOU (2016:1145) och OSL (2009:400)', refs: ['sfs 2016:1145', 'sfs 2009:400'] },
  { name: 'statute title before the number', text: 'lagen om offentlig upphandling (2016:1145)', refs: ['sfs 2016:1145'] },
  { name: 'short name after the number', text: 'ändringar i arbetsmiljölagen (1977:1160, AML) och lagen (1970:943) om arbetstid', refs: ['sfs 1977:1160', 'sfs 1970:943'], spans: ['(1977:1160, AML)', '(1970:943)'] },
  { name: 'bill before the riksmöte system (calendar year)', text: 'Förarbeten: Prop. 1969:128, 3LU 1970:35, rskr 189\nÄndring, SFS 1970:1023', refs: ['bill 1969:128', 'sfs 1970:1023'] },
  { name: 'amendment note and "i lydelse enligt"', text: 'SFS 1975:343 i lydelse enligt SFS 2003:1189', refs: ['sfs 1975:343', 'sfs 2003:1189'] },
  { name: 'SFS list', text: 'SFS 2017:30, 2017:31 och 2017:32', refs: ['sfs 2017:30', 'sfs 2017:31', 'sfs 2017:32'] },
];

const NOT_FOUND: Row[] = [
  { name: 'a riksmöte number after an asker but no enumeration', text: 'Svar på fråga 2020/21:1311 av Anna Ek (M) i strategin 2001/02:3 om miljön', refs: ['riksdag-question 2020/21:1311'] },
  { name: 'a count after a plural question label', text: 'frågorna 2020/21:3001 och 30 procent, interpellationerna 2020/21:45 och 3 miljoner kronor, frågorna 2020/21:12 och 2021 års budget, fråga 2020/21:7 och 8', refs: ['riksdag-question 2020/21:3001', 'riksdag-question 2020/21:45', 'riksdag-question 2020/21:12', 'riksdag-question 2020/21:7'] },
  { name: 'riksdag communication (rskr.)', text: 'rskr. 2004/05:85', refs: [] },
  { name: 'government communication', text: 'Regeringens skrivelse 2022/23:101\n\nSkr. 2022/23:101', refs: [] },
  { name: 'a bare riksmöte number', text: 'strategier 2001/02:3 bör varje samhällssektor', refs: [] },
  { name: 'a motion', text: 'motion 2020/21:1234 av Ali Esbati (V)', refs: [] },
  { name: 'committee designations', text: 'Forskningsdatautredningen (U 2016:04) och (Fö 2023:02), (N 2004:13)', refs: [] },
  { name: 'Riksdagens revisorer', text: 'Riksdagens revisorer har i sin rapport\n(1993/94:RR:4) att', refs: [] },
  { name: 'a bare number after a committee report', text: '(bet. 2020/21:FiU2, 2020/21:150)', refs: ['committee-report 2020/21:FiU2'] },
  { name: 'a committee opinion', text: 'yttrande 2019/20:FiU1y', refs: [] },
  { name: 'a number glued to a lower-case word', text: 'fråga 2020/21:1311av', refs: [] },
  { name: 'an EU act', text: 'förordning (EU) 2016/679 och direktiv 95/46/EG', refs: [] },
  { name: 'not a riksmöte (years do not follow)', text: 'prop. 2020/23:1', refs: [] },
  { name: 'the number of a report series', text: 'Statskontoret (2019:45) har visat', refs: [] },
  { name: 'a proposal is no statute', text: 'regeringens förslag (2020:12)', refs: [] },
  { name: 'a statute title in another sentence', text: 'Se lagen om offentlig upphandling. Statskontoret (2019:45) har visat', refs: [] },
  { name: 'three line breaks between label and number', text: 'Fråga\n\n\n2010/11:642', refs: [] },
  { name: 'a report of the National Audit Office and minutes', text: 'RiR 2019:4 Att planera för framtiden; utdrag ur prot. 2021/22:3 för tisdagen', refs: [] },
  { name: 'an EU fact memo', text: 'Fakta-pm om EU-förslag 2016/17:FPM84 : KOM (2017) 142', refs: [] },
  { name: 'a debate speech number', text: 'Anf. 123 Statsrådet Jennie Nilsson (S)', refs: [] },
  { name: 'a time and a page', text: 'kl. 10:30, sid. 2020:1', refs: [] },
  { name: 'a calendar-year bill number after the riksmöte system began', text: 'prop. 1990:12', refs: [] },
  { name: 'agency regulations are not SFS', text: 'Socialstyrelsens föreskrifter (SOSFS 2011:9), AFS 2001:1 och HSLF-FS 2016:40', refs: [] },
  { name: 'case law', text: 'MÖD 2006:18 och RÅ 1995:16', refs: [] },
  { name: 'an EU directive with a unit-like suffix', text: 'rådets direktiv 2006/123/EG av den 12 december 2006', refs: [] },
  { name: 'a bill number without a riksmöte', text: 'Dokument: Prop. 72', refs: [] },
];

describe('references', () => {
  it('has a version above the stub', () => expect(meta.version).toBeGreaterThanOrEqual(1));
  it.each([...FOUND, ...NOT_FOUND])('$name', ({ text, refs, spans }) => {
    const facts = extract(doc(text));
    expect(facts.map((f) => `${f.value.kind} ${f.value.id}`)).toEqual(refs);
    if (spans) expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(spans);
    for (const f of facts) {
      // the span covers the number as written
      const digits = (s: string) => s.replace(/\D/g, '');
      const id = f.value.id.split(/[/:]/).pop()!;
      expect(digits(text.slice(f.start, f.end))).toContain(digits(id));
    }
  });
  it('gives every kind of the spec', () => {
    const text = 'fråga 2020/21:1 prop. 2006/07:1 bet. 2006/07:FöU1 SOU 2021:25 Ds 2020:5 Dir. 2024:18 SFS 2017:30';
    const kinds = new Set(extract(doc(text)).map((f) => f.value.kind));
    const all: ReferenceKind[] = ['riksdag-question', 'bill', 'committee-report', 'sou', 'ds', 'directive', 'sfs'];
    expect([...kinds].sort()).toEqual([...all].sort());
  });
});
