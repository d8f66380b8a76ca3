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
