// Damaged copies of every format (cut short, bytes overwritten, a block moved): the reader either
// reads what it can or gives one problem with a code of its own format. It never throws past the
// pipeline, never hangs, and never reports an unexplained 'read/error'.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';
import { ROOT } from '../helpers/cli.js';

const DOCS = join(ROOT, 'fixtures/formats/docs');
const FILES = ['regeringsbeslut.pdf', 'regeringsbeslut.docx', 'regeringsbeslut.doc', 'pressmeddelande.doc', 'kommittedirektiv.doc', 'regeringsbeslut.html', 'regeringsbeslut.md'];
const KNOWN = /^(?:read\/(?:empty|binary|encoding|unsupported-format)|pdf\/(?:corrupt|encrypted|no-text-layer)|docx\/(?:corrupt|not-word|encrypted)|doc\/(?:corrupt|not-word|encrypted|unsupported)|rtf\/corrupt)$/;

const damage = (bytes: Buffer) =>
  fc.oneof(
    fc.integer({ min: 0, max: bytes.length - 1 }).map((n) => bytes.subarray(0, n)),
    fc.array(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((edits) => {
      const copy = Buffer.from(bytes);
      for (const [at, v] of edits) copy[at] = v;
      return copy;
    }),
    fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 2048 }), fc.integer({ min: 0, max: bytes.length - 1 })).map(([from, len, to]) => {
      const block = bytes.subarray(from, from + len);
      return Buffer.concat([bytes.subarray(0, to), block, bytes.subarray(to + block.length)]);
    }),
  );

describe('damaged files', () => {
  for (const file of FILES) {
    it(`${file}: a record or one known problem`, { timeout: 120_000 }, async () => {
      const bytes = readFileSync(join(DOCS, file));
      await fc.assert(
        fc.asyncProperty(damage(bytes), async (broken) => {
          const outcome = await processBytes(file, broken);
          if (outcome.ok) {
            expect(typeof outcome.record.text).toBe('string');
            expect(outcome.record.text.trim()).not.toBe('');
          } else {
            expect(outcome.problem.code).toMatch(KNOWN);
            expect(outcome.problem.reason).not.toMatch(/\n/);
          }
        }),
        { numRuns: Number(process.env.DAMAGE_RUNS ?? 40) },
      );
    });
  }
});
