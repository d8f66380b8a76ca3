// The amounts extractor: every sum of money with a stated currency, valued in that currency.
// Rules written down here (the table is the specification):
// - A number is an amount only with a currency word right after it (kronor, kr, SEK, euro, EUR,
//   dollar, danska/norska kronor …), a scaled currency word (tkr, mnkr, Mkr, mdkr, MSEK) or a
//   currency code/symbol right before it ("SEK 50 000", "€ 5 miljoner").
// - Numbers: digit groups split by spaces, no-break or thin spaces or dots ("50 000 000",
//   "1.500.000"), decimal commas ("3,4"), number words ("en", "tjugofem", "en halv", "tre och en
//   halv"), with a scale word between number and currency (tusen, miljon(er), milj., mn, miljard(er),
//   md, mdr).
// - Ranges and enumerations sharing one currency give every member: "10–20 miljoner kronor",
//   "mellan 10 och 20 miljoner kronor", "1,5 respektive 2 miljoner kronor"; a year enumerated
//   before the amount is not a member ("för 2020 och 5 miljoner kronor för 2021").
// - Approximations ("ca", "cirka", "drygt", "knappt", "omkring") keep the value as written.
// - No amount: numbers without currency ("2,3 miljarder"), figures under a "(tkr)" column header,
//   phone numbers, years, designations, percentages.
import { describe, expect, it } from 'vitest';
import { caseFolded, extract, meta } from '../../src/extract/amounts.js';
import type { ReadDocument } from '../../src/record.js';
import { CURRENCY_WORD_LIST } from '../../src/swedish/numbers.js';

const doc = (text: string): ReadDocument => ({ path: 'x.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

interface Row {
  name: string;
  text: string;
  /** "value currency" of every fact, in order. */
  amounts: string[];
  /** The text each fact's span covers, in the same order. */
  spans: string[];
}

const FOUND: Row[] = [
  { name: 'a PDF line wrapped at the last group of a number, the currency right after it', text: 'Av anslaget får högst 3 200 000\n000 kronor användas för detta ändamål.', amounts: ['3200000000 SEK'], spans: ['3 200 000\n000 kronor'] },
  { name: 'near-miss: a column of figures, the last with its currency, is not one number', text: 'ap.1 Statens skolverk 1 088 542\n200 000 kronor', amounts: ['200000 SEK'], spans: ['200 000 kronor'] },
  { name: 'near-miss: a number at a line end, then a figure that is no sum', text: 'Anslaget uppgår till 3 200 000\n000 personer och 5 kronor', amounts: ['5 SEK'], spans: ['5 kronor'] },
  { name: 'spaced digits and kronor', text: 'Socialstyrelsen får använda 50 000 000 kronor under 2021.', amounts: ['50000000 SEK'], spans: ['50 000 000 kronor'] },
  { name: 'no-break and narrow no-break spaces', text: 'bidrag om 2\u00a0500\u00a0000 kronor och 1\u202f000 kr', amounts: ['2500000 SEK', '1000 SEK'], spans: ['2\u00a0500\u00a0000 kronor', '1\u202f000 kr'] },
  { name: 'decimal comma and miljarder', text: 'utökas till att omfatta ca 3,4 miljarder kronor, dels om', amounts: ['3400000000 SEK'], spans: ['3,4 miljarder kronor'] },
  { name: 'decimal comma and miljoner', text: 'får Socialstyrelsen använda 1,5 miljoner kronor under 2021', amounts: ['1500000 SEK'], spans: ['1,5 miljoner kronor'] },
  { name: '"cirka" and a whole number of miljarder', text: 'avsätter regeringen också cirka 3 miljarder kronor.', amounts: ['3000000000 SEK'], spans: ['3 miljarder kronor'] },
  { name: 'number word "en"', text: 'För 2022 och framåt beräknas totalt en miljard kronor per år avsättas.', amounts: ['1000000000 SEK'], spans: ['en miljard kronor'] },
  { name: '"en halv miljard"', text: 'Satsningen uppgår till en halv miljard kronor.', amounts: ['500000000 SEK'], spans: ['en halv miljard kronor'] },
  { name: '"tre och en halv miljon"', text: 'Kostnaden beräknas till tre och en halv miljon kronor.', amounts: ['3500000 SEK'], spans: ['tre och en halv miljon kronor'] },
  { name: '"en och en halv miljard"', text: 'drygt en och en halv miljard kronor', amounts: ['1500000000 SEK'], spans: ['en och en halv miljard kronor'] },
  { name: 'compound number word', text: 'knappt tjugofem miljoner kronor', amounts: ['25000000 SEK'], spans: ['tjugofem miljoner kronor'] },
  { name: '"sju miljarder"', text: 'en ökning med sju miljarder kronor sedan 2020', amounts: ['7000000000 SEK'], spans: ['sju miljarder kronor'] },
  { name: '"tusen kronor" and "ett tusen kronor"', text: 'tusen kronor per person, ett tusen kronor per barn', amounts: ['1000 SEK', '1000 SEK'], spans: ['tusen kronor', 'ett tusen kronor'] },
  { name: 'mnkr', text: 'Anslaget ökas med 12 mnkr.', amounts: ['12000000 SEK'], spans: ['12 mnkr'] },
  { name: 'tkr glued to the previous word', text: 'Disponeras av Kammarkollegiet48 617 tkr\n90:1 ap.1Kungliga hovstaten (Ram)48 617 tkr', amounts: ['48617000 SEK', '48617000 SEK'], spans: ['48 617 tkr', '48 617 tkr'] },
  { name: 'Mkr and mdkr', text: 'ramen är 250 Mkr och totalt 1,2 mdkr', amounts: ['250000000 SEK', '1200000000 SEK'], spans: ['250 Mkr', '1,2 mdkr'] },
  { name: '"md kr" and "mn kr"', text: 'totalt 3 md kr varav 40 mn kr', amounts: ['3000000000 SEK', '40000000 SEK'], spans: ['3 md kr', '40 mn kr'] },
  { name: '"milj. kr"', text: 'bidrag på 1,5 milj. kr per år', amounts: ['1500000 SEK'], spans: ['1,5 milj. kr'] },
  { name: '"kr." at a sentence end', text: 'Avgiften är 500 kr.', amounts: ['500 SEK'], spans: ['500 kr.'] },
  { name: 'sum spelled out in parentheses before the currency', text: 'Bidrag lämnas med 1 000 000 (en miljon) kronor och 40 000 (fyrtiotusen) kr.', amounts: ['1000000 SEK', '40000 SEK'], spans: ['1 000 000 (en miljon) kronor', '40 000 (fyrtiotusen) kr.'] },
  { name: 'sum spelled out in parentheses after the currency', text: 'högst 2 000 000 kronor (två miljoner kronor)', amounts: ['2000000 SEK', '2000000 SEK'], spans: ['2 000 000 kronor', 'två miljoner kronor'] },
  { name: 'the price sign ":-" for kronor', text: 'Avgiften är 1 200:- och ersättningen 50 000:- kr per år.', amounts: ['1200 SEK', '50000 SEK'], spans: ['1 200:-', '50 000:- kr'] },
  { name: 'per year', text: 'Med ett genomsnittligt utbetalat stöd på 200 000 kronor per år och person', amounts: ['200000 SEK'], spans: ['200 000 kronor'] },
  { name: 'numbered list items', text: 'statsbidrag med 1. 30 000 kronor per kommun, 2. ett belopp, och 3. 2 500 kronor per valdistrikt', amounts: ['30000 SEK', '2500 SEK'], spans: ['30 000 kronor', '2 500 kronor'] },
  { name: 'scale word on the next line', text: 'anvisade sammanlagt 590\nmiljoner kronor till rymdverksamhet', amounts: ['590000000 SEK'], spans: ['590\nmiljoner kronor'] },
  { name: 'range with a dash', text: 'Kostnaden beräknas till 10–20 miljoner kronor.', amounts: ['10000000 SEK', '20000000 SEK'], spans: ['10–20 miljoner kronor', '10–20 miljoner kronor'] },
  { name: '"mellan … och …"', text: 'brukar kosta mellan 100 000 och 250 000 kr att implementera', amounts: ['100000 SEK', '250000 SEK'], spans: ['100 000 och 250 000 kr', '100 000 och 250 000 kr'] },
  { name: '"respektive"', text: 'tillförs 1,5 respektive 2 miljoner kronor', amounts: ['1500000 SEK', '2000000 SEK'], spans: ['1,5 respektive 2 miljoner kronor', '1,5 respektive 2 miljoner kronor'] },
  { name: 'range with its own scale on each end', text: 'från 800 miljoner till 1 miljard kronor', amounts: ['800000000 SEK', '1000000000 SEK'], spans: ['800 miljoner till 1 miljard kronor', '800 miljoner till 1 miljard kronor'] },
  { name: 'an enumeration with commas', text: 'anvisas 10, 20 och 30 miljoner kronor', amounts: ['10000000 SEK', '20000000 SEK', '30000000 SEK'], spans: Array(3).fill('10, 20 och 30 miljoner kronor') },
  { name: 'a number before a comma is no member unless the enumeration closes', text: 'enligt avsnitt 2, 30 miljoner kronor', amounts: ['30000000 SEK'], spans: ['30 miljoner kronor'] },
  { name: 'a year before an enumerated amount is no member', text: 'för 2020 och 5 miljoner kronor för 2021', amounts: ['5000000 SEK'], spans: ['5 miljoner kronor'] },
  { name: 'genitive "kronors"', text: 'ett 50 000 kronors bidrag', amounts: ['50000 SEK'], spans: ['50 000 kronors'] },
  { name: 'euro', text: 'en nettoomsättning över 450 miljoner euro', amounts: ['450000000 EUR'], spans: ['450 miljoner euro'] },
  { name: 'EUR code after', text: 'bidraget är 2,5 miljoner EUR', amounts: ['2500000 EUR'], spans: ['2,5 miljoner EUR'] },
  { name: 'SEK code before', text: 'Avgift: SEK 50 000 per ansökan', amounts: ['50000 SEK'], spans: ['SEK 50 000'] },
  { name: 'euro symbol before', text: 'en ram om € 5 miljoner', amounts: ['5000000 EUR'], spans: ['€ 5 miljoner'] },
  { name: 'Danish crowns are not SEK', text: 'avgiften är 200 danska kronor', amounts: ['200 DKK'], spans: ['200 danska kronor'] },
  { name: 'dollar', text: 'stöd med 5 miljoner dollar', amounts: ['5000000 USD'], spans: ['5 miljoner dollar'] },
  { name: 'dot thousands separators', text: 'ett belopp om 1.500.000 kr', amounts: ['1500000 SEK'], spans: ['1.500.000 kr'] },
  { name: 'öre as decimals', text: 'ersättning med 12,50 kr per mil', amounts: ['12.5 SEK'], spans: ['12,50 kr'] },
  { name: 'year before the amount is not part of it', text: 'budgetåret 2021 500 000 kronor', amounts: ['500000 SEK'], spans: ['500 000 kronor'] },
  { name: '"svenska kronor"', text: 'högst 3 miljarder svenska kronor', amounts: ['3000000000 SEK'], spans: ['3 miljarder svenska kronor'] },
  { name: 'soft hyphens inside the words', text: 'totalt 5 mil\u00adjoner kro\u00adnor', amounts: ['5000000 SEK'], spans: ['5 mil\u00adjoner kro\u00adnor'] },
  { name: 'per-year unit after kr', text: 'kostar ~20 MSEK/år att lagra', amounts: ['20000000 SEK'], spans: ['20 MSEK'] },
  // A code or symbol before the number is tried by a regex of its own, only where one stands.
  { name: 'a code in lower case before the number', text: 'Avgift: sek 1 500 per ansökan.', amounts: ['1500 SEK'], spans: ['sek 1 500'] },
  { name: 'USD before a number and its scale', text: 'Lånet uppgår till USD 3 miljoner per år.', amounts: ['3000000 USD'], spans: ['USD 3 miljoner'] },
  { name: 'symbols glued to the number', text: 'Biljetten kostade $20 och kaffet €4,50.', amounts: ['20 USD', '4.5 EUR'], spans: ['$20', '€4,50'] },
  { name: 'near-miss: words that begin like a code ("Eurostat", "Europa")', text: 'Enligt Eurostat 2 000 personer, Europa 5 miljoner euro', amounts: ['5000000 EUR'], spans: ['5 miljoner euro'] },
  // Texts with a soft hyphen anywhere are read by regexes that allow them inside words.
  { name: 'a soft hyphen elsewhere in the text', text: 'Ansö\u00adkan avser 3 miljoner kronor och SEK 40 000.', amounts: ['3000000 SEK', '40000 SEK'], spans: ['3 miljoner kronor', 'SEK 40 000'] },
];

const NOT_AMOUNTS: { name: string; text: string }[] = [
  { name: 'a number with a scale but no currency', text: 'Den svenska exporten bidrar till 1,4 miljoner jobb och 2,3 miljarder i vinst.' },
  { name: 'a "(tkr)" column header', text: 'Anslag/anslagspostAnslagskredit (tkr)Anslagsbehållning som disponeras 2005Indrag av anslagsbelopp (tkr)\n90:1 ap.10Inget0\n90:1 ap.30Allt577' },
  { name: 'a phone number', text: 'kontakta växeln på 08-405 10 00 eller mobil 073-065 16 12' },
  { name: 'years, designations and section numbers', text: 'prop. 2020/21:1311, SFS 2018:2069, 8 kap. 2 § HSL, utgiftsområde 9, anslag 1:6' },
  { name: 'percentages and counts', text: '95 procent av alla hushåll, 270 vargar, 100Mbit/s senast 2020' },
  { name: 'vague quantities in words', text: 'flera miljoner kronor, några miljarder kronor, tusentals kronor, ett hundratal kronor' },
  { name: 'a word that only looks like a number word', text: 'tretio miljoner kronor' },
  { name: 'zero', text: 'Anslagskredit 0 kr' },
  { name: 'SEKO is a union, not SEK', text: 'SEKO 2012 och Sjöfolk' },
  { name: 'a name: "Tre Kronor"', text: 'slottet Tre Kronor brann 1697' },
  { name: 'a parenthesis that spells no number', text: 'beloppet 12 (se bilaga) kronor och 5 (fem) år' },
  { name: 'a colon and a dash inside a designation or range', text: 'rad 3:-1, Rapport 2020:12-14, 5:-a' },
  { name: 'codes inside words or before no number', text: 'Sekretariatet 12 ärenden, USD-kursen 10,25 och SEKO 2012' },
];

describe('amounts: found with their spans', () => {
  it.each(FOUND)('$name', ({ text, amounts, spans }) => {
    const facts = extract(doc(text));
    expect(facts.map((f) => `${f.value.value} ${f.value.currency}`)).toEqual(amounts);
    expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(spans);
  });
});

describe('amounts: near misses that are no sum of money', () => {
  it.each(NOT_AMOUNTS)('$name', ({ text }) => {
    expect(extract(doc(text))).toEqual([]);
  });
});

// The scan tries the regex only before currency markers, as far back as a list can reach: these
// are the cases where a match reaches furthest or its currency is least like a word.
const REACH: Row[] = [
  { name: 'a currency word inside the spelled-out sum', text: 'Kostnaden är 5 (tre kronor) kronor.', amounts: ['5 SEK'], spans: ['5 (tre kronor) kronor'] },
  { name: 'scale and currency glued to "halv"', text: 'Det blir 3 och en halvmdr.kr totalt.', amounts: ['3500000000 SEK'], spans: ['3 och en halvmdr.kr'] },
  { name: 'a code after a soft hyphen', text: 'Pris: X\u00adSEK 5 000 i avgift.', amounts: ['5000 SEK'], spans: ['SEK 5 000'] },
  { name: 'a symbol glued after a number word', text: 'Biljetten kostar femtio€ per person.', amounts: ['50 EUR'], spans: ['femtio€'] },
  { name: 'the price sign', text: 'Avgiften är 1 200:- per år.', amounts: ['1200 SEK'], spans: ['1 200:-'] },
  { name: 'currencies of two words', text: 'Det kostar 4 brittiska pund och 2 us-dollar.', amounts: ['4 GBP', '2 USD'], spans: ['4 brittiska pund', '2 us-dollar'] },
  { name: 'a soft hyphen in the currency word', text: 'Totalt 7 kro\u00adnor.', amounts: ['7 SEK'], spans: ['7 kro\u00adnor'] },
  // the walk over a spelled-out sum tests ASCII characters without a regex, the others with one
  { name: 'a spelled-out sum with a letter beyond ASCII', text: 'Bidraget är 2 000 000 (två miljoner) kronor.', amounts: ['2000000 SEK'], spans: ['2 000 000 (två miljoner) kronor'] },
  { name: 'digits in parentheses are no spelled-out sum', text: 'Bidraget är 2 000 000 (2 miljoner) kronor.', amounts: [], spans: [] },
  // a number of digits is read for "och en halv" only when it ends in a "v"
  { name: 'digits and "OCH EN HALV" in capitals', text: 'Kostnaden blir 3 OCH EN HALV miljoner kronor.', amounts: ['3500000 SEK'], spans: ['3 OCH EN HALV miljoner kronor'] },
  { name: 'digits and "och en halv" glued to the scale', text: 'Kostnaden blir 3 och en halvmiljon kronor.', amounts: ['3500000 SEK'], spans: ['3 och en halvmiljon kronor'] },
];

describe('amounts: how far back a sum reaches from its currency', () => {
  it.each(REACH)('$name', ({ text, amounts, spans }) => {
    const facts = extract(doc(text));
    expect(facts.map((f) => `${f.value.value} ${f.value.currency}`)).toEqual(amounts);
    expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(spans);
  });

  it('finds a sum before every currency word, also in capitals and with soft hyphens', () => {
    for (const word of CURRENCY_WORD_LIST) {
      const soft = [...word].join('\u00ad');
      for (const written of [word, word.toUpperCase(), ...(/^\p{L}{4,}$/u.test(word) ? [soft] : [])]) {
        expect(extract(doc(`Summa: 5 ${written}`)).length, written).toBe(1);
      }
    }
  });
});

// The regexes are written for the flags `iu` and compiled without `i` (V8 compiles a regex with `i`
// much more slowly): caseFolded must match, with `u` alone, exactly what `iu` matches.
describe('amounts: patterns compiled without the i flag', () => {
  const LETTERS = [...'abcdefghijklmnopqrstuvwxyzåäöàé'];
  /** The code points (no lone surrogates) where `a` and `b` differ. */
  function differences(a: RegExp, b: RegExp, codePoints: Iterable<number>): string[] {
    const out: string[] = [];
    for (const cp of codePoints) {
      const ch = String.fromCodePoint(cp);
      if (a.test(ch) !== b.test(ch)) out.push(`U+${cp.toString(16)}`);
    }
    return out;
  }
  function* allCodePoints(): Generator<number> {
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
  }
  const both = (source: string): [RegExp, RegExp] => [new RegExp(`^(?:${source})$`, 'iu'), new RegExp(`^(?:${caseFolded(source)})$`, 'u')];

  it.each([
    ['the letters, alone', LETTERS.join('|')],
    ['the letters, in a class', `[${LETTERS.join('')}]`],
    ['\\p{L}', '\\p{L}'],
    ['\\p{L} in a class', '[\\p{L}\\d.]'],
    ['\\p{L} in a negated class', '[^\\p{L}\\d]'],
    ['horizontal whitespace', '[^\\S\\r\\n]'],
  ])('%s: the same code points over all of Unicode', (_name, source) => {
    expect(differences(...both(source), allCodePoints())).toEqual([]);
  });

  it('each letter: the same code points', () => {
    // over all of Unicode the letters together are right (above); each one is then right where any is
    const [anyLetter] = both(LETTERS.join('|'));
    const candidates = [...allCodePoints()].filter((cp) => anyLetter.test(String.fromCodePoint(cp)));
    for (const letter of LETTERS) expect(differences(...both(letter), candidates), letter).toEqual([]);
  });

  it('keeps escapes and group names, and refuses what it cannot rewrite', () => {
    expect(caseFolded('(?<cur>kr\\.?)(?<![\\d.])\\u00ad?')).toBe('(?<cur>[kK\u212a][rR]\\.?)(?<![\\d.])\\u00ad?');
    for (const source of ['\\w', '\\b', '\\p{Lu}', 'ß', '[a-z]']) expect(() => caseFolded(source), source).toThrow();
  });
});

describe('amounts: module shape and speed', () => {
  it('names its field and a version', () => {
    expect(meta.field).toBe('amounts');
    expect(meta.version).toBeGreaterThan(0);
  });

  it.each([
    ['digits and spaces', '1 2 3 4 5 6 7 8 9 0 '],
    ['spaced numbers', '100 000 000 000 000 '],
    ['amount words', 'en halv miljard två miljoner tusen och '],
    ['ranges without currency', '10–20–30 och 40, '],
    ['amounts', '1 000 kr 2,5 mnkr '],
    ['currency words without numbers', 'kronor brittiska krkr '],
    ['spelled-out sums', '(tre kronor) en (tre fina 5 ( '],
    ['codes after soft hyphens', 'SEK\u00ad'],
  ])('a megabyte of %s finishes quickly', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    extract(doc(text));
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
