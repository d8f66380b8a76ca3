// Streams the document files under the given paths: no whole-corpus arrays, symlink loops cut.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatFromExtension } from './read/index.js';
import { type Problem, problem } from './record.js';

export type WalkEntry = { kind: 'file'; path: string } | { kind: 'skipped'; path: string; reason: string } | { kind: 'problem'; problem: Problem };

function walkProblem(path: string, err: unknown): Problem {
  const code = (err as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ELOOP' ? 'symbolic link loop'
    : err instanceof Error ? err.message : String(err);
  return problem(path, 'walk', code === 'ENOENT' ? 'walk/not-found' : code === 'ELOOP' ? 'walk/symlink-loop' : 'walk/error', reason);
}

/**
 * Yields every supported file under `roots` (files given directly are yielded whatever their
 * extension, so the reader can say why it cannot read them). Hidden entries (".git") are skipped.
 */
export async function* walkDocuments(roots: string[]): AsyncGenerator<WalkEntry> {
  const visitedDirs = new Set<string>();
  for (const root of roots) {
    const abs = resolve(root);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      yield { kind: 'problem', problem: walkProblem(abs, err) };
      continue;
    }
    if (info.isDirectory()) yield* walkDir(abs, visitedDirs);
    else yield { kind: 'file', path: abs };
  }
}

async function* walkDir(dir: string, visited: Set<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    yield { kind: 'problem', problem: walkProblem(dir, err) };
    return;
  }
  // A symlink that points back up the tree would otherwise be walked forever.
  if (visited.has(real)) return;
  visited.add(real);
  // One readdir call, then names only: a folder of 100 000 files would otherwise hold 100 000
  // Dirent objects and full paths (and a promise per entry with opendir) for the whole walk.
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'problem', problem: walkProblem(dir, err) };
    return;
  }
  const subdirs: string[] = [];
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) subdirs.push(entry.name);
    else if (entry.isFile()) files.push(entry.name);
    else if (entry.isSymbolicLink()) {
      try {
        const target = await stat(join(dir, entry.name));
        if (target.isDirectory()) subdirs.push(entry.name);
        else if (target.isFile()) files.push(entry.name);
      } catch (err) {
        yield { kind: 'problem', problem: walkProblem(join(dir, entry.name), err) };
      }
    }
  }
  entries = undefined;
  // Sorted order makes runs, progress and JSON output reproducible.
  files.sort();
  for (const name of files) {
    const path = join(dir, name);
    if (formatFromExtension(path)) yield { kind: 'file', path };
    else yield { kind: 'skipped', path, reason: 'not a document format riksdoc reads' };
  }
  subdirs.sort();
  for (const name of subdirs) yield* walkDir(join(dir, name), visited);
}
