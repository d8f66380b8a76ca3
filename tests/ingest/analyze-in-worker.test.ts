// processBytes({ analyze: true }), as worker threads call it, carries the index terms the writer
// would otherwise compute; without the option the record has none.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';
import { analyzeForIndex } from '../../src/search/analyze.js';
import { SEEDS } from '../helpers/cli.js';

describe('index terms computed beside extraction', () => {
  it('equal analyzeForIndex of the title and the text', async () => {
    const files = readdirSync(SEEDS).slice(0, 8);
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const bytes = readFileSync(join(SEEDS, f));
      const outcome = await processBytes(join(SEEDS, f), bytes, { analyze: true });
      if (!outcome.ok) throw new Error(outcome.problem.reason);
      const r = outcome.record;
      expect(r.index).toMatchObject({ title: analyzeForIndex(r.title ?? ''), body: analyzeForIndex(r.text) });
      expect(r.index!.terms!.map((t) => t.join(' '))).toEqual([r.index!.title, r.index!.body]);
      expect(r.index!.body.length).toBeGreaterThan(20);
      const plain = await processBytes(join(SEEDS, f), bytes);
      expect(plain.ok && plain.record.index).toBeUndefined();
    }
  });
});
