// `riksdoc search` on the fixture archive: output forms, and any input is safe (exit 0 or 2,
// one line on stderr, never a raw SQLite message).
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with the command-line script
import { loadFixture } from '../../scripts/search-quality.mjs';
import { openStore } from '../../src/store/index.js';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';

const tmp = tempDir('riksdoc-search-cli-');
const db = join(tmp.dir, 'fixture.db');

beforeAll(async () => {
  const store = await openStore(db);
  await loadFixture(store);
  await store.close();
});
afterAll(() => tmp.cleanup());

const search = (...args: string[]) => runCli(['search', ...args, '--db', db]);

describe('riksdoc search', () => {
  it('--json: one line per hit with match and snippet offsets into the text', async () => {
    const r = await search('äldreomsorg', '--json');
    expect(r.code).toBe(0);
    const hits = jsonLines<{ path: string; match: string; snippet: { text: string; start: number; end: number; highlights: { start: number; end: number }[] } }>(r.stdout);
    expect(hits.length).toBe(4);
    expect(hits.map((h) => h.match)).toEqual(['stem', 'stem', 'stem', 'compound']);
    for (const h of hits) {
      expect(h.snippet.end - h.snippet.start).toBe(h.snippet.text.length);
      for (const x of h.snippet.highlights) {
        const word = h.snippet.text.slice(x.start - h.snippet.start, x.end - h.snippet.start);
        expect(word.toLowerCase()).toMatch(/^äldreomsorg/);
      }
    }
  });

  it('marks matches with [brackets] when not on a terminal and in colour on one', async () => {
    const plain = await search('vårdköerna');
    expect(plain.stdout).toContain('[vårdköerna]');
    const tty = await runCli(['search', 'vårdköerna', '--db', db], {}, true);
    expect(tty.stdout).toContain('\x1b[1;33mvårdköerna\x1b[0m');
  });

  it('says when hits matched only without å/ä/ö, and when as compound parts', async () => {
    const folded = await search('aldreomsorg');
    expect(folded.code).toBe(0);
    expect(folded.stderr).toMatch(/folded/);
    expect(folded.stdout).toMatch(/match: without å\/ä\/ö/);
    const compound = await search('lyft');
    expect(compound.stdout).toMatch(/match: as part of a compound/);
  });

  it('a designation in the query, and in --ref / --diary', async () => {
    const byQuery = jsonLines<{ path: string }>((await search('prop. 2021/22:57', '--json')).stdout);
    expect(byQuery.map((h) => h.path)).toEqual(['/fixtures/search/a2-pm-aldreomsorgslyftet.txt']);
    const byRef = jsonLines<{ path: string }>((await search('', '--ref', 'prop. 2021/22:57', '--json')).stdout);
    expect(byRef.map((h) => h.path)).toEqual(['/fixtures/search/a2-pm-aldreomsorgslyftet.txt']);
    const diaryAsRef = jsonLines<{ path: string }>((await search('', '--ref', 'S2020/05028', '--json')).stdout);
    expect(diaryAsRef.map((h) => h.path)).toEqual(['/fixtures/search/a1-svar-bemanning-aldreomsorgen.txt']);
  });

  const malformed = ['"öppen fras', '(skola', 'skola)', '*', '-', 'skola OR', 'a'.repeat(20_000), '()', 'skola OR -gymnasium'];
  it.each(malformed.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length})` : q, q]))('%j: exit 2 with one line', async (_, q) => {
    const r = await search(q);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/search: /);
    expect(r.stderr).not.toMatch(/sqlite|fts5/i);
  });

  const odd = ['NEAR(skola förskola)', 'title:skola', 'body:vård', 'skola^2', '{skola}', "l'école", '\u0000', '😀', 'skola AND', 'NOT skola', '-skola', '– —', ':', '"SOU 2021:25"'];
  it.each(odd)('%j is searched or refused cleanly', async (q) => {
    const r = await search(q);
    expect([0, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/sqlite|fts5|\n\s+at /i);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
  });

  it('a query that starts with "-" comes after --', async () => {
    const r = await runCli(['search', '--db', db, '--type', 'press-release', '--json', '--', '-kommun']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).length).toBeGreaterThan(0);
  });

  it('random input never crashes and never leaks SQLite', async () => {
    const pieces = fc.constantFrom('skola', 'vård', ' ', '"', '(', ')', '-', '*', ':', 'OR', 'NOT', 'NEAR', 'S2020/05028', 'SOU 2021:25', '^', '\\', "'", 'å');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 20 }), async (parts) => {
        const r = await search(parts.join(''), '--json');
        expect([0, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/sqlite|fts5/i);
      }),
      { numRuns: 150 },
    );
  });
});
