import type { Command } from 'commander';
import { EXIT, type Io } from './output.js';

export async function runExtract(paths: string[], opts: { text?: boolean }, io: Io): Promise<number> {
  const { processFile, recordToJson } = await import('../pipeline.js');
  let failed = 0;
  for (const path of paths) {
    const outcome = await processFile(path);
    if (outcome.ok) {
      io.out(JSON.stringify(recordToJson(outcome.record, { text: opts.text })) + '\n');
    } else {
      failed++;
      io.err(`riksdoc: ${outcome.problem.path}: ${outcome.problem.reason} [${outcome.problem.code}]\n`);
    }
  }
  return failed ? EXIT.SOME_FAILED : EXIT.OK;
}

export function register(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('extract')
    .description('print the record of each file as one JSON line (no database)')
    .argument('<files...>', 'documents to read')
    .option('--text', 'include the read text in each record')
    .action(async (files: string[], opts: { text?: boolean }) => setCode(await runExtract(files, opts, io)));
}
