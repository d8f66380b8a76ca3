// The askedBy extractor: the member who asked, with the party as written.
// Rules written down here (the table is the specification):
// - The designation heading: "Svar på fråga 2020/21:1311 av Karin Rågsjö (V)", "Fråga … av",
//   "Interpellation … av"; surname first on old pages ("Messing, Ulrica (s)") gives "Ulrica Messing";
//   the heading may be glued to the text before it by layout.
// - A line "av Jeff Ahl (SD)" under the heading.
// - "X har frågat mig": the name words just before (at least two); the party only when the text writes
//   the same name with one elsewhere ("Anf. 112 Bosse Ringholm (S)"), else null.
// - Not the asker: the answering minister ("besvarad av Statsrådet …", "till socialminister …"),
//   "Fru talman! har frågat mig" (no name), a parenthesis that is no party ("(EU)").
import { describe, expect, it } from 'vitest';
import { extract, meta } from '../../src/extract/askedBy.js';
import type { Asker, ReadDocument } from '../../src/record.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  asker: Asker;
  /** The text the span covers. */
  span?: string;
}

const FOUND: Row[] = [
  { name: 'answer heading', text: ' [bookmark: Start]Svar på fråga 2020/21:1311 av Marléne Lund Kopparklint (M) \nAnsvarsfördelningen\n', asker: { name: 'Marléne Lund Kopparklint', party: 'M' }, span: 'Marléne Lund Kopparklint (M)' },
  { name: 'answer to an interpellation', text: 'Svar på interpellation 2020/21:123 av Karin Rågsjö (V)\nÄldreomsorgen\n', asker: { name: 'Karin Rågsjö', party: 'V' } },
  { name: 'one answer to two questions by the same member', text: 'Svar på frågorna 2020/21:1311 och 2020/21:1313 av Marléne Lund Kopparklint (M)\nÄldreomsorgen\n', asker: { name: 'Marléne Lund Kopparklint', party: 'M' } },
  { name: 'written question heading', text: 'Fråga 2020/21:1311 av Karin Rågsjö (V)\n\ntill socialminister Lena Hallengren (S)\n', asker: { name: 'Karin Rågsjö', party: 'V' } },
  { name: '"Skriftlig fråga" with a spaced designation', text: 'Skriftlig fråga 2016/2017: 85 av Johan Hultberg (M)\n', asker: { name: 'Johan Hultberg', party: 'M' } },
  {
    name: 'riksdagen answer page: the minister who answered comes first',
    text: 'Svar på skriftlig fråga 2017/18:1561 besvarad av Statsrådet Tomas Eneroth (S)\n\nStatsrådet Tomas Eneroth (S)\n\nSvar på fråga 2017/18:1561 av Lars Beckman (M)\nStoppandet av investeringar i väg 56\n',
    asker: { name: 'Lars Beckman', party: 'M' },
  },
  {
    name: 'heading glued to the minister by layout; misspelled name in the body',
    text: 'Statsrådet Mikael Damberg (S)Svar på fråga 2018/19:212 av Johan Forssell (M)\nPolismyndighetens förslag\n\nJohan Forsell har frågat justitie- och migrationsministern om …\n',
    asker: { name: 'Johan Forssell', party: 'M' },
  },
  {
    name: 'old interpellation page: surname first, lower-case party',
    text: 'Miljöarbete i försvarssektorn\n\nInterpellation 2006/07:663 av Messing, Ulrica (s)\n\nav Messing, Ulrica (s)\n\nden 10 augusti\n\nav Ulrica Messing (s)\n\ntill försvarsminister Mikael Odenberg (m)\n',
    asker: { name: 'Ulrica Messing', party: 's' },
    span: 'Messing, Ulrica (s)',
  },
  { name: '"av" line under the title', text: 'Interpellation 2014/15:687 Åtgärd för att mildra skymfen\n\nav Jeff Ahl (SD)\n\ntill Utrikesminister Margot Wallström (S)\n', asker: { name: 'Jeff Ahl', party: 'SD' } },
  { name: 'title and asker on the heading line', text: 'Interpellation 2021/22:35 Användningen av Natura 2000-områden av Maria Malmer Stenergard (M)\n', asker: { name: 'Maria Malmer Stenergard', party: 'M' } },
  { name: 'historical party', text: 'Fråga 2003/04:512 av Cecilia Wikström (fp)\n', asker: { name: 'Cecilia Wikström', party: 'fp' } },
  { name: 'particle inside the name', text: 'av Hanna de Ruyter (C)\n', asker: { name: 'Hanna de Ruyter', party: 'C' } },
  { name: 'middle initial in the heading', text: 'Svar på fråga 2022/23:412 av Jan R Andersson (M)\nSkatten på arbete\n', asker: { name: 'Jan R Andersson', party: 'M' }, span: 'Jan R Andersson (M)' },
  { name: 'middle initial, heading and title on one line', text: 'Svar på interpellation 2017/18:301 av Anders W Jonsson (C) Vårdköerna\n', asker: { name: 'Anders W Jonsson', party: 'C' } },
  { name: 'middle initial with a dot on an "av" line', text: 'Fråga 2001/02:77\n\nav Jan R. Andersson (m)\n', asker: { name: 'Jan R. Andersson', party: 'm' } },
  { name: '"har ställt tre frågor"', text: 'Anf. 1 Statsrådet ANNA EK (S)\n\nFru talman! Linus Sköld har ställt tre frågor till mig om inrikesflyget.\n\nAnf. 2 LINUS SKÖLD (S)\n', asker: { name: 'Linus Sköld', party: 'S' } },
  { name: '"har i sin interpellation frågat"', text: 'Herr talman! Maria Ek har i sin interpellation frågat mig om vargen.\n', asker: { name: 'Maria Ek', party: null } },
  { name: '"har ställt två skriftliga frågor"', text: 'Svar på frågorna\n\nPer Olsson har ställt två skriftliga frågor till mig.\n', asker: { name: 'Per Olsson', party: null } },
  { name: 'members sharing a name: the home town in the heading', text: 'Svar på fråga 2020/21:100 av Mattias Karlsson i Luleå (M)\nRubrik\n', asker: { name: 'Mattias Karlsson i Luleå', party: 'M' }, span: 'Mattias Karlsson i Luleå (M)' },
  { name: 'members sharing a name: the home town before "har frågat"', text: 'Herr talman! Jonas Andersson i Skellefteå har frågat mig om saken.\n\nAnf. 2 JONAS ANDERSSON i Skellefteå (SD)\n', asker: { name: 'Jonas Andersson i Skellefteå', party: 'SD' } },
  { name: 'middle initial before "har frågat"', text: 'Svar på fråga\n\nAnders W Jonsson har frågat mig om vårdköerna.\n', asker: { name: 'Anders W Jonsson', party: null }, span: 'Anders W Jonsson' },
  { name: 'member without party', text: 'Fråga 2017/18:12 av Anna Ek (-)\n', asker: { name: 'Anna Ek', party: null } },
  { name: 'heading without party, preferred to the body\'s spelling', text: 'Svar på fråga 2018/19:212 av Johan Forssell\nPolisen\n\nJohan Forsell har frågat mig om polisen.\n', asker: { name: 'Johan Forssell', party: null } },
  { name: '"har frågat mig" without party', text: 'Svar på fråga\n\nHans Olsson har frågat mig när jag avser att ge besked.\n', asker: { name: 'Hans Olsson', party: null }, span: 'Hans Olsson' },
  { name: 'debate: after "Herr talman!"', text: 'Anf. 111 Fredrik Reinfeldt (M)\n\nHerr talman! Bosse Ringholm har frågat mig om jag kan redovisa.\n', asker: { name: 'Bosse Ringholm', party: null } },
  {
    name: 'debate: the party from the asker\'s own speech',
    text: 'Anf. 111 Fredrik Reinfeldt (M)\n\nHerr talman! Bosse Ringholm har frågat mig om jag kan redovisa.\n\nAnf. 112 Bosse Ringholm (S)\n\nHerr talman! Jag tackar.\n',
    asker: { name: 'Bosse Ringholm', party: 'S' },
  },
  { name: 'transcript without the exclamation mark', text: 'Herr talman Tobias Billström har frågat mig vilka initiativ regeringen tar.\n', asker: { name: 'Tobias Billström', party: null } },
  { name: 'a title before the name is left out', text: 'Riksdagsledamoten Anna Ek (L) har ställt följande fråga till mig.\n', asker: { name: 'Anna Ek', party: 'L' } },
  { name: '"har i en interpellation frågat"', text: 'Fru talman! Lars Beckman (M) har i en interpellation frågat mig om vägen.\n', asker: { name: 'Lars Beckman', party: 'M' } },
];

const NONE: { name: string; text: string }[] = [
  { name: 'no name before "har frågat mig"', text: 'Anf. 123 Statsrådet Jennie Nilsson (S)\n\nFru talman! har frågat mig varför man har valt ut Örebro län.\n' },
  { name: 'only the answering minister', text: 'Svar på skriftlig fråga 2017/18:1561 besvarad av Statsrådet Tomas Eneroth (S)\n\nStatsrådet Tomas Eneroth (S)\n' },
  { name: '"besvarad av" without a title', text: 'Svar på skriftlig fråga 2017/18:1561 besvarad av Tomas Eneroth (S)\n' },
  { name: 'only the minister asked', text: 'till socialminister Lena Hallengren (S)\n' },
  { name: 'a parenthesis that is no party', text: 'Fråga 2020/21:1 av Anna Ek (EU)\n' },
  { name: 'a heading naming no person after "av"', text: 'Svar på fråga 2020/21:1 av betydelse\n' },
  { name: 'one word before "har frågat"', text: 'Regeringen har frågat myndigheten.\n' },
  { name: 'a title before "har frågat"', text: 'Statsrådet Ek har frågat mig.\n' },
  { name: '"i" after a single word before "har frågat"', text: 'Regeringen i Sverige har frågat mig.\n' },
  { name: 'an initial and one name word before "har frågat"', text: 'Ordföranden R Andersson har frågat mig.\n' },
];

describe('askedBy: the member who asked', () => {
  it.each(FOUND)('$name', ({ text, asker, span }) => {
    const facts = extract(doc(text));
    expect(facts.map((f) => f.value)).toEqual([asker]);
    if (span) expect(text.slice(facts[0]!.start, facts[0]!.end)).toBe(span);
  });
});

describe('askedBy: no asker', () => {
  it.each(NONE)('$name', ({ text }) => {
    expect(extract(doc(text))).toEqual([]);
  });
});

describe('askedBy: module shape and speed', () => {
  it('names its field and a version', () => {
    expect(meta.field).toBe('askedBy');
    expect(meta.version).toBeGreaterThan(0);
  });

  it.each([
    ['capitalised words and parties', 'Anna Bergström Lund Kopparklint (M) '],
    ['names before "har frågat"', 'Anna Bergström Lund Kopparklint har frågat '],
    ['"har frågat" after no name, one line', 'a har frågat '],
    ['headings without a party', 'Svar på fråga 2020/21:1311 av Anna Berg '],
    ['headings with no party', 'Svar på fråga 2020/21:1311 av Anna Berg (X)\n'],
    ['"av" lines', 'av Anna Berg (Q)\n'],
    ['commas between names', 'av Anna, Berg, Lund, '],
  ])('4 MB of %s finishes in linear time', (_name, unit) => {
    const small = unit.repeat(Math.ceil(40_000 / unit.length));
    const big = unit.repeat(Math.ceil(4_000_000 / unit.length));
    let t0 = performance.now();
    extract(doc(small));
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    extract(doc(big));
    expect(performance.now() - t0).toBeLessThan(Math.max(10_000, tSmall * 1000));
  }, 60_000);
});
