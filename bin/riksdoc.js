#!/usr/bin/env node
// The only place that sets the process exit code: everything else returns it.
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`riksdoc: internal error: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
