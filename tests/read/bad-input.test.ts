// Bad input: each broken file gives ONE clear problem (stage 'read', a stable code, a one-line reason
// naming what is wrong), never a crash; the batch goes on and what is already stored does not change.
// Files: fixtures/formats/bad (made by scripts/make-fixtures.mjs); big and unreadable files are made here.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type IngestEvent, ingestPaths } from '../../src/ingest.js';
import { processBytes, processFile } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const BAD = join(ROOT, 'fixtures/formats/bad');
const GOOD = join(ROOT, 'fixtures/formats/docs');

const FAILING: { file: string; code: string; reason: RegExp }[] = [
  { file: 'empty.txt', code: 'read/empty', reason: /empty \(0 bytes\)/ },
  { file: 'whitespace.md', code: 'read/empty', reason: /no text/ },
  { file: 'junk.txt', code: 'read/binary', reason: /binary content, not text, in a \.txt file/ },
  { file: 'truncated.pdf', code: 'pdf/corrupt', reason: /truncated PDF/ },
  { file: 'encrypted.pdf', code: 'pdf/encrypted', reason: /password-protected PDF/ },
  { file: 'scanned.pdf', code: 'pdf/no-text-layer', reason: /^no text layer \(scanned PDF\?\)$/ },
  { file: 'not-word.docx', code: 'docx/not-word', reason: /zip archive without word\/document\.xml/ },
  { file: 'text-named.pdf', code: 'pdf/corrupt', reason: /not a PDF file: the content is plain text/ },
  { file: 'png-named.docx', code: 'docx/corrupt', reason: /not a DOCX file/ },
  { file: 'encrypted.docx', code: 'docx/encrypted', reason: /password-protected Word file/ },
  { file: 'encrypted-word95.doc', code: 'doc/encrypted', reason: /password-protected Word file/ },
  { file: 'truncated.doc', code: 'doc/corrupt', reason: /cut off or damaged/ },
  { file: 'excel-named.doc', code: 'doc/not-word', reason: /an OLE compound file that is an Excel workbook/ },
];

describe('bad input gives one clear problem', () => {
  for (const row of FAILING) {
    it(`${row.file}: ${row.code}`, async () => {
      const path = join(BAD, row.file);
      const outcome = await processFile(path);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.problem).toMatchObject({ path, stage: 'read', code: row.code, fatal: true });
      expect(outcome.problem.reason).toMatch(row.reason);
      expect(outcome.problem.reason).not.toMatch(/\n|at .*\.js:\d+/); // one line, no stack
    });
  }

  it('invalid UTF-8 bytes in a UTF-8 text: read as UTF-8 with one warning saying where', async () => {
    const outcome = await processFile(join(BAD, 'invalid-utf8.txt'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record.encoding).toBe('utf-8');
    expect(outcome.record.warnings).toHaveLength(1);
    expect(outcome.record.warnings[0]).toMatchObject({ code: 'read/encoding', fatal: false });
    expect(outcome.record.warnings[0]!.reason).toMatch(/invalid UTF-8 \(1 byte, first at byte \d+\)/);
    expect(outcome.record.askedBy).toEqual({ name: 'Anna Berglund', party: 'C' });
  });

  it('Windows-1252 and UTF-16 texts are decoded and say so', async () => {
    const reference = readFileSync(join(GOOD, 'svar-skriftlig-fraga.txt'), 'utf8');
    for (const [file, encoding] of [['windows-1252.txt', 'windows-1252'], ['utf16le.txt', 'utf-16le']] as const) {
      const outcome = await processFile(join(BAD, file));
      expect(outcome.ok && outcome.record.encoding).toBe(encoding);
      expect(outcome.ok && outcome.record.text).toBe(reference);
    }
  });

  it('UTF-16 without a byte order mark is recognised', async () => {
    const reference = readFileSync(join(GOOD, 'svar-skriftlig-fraga.txt'), 'utf8');
    const outcome = await processBytes('utan-bom.txt', Buffer.from(reference, 'utf16le'));
    expect(outcome.ok && outcome.record.encoding).toBe('utf-16le');
    expect(outcome.ok && outcome.record.text).toBe(reference);
  });

  it('a big file of junk named .pdf is refused from its first bytes', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'stor.pdf');
      writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x41));
      const t0 = Date.now();
      const outcome = await processFile(path);
      expect(!outcome.ok && outcome.problem.code).toBe('pdf/corrupt');
      expect(Date.now() - t0).toBeLessThan(5000);
      const limited = await processFile(path, { maxFileSize: 10 * 1024 * 1024 });
      expect(!limited.ok && limited.problem.code).toBe('read/too-large');
    } finally {
      tmp.cleanup();
    }
  });

  it('a file that cannot be read (permissions) is read/permission', () => {
    const tmp = tempDir();
    try {
      chmodSync(tmp.dir, 0o755);
      const path = join(tmp.dir, 'hemlig.pdf');
      copyFileSync(join(GOOD, 'pressmeddelande.pdf'), path);
      chmodSync(path, 0o000);
      // root reads anything: run the built CLI as an unprivileged user then.
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/riksdoc.js'), 'extract', path], {
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${path}: permission denied [read/permission]`);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('a batch with bad files', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('goes on past every bad file, and a file that turns bad keeps its stored record', async () => {
    const dir = join(tmp.dir, 'mapp');
    mkdirSync(dir);
    for (const f of ['svar-skriftlig-fraga.pdf', 'pressmeddelande.docx', 'regeringsbeslut.html']) copyFileSync(join(GOOD, f), join(dir, f));
    const store = openSqliteStore(join(tmp.dir, 'arkiv.db'));
    try {
      const first = await ingestPaths(store, [dir], { workers: 0 });
      expect(first.added).toBe(3);
      const before = await store.get(join(dir, 'svar-skriftlig-fraga.pdf'));
      expect(before?.date).toBe('2023-03-08');

      for (const row of FAILING) copyFileSync(join(BAD, row.file), join(dir, row.file));
      // The stored PDF is overwritten by a truncated copy of itself.
      const pdf = readFileSync(join(dir, 'svar-skriftlig-fraga.pdf'));
      writeFileSync(join(dir, 'svar-skriftlig-fraga.pdf'), pdf.subarray(0, 900));
      const events: IngestEvent[] = [];
      const second = await ingestPaths(store, [dir], { workers: 0, onEvent: (e) => events.push(e) });
      expect(second.failed).toBe(FAILING.length + 1);
      const failed = events.filter((e) => e.status === 'failed');
      expect(failed.map((e) => e.path.split('/').pop()).sort()).toEqual([...FAILING.map((r) => r.file), 'svar-skriftlig-fraga.pdf'].sort());
      expect(failed.every((e) => e.code && e.reason)).toBe(true);
      expect(events.filter((e) => e.status === 'unchanged')).toHaveLength(2);
      const after = await store.get(join(dir, 'svar-skriftlig-fraga.pdf'));
      expect(after?.date).toBe('2023-03-08');
      expect(after?.sha256).toBe(before?.sha256);
    } finally {
      await store.close();
    }
  });
});
