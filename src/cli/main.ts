// commander wiring only: each command lives in its own file and returns an exit code.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { register as registerExport } from './export.js';
import { register as registerExtract } from './extract.js';
import { register as registerIngest } from './ingest.js';
import { register as registerMigrate } from './migrate.js';
import { register as registerSearch } from './search.js';
import { register as registerShow } from './show.js';
import { register as registerStats } from './stats.js';
import { DatabaseError, EXIT, type Io, processIo, UsageError } from './output.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.OK;
  const setCode = (c: number) => { code = c; };
  const program = new Command('riksdoc')
    .description('Swedish government documents → a searchable, structured archive')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showSuggestionAfterError(true);
  for (const register of [registerIngest, registerSearch, registerShow, registerExport, registerStats, registerExtract, registerMigrate]) register(program, io, setCode);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (err instanceof UsageError) { io.err(`riksdoc: ${err.message}\n`); return EXIT.USAGE; }
    if (err instanceof DatabaseError) { io.err(`riksdoc: ${err.message}\n`); return EXIT.DATABASE; }
    throw err;
  }
  return code;
}
