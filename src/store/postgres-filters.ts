// RecordFilters → an SQL condition over `d` (documents) for PostgreSQL, shared by search and export.
// The same meaning as sqlite-filters.ts; case-insensitive matches use ILIKE / lower(), which fold
// å/ä/ö too (SQLite's LIKE and NOCASE fold ASCII letters only).
import type { RecordFilters } from './types.js';

/** Collects parameters and hands out their $n placeholders, so conditions compose in any order. */
export class Params {
  readonly values: unknown[] = [];

  constructor(initial: readonly unknown[] = []) {
    this.values.push(...initial);
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export function pgFilterCondition(filters: RecordFilters, params: Params): string {
  const where: string[] = [];
  if (filters.type?.length) where.push(`d.type = ANY(${params.add(filters.type)}::text[])`);
  if (filters.from) where.push(`d.date >= ${params.add(filters.from)}`);
  if (filters.to) where.push(`d.date <= ${params.add(filters.to)}`);
  if (filters.department) {
    // "social" finds Socialdepartementet: users type the ministry's stem as often as its name.
    where.push(`d.department ILIKE ${params.add(`%${escapeLike(filters.department)}%`)}`);
  }
  if (filters.format) where.push(`d.format = ${params.add(filters.format)}`);
  if (filters.diary) {
    where.push(`d.id IN (SELECT doc_id FROM diary_numbers WHERE lower(value) = lower(${params.add(filters.diary)}))`);
  }
  if (filters.ref) {
    const kind = filters.ref.kind ? ` AND kind = ${params.add(filters.ref.kind)}` : '';
    where.push(`d.id IN (SELECT doc_id FROM doc_references WHERE lower(ref_id) = lower(${params.add(filters.ref.id)})${kind})`);
  }
  if (filters.signatory) {
    where.push(`d.id IN (SELECT doc_id FROM signatories WHERE name ILIKE ${params.add(`%${escapeLike(filters.signatory)}%`)})`);
  }
  if (filters.askedBy) where.push(`d.asked_by_name ILIKE ${params.add(`%${escapeLike(filters.askedBy)}%`)}`);
  if (filters.party) where.push(`lower(d.asked_by_party) = lower(${params.add(filters.party)})`);
  if (filters.minAmount !== undefined || filters.maxAmount !== undefined) {
    const parts = ['a.doc_id = d.id'];
    if (filters.minAmount !== undefined) parts.push(`a.value >= ${params.add(filters.minAmount)}`);
    if (filters.maxAmount !== undefined) parts.push(`a.value <= ${params.add(filters.maxAmount)}`);
    where.push(`EXISTS (SELECT 1 FROM amounts a WHERE ${parts.join(' AND ')})`);
  }
  return where.length ? where.join(' AND ') : 'TRUE';
}

/** LIKE's wildcards taken literally; backslash is PostgreSQL's default LIKE escape. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
