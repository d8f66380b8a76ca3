// The commands as library calls (main() with captured output), no child processes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRow } from '../../src/cli/export.js';
import { copyCorpus, jsonLines, runCli, SEEDS, tempDir } from '../helpers/cli.js';

describe('commands in-process', () => {
  const tmp = tempDir();
  const docs = join(tmp.dir, 'docs');
  const db = join(tmp.dir, 'a.db');
  beforeAll(() => copyCorpus(SEEDS, docs));
  afterAll(() => tmp.cleanup());

  it('extract prints one JSON record per file with gold field names and evidence spans inside the text', async () => {
    const file = join(docs, '002_3047c0a218423221.txt');
    const r = await runCli(['extract', file, '--text']);
    expect(r.code).toBe(0);
    const [rec] = jsonLines<Record<string, unknown> & { text: string; evidence: { dates: { start: number; end: number }[] } }>(r.stdout);
    for (const k of ['type', 'title', 'date', 'department', 'diaryNumbers', 'references', 'dates', 'amounts', 'signatories', 'path', 'sha256', 'format', 'evidence']) expect(rec).toHaveProperty(k);
    for (const f of rec!.evidence.dates) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(rec!.text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('extract of a missing file fails with exit 1 and one line naming it', async () => {
    const r = await runCli(['extract', join(docs, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope.txt: file not found');
  });

  it('ingest --json prints only JSON lines; --prune drops vanished files', async () => {
    const first = await runCli(['ingest', docs, '--db', db, '--json']);
    expect(first.code).toBe(0);
    const events = jsonLines<{ status: string; id: number }>(first.stdout);
    expect(events.every((e) => e.status === 'added' && e.id > 0)).toBe(true);
    writeFileSync(join(docs, 'extra.md'), '# Ny text\n\nStockholm den 3 mars 2021\n');
    await runCli(['ingest', docs, '--db', db]);
    const { rmSync } = await import('node:fs');
    rmSync(join(docs, 'extra.md'));
    const pruned = await runCli(['ingest', docs, '--db', db, '--prune']);
    expect(pruned.stderr).toMatch(/1 pruned/);
    const stats = JSON.parse((await runCli(['stats', '--db', db, '--json'])).stdout) as { documents: number };
    expect(stats.documents).toBe(events.length);
  });

  it('RIKSDOC_DB is used when --db is absent', async () => {
    const r = await runCli(['stats', '--json'], { RIKSDOC_DB: db });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents).toBeGreaterThan(0);
  });

  it('show by id and by path agree; unknown id exits 1', async () => {
    const byId = JSON.parse((await runCli(['show', '2', '--db', db, '--json'])).stdout) as { path: string };
    const byPath = JSON.parse((await runCli(['show', byId.path, '--db', db, '--json'])).stdout) as { id: number };
    expect(byPath.id).toBe(2);
    const human = await runCli(['show', '#2', '--db', db]);
    expect(human.stdout).toContain(byId.path);
    expect((await runCli(['show', '999', '--db', db])).code).toBe(1);
  });

  it('export --format csv has a header and one row per record; unknown format is a usage error', async () => {
    const r = await runCli(['export', '--db', db, '--format', 'csv']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id,path,type,title,date/);
    const n = JSON.parse((await runCli(['stats', '--db', db, '--json'])).stdout).documents as number;
    expect(lines).toHaveLength(n + 1);
    expect((await runCli(['export', '--db', db, '--format', 'xml'])).code).toBe(2);
  });

  it('search without an archive is a database error (exit 3), not a crash', async () => {
    const r = await runCli(['search', 'vård', '--db', join(tmp.dir, 'missing.db')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/missing\.db/);
  });
});

describe('csv', () => {
  it('quotes cells with commas, quotes and newlines', () => {
    const row = csvRow({
      id: 1, path: '/a,b.txt', sha256: 'x', format: 'txt', encoding: 'utf-8', size: 1, type: 'letter', typeRule: 'r',
      title: 'Svar "på" skrivelse', date: null, department: null, diaryNumbers: ['S2020/1', 'S2020/2'], references: [], dates: [],
      amounts: [{ value: 5, currency: 'SEK' }], signatories: [{ name: 'A B', title: 'Minister' }],
      evidence: { diaryNumbers: [], references: [], dates: [], amounts: [], signatories: [] }, extractorVersion: 'v', warnings: [], ingestedAt: 'now',
    });
    expect(row).toBe('1,"/a,b.txt",letter,"Svar ""på"" skrivelse",,,S2020/1; S2020/2,,,5 SEK,A B (Minister),,txt,x');
  });
});
