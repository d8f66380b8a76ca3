// Extractors and readers under random and adversarial input: no exception, every span inside the
// text, and time linear in input size (no catastrophic regex backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/index.js';
import { processBytes } from '../../src/pipeline.js';
import type { Evidence, ReadDocument } from '../../src/record.js';
import { MONTH_NAMES } from '../../src/swedish/months.js';

const doc = (text: string): ReadDocument => ({ path: 'fuzz.txt', format: 'txt', encoding: 'utf-8', text, warnings: [] });

function allSpans(e: Evidence): { start: number; end: number }[] {
  const single = [e.type, e.title, e.date, e.department, e.askedBy].filter((x): x is NonNullable<typeof x> => Boolean(x));
  return [...single, ...e.diaryNumbers, ...e.references, ...e.dates, ...e.amounts, ...e.signatories];
}

function checkSpans(text: string): void {
  const fields = extractFields(doc(text));
  for (const s of allSpans(fields.evidence)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
}

// Pieces that look like what extractors look for, so random text reaches deep into the rules.
const TOKENS = [
  ' ', '  ', '\n', '\n\n', '\u00a0', '-', '–', '/', ':', '.', ',', '(', ')', 'den', 'Stockholm', 'kronor', 'kr', 'miljoner', 'miljarder',
  'mnkr', 'SEK', 'euro', 'en', 'halv', 'två', 'ca', 'Dnr', 'S2020/05028', 'Fi', 'prop.', 'bet.', 'SOU', 'Dir.', 'SFS', 'fråga',
  'Svar på fråga', 'av', '(M)', 'Interpellation', 'På regeringens vägnar', 'Pressmeddelande', 'Regeringens beslut',
  'Socialdepartementet', 'Lena Hallengren', 'Anf.', 'i år', '2021', '2020/21', '1311', '30', '2017:30', '0', '9', '12', '31',
  ...MONTH_NAMES,
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((a) => a.join(''));

describe('fuzzing extractors', () => {
  it('random Unicode: no exception, spans inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => checkSpans(s.normalize('NFC'))), { numRuns: 400 });
  });

  it('random sequences of Swedish government tokens: no exception, spans inside the text', () => {
    fc.assert(fc.property(tokenText, (s) => checkSpans(s)), { numRuns: 1500 });
  });

  it('random bytes through the whole read → extract path never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        const outcome = await processBytes('fuzz.txt', bytes);
        if (!outcome.ok) expect(outcome.problem.reason.split('\n')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  // Each input is ~4 MB of characters that the date, amount and reference rules consume.
  const ADVERSARIAL: [string, string][] = [
    ['digits and spaces', '1 2 3 4 5 6 7 8 9 0 '],
    ['digits', '0123456789'],
    ['slashes and colons', '2020/21:2020/21:13/'],
    ['month names', 'den 1 januari 2 februari 3 mars '],
    ['amount words', 'en halv miljard två miljoner tusen '],
    ['spaced numbers', '100 000 000 000 000 '],
    ['capitalised words', 'Anna Bergström Lund Kopparklint (M) '],
    ['newlines and dashes', '–\n-\n–– \n'],
  ];

  it.each(ADVERSARIAL)('4 MB of %s finishes in linear time', (_name, unit) => {
    const small = unit.repeat(Math.ceil(40_000 / unit.length));
    const big = unit.repeat(Math.ceil(4_000_000 / unit.length));
    const t0 = performance.now();
    checkSpans(small);
    const tSmall = performance.now() - t0;
    const t1 = performance.now();
    checkSpans(big);
    const tBig = performance.now() - t1;
    // 100× the input: linear rules take ~100× the time. A generous bound catches quadratic blow-ups
    // (which would take ~10 000×) without being a timing test of speed.
    expect(tBig).toBeLessThan(Math.max(20_000, tSmall * 1000));
  }, 120_000);
});
