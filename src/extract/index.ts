// Runs every extractor over one ReadDocument and assembles the record's facts with their evidence.
import { classify, meta as classifyMeta } from '../classify/index.js';
import type { DocumentRecord, Evidence, Fact, ReadDocument } from '../record.js';
import amounts from './amounts.js';
import askedBy from './askedBy.js';
import dates from './dates.js';
import department from './department.js';
import diaryNumbers from './diaryNumbers.js';
import documentDate from './documentDate.js';
import references from './references.js';
import signatories from './signatories.js';
import title from './title.js';
import type { ExtractContext } from './types.js';

const EXTRACTORS = [amounts, askedBy, dates, department, diaryNumbers, documentDate, references, signatories, title];

/** One string naming every rule version: a changed rule re-extracts unchanged files on the next ingest. */
export const EXTRACTOR_VERSION = [
  `type@${classifyMeta.version}`,
  ...EXTRACTORS.map((e) => `${e.meta.field}@${e.meta.version}`).sort(),
].join(',');

/** Types whose record carries `askedBy` (null when the asker cannot be found). */
export const QUESTION_TYPES = new Set(['written-question-answer', 'interpellation-answer', 'interpellation', 'written-question']);

export type ExtractedFields = Omit<DocumentRecord, 'id' | 'path' | 'sha256' | 'format' | 'encoding' | 'size' | 'warnings' | 'text'>;

function uniqueBy<T>(facts: Fact<T>[], key: (v: T) => string): Fact<T>[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = key(f.value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function extractFields(doc: ReadDocument): ExtractedFields {
  const classification = classify(doc);
  const ctx: ExtractContext = { type: classification.type };
  const dateFacts = uniqueBy(dates.extract(doc, ctx), (v) => v);
  ctx.dates = dateFacts;
  const firstYear = dateFacts[0] ? Number(dateFacts[0].value.slice(0, 4)) : undefined;
  if (firstYear !== undefined) ctx.documentYear = firstYear;

  const ownDate = documentDate.extract(doc, ctx)[0];
  if (ownDate) ctx.documentYear = Number(ownDate.value.slice(0, 4));
  const titleFact = title.extract(doc, ctx)[0];
  const departmentFact = department.extract(doc, ctx)[0];
  const diaryFacts = uniqueBy(diaryNumbers.extract(doc, ctx), (v) => v);
  const referenceFacts = uniqueBy(references.extract(doc, ctx), (r) => `${r.kind}|${r.id}`);
  const amountFacts = uniqueBy(amounts.extract(doc, ctx), (a) => `${a.value}|${a.currency}`);
  const signatoryFacts = signatories.extract(doc, ctx);
  const askerFact = QUESTION_TYPES.has(classification.type) ? askedBy.extract(doc, ctx)[0] : undefined;

  const evidence: Evidence = {
    type: { rule: classification.rule, start: classification.start, end: classification.end },
    diaryNumbers: diaryFacts,
    references: referenceFacts,
    dates: [...dateFacts].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.start - b.start)),
    amounts: amountFacts,
    signatories: signatoryFacts,
  };
  if (titleFact) evidence.title = titleFact;
  if (ownDate) evidence.date = ownDate;
  if (departmentFact) evidence.department = departmentFact;
  if (askerFact) evidence.askedBy = askerFact;

  const fields: ExtractedFields = {
    type: classification.type,
    typeRule: classification.rule,
    title: titleFact?.value ?? null,
    date: ownDate?.value ?? null,
    department: departmentFact?.value ?? null,
    diaryNumbers: diaryFacts.map((f) => f.value),
    references: referenceFacts.map((f) => f.value),
    dates: evidence.dates.map((f) => f.value),
    amounts: amountFacts.map((f) => f.value),
    signatories: signatoryFacts.map((f) => f.value),
    evidence,
    extractorVersion: EXTRACTOR_VERSION,
  };
  if (QUESTION_TYPES.has(classification.type)) fields.askedBy = askerFact?.value ?? null;
  return fields;
}
