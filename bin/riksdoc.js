#!/usr/bin/env node
// The only place that sets the process exit code: everything else returns it.
import { main } from '../dist/cli/main.js';

// `riksdoc export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`riksdoc: internal error: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
