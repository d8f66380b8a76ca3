// RecordFilters → an SQL condition over `d` (documents), shared by search and export.
import type { RecordFilters } from './types.js';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

export function filterCondition(filters: RecordFilters): SqlCondition {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.type?.length) {
    where.push(`d.type IN (${filters.type.map(() => '?').join(',')})`);
    params.push(...filters.type);
  }
  if (filters.from) { where.push('d.date >= ?'); params.push(filters.from); }
  if (filters.to) { where.push('d.date <= ?'); params.push(filters.to); }
  if (filters.department) {
    // "social" finds Socialdepartementet: users type the ministry's stem as often as its name.
    where.push("d.department LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(filters.department)}%`);
  }
  if (filters.format) { where.push('d.format = ?'); params.push(filters.format); }
  if (filters.diary) {
    where.push('d.id IN (SELECT doc_id FROM diary_numbers WHERE value = ? COLLATE NOCASE)');
    params.push(filters.diary);
  }
  if (filters.ref) {
    if (filters.ref.kind) {
      where.push('d.id IN (SELECT doc_id FROM doc_references WHERE ref_id = ? COLLATE NOCASE AND kind = ?)');
      params.push(filters.ref.id, filters.ref.kind);
    } else {
      where.push('d.id IN (SELECT doc_id FROM doc_references WHERE ref_id = ? COLLATE NOCASE)');
      params.push(filters.ref.id);
    }
  }
  if (filters.signatory) {
    where.push("d.id IN (SELECT doc_id FROM signatories WHERE name LIKE ? ESCAPE '\\')");
    params.push(`%${escapeLike(filters.signatory)}%`);
  }
  if (filters.askedBy) {
    where.push("d.asked_by_name LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(filters.askedBy)}%`);
  }
  if (filters.party) { where.push('d.asked_by_party = ? COLLATE NOCASE'); params.push(filters.party); }
  if (filters.minAmount !== undefined || filters.maxAmount !== undefined) {
    const parts = ['doc_id = d.id'];
    if (filters.minAmount !== undefined) { parts.push('value >= ?'); params.push(filters.minAmount); }
    if (filters.maxAmount !== undefined) { parts.push('value <= ?'); params.push(filters.maxAmount); }
    where.push(`EXISTS (SELECT 1 FROM amounts WHERE ${parts.join(' AND ')})`);
  }
  return { sql: where.length ? where.join(' AND ') : '1', params };
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
