// The Markdown fast path (src/read/markdown-simple.ts) must give exactly what remark gives, or
// decline. Compared on generated documents and on random sources built from Markdown's syntax.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { simpleMarkdownBlocks } from '../../src/read/markdown-simple.js';
import { normaliseText } from '../../src/read/text.js';
import { SHARED } from '../helpers/cli.js';

type Read = (source: string) => { text: string; titleHints: string[] };
let withFastPath: Read;
let remarkOnly: Read;

beforeAll(async () => {
  withFastPath = (await import('../../src/read/markdown.js')).readMarkdown;
  vi.resetModules();
  vi.doMock('../../src/read/markdown-simple.js', () => ({ simpleMarkdownBlocks: () => false }));
  remarkOnly = (await import('../../src/read/markdown.js')).readMarkdown;
  vi.doUnmock('../../src/read/markdown-simple.js');
});

function accepts(source: string): boolean {
  return simpleMarkdownBlocks(source, [], []);
}

function generatedMarkdown(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'riksdoc-md-'));
  try {
    execFileSync(process.execPath, [join(SHARED, 'tools/gen-corpus.mjs'), dir, String(count), '5'], { stdio: 'ignore' });
    const docs = join(dir, 'docs');
    return readdirSync(docs).filter((f) => f.endsWith('.md')).map((f) => normaliseText(readFileSync(join(docs, f), 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Markdown fast path', () => {
  it('takes plain paragraphs and headings, and gives what remark gives', () => {
    const sources = generatedMarkdown(400);
    expect(sources.length).toBeGreaterThan(40);
    let taken = 0;
    for (const s of sources) {
      if (accepts(s)) taken++;
      expect(withFastPath(s)).toEqual(remarkOnly(s));
    }
    // The generator writes plain Markdown: nearly all of it must go the fast way, or the path is dead.
    expect(taken / sources.length).toBeGreaterThan(0.5);
  });

  it.each([
    ['# Rubrik\n\nText på\ntvå rader.\n\n## Under\nMer text\n', true],
    ['Rubrik\n======\n', false], // setext heading
    ['Text\n- en punkt\n', false], // list
    ['1. första\n', false],
    ['2015. Året\n', false],
    ['# Rubrik #\n', false], // closing sequence
    ['#Rubrik\n', false], // not a heading
    ['Text  \nmed hård radbrytning\n', false],
    ['    kod\n', false],
    ['Text med *betoning*\n', false],
    ['Pris &amp; värde\n', false],
    ['<p>html</p>\n', false],
    ['[länk](http://x)\n', false],
    ['Dir. 2015:4\n\n(Utbildningsdepartementet)\n\n– Ett citat, säger ministern.\n', true],
    ['', true],
    ['#\n\nText\n', true],
  ])('%j: fast path %s, same result as remark', (source, fast) => {
    expect(accepts(source)).toBe(fast);
    expect(withFastPath(source)).toEqual(remarkOnly(source));
  });

  it('equals remark on random sources made of Markdown syntax', () => {
    const piece = fc.constantFrom(
      'a', 'Ord', 'Å', 'ö', ' ', '  ', '\n', '\n\n', '#', '# ', '## ', '###### ', '####### ', '1', '2015', '.', ')', ':',
      '-', '+', '=', '*', '_', '`', '~', '>', '<', '&', '[', ']', '(', ')', '!', '\\', '|', '\t', '\u00a0', '\r', '\v',
      'Dir. 2015:4', '– ', 'http://x.se', '---', '===', '    ', '&amp;', 'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const s = pieces.join('');
        expect(withFastPath(s)).toEqual(remarkOnly(s));
      }),
      { numRuns: 3000 },
    );
  });
});
