// The judged query set on PostgreSQL, when a server can be started (tests/helpers/postgres.ts):
// the same targets as SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with the command-line script
import { evaluate, loadFixture } from '../../scripts/search-quality.mjs';
import { parseQuery } from '../../src/search/query.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { parseDesignationQuery } from '../../src/swedish/designations.js';
import { IN_CI, type PgServer, startPostgres } from '../helpers/postgres.js';

const availability = await startPostgres();
const server: PgServer | undefined = availability.server;
if (!server && IN_CI) throw new Error(availability.skipped);

describe.runIf(server)('judged query set on PostgreSQL', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await server!.createDatabase());
    await loadFixture(store);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  it('recall@10 = 1 and precision@10 ≥ 0.9', async () => {
    const r = await evaluate(store, { parse: (q: string) => parseQuery(q, { parseDesignation: parseDesignationQuery }) });
    const failing = r.results.filter((q: { recall: number }) => q.recall < 1).map((q: { q: string; got: string[] }) => `${q.q} → ${q.got.join(',')}`);
    expect(failing).toEqual([]);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });

  describe('ranking a bounded candidate set when there are more matches than the pool', () => {
    const parse = (q: string) => parseQuery(q, { parseDesignation: parseDesignationQuery });
    const find = (q: string, limit = 10, filters = {}) => store.search({ query: q, parsed: parse(q), filters, limit });
    const names = (hits: { path: string }[]) => hits.map((h) => h.path.replace(/^.*\//, '').replace(/\.txt$/, ''));
    const withPool = async <T>(pool: number, f: () => Promise<T>): Promise<T> => {
      const { pgSearchTuning } = await import('../../src/store/postgres-search.js');
      const saved = pgSearchTuning.pool;
      pgSearchTuning.pool = pool;
      try {
        return await f();
      } finally {
        pgSearchTuning.pool = saved;
      }
    };

    it('every hit still matches, a limit past the pool gets every match, filters still find old documents', async () => {
      const exact = names(await find('kommun', 50));
      expect(exact.length).toBeGreaterThan(4);
      await withPool(2, async () => {
        expect(names(await find('kommun', 50))).toEqual(exact);
        const few = names(await find('kommun', 3));
        expect(few.length).toBe(3);
        for (const n of few) expect(exact).toContain(n);
        expect(names(await find('kommun', 10, { type: ['press-release'] }))).toEqual(['a5-pm-barnomsorg']);
        expect(names(await find('omsorg'))[0]).toBe('a6-beslut-omsorg');
      });
    });

    it('an old document with the word in its title is not lost behind newer body matches', async () => {
      const exact = names(await find('äldreomsorg', 2));
      expect(exact.sort()).toEqual(['a1-svar-bemanning-aldreomsorgen', 'a4-brev-aldreomsorgens-finansiering']);
      await withPool(1, async () => {
        expect(names(await find('äldreomsorg', 2)).sort()).toEqual(exact);
        const all = names(await find('äldreomsorg', 10));
        expect(all.slice(0, 2).sort()).toEqual(exact);
        expect(all).toContain('a3-prop-aldreomsorgslag');
      });
    });
  });

  it('under the C locale too', async () => {
    const c = await openStore(await server!.createDatabase({ cLocale: true }));
    try {
      await loadFixture(c);
      const r = await evaluate(c, { parse: (q: string) => parseQuery(q, { parseDesignation: parseDesignationQuery }) });
      expect(r.recall).toBe(1);
      expect(r.precision).toBeGreaterThanOrEqual(0.9);
    } finally {
      await c.close();
    }
  });
});
