// The same document gives the same record whatever format it is saved in: fixtures/formats/docs holds
// each document as .txt, .md, .html (a saved web page with site chrome), .pdf (wrapped, hyphenated,
// running header and page numbers) and .docx (letterhead table in the page header, headings, bold
// runs), some also as Word 97 .doc (8-bit and UTF-16 pieces), made by scripts/make-fixtures.mjs.
// The .txt version is the reference: extractors change, equality must not.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/record.js';
import { ROOT, SHARED } from '../helpers/cli.js';

const DOCS = join(ROOT, 'fixtures/formats/docs');
const FIELDS = ['type', 'title', 'date', 'department', 'diaryNumbers', 'references', 'dates', 'amounts', 'signatories', 'askedBy'] as const;
const FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
const ids = [...new Set(readdirSync(DOCS).map((f) => f.replace(/\.[^.]+$/, '')))].sort();

async function record(path: string): Promise<DocumentRecord> {
  const outcome = await processFile(path);
  if (!outcome.ok) throw new Error(`${path}: ${outcome.problem.code} ${outcome.problem.reason}`);
  return outcome.record;
}

const fields = (r: DocumentRecord) => Object.fromEntries(FIELDS.map((f) => [f, r[f]]));

describe('cross-format equality', () => {
  it('has several documents in every format', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) for (const ext of ['txt', ...FORMATS]) expect(existsSync(join(DOCS, `${id}.${ext}`))).toBe(true);
  });

  for (const id of ids) {
    describe(id, () => {
      it('the .txt reference is a real record (type, title, date found)', async () => {
        const txt = await record(join(DOCS, `${id}.txt`));
        expect(txt.type).not.toBe('other');
        expect(txt.title).toBeTruthy();
        expect(txt.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(txt.dates.length).toBeGreaterThan(0);
      });
      // Word 97 .doc (crafted by the fixture script) exists for some documents only.
      const extra = existsSync(join(DOCS, `${id}.doc`)) ? (['doc'] as const) : [];
      for (const ext of [...FORMATS, ...extra]) {
        it(`.${ext} gives the same record as .txt`, async () => {
          const [txt, other] = await Promise.all([record(join(DOCS, `${id}.txt`)), record(join(DOCS, `${id}.${ext}`))]);
          expect(other.format).toBe(ext);
          expect(fields(other)).toEqual(fields(txt));
        });
      }
    });
  }
});

// The real published originals (../shared/corpus/formats): every one is read, in its own format.
const ORIGINALS = join(SHARED, 'corpus/formats/docs');
describe.runIf(existsSync(ORIGINALS))('real originals', () => {
  const expected: Record<string, string> = { pdf: 'pdf', docx: 'docx', doc: 'doc', html: 'html' };
  for (const name of existsSync(ORIGINALS) ? readdirSync(ORIGINALS).sort() : []) {
    it(`${name} is read without problems`, async () => {
      const r = await record(join(ORIGINALS, name));
      expect(r.format).toBe(expected[name.split('.').pop()!]);
      expect(r.warnings).toEqual([]);
      expect(r.text.length).toBeGreaterThan(300);
    });
  }

  it('Word 95 files are read from their WordDocument stream', async () => {
    expect((await record(join(ORIGINALS, 'hf_006.doc'))).text).toContain('Stockholm den 13 mars 2003\n\nGöran Persson\n\tLeif Pagrotsky\n\t(Utrikesdepartementet)');
    expect((await record(join(ORIGINALS, 'hf_007.doc'))).text).toContain('Regeringen beslutar proposition 1997/98:150\n1998 års ekonomiska vårproposition');
  });

  it('a letterhead the producer wrote last is read first', async () => {
    const r = await record(join(ORIGINALS, 'hf_004.pdf'));
    expect(r.text).toMatch(/^REMISSVAR\n2026-06-24\nDnr 3\.1-4788-2026\n/);
    expect(r.text.indexOf('Post: Kammarkollegiet')).toBeGreaterThan(r.text.indexOf('saknar därför underskrift'));
  });

  it('a two-column PDF: the side box follows the column, the hyphenated title is whole, page numbers are gone', async () => {
    const r = await record(join(ORIGINALS, 'hf_001.pdf'));
    expect(r.text).toMatch(/^Kommittédirektiv\n\nTilläggsdirektiv till Forskningsdatautredningen \(U 2016:04\)\n/);
    expect(r.text).toContain('Dir.\n2017:29');
    expect(r.text).not.toMatch(/^\d+$/m);
  });
});
