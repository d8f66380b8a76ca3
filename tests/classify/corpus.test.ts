// Regression over the real annotated corpora: type, title and department of every document
// (seeds, dev, and the text renderings of the formats corpus) must match the gold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/index.js';
import department from '../../src/extract/department.js';
import title from '../../src/extract/title.js';
import type { ReadDocument } from '../../src/record.js';
import { SHARED } from '../helpers/cli.js';

interface Gold {
  id: string;
  file: string;
  type: string;
  title: string | null;
  department: string | null;
}

/** The scorer's comparison: lower case, single spaces, no final "." or ":". */
const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim().replace(/[.:]$/, '');

function cases(corpus: string, textFor: (g: Gold) => string): [string, Gold, string][] {
  const dir = join(SHARED, 'corpus', corpus);
  return readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold)
    .map((g) => [`${corpus}/${g.id}`, g, textFor(g)]);
}

const formatsText = join(SHARED, 'corpus/formats/text');
const formatsFiles = readdirSync(formatsText);
const ALL = [
  ...cases('seeds', (g) => readFileSync(join(SHARED, 'corpus/seeds', g.file), 'utf8')),
  ...cases('dev', (g) => readFileSync(join(SHARED, 'corpus/dev', g.file), 'utf8')),
  ...cases('formats', (g) => readFileSync(join(formatsText, formatsFiles.find((f) => f.startsWith(`${g.id}.`))!), 'utf8').replace(/\r\n?/g, '\n')),
];

describe('real corpora: type, title, department as in the gold', () => {
  it.each(ALL)('%s', (_name, gold, text) => {
    const doc: ReadDocument = { path: gold.file, format: 'txt', encoding: 'utf-8', text, warnings: [] };
    expect(classify(doc).type).toBe(gold.type);
    expect(norm(title.extract(doc)[0]?.value)).toBe(norm(gold.title));
    expect(department.extract(doc)[0]?.value ?? null).toBe(gold.department);
  });
});
