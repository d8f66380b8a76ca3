// The classifier's needles (src/classify/rules.ts) only skip regexes that cannot match: on every
// document of the corpora, a rule that matches must find at least one needle in the searched
// text, and the classification with the prefilter must equal the one running every regex.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, classifyText, lineTextStarts } from '../../src/classify/index.js';
import { columns, maskArtifacts } from '../../src/classify/layout.js';
import { BOL, OWN, OWN_DIR, TYPE_RULES } from '../../src/classify/rules.js';
import type { ReadDocument } from '../../src/record.js';
import { SHARED } from '../helpers/cli.js';

function textsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textsUnder(p));
    else if (/\.(txt|md)$/.test(entry.name)) out.push(readFileSync(p, 'utf8').replace(/\r\n?/g, '\n'));
  }
  return out;
}

/** A few hundred synthetic documents from the shared generator, beside the real corpora. */
function synthetic(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'riksdoc-needles-'));
  try {
    execFileSync(process.execPath, [join(SHARED, 'tools/gen-corpus.mjs'), dir, String(count), '11'], { stdio: 'ignore' });
    return textsUnder(join(dir, 'docs'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TEXTS = [
  ...textsUnder(join(SHARED, 'corpus/seeds')),
  ...textsUnder(join(SHARED, 'corpus/dev')),
  ...textsUnder(join(SHARED, 'corpus/formats/text')),
  ...synthetic(400),
];

// Hand-made texts around each needle: near-misses that must still classify as without the prefilter.
const MADE = [
  'Svar på fråga 2020/21:1311 av Anna Andersson (M)\nUtbyggnad av väg',
  'Svar på skriftlig fråga\nom vägar',
  '   Dir. 2017:29\nEn ny lag',
  'Dir 2017:29',
  'Kommittédirektiv\n\nEn bättre skola',
  'Lag (2008:344) om vård',
  'Mervärdesskattelag (1994:200)',
  'Er referens: 123',
  'Vårt dnr 2020/123',
  'Uppdrag att utreda något\n',
  'Regleringsbrev för budgetåret 2022',
  'Ändring av regleringsbrevet för budgetåret 2022',
  'Utdrag ur protokoll vid regeringssammanträde',
  'PROTOKOLL\nfrån regeringssammanträde',
  'Kommittémotion 2019/20:123',
  'Finansutskottets betänkande 2019/20:FiU1',
  'Tal\n\nom något',
  'Promemoria\n',
  'Anf. 12 Statsrådet Anna Andersson (S)\nFru talman! Per Persson har frågat mig om',
  'REMISSVAR\nRemissvar angående förslaget',
  'SOU 2020:3',
  'Ds 2019:1',
  'Interpellation 2020/21:12 av X',
  'Fråga 2020/21:12',
  'text\n[bookmark: Start]Pressmeddelande\nRubrik',
  'Med vänliga hälsningar\nAnna',
  'På regeringens vägnar\nAnna',
  'Rubrik                    Prop.\n                          2012/13:182',
  'Rubrik, Dir. 2005:96 och Dir 2005:97',
  'Rubrik ID-nummer: SOU 2017:66',
  'Rubrik ID-nummer:SOU 2017:66',
  'text  Ds 2019:1 text   Ds 2019:2',
  '  ## Remiss\nText',
  'Finansdepartementet      Remiss',
  'Lag (2008:344) om (vård)\nFörordning (2018:2069)',
  'Socialutskottets\nbetänkande 2019/20:SoU1',
  'Socialutskottets betänkande\n2019/20:SoU1',
];

describe('classifier needles', () => {
  it('every rule has needles that appear in its pattern', () => {
    for (const rule of TYPE_RULES) {
      for (const n of rule.needles ?? []) {
        const literal = n.replace(/[.(]/g, (c) => `\\${c}`);
        const caseClass = `[${n[0]!.toUpperCase()}${n[0]!.toLowerCase()}]${literal.slice(1)}`;
        expect(rule.pattern.source.includes(literal) || rule.pattern.source.includes(caseClass), `${rule.id}: ${n}`).toBe(true);
      }
      if (rule.lineStart) expect(rule.pattern.source.startsWith(`${BOL}(`), rule.id).toBe(true);
    }
  });

  it('a pattern opening with BOL has no alternative at its top level (it matches only where ^ does)', () => {
    // The classifier tries such patterns at line starts only.
    const topLevelAlternative = (source: string): boolean => {
      let depth = 0;
      let inClass = false;
      for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') i++;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === '|' && depth === 0) return true;
      }
      return false;
    };
    expect(topLevelAlternative('a(b|c)[|]|d')).toBe(true);
    expect(topLevelAlternative('a(b|c)[|(]\\|')).toBe(false);
    for (const rule of TYPE_RULES) {
      const source = rule.pattern.source;
      if (source.startsWith(BOL)) expect(topLevelAlternative(source), rule.id).toBe(false);
      // the same for the own-designation prefixes, which the classifier tries just before each needle
      if (source.startsWith(OWN)) expect(topLevelAlternative(source.slice(OWN.length)), rule.id).toBe(false);
      if (source.startsWith(OWN_DIR)) expect(topLevelAlternative(source.slice(OWN_DIR.length)), rule.id).toBe(false);
    }
    expect(TYPE_RULES.filter((r) => r.pattern.source.startsWith(OWN) || r.pattern.source.startsWith(OWN_DIR)).length).toBe(5);
  });

  it('no rule matches a corpus text without one of its needles', () => {
    expect(TEXTS.length).toBeGreaterThan(400);
    for (const raw of [...TEXTS, ...MADE]) {
      const text = maskArtifacts(raw);
      for (const searched of [text, text.slice(0, 6300)]) {
        for (const rule of TYPE_RULES) {
          if (!rule.needles) continue;
          rule.pattern.lastIndex = 0;
          const m = rule.pattern.exec(searched);
          if (!m) continue;
          expect(rule.needles.some((n) => searched.includes(n)), `${rule.id} on ${searched.slice(0, 80)}`).toBe(true);
          const source = rule.pattern.source;
          if (source.startsWith(OWN) || source.startsWith(OWN_DIR)) {
            // An own designation's signal opens with a needle (the classifier looks just before each).
            const at = m.indices![1]![0];
            expect(rule.needles.some((n) => searched.startsWith(n, at)), `${rule.id} at ${at}`).toBe(true);
          } else if (source.startsWith(BOL) && !rule.lineStart) {
            // A needle stands on the line where the match starts (the classifier tries those lines).
            const line = searched.slice(m.index).split(/[\n\r\u2028\u2029]/)[0]!;
            expect(rule.needles.some((n) => line.includes(n)), `${rule.id} at ${m.index}`).toBe(true);
          }
          if (rule.lineStart) {
            // The signal starts where a line's text starts, with one of the needles.
            const at = m.indices![1]![0];
            expect(lineTextStarts(searched), `${rule.id} at ${at}`).toContain(at);
            expect(rule.needles.some((n) => searched.startsWith(n, at)), `${rule.id} at ${at}`).toBe(true);
          }
        }
      }
    }
  });

  it('classifies every text as without the prefilter', () => {
    for (const text of [...TEXTS, ...MADE]) expect(classifyText(text, true)).toEqual(classifyText(text, false));
  });

  it.each([
    ['Rubrik\n  | ## Svar på fråga 1', [0, 14]],
    ['###### Sex\n####### Sju\n#Ingen\n# \tTab', [7, 11, 23, 33]],
    ['a\r\nb\u2028c\rd', [0, 2, 3, 5, 7]],
    ['', [0]],
    ['x\n', [0, 2]],
  ])('line text starts of %j', (text, starts) => {
    expect(lineTextStarts(text)).toEqual(starts);
    // The same as where the rules' own line-start prefix ends.
    const bol = new RegExp(BOL, 'gmu');
    const ends: number[] = [];
    for (let m = bol.exec(text); m; m = bol.exec(text)) {
      ends.push(m.index + m[0].length);
      if (m[0].length === 0) bol.lastIndex++;
    }
    expect(ends).toEqual(starts);
  });

  it('a needle absent skips its rule', () => {
    // "svar på fråga" in lower case is no heading; the prefilter and the regex agree.
    expect(classifyText('svar på fråga 2020/21:1311').rule).toBe('default:no-signal');
    expect(classifyText('Svar på fråga 2020/21:1311').rule).toBe('heading:svar-på-fråga');
  });

  it('remembers a document: the same answer, and a changed text is classified again', () => {
    const doc: ReadDocument = { path: 'a.txt', format: 'txt', encoding: 'utf-8', text: 'Pressmeddelande\n\nRubrik', warnings: [] };
    const first = classify(doc);
    expect(first.type).toBe('press-release');
    first.type = 'bill'; // a caller changing its copy must not change the next answer
    expect(classify(doc).type).toBe('press-release');
    doc.text = 'Kommittédirektiv 2023:179\n\nRubrik';
    expect(classify(doc).type).toBe('committee-directive');
  });
});

describe('layout columns', () => {
  it.each([
    ['Kommittédirektiv', ['Kommittédirektiv']],
    ['Rubrik   Dir. 2017:29', ['Rubrik', 'Dir. 2017:29']],
    ['a\tb', ['a', 'b']],
    ['a | b |', ['a', 'b']],
    ['a \u00a0 b', ['a', 'b']],
    ['a  b', ['a  b']],
    ['a \u00a0b', ['a \u00a0b']],
    ['   ', []],
  ])('%j', (text, expected) => {
    const segments = columns({ text, start: 10, end: 10 + text.length });
    expect(segments.map((s) => s.text)).toEqual(expected);
    for (const seg of segments) expect(text.slice(seg.start - 10, seg.end - 10)).toBe(seg.text);
  });
});
