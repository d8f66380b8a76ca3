// A record crosses from a worker to the writer packed: nothing of it may change on the way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/record.js';
import { indexRecord, isPacked, packRecord, unpacked, unpackRecord } from '../../src/store/packed.js';
import { vocabularyTerms } from '../../src/search/sqlite-vocabulary.js';

const SEEDS = new URL('../../../shared/corpus/seeds/docs/', import.meta.url).pathname;

async function recordOf(text: string, path = '/docs/svar.txt'): Promise<DocumentRecord> {
  const outcome = await processBytes(path, Buffer.from(text), { analyze: true });
  if (!outcome.ok) throw new Error(outcome.problem.reason);
  return outcome.record;
}

const ANSWER = `Svar på fråga 2020/21:1311 av Anna Andersson (M)
Äldreomsorgen i kommunerna

Anna Andersson har frågat socialministern om äldreomsorgslyftet. Regeringen har avsatt
3,4 miljarder kronor och 250 000 kronor till kommunerna, se SOU 2021:25 och Dir. 2024:18.

Stockholm den 12 mars 2021

Lena Hallengren
Socialminister
S2021/01234
`;

/** The term lists only help packing pick out vocabulary terms; the writer needs the joined strings. */
function withoutTermLists(record: DocumentRecord): DocumentRecord {
  return { ...record, index: { title: record.index!.title, body: record.index!.body } };
}

describe('packRecord / unpackRecord', () => {
  it('round-trips a record: every field, the evidence and the warnings come back equal', async () => {
    const record = await recordOf(ANSWER);
    const packed = packRecord(record);
    expect(isPacked(packed)).toBe(true);
    expect(isPacked(record)).toBe(false);
    const back = unpackRecord(packed);
    expect(back).toEqual(withoutTermLists(record));
    expect(unpacked(record)).toBe(record);
    expect(packed.evidenceJson).toBe(JSON.stringify(record.evidence));
  });

  it('flattens each evidence list into rows in list order', async () => {
    const record = await recordOf(ANSWER);
    const p = packRecord(record);
    const e = record.evidence;
    expect(e.amounts.length).toBeGreaterThanOrEqual(2);
    expect(p.facts.amounts).toEqual(e.amounts.flatMap((f) => [f.value.value, f.value.currency, f.start, f.end]));
    expect(p.facts.amounts.slice(0, 2)).toEqual([3_400_000_000, 'SEK']);
    expect(p.facts.references.length).toBe(4 * e.references.length);
    expect(p.facts.dates).toEqual(e.dates.flatMap((f) => [f.value, f.start, f.end]));
    expect(p.facts.signatories.slice(0, 2)).toEqual([e.signatories[0]!.value.name, e.signatories[0]!.value.title]);
    expect(p.facts.diaryNumbers[0]).toBe('S2021/01234');
  });

  it('keeps askedBy absent for types without an asker, and null when it cannot be found', async () => {
    const letter = await recordOf('Pressmeddelande\n12 mars 2021\nSocialdepartementet\n\nRegeringen ger stöd till äldreomsorgen.\n', '/docs/pm.txt');
    expect('askedBy' in unpackRecord(packRecord(letter))).toBe(false);
    const question = { ...(await recordOf(ANSWER)), askedBy: null };
    expect(unpackRecord(packRecord(question)).askedBy).toBeNull();
  });

  it('lists each vocabulary term once, and leaves out what the packing thread has sent before', async () => {
    const record = await recordOf(ANSWER);
    const sent = new Set<string>();
    const first = packRecord(record, sent);
    expect(first.index!.vocabulary).toEqual(vocabularyTerms(record.index!.terms!));
    expect(new Set(first.index!.vocabulary).size).toBe(first.index!.vocabulary.length);
    expect(first.index!.vocabulary).toEqual([...new Set([...record.index!.title.split(' '), ...record.index!.body.split(' ')])].filter((t) => t.length >= 4 && /\p{L}/u.test(t)));
    expect(first.index!.vocabulary).toContain('äldreomsorg');
    expect(first.index!.vocabulary.every((t) => t.length >= 4)).toBe(true);
    expect(packRecord(record, sent).index!.vocabulary).toEqual([]);
    // Without a set: every term, every time.
    expect(packRecord(record).index!.vocabulary).toEqual(first.index!.vocabulary);
  });

  it('index: false leaves the index to the writer; indexRecord there gives what packing would have', async () => {
    const record = await recordOf(ANSWER);
    const lean = packRecord(record, undefined, { index: false });
    expect(lean.index).toBeUndefined();
    expect(indexRecord(lean)).toEqual(packRecord(record).index);
    expect(indexRecord(lean).body).toBe(record.index!.body);
    const { index: _index, ...rest } = unpackRecord(lean);
    const { index: _full, ...whole } = record;
    expect(rest).toEqual(whole);
  });

  it('every seed document survives the trip unchanged', async () => {
    const names = readdirSync(SEEDS);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const outcome = await processBytes(join(SEEDS, name), readFileSync(join(SEEDS, name)), { analyze: true });
      if (!outcome.ok) continue;
      expect(unpackRecord(packRecord(outcome.record))).toEqual(withoutTermLists(outcome.record));
    }
  });
});
