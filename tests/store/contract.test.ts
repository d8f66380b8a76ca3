// One store contract, run against every backend: SQLite always, PostgreSQL when a server can be
// started (tests/helpers/postgres.ts). The same records go in and must come out, the same
// filters, statuses, pruning and statistics hold on both.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Amount, Asker, DocumentRecord, DocumentType, Fact, Person, Problem, Reference } from '../../src/record.js';
import { openStore } from '../../src/store/index.js';
import { type RecordFilters, type Store, type StoredRecord, StoreOpenError, type WriteItem } from '../../src/store/types.js';
import { DEV, tempDir } from '../helpers/cli.js';
import { syntheticCorpus } from '../helpers/corpus.js';
import { IN_CI, type PgServer, startPostgres, withDatabase, withPassword } from '../helpers/postgres.js';

// ---------------------------------------------------------------------------------------------
// Records built by hand: every fact has a real span in the text, as the extractors produce.

interface Spec {
  type?: DocumentType;
  title?: string | null;
  date?: string | null;
  department?: string | null;
  text: string;
  diary?: string[];
  refs?: Reference[];
  dates?: string[];
  amounts?: [Amount, string][];
  signatories?: Person[];
  askedBy?: Asker | null;
  warnings?: Problem[];
  format?: DocumentRecord['format'];
  extractorVersion?: string;
}

function spanOf<T>(text: string, value: T, surface: string): Fact<T> {
  const start = text.indexOf(surface);
  return start >= 0 ? { value, start, end: start + surface.length } : { value, start: 0, end: 0 };
}

function makeRecord(path: string, spec: Spec): DocumentRecord {
  const text = spec.text;
  const title = spec.title === undefined ? text.split('\n')[0]! : spec.title;
  const evidence: DocumentRecord['evidence'] = {
    type: { rule: 'test:rule', start: 0, end: 5 },
    diaryNumbers: (spec.diary ?? []).map((d) => spanOf(text, d, d)),
    references: (spec.refs ?? []).map((r) => spanOf(text, r, r.id)),
    dates: (spec.dates ?? []).map((d) => spanOf(text, d, d)),
    amounts: (spec.amounts ?? []).map(([a, surface]) => spanOf(text, a, surface)),
    signatories: (spec.signatories ?? []).map((p) => spanOf(text, p, p.name)),
  };
  if (title !== null) evidence.title = spanOf(text, title, title);
  if (spec.date) evidence.date = spanOf(text, spec.date, spec.date);
  if (spec.department) evidence.department = spanOf(text, spec.department, spec.department);
  if (spec.askedBy) evidence.askedBy = spanOf(text, spec.askedBy, spec.askedBy.name);
  const record: DocumentRecord = {
    id: path.replace(/^\//, ''),
    path,
    sha256: createHash('sha256').update(text).digest('hex'),
    format: spec.format ?? 'txt',
    encoding: 'utf-8',
    size: Buffer.byteLength(text),
    type: spec.type ?? 'other',
    typeRule: 'test:rule',
    title,
    date: spec.date ?? null,
    department: spec.department ?? null,
    diaryNumbers: spec.diary ?? [],
    references: spec.refs ?? [],
    dates: spec.dates ?? [],
    amounts: (spec.amounts ?? []).map(([a]) => a),
    signatories: spec.signatories ?? [],
    evidence,
    extractorVersion: spec.extractorVersion ?? 'test-1',
    warnings: spec.warnings ?? [],
    text,
  };
  if (spec.askedBy !== undefined) record.askedBy = spec.askedBy;
  return record;
}

const ROOT = '/arkiv';

const ANSWER = makeRecord(`${ROOT}/svar/2021-1311.txt`, {
  type: 'written-question-answer',
  title: 'Svar på fråga 2020/21:1311 om äldreomsorgen i kommunerna',
  date: '2021-03-24',
  department: 'Socialdepartementet',
  text:
    'Svar på fråga 2020/21:1311 om äldreomsorgen i kommunerna\n' +
    'Socialdepartementet S2021/01234\n' +
    'Anna Andersson (S) har frågat mig hur regeringen stärker äldreomsorgen. Regeringen har den 1 mars 2021 ' +
    'fördelat 4 miljarder kronor till kommunerna. Se även SOU 2020:80 och prop. 2020/21:1.\n' +
    'Stockholm den 24 mars 2021\nLena Hallengren\nSocialminister',
  diary: ['S2021/01234'],
  refs: [
    { kind: 'riksdag-question', id: '2020/21:1311' },
    { kind: 'sou', id: '2020:80' },
    { kind: 'bill', id: '2020/21:1' },
  ],
  dates: ['2021-03-01', '2021-03-24'],
  amounts: [[{ value: 4_000_000_000, currency: 'SEK' }, '4 miljarder kronor']],
  signatories: [{ name: 'Lena Hallengren', title: 'Socialminister' }],
  askedBy: { name: 'Anna Andersson', party: 'S' },
});

const RELEASE = makeRecord(`${ROOT}/press/2019-bostad.md`, {
  type: 'press-release',
  title: 'Regeringen satsar på bostadsbyggande',
  date: '2019-05-02',
  department: 'Finansdepartementet',
  format: 'md',
  text:
    '# Regeringen satsar på bostadsbyggande\nFinansdepartementet Fi2019/00987\n' +
    'Regeringen avsätter 250 miljoner kronor till bostadsbyggande i kommuner med bostadsbrist. ' +
    'Pressmeddelande den 2 maj 2019.',
  diary: ['Fi2019/00987'],
  amounts: [[{ value: 250_000_000, currency: 'SEK' }, '250 miljoner kronor']],
  dates: ['2019-05-02'],
  warnings: [{ path: `${ROOT}/press/2019-bostad.md`, stage: 'extract', code: 'extract/low-confidence', reason: 'rubriken är osäker', fatal: false }],
});

const QUESTION = makeRecord(`${ROOT}/fragor/2020-vard.txt`, {
  type: 'written-question',
  title: 'Fråga om vårdköerna',
  date: null,
  department: null,
  text: 'Fråga om vårdköerna\nTill socialministern. Vården ska vara jämlik och väntetiderna i vårdköerna kortare.\nÅsa Öberg (V)',
  askedBy: null,
  refs: [{ kind: 'riksdag-question', id: '2020/21:2000' }],
});

const LETTER = makeRecord(`${ROOT}/brev/vard-utan-accent.txt`, {
  type: 'letter',
  title: null,
  date: '2018-11-05',
  department: 'Justitiedepartementet',
  text: 'Brev angående vard och vardag. Ju2018/04444 Skickat den 5 november 2018 ... Ingen rubrik här.',
  diary: ['Ju2018/04444'],
  dates: ['2018-11-05'],
  signatories: [
    { name: 'Morgan Johansson', title: 'Justitieminister' },
    { name: 'Karin Svensson', title: null },
  ],
});

const BASE = [ANSWER, RELEASE, QUESTION, LETTER];

const put = (record: DocumentRecord, mtimeMs = 1_700_000_000_000): WriteItem => ({ kind: 'record', record, mtimeMs });

/** A stored record as the record that went in should come out (the store adds id and ingestedAt). */
function expectSameRecord(stored: StoredRecord | undefined, record: DocumentRecord, withText: boolean): void {
  expect(stored).toBeDefined();
  const { id: storeId, ingestedAt, ...rest } = stored!;
  expect(typeof storeId).toBe('number');
  expect(ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  const { id: recordId, text, ...fields } = record;
  void recordId;
  expect(rest).toStrictEqual(withText ? { ...fields, text } : fields);
}

function paths(records: { path: string }[]): string[] {
  return records.map((r) => r.path).sort();
}

async function collect(store: Store, filters: RecordFilters = {}): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  for await (const r of store.export(filters)) out.push(r);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Backends

interface Backend {
  name: 'sqlite' | 'postgres';
  /** A location for a new, empty archive. */
  fresh(): Promise<string>;
}

const tmp = tempDir('riksdoc-contract-');
let sqliteCounter = 0;
const sqlite: Backend = { name: 'sqlite', fresh: async () => join(tmp.dir, `archive-${++sqliteCounter}.db`) };

const pg = await startPostgres();
const server: PgServer | undefined = pg.server;
const postgres: Backend | undefined = server && { name: 'postgres', fresh: () => server.createDatabase() };
const backends = postgres ? [sqlite, postgres] : [sqlite];

afterAll(async () => {
  await server?.stop();
  tmp.cleanup();
});

describe('PostgreSQL half of the contract', () => {
  if (pg.skipped !== undefined) {
    const reason = pg.skipped;
    if (IN_CI) {
      it('runs under CI', () => {
        throw new Error(`CI=true but ${reason}; install Debian's postgresql package`);
      });
    } else {
      console.warn(`store contract: PostgreSQL half skipped (${reason})`);
      it.skip(`skipped: ${reason}`, () => undefined);
    }
  } else {
    it('has a server', () => expect(server!.url).toMatch(/^postgres:\/\/riksdoc:/));
  }
});

async function withStore<T>(backend: Backend, fn: (store: Store, location: string) => Promise<T>): Promise<T> {
  const location = await backend.fresh();
  const store = await openStore(location);
  try {
    return await fn(store, location);
  } finally {
    await store.close();
  }
}

for (const backend of backends) {
  describe(`store contract: ${backend.name}`, () => {
    it('is the backend the location names', async () => {
      await withStore(backend, async (store) => expect(store.backend).toBe(backend.name));
    });

    it('gives back the same record that went in, by id and by path', async () => {
      await withStore(backend, async (store) => {
        const results = await store.write(BASE.map((r) => put(r)));
        expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added', 'added']);
        expect(results.map((r) => r.path)).toEqual(BASE.map((r) => r.path));
        expect(new Set(results.map((r) => r.id)).size).toBe(4);
        for (const [i, record] of BASE.entries()) {
          expectSameRecord(await store.get(String(results[i]!.id)), record, true);
          expectSameRecord(await store.get(record.path), record, true);
        }
        expect(await store.get('/arkiv/finns-inte.txt')).toBeUndefined();
        expect(await store.get('999999')).toBeUndefined();
      });
    });

    it('keeps text the database cannot hold as such: U+0000, astral characters, 300 000 distinct words', async () => {
      const manyWords = Array.from({ length: 300_000 }, (_, i) => `ord${i.toString(36)}x`).join(' ');
      const odd = makeRecord(`${ROOT}/udda/nul.txt`, {
        title: 'Rubrik\u0000med nolltecken',
        department: 'Kultur\u0000departementet',
        text: 'Rubrik\u0000med nolltecken\nKultur\u0000departementet\n😀 emoji och \u0000 ett till\u0000',
        askedBy: { name: 'Per\u0000Persson', party: null },
      });
      const huge = makeRecord(`${ROOT}/udda/stor.txt`, { title: 'En mycket stor text', text: `En mycket stor text\n${manyWords}` });
      await withStore(backend, async (store) => {
        const results = await store.write([put(odd), put(huge)]);
        expect(results.map((r) => r.status)).toEqual(['added', 'added']);
        expectSameRecord(await store.get(odd.path), odd, true);
        expectSameRecord(await store.get(huge.path), huge, true);
        const hits = await store.search({ query: 'stor', filters: {}, limit: 5 });
        expect(hits.map((h) => h.path)).toContain(huge.path);
      });
    }, 120_000); // a 3 MB text of 300 000 distinct words: correctness, not speed, is tested here

    it('a long text is findable by a word near its end', async () => {
      // 200 000 words over 50 000 distinct ones (1.4 MB): more than one PostgreSQL tsvector holds with positions.
      const vocabulary = Array.from({ length: 50_000 }, (_, i) => `term${i.toString(36)}`).join(' ');
      const long = makeRecord(`${ROOT}/lang/proposition.txt`, {
        title: 'En lång proposition',
        text: `En lång proposition\n${Array.from({ length: 4 }, () => vocabulary).join('\n')}\nSlutklämmen om skärgårdstrafiken.`,
      });
      await withStore(backend, async (store) => {
        await store.write([put(long), put(ANSWER)]);
        expect((await store.search({ query: 'skärgårdstrafiken', filters: {}, limit: 5 })).map((h) => h.path)).toEqual([long.path]);
        expect((await store.search({ query: `term${(45_678).toString(36)}`, filters: {}, limit: 5 })).map((h) => h.path)).toEqual([long.path]);
        expectSameRecord(await store.get(long.path), long, true);
      });
    }, 120_000);

    it('reports added, updated, unchanged and failed, and a stored file clears its problem', async () => {
      await withStore(backend, async (store) => {
        await store.write([put(ANSWER), put(RELEASE)]);
        const changed = makeRecord(RELEASE.path, { ...specOf(RELEASE), text: `${RELEASE.text}\nTillägg: 300 miljoner kronor.` });
        const broken: Problem = { path: `${ROOT}/trasig.pdf`, stage: 'read', code: 'pdf/no-text-layer', reason: 'ingen text', fatal: true };
        const results = await store.write([
          put(changed, 1_700_000_001_000),
          { kind: 'touch', path: ANSWER.path, size: ANSWER.size, mtimeMs: 1_700_000_002_000 },
          { kind: 'touch', path: `${ROOT}/aldrig-lagrad.txt`, size: 1, mtimeMs: 1 },
          { kind: 'problem', problem: broken },
        ]);
        const answerId = (await store.fileState(ANSWER.path))!.id;
        expect(results).toEqual([
          { path: RELEASE.path, status: 'updated', id: (await store.fileState(RELEASE.path))!.id },
          { path: ANSWER.path, status: 'unchanged', id: answerId },
          { path: `${ROOT}/aldrig-lagrad.txt`, status: 'unchanged', id: null },
          { path: broken.path, status: 'failed', id: null },
        ]);
        expect(await store.fileState(ANSWER.path)).toEqual({
          id: answerId,
          path: ANSWER.path,
          sha256: ANSWER.sha256,
          size: ANSWER.size,
          mtimeMs: 1_700_000_002_000,
          extractorVersion: 'test-1',
        });
        expect(await store.fileState(`${ROOT}/aldrig-lagrad.txt`)).toBeUndefined();
        expectSameRecord(await store.get(RELEASE.path), changed, true);
        expect((await store.stats()).failed).toEqual([{ path: broken.path, stage: 'read', code: 'pdf/no-text-layer', reason: 'ingen text' }]);

        // The problem is replaced by a newer one, then cleared when the file is finally stored.
        await store.write([{ kind: 'problem', problem: { ...broken, code: 'read/permission', reason: 'åtkomst nekad' } }]);
        expect((await store.stats()).failed).toEqual([{ path: broken.path, stage: 'read', code: 'read/permission', reason: 'åtkomst nekad' }]);
        const fixed = makeRecord(broken.path, { text: 'Nu går filen att läsa.', format: 'pdf' });
        expect((await store.write([put(fixed)]))[0]!.status).toBe('added');
        expect((await store.stats()).failed).toEqual([]);
      });
    });

    it('an updated record replaces its facts: no old diary number, reference or amount remains', async () => {
      await withStore(backend, async (store) => {
        await store.write([put(ANSWER)]);
        const replacement = makeRecord(ANSWER.path, {
          ...specOf(ANSWER),
          text: ANSWER.text.replace('S2021/01234', 'S2021/09999').replace('SOU 2020:80', 'SOU 2021:25').replace('4 miljarder', '5 miljarder'),
          diary: ['S2021/09999'],
          refs: [{ kind: 'sou', id: '2021:25' }],
          amounts: [[{ value: 5_000_000_000, currency: 'SEK' }, '5 miljarder kronor']],
        });
        await store.write([put(replacement)]);
        expect(await collect(store, { diary: 'S2021/01234' })).toEqual([]);
        expect(await collect(store, { ref: { id: '2020:80' } })).toEqual([]);
        expect(await collect(store, { minAmount: 3e9, maxAmount: 4.5e9 })).toEqual([]);
        expect(paths(await collect(store, { diary: 'S2021/09999' }))).toEqual([ANSWER.path]);
        expect(paths(await collect(store, { minAmount: 4.5e9 }))).toEqual([ANSWER.path]);
        expectSameRecord(await store.get(ANSWER.path), replacement, true);
        expect((await store.stats()).documents).toBe(1);
      });
    });

    it('the same path twice in one batch: the later item wins', async () => {
      await withStore(backend, async (store) => {
        const second = makeRecord(ANSWER.path, { ...specOf(ANSWER), text: `${ANSWER.text}\nRättelse.` });
        const results = await store.write([put(ANSWER), put(RELEASE), put(second), { kind: 'touch', path: ANSWER.path, size: 7, mtimeMs: 8 }]);
        expect(results.map((r) => r.status)).toEqual(['added', 'added', 'updated', 'unchanged']);
        expect(results[0]!.id).toBe(results[2]!.id);
        expect(results[3]!.id).toBe(results[0]!.id);
        expectSameRecord(await store.get(ANSWER.path), { ...second, size: 7 }, true);
        expect((await store.fileState(ANSWER.path))?.mtimeMs).toBe(8);
      });
    });

    it('a batch that fails stores nothing of it; earlier batches stay', async () => {
      await withStore(backend, async (store) => {
        await store.write([put(ANSWER)]);
        const invalid = { ...RELEASE, type: null } as unknown as DocumentRecord;
        const changed = makeRecord(ANSWER.path, { ...specOf(ANSWER), text: 'Ändrad text som inte får lagras.' });
        await expect(store.write([put(changed), put(QUESTION), put(invalid)])).rejects.toThrow();
        expectSameRecord(await store.get(ANSWER.path), ANSWER, true);
        expect(await store.get(QUESTION.path)).toBeUndefined();
        expect((await store.stats()).documents).toBe(1);
        // The store is still usable after the failed transaction.
        expect((await store.write([put(QUESTION)]))[0]!.status).toBe('added');
      });
    });

    it('fileState: bookkeeping of stored paths only', async () => {
      await withStore(backend, async (store) => {
        const [written] = await store.write([put(LETTER, 1_650_000_000_123.5)]);
        expect(await store.fileState(LETTER.path)).toEqual({
          id: written!.id,
          path: LETTER.path,
          sha256: LETTER.sha256,
          size: LETTER.size,
          mtimeMs: 1_650_000_000_123.5,
          extractorVersion: 'test-1',
        });
        expect(await store.fileState(`${LETTER.path}.bak`)).toBeUndefined();
      });
    });

    it('prune removes records under the roots that were not seen, and only those', async () => {
      await withStore(backend, async (store) => {
        const sibling = makeRecord('/arkiv2/svar.txt', { text: 'Ett dokument i en mapp som bara börjar likadant.' });
        const nested = makeRecord(`${ROOT}/svar/djup/mapp/x.txt`, { text: 'Djupt liggande dokument.' });
        await store.write([...BASE, sibling, nested].map((r) => put(r)));
        await store.write([{ kind: 'problem', problem: { path: `${ROOT}/svar/trasig.txt`, stage: 'read', code: 'read/encoding', reason: 'okänd teckenkodning', fatal: true } }]);
        const removed = await store.prune([`${ROOT}/svar`, `${ROOT}/press/`], new Set([ANSWER.path]));
        expect(removed.sort()).toEqual([RELEASE.path, nested.path].sort());
        expect(paths(await collect(store))).toEqual([ANSWER.path, LETTER.path, QUESTION.path, sibling.path].sort());
        // A root that is itself a stored file.
        expect(await store.prune([LETTER.path], new Set())).toEqual([LETTER.path]);
        expect(await store.prune(['/ingenstans'], new Set())).toEqual([]);
      });
    });

    it('filters: each one alone, and together', async () => {
      await withStore(backend, async (store) => {
        await store.write(BASE.map((r) => put(r)));
        const cases: [RecordFilters, DocumentRecord[]][] = [
          [{}, BASE],
          [{ type: ['press-release', 'letter'] }, [RELEASE, LETTER]],
          [{ from: '2019-01-01' }, [ANSWER, RELEASE]],
          [{ to: '2019-05-02' }, [RELEASE, LETTER]],
          [{ from: '2019-01-01', to: '2020-12-31' }, [RELEASE]],
          [{ department: 'social' }, [ANSWER]],
          [{ department: 'departementet' }, [ANSWER, RELEASE, LETTER]],
          [{ department: '100%_' }, []],
          [{ format: 'md' }, [RELEASE]],
          [{ diary: 's2021/01234' }, [ANSWER]],
          [{ diary: 'S2021/0123' }, []],
          [{ ref: { id: '2020/21:1311' } }, [ANSWER]],
          [{ ref: { kind: 'riksdag-question', id: '2020/21:2000' } }, [QUESTION]],
          [{ ref: { kind: 'bill', id: '2020/21:1311' } }, []],
          [{ ref: { id: 'sou 2020:80' } }, []],
          [{ signatory: 'hallengren' }, [ANSWER]],
          [{ signatory: 'Karin' }, [LETTER]],
          [{ askedBy: 'andersson' }, [ANSWER]],
          [{ party: 's' }, [ANSWER]],
          [{ minAmount: 1e9 }, [ANSWER]],
          [{ maxAmount: 1e9 }, [RELEASE]],
          [{ minAmount: 1e8, maxAmount: 3e8 }, [RELEASE]],
          [{ type: ['written-question-answer'], department: 'Social', from: '2021-01-01', minAmount: 1, diary: 'S2021/01234' }, [ANSWER]],
          [{ type: ['written-question-answer'], department: 'Finans' }, []],
        ];
        for (const [filters, expected] of cases) {
          expect({ filters, found: paths(await collect(store, filters)) }).toEqual({ filters, found: paths(expected) });
        }
      });
    });

    it('export streams every record in id order, without text, through more than one page', async () => {
      await withStore(backend, async (store) => {
        const many = Array.from({ length: 1_234 }, (_, i) =>
          makeRecord(`${ROOT}/massa/${String(i).padStart(5, '0')}.txt`, {
            type: i % 3 === 0 ? 'press-release' : 'letter',
            date: `20${10 + (i % 10)}-01-0${1 + (i % 9)}`,
            text: `Dokument nummer ${i} om ${i % 2 ? 'skolan' : 'vården'}.`,
          }),
        );
        for (let i = 0; i < many.length; i += 400) await store.write(many.slice(i, i + 400).map((r) => put(r)));
        const all = await collect(store);
        expect(all).toHaveLength(many.length);
        expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => a - b));
        expect(all.map((r) => r.path)).toEqual(many.map((r) => r.path));
        expect(all.every((r) => r.text === undefined)).toBe(true);
        expectSameRecord(all[617], many[617]!, false);
        expect(await collect(store, { type: ['press-release'] })).toHaveLength(Math.ceil(1_234 / 3));
      });
    });

    it('stats: counts by type, department, year and format, in the same order', async () => {
      await withStore(backend, async (store) => {
        const extra = makeRecord(`${ROOT}/extra.txt`, { type: 'letter', date: '2021-06-01', department: 'Socialdepartementet', text: 'Ett brev till.' });
        await store.write([...BASE, extra].map((r) => put(r)));
        const stats = await store.stats();
        expect(stats.documents).toBe(5);
        expect(Object.entries(stats.byType)).toEqual([['letter', 2], ['press-release', 1], ['written-question', 1], ['written-question-answer', 1]]);
        expect(Object.entries(stats.byDepartment)).toEqual([
          ['Socialdepartementet', 2],
          ['(none)', 1],
          ['Finansdepartementet', 1],
          ['Justitiedepartementet', 1],
        ]);
        expect(stats.byYear).toEqual({ '(none)': 1, '2018': 1, '2019': 1, '2021': 2 });
        expect(Object.entries(stats.byFormat)).toEqual([['txt', 4], ['md', 1]]);
        expect(stats.failed).toEqual([]);
      });
    });

    it('search: Swedish inflections, all words required, filters, date order without a query', async () => {
      await withStore(backend, async (store) => {
        await store.write(BASE.map((r) => put(r)));
        const find = async (query: string, filters: RecordFilters = {}, limit = 10) => (await store.search({ query, filters, limit })).map((h) => h.path);
        expect(await find('kommun')).toEqual(expect.arrayContaining([ANSWER.path, RELEASE.path]));
        expect((await find('kommun')).sort()).toEqual([ANSWER.path, RELEASE.path].sort());
        expect(await find('äldreomsorg')).toEqual([ANSWER.path]);
        expect(await find('kommunerna miljarder')).toEqual([ANSWER.path]);
        expect(await find('kommunerna vårdköerna')).toEqual([]);
        expect(await find('kommun', { type: ['press-release'] })).toEqual([RELEASE.path]);
        // å is a letter of its own: 'vård' is not 'vard'.
        expect(await find('vard')).toEqual([LETTER.path]);
        expect(await find('')).toEqual([ANSWER.path, RELEASE.path, LETTER.path, QUESTION.path]);
        expect(await find('', { department: 'departementet' }, 2)).toEqual([ANSWER.path, RELEASE.path]);
        const [hit] = await store.search({ query: 'bostadsbyggande', filters: {}, limit: 1 });
        expect(hit).toMatchObject({ path: RELEASE.path, type: 'press-release', title: RELEASE.title, date: '2019-05-02', department: 'Finansdepartementet' });
        expect(hit!.snippet!.highlights.length).toBeGreaterThan(0);
        const h = hit!.snippet!.highlights[0]!;
        expect(RELEASE.text.slice(h.start, h.end).toLowerCase()).toBe('bostadsbyggande');
      });
    });

    it('search: a title hit ranks above a body hit', async () => {
      await withStore(backend, async (store) => {
        const inTitle = makeRecord(`${ROOT}/rank/titel.txt`, { title: 'Krisberedskap i kommunerna', text: 'Krisberedskap i kommunerna\nOm planering och övningar i allmänhet, utan särskilda detaljer.' });
        const inBody = makeRecord(`${ROOT}/rank/brodtext.txt`, { title: 'Planering för framtiden', text: 'Planering för framtiden\nDen lokala krisberedskapen behöver stärkas enligt rapporten.' });
        await store.write([put(inBody), put(inTitle)]);
        expect((await store.search({ query: 'krisberedskap', filters: {}, limit: 10 })).map((h) => h.path)).toEqual([inTitle.path, inBody.path]);
      });
    });

    it('two writers feeding overlapping files at once: one record per path', async () => {
      const location = await backend.fresh();
      const [a, b] = [await openStore(location), await openStore(location)];
      try {
        const docs = Array.from({ length: 300 }, (_, i) => makeRecord(`${ROOT}/delad/${String(i).padStart(3, '0')}.txt`, { text: `Delat dokument ${i} om skolan.` }));
        const forward = docs.slice(0, 200);
        const backward = docs.slice(100).reverse();
        const feed = async (store: Store, list: DocumentRecord[]) => {
          const statuses: string[] = [];
          for (let i = 0; i < list.length; i += 25) statuses.push(...(await store.write(list.slice(i, i + 25).map((r) => put(r)))).map((r) => r.status));
          return statuses;
        };
        const [sa, sb] = await Promise.all([feed(a, forward), feed(b, backward)]);
        // Every path was added exactly once; the other writer's copy of an overlapping path updated it.
        expect([...sa, ...sb].filter((s) => s === 'added')).toHaveLength(300);
        expect([...sa, ...sb].filter((s) => s === 'updated')).toHaveLength(100);
        const stored = await collect(a);
        expect(stored).toHaveLength(300);
        expect(new Set(stored.map((r) => r.path)).size).toBe(300);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}

/** The spec a record was made from, to make a variant of it. */
function specOf(r: DocumentRecord): Spec {
  return {
    type: r.type,
    title: r.title,
    date: r.date,
    department: r.department,
    text: r.text,
    diary: r.diaryNumbers,
    refs: r.references,
    dates: r.dates,
    amounts: r.evidence.amounts.map((f) => [f.value, r.text.slice(f.start, f.end)] as [Amount, string]),
    signatories: r.signatories,
    askedBy: r.askedBy,
    warnings: r.warnings,
    format: r.format,
  };
}

// ---------------------------------------------------------------------------------------------
// Both backends side by side: real ingests must store identical records.

describe.runIf(server)('SQLite and PostgreSQL store the same archive', () => {
  it('ingest of the dev corpus and 60 synthetic documents: equal exports, records and stats', async () => {
    const { ingestPaths } = await import('../../src/ingest.js');
    const synthetic = syntheticCorpus(join(tmp.dir, 'syn'), 60, 5);
    const stores = [await openStore(await sqlite.fresh()), await openStore(await postgres!.fresh())];
    try {
      for (const store of stores) {
        const summary = await ingestPaths(store, [DEV, synthetic], { workers: 0, prune: true });
        expect(summary.failed).toBe(0);
      }
      // Ids are each store's own (PostgreSQL numbers a batch in path order): compare by path.
      const [left, right] = await Promise.all(
        stores.map(async (store) =>
          (await collect(store)).map(({ id, ingestedAt, ...rest }) => (void id, void ingestedAt, rest)).sort((x, y) => (x.path < y.path ? -1 : 1)),
        ),
      );
      expect(left!.length).toBeGreaterThan(70);
      expect(right).toStrictEqual(left);
      const [sa, sb] = await Promise.all(stores.map((s) => s.stats()));
      expect(Object.entries(sb!.byDepartment)).toEqual(Object.entries(sa!.byDepartment));
      expect(sb).toStrictEqual(sa);
      for (const path of left!.slice(0, 10).map((r) => r.path)) {
        const [x, y] = await Promise.all(stores.map((s) => s.get(path)));
        expect(y!.text).toBe(x!.text);
      }
      // A re-run changes nothing on either backend.
      for (const store of stores) {
        const again = await ingestPaths(store, [DEV, synthetic], { workers: 0 });
        expect({ added: again.added, updated: again.updated }).toEqual({ added: 0, updated: 0 });
      }
    } finally {
      for (const store of stores) await store.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// PostgreSQL only: opening, migrations, the server's locale.

describe.runIf(server)('PostgreSQL: opening the archive', () => {
  const password = () => new URL(server!.url).password;

  it('migrates a fresh database on first use, once, even with several processes at once', async () => {
    const location = await server!.createDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(location)));
    for (const s of stores) await s.close();
    const rows = await server!.sql(location, 'SELECT application, version FROM schema_version');
    expect(rows).toEqual([{ application: 'riksdoc', version: (await import('../../src/store/postgres-schema.js')).PG_SCHEMA_VERSION }]);
    const ext = await server!.sql(location, "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(ext).toHaveLength(1);
  });

  it('a wrong password, a missing database, a closed port: StoreOpenError, one line, no password', async () => {
    const cases: [string, RegExp][] = [
      [withPassword(server!.url, 'fel-lösenord-123'), /authentication failed/],
      [withDatabase(server!.url, 'finns_inte'), /database "finns_inte" does not exist/],
      [`postgres://riksdoc:${password()}@127.0.0.1:1/riksdoc`, /connection refused/],
      [`postgres://riksdoc:${password()}@host.invalid:5432/riksdoc`, /not found/],
    ];
    for (const [location, reason] of cases) {
      const err = await openStore(location).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreOpenError);
      const message = (err as Error).message;
      expect(message).toMatch(reason);
      expect(message).not.toContain(password());
      expect(message).not.toContain('fel-lösenord-123');
      expect(message).toContain('***');
      expect(message.split('\n')).toHaveLength(1);
    }
  });

  it('refuses a database that holds tables of its own, and one with a newer schema', async () => {
    const other = await server!.createDatabase();
    await server!.sql(other, 'CREATE TABLE documents (id int, name text)');
    await expect(openStore(other)).rejects.toThrow(/not a riksdoc database/);
    expect(await server!.sql(other, "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'schema_version'")).toEqual([{ n: 0 }]);

    const future = await server!.createDatabase();
    await (await openStore(future)).close();
    await server!.sql(future, 'UPDATE schema_version SET version = 99');
    await expect(openStore(future)).rejects.toThrow(/newer than this riksdoc understands/);
  });

  it('read-only commands do not create an archive', async () => {
    const { openPostgresStore } = await import('../../src/store/postgres.js');
    const empty = await server!.createDatabase();
    await expect(openPostgresStore(empty, { readonly: true })).rejects.toThrow(/no riksdoc archive in this database/);
    expect(await server!.sql(empty, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 0 }]);
  });

  it('the CLI exits 3 with one line and no password', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const bad = withPassword(server!.url, 'hemligt-lösen');
    for (const args of [['stats', '--db', bad], ['search', 'vård', '--db', bad]]) {
      const r = await runCli(args);
      expect(r.code).toBe(3);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/authentication failed/);
      expect(r.stderr).not.toContain('hemligt');
    }
    const viaEnv = await runCli(['stats'], { RIKSDOC_DB: withDatabase(server!.url, 'saknas') });
    expect(viaEnv.code).toBe(3);
    expect(viaEnv.stderr).not.toContain(password());
  });

  it('a database under the C locale searches Swedish the same way', async () => {
    const location = await server!.createDatabase({ cLocale: true });
    const store = await openStore(location);
    try {
      await store.write(BASE.map((r) => put(r)));
      const find = async (query: string) => (await store.search({ query, filters: {}, limit: 10 })).map((h) => h.path).sort();
      expect(await find('ÄLDREOMSORGEN')).toEqual([ANSWER.path]);
      expect(await find('Vårdköerna')).toEqual([QUESTION.path]);
      expect(await find('kommun')).toEqual([ANSWER.path, RELEASE.path].sort());
      expectSameRecord(await store.get(ANSWER.path), ANSWER, true);
    } finally {
      await store.close();
    }
  });
});
