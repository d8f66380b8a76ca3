#!/usr/bin/env node
// The only place that sets the process exit code: everything else returns it.
import { existsSync, readFileSync, statSync } from 'node:fs';

// `riksdoc --version` alone answers before loading commander and the CLI (~60 ms of imports):
// scripts call it to check the tool is there, and it should cost little more than node itself.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  await run();
}

async function run() {
  // The bundle (scripts/bundle.mjs, made by `npm run build`) loads in a few files what the
  // compiled modules load in ~30. A tsc-only build (newer than the bundle) runs from dist/cli.
  const compiled = new URL('../dist/cli/main.js', import.meta.url);
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  const fresh = existsSync(bundled) && (!existsSync(compiled) || statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs);
  const { main } = await import(fresh ? bundled.href : compiled.href);

  // `riksdoc export | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  await main(process.argv).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`riksdoc: internal error: ${err?.stack ?? err}\n`); process.exitCode = 70; },
  );
}
