// The vocabulary of the SQLite archive: every distinct index term (stem) once, with its folded
// form, under a trigram index. A query word finds the compounds it is part of (omsorg →
// äldreomsorg, barnomsorgen) and, typed without å/ä/ö, the words it folds to (vard → vård) by
// one trigram look-up in this small table, then searches the main index for those terms.
import type BetterSqlite3 from 'better-sqlite3';
import { fold, indexTerms, isVocabularyTerm } from './analyze.js';

export const VOCABULARY_SQL = `
  CREATE VIRTUAL TABLE search_vocab USING fts5(
    term UNINDEXED, folded,
    tokenize="trigram remove_diacritics 0"
  );
`;

/**
 * Adds the terms this archive has not seen. What is stored is read once, at the first write of
 * the session; two writers at once may both add a new term, which a look-up merely dedupes.
 */
export class VocabularyWriter {
  private seen?: Set<string>;
  private readonly insert;

  constructor(private readonly db: BetterSqlite3.Database) {
    // One statement per document: the new terms travel as one JSON array (half the cost of a row each).
    this.insert = db.prepare("INSERT INTO search_vocab (term, folded) SELECT value ->> 0, value ->> 1 FROM json_each(?)");
  }

  /** Add the terms the archive may lack (distinct vocabulary terms, as packRecord lists them). */
  add(terms: readonly string[]): void {
    this.seen ??= new Set(this.db.prepare('SELECT term FROM search_vocab').pluck().all() as string[]);
    const fresh: [string, string][] = [];
    for (const term of terms) {
      if (this.seen.has(term)) continue;
      if (this.seen.size > 2_000_000) this.seen.clear();
      this.seen.add(term);
      fresh.push([term, fold(term)]);
    }
    if (fresh.length) this.insert.run(JSON.stringify(fresh));
  }
}

/** Above this many remembered terms a `sent` set is emptied (memory stays bounded; the writer dedupes anyway). */
const SENT_MAX = 500_000;

/**
 * The distinct vocabulary terms of index term lists (as indexTerms gives them). `sent`: terms this
 * thread has handed to the writer before; they are left out and the new ones remembered, so a
 * worker posts each term about once per ingest.
 */
export function vocabularyTerms(lists: readonly (readonly string[])[], sent: Set<string> = new Set()): string[] {
  if (sent.size > SENT_MAX) sent.clear();
  const terms: string[] = [];
  for (const list of lists) {
    for (const term of list) {
      // Most running words are short (och, att, en) and never vocabulary: rejected before the look-up.
      if (term.length < 4 || sent.has(term) || !isVocabularyTerm(term)) continue;
      sent.add(term);
      terms.push(term);
    }
  }
  return terms;
}

/**
 * Schema 1 → 2: the analyser learnt -an/-et and the vocabulary table is new. Every stored
 * document is analysed again (the original text is in documents.text) inside the migration's
 * transaction, so an archive is either all old or all new.
 */
export function reindexAll(db: BetterSqlite3.Database): void {
  db.exec(VOCABULARY_SQL);
  db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')");
  const insertFts = db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
  const vocab = new VocabularyWriter(db);
  const get = db.prepare('SELECT title, text FROM documents WHERE id = ?');
  for (const id of db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]) {
    const row = get.get(id) as { title: string | null; text: string };
    const title = indexTerms(row.title ?? '');
    const body = indexTerms(row.text);
    insertFts.run(id, title.join(' '), body.join(' '));
    vocab.add(vocabularyTerms([title, body]));
  }
}
