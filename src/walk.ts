// Streams the document files under the given paths: no whole-corpus arrays, symlink loops cut.
import { opendir, realpath, stat } from 'node:fs/promises';
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
  let handle;
  try {
    handle = await opendir(dir);
  } catch (err) {
    yield { kind: 'problem', problem: walkProblem(dir, err) };
    return;
  }
  const subdirs: string[] = [];
  const files: string[] = [];
  try {
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) subdirs.push(path);
      else if (entry.isFile()) files.push(path);
      else if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          if (target.isDirectory()) subdirs.push(path);
          else if (target.isFile()) files.push(path);
        } catch (err) {
          yield { kind: 'problem', problem: walkProblem(path, err) };
        }
      }
    }
  } catch (err) {
    yield { kind: 'problem', problem: walkProblem(dir, err) };
  }
  // Sorted order makes runs, progress and JSON output reproducible.
  files.sort();
  for (const path of files) {
    if (formatFromExtension(path)) yield { kind: 'file', path };
    else yield { kind: 'skipped', path, reason: 'not a document format riksdoc reads' };
  }
  subdirs.sort();
  for (const sub of subdirs) yield* walkDir(sub, visited);
}
