// Preloaded into benchmarked child processes (node --import): at exit, writes the whole process's
// peak RSS (all threads) and CPU time where bench/lib.mjs reads them.
import { writeFileSync } from 'node:fs';

const file = process.env.RIKSDOC_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
