// The diaryNumbers extractor: every diary number, without the words around it.
// Rules (the table is the specification):
// - Government Offices style: a ministry's prefix (src/swedish/ministries.ts) + year + "/" + serial,
//   optionally "/" + unit: "S2020/05028", "Fi2005/6321", "N2018/03998/TIF", "UD2019/12345/FMR".
// - Without "(delvis)", "m.fl.", "Dnr", "Diarienummer"; joined when layout split it ("I2019/ 01750/TP")
//   or glued its prefix to a capitalised word ("STOCKHOLMFi2005/6321").
// - Agency style only after a label: "Dnr 4.1-12345/2021", "Dnr 3.1-4788-2026".
// - Not diary numbers: riksmöte designations ("2020/21:1311", "I 2019/20 års"), SFS numbers,
//   committee designations ("U 2016:04"), EU acts ("(EU) 2016/679"), unknown prefixes, unlabelled
//   agency-looking numbers, dates.
import { describe, expect, it } from 'vitest';
import { extract, meta } from '../../src/extract/diaryNumbers.js';
import type { ReadDocument } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  ids: string[];
  /** The text each span covers, in the same order. */
  spans?: string[];
}

const FOUND: Row[] = [
  { name: 'decision header with "(delvis)"', text: '2021-02-11\nS2020/05028\nS2021/01355 (delvis)\n\nSocialdepartementet', ids: ['S2020/05028', 'S2021/01355'], spans: ['S2020/05028', 'S2021/01355'] },
  { name: 'in parentheses in running text', text: 'gav regeringen Socialstyrelsen i uppdrag att inrätta en samordningsfunktion (S2020/01849). Den 4 juni', ids: ['S2020/01849'] },
  { name: 'a serial whose last digits follow the year', text: 'Ku2024/00825\nM2017/018\nFi2005/2006', ids: ['Ku2024/00825', 'M2017/018', 'Fi2005/2006'] },
  { name: 'two-letter prefix', text: 'Regleringsbrev\nFö2022/00350\nFörsvarsmakten', ids: ['Fö2022/00350'] },
  { name: 'unit suffix', text: 'Stoppandet av investeringar\n\nN2018/03998/TIF\n\nNäringsdepartementet', ids: ['N2018/03998/TIF'] },
  { name: 'older unpadded serial with unit', text: 'finns tillgängliga i Näringsdepartementet (N2013/969/RS).', ids: ['N2013/969/RS'] },
  { name: 'old style with unit', text: 'Ert dnr S2006/4823/ST', ids: ['S2006/4823/ST'] },
  { name: 'units with a number (Justitiedepartementet L6, Finansdepartementet S1)', text: 'Ju2016/05468/L6 och Fi2016/03167/S1 (delvis)', ids: ['Ju2016/05468/L6', 'Fi2016/03167/S1'], spans: ['Ju2016/05468/L6', 'Fi2016/03167/S1'] },
  { name: 'police unit', text: 'Justitiedepartementet Ju2019/01234/POL', ids: ['Ju2019/01234/POL'] },
  { name: 'glued to the postal town by layout', text: 'Box 2218\n103 15 STOCKHOLMFi2005/6321 (delvis)\n', ids: ['Fi2005/6321'], spans: ['Fi2005/6321'] },
  { name: 'split after the slash', text: 'Vårt dnr I2019/ 01750/TP', ids: ['I2019/01750/TP'], spans: ['I2019/ 01750/TP'] },
  { name: 'split over a line', text: 'Diarienummer: UD2019/\n12345/FMR', ids: ['UD2019/12345/FMR'] },
  { name: 'label "Dnr" dropped', text: 'Dnr Fi2021/00123', ids: ['Fi2021/00123'], spans: ['Fi2021/00123'] },
  { name: '"m.fl." dropped', text: 'Ärendet (KN2023/01234 m.fl.) bereds.', ids: ['KN2023/01234'] },
  { name: 'the Prime Minister\'s Office', text: 'Statsrådsberedningen\nSB2020/00512', ids: ['SB2020/00512'] },
  { name: 'Landsbygds- och infrastrukturdepartementet', text: 'LI2023/00007', ids: ['LI2023/00007'] },
  { name: 'historical ministry (Jordbruksdepartementet)', text: 'Jo2008/1234', ids: ['Jo2008/1234'] },
  { name: 'two numbers in a question, repeats kept for the orchestrator', text: 'sträckan Göteborg–Borås (I2022/02418) och i Skåne (I2022/02419). Se I2022/02418.', ids: ['I2022/02418', 'I2022/02419', 'I2022/02418'] },
  { name: 'space between prefix and year', text: 'Regeringsbeslut M 2019/01234', ids: ['M2019/01234'] },
  { name: 'a colon that ends a label after the number', text: 'Vårt dnr S2020/05028: svar', ids: ['S2020/05028'] },
  { name: 'agency style after "Dnr"', text: 'Remissvar\nDnr 3.1-4788-2026\n', ids: ['3.1-4788-2026'], spans: ['3.1-4788-2026'] },
  { name: 'agency style with a year after the slash', text: 'Vårt diarienummer: 4.1-12345/2021.', ids: ['4.1-12345/2021'] },
  { name: 'agency style after "Dnr:" on the next line', text: 'Dnr:\n2021-1234', ids: ['2021-1234'] },
  { name: 'municipal style with a board\'s letters', text: 'Dnr KS 2020/123', ids: ['KS 2020/123'] },
  { name: 'an agency number with its own letters', text: 'Dnr: 19-60/2009 ESV-nr: ESV 2009:13', ids: ['19-60/2009'] },
  { name: 'unit in mixed case', text: 'lagen (2006:647) om finansiella åtgärder m.m. (M2013/1587/Ke) (SKB)', ids: ['M2013/1587/Ke'] },
  { name: 'regeringen.se label', text: 'Uppdrag att vidareutveckla informationsinsatser Diarienummer: S2020/01232/FS\n\nPublicerad', ids: ['S2020/01232/FS'] },
  { name: 'several agency numbers after one label', text: 'Diarienummer: 2021/123 och 2021/124\nDnr KS 2020/123, KS 2020/124 samt', ids: ['2021/123', '2021/124', 'KS 2020/123', 'KS 2020/124'] },
  { name: 'agency beside a ministry number', text: 'Dnr 3.1-4788-2026\nRemiss (KN2026/00741)', ids: ['3.1-4788-2026', 'KN2026/00741'] },
  { name: '1990s: two-digit year glued to the prefix', text: 'Regeringsbeslut 12\n1998-03-26\nFi98/1234\nJu97/3456/PO (delvis)\n', ids: ['Fi98/1234', 'Ju97/3456/PO'], spans: ['Fi98/1234', 'Ju97/3456/PO'] },
];

const NOT_FOUND: Row[] = [
  { name: 'a riksmöte designation', text: 'Svar på fråga 2020/21:1311 av Marléne Lund Kopparklint (M)', ids: [] },
  { name: 'a riksmöte after a one-letter word', text: 'I 2019/20 års budgetproposition föreslogs', ids: [] },
  { name: 'a four-digit riksmöte after a one-letter word', text: 'I 2019/2020 års budget', ids: [] },
  { name: 'a prefix before a riksmöte number', text: 'S2020/21:5', ids: [] },
  { name: 'an SFS number', text: 'hälso- och sjukvårdslagen (2017:30) och SFS 2017:31', ids: [] },
  { name: 'a committee designation', text: 'Tilläggsdirektiv till Forskningsdatautredningen (U 2016:04)', ids: [] },
  { name: 'an EU act', text: 'förordning (EU) 2016/679 och EU 2019/1024', ids: [] },
  { name: 'an EU directive', text: 'rådets direktiv 2006/123/EG och EG-direktiv 2000/53/EG', ids: [] },
  { name: 'an EU act glued', text: 'EU2016/679', ids: [] },
  { name: 'unknown prefix', text: 'Ärende X2020/05028 och Ab2021/123', ids: [] },
  { name: 'after a labelled number: other shapes, a year, a sum', text: 'Dnr 2021/123 och 2022 års budget, Dnr 2021/124 och 5 kronor, Dnr 2021/125 och 12/2021', ids: ['2021/123', '2021/124', '2021/125'] },
  { name: 'two-digit year: spaced, no prefix, a riksmöte, or a year of this century', text: 'S 98/12, 98/1234, prop. 98/99:12, Fi98/99, Fi21/1234, ISO98/1234', ids: [] },
  { name: 'lower-case letters before', text: 'version2020/12345', ids: [] },
  { name: 'a date', text: 'den 14/9 2021 och 2021-09-14', ids: [] },
  { name: 'an unlabelled agency-looking number', text: 'se avsnitt 4.1-12345/2021', ids: [] },
  { name: 'a label without a number', text: 'Redovisningen ska hänvisa till det diarienummer som detta beslut har.', ids: [] },
  { name: 'a label followed by a year only', text: 'Dnr 2021', ids: [] },
  { name: 'a label followed by a date', text: 'Dnr 2021-03-04', ids: [] },
];

describe('diaryNumbers', () => {
  it('has a version above the stub', () => expect(meta.version).toBeGreaterThanOrEqual(1));
  it.each([...FOUND, ...NOT_FOUND])('$name', ({ text, ids, spans }) => {
    const facts = extract(doc(text));
    expect(facts.map((f) => f.value)).toEqual(ids);
    for (const f of facts) expect(text.slice(f.start, f.end).replace(/\s+/g, '')).toBe(f.value.replace(/\s+/g, ''));
    if (spans) expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(spans);
  });
});
