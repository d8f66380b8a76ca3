// Folders and files that try to break a batch: each gives a clear problem or is handled; the batch goes on.
import { closeSync, ftruncateSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest.js';
import { processFile } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';
import { SLOW } from '../helpers/corpus.js';

const DOC = 'Svar på skriftlig fråga 2020/21:1311\nStockholm den 27 januari 2021\nLena Hallengren\n';

describe('hostile folders and files', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('a symlink loop is walked once and ends', async () => {
    const dir = join(tmp.dir, 'loop');
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'doc.txt'), DOC);
    symlinkSync(dir, join(dir, 'a', 'back-to-top'));
    symlinkSync(join(dir, 'self-link'), join(dir, 'self-link')); // a link to itself: ELOOP
    const r = await runCli(['ingest', dir, '--db', join(tmp.dir, 'loop.db'), '--json']);
    const events = jsonLines<{ path: string; status: string; reason?: string }>(r.stdout);
    expect(events.filter((e) => e.status === 'added')).toHaveLength(1);
    const loop = events.find((e) => e.path.endsWith('self-link'));
    expect(loop?.status).toBe('failed');
    expect(loop?.reason).toMatch(/loop/);
  });

  it('paths with spaces, quotes, newlines and non-UTF-8 bytes are stored and reported', async () => {
    const dir = join(tmp.dir, 'names');
    mkdirSync(dir);
    const names = ['med mellanslag.txt', 'citat "här" och \'där\'.txt', 'rad\nbrytning.txt', 'åäö ÅÄÖ.md'];
    for (const n of names) writeFileSync(join(dir, n), DOC);
    // A name whose bytes are not UTF-8 (Latin-1 "ö"): Node passes such names as Buffers.
    const latin1 = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x66, 0xf6, 0x72, 0x2e, 0x74, 0x78, 0x74])]);
    writeFileSync(latin1, DOC);
    const db = join(tmp.dir, 'names.db');
    const r = await runCli(['ingest', dir, '--db', db, '--json']);
    const events = jsonLines<{ path: string; status: string }>(r.stdout);
    expect(events.filter((e) => e.status === 'added').length).toBeGreaterThanOrEqual(names.length);
    for (const n of names) expect(events.some((e) => e.path === join(dir, n) && e.status === 'added')).toBe(true);
    expect(events).toHaveLength(names.length + 1);
    // Re-run: nothing changes, whatever the names.
    const again = jsonLines<{ status: string }>((await runCli(['ingest', dir, '--db', db, '--json'])).stdout);
    expect(again.filter((e) => e.status === 'added' || e.status === 'updated')).toHaveLength(0);
  });

  it('a file above --max-file-size is refused with a clear problem', async () => {
    const dir = join(tmp.dir, 'big');
    mkdirSync(dir);
    writeFileSync(join(dir, 'stor.txt'), 'Stockholm den 1 mars 2021. '.repeat(80_000));
    writeFileSync(join(dir, 'liten.txt'), DOC);
    const r = await runCli(['ingest', dir, '--db', join(tmp.dir, 'big.db'), '--max-file-size', '1MB', '--json']);
    expect(r.code).toBe(1);
    const events = jsonLines<{ path: string; status: string; reason?: string }>(r.stdout);
    expect(events.find((e) => e.path.endsWith('stor.txt'))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/above --max-file-size/) });
    expect(events.find((e) => e.path.endsWith('liten.txt'))?.status).toBe('added');
    expect((await runCli(['ingest', dir, '--max-file-size', 'huge'])).code).toBe(2);
  });

  it('a 1 GB file is refused at the default --max-file-size (100 MB) from its size, without being read', async () => {
    const dir = join(tmp.dir, 'gigabyte');
    mkdirSync(dir);
    // A sparse file: 1 GiB long, no disk used. Reading it would take seconds and a gigabyte of memory.
    const fd = openSync(join(dir, 'arkiv.txt'), 'w');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    writeFileSync(join(dir, 'liten.txt'), DOC);
    const started = Date.now();
    const r = await runCli(['ingest', dir, '--db', join(tmp.dir, 'gigabyte.db'), '--json']);
    expect(r.code).toBe(1);
    const events = jsonLines<{ path: string; status: string; reason?: string; code?: string }>(r.stdout);
    expect(events.find((e) => e.path.endsWith('arkiv.txt'))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/above --max-file-size/) });
    expect(events.find((e) => e.path.endsWith('liten.txt'))?.status).toBe('added');
    expect(r.stderr.split('\n').filter((l) => l.includes('arkiv.txt'))).toHaveLength(1);
    // Generous: refusing by size must not mean reading a gigabyte.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('a file that vanishes between walk and read is a failed file, not a crash', async () => {
    const path = join(tmp.dir, 'vanishing.txt');
    writeFileSync(path, DOC);
    rmSync(path);
    const outcome = await processFile(path);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatchObject({ code: 'read/not-found', stage: 'read', fatal: true });
  });

  it('a file is read whole, whatever its size: empty, one byte, several MB, and a pseudo-file that reports no size', async () => {
    const { readFileChecked } = await import('../../src/pipeline.js');
    const sizes = [0, 1, 4095, 4096, 3 * 1024 * 1024 + 7];
    for (const size of sizes) {
      const path = join(tmp.dir, `size-${size}.bin`);
      const content = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i++) content[i] = (i * 31) % 251;
      writeFileSync(path, content);
      const read = readFileChecked(path);
      expect(read.ok).toBe(true);
      if (read.ok) expect(Buffer.compare(Buffer.from(read.bytes), content)).toBe(0);
    }
    // /proc files report size 0 but have content: read to their end.
    const proc = readFileChecked('/proc/self/status');
    expect(proc.ok && Buffer.from(proc.bytes).toString('utf8')).toMatch(/^Name:/);
  });

  it('a file that changes while being ingested ends with its latest content on the next run', async () => {
    const dir = join(tmp.dir, 'changing');
    mkdirSync(dir);
    const path = join(dir, 'a.txt');
    writeFileSync(path, DOC);
    const store = openSqliteStore(join(tmp.dir, 'changing.db'));
    try {
      await ingestPaths(store, [dir], { onEvent: () => writeFileSync(path, DOC + 'Tillägg den 2 mars 2021.\n') });
      const second = await ingestPaths(store, [dir]);
      expect(second.updated).toBe(1);
      const rec = await store.get(path);
      const { createHash } = await import('node:crypto');
      const { readFileSync } = await import('node:fs');
      expect(rec?.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
      expect(rec?.text).toContain('Tillägg den 2 mars 2021');
    } finally {
      await store.close();
    }
  });

  it.skipIf(!SLOW)('a folder of 20 000 small files', async () => {
    const dir = join(tmp.dir, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, `f${i}.txt`), `Dokument ${i}\nStockholm den ${1 + (i % 28)} mars 2021\n`);
    const store = openSqliteStore(join(tmp.dir, 'many.db'));
    try {
      const s = await ingestPaths(store, [dir]);
      expect(s.added).toBe(20_000);
      expect(s.failed).toBe(0);
      expect((await store.stats()).documents).toBe(20_000);
    } finally {
      await store.close();
    }
  }, 300_000);
});
