// Preloaded into benchmarked child processes (node --import): at exit, writes the whole process's
// peak RSS (all threads) and CPU time, and the main thread's own CPU time (Linux: /proc), where
// bench/lib.mjs reads them. Main-thread CPU near the wall time means the single writer is the limit.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.RIKSDOC_BENCH_USAGE_FILE;

/** CPU milliseconds of this process's main thread, or undefined off Linux. */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state (field 3); utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, mainThreadCpuMs: mainThreadCpuMs() }));
  });
}
