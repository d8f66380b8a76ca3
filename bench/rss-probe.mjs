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
  // Where the memory is when the process is largest: the main thread's V8 heap and external
  // memory (SQLite's is outside V8) at the sample with the highest RSS, every 250 ms.
  let atPeak;
  const sample = () => {
    const m = process.memoryUsage();
    if (!atPeak || m.rss > atPeak.rss) atPeak = m;
  };
  setInterval(sample, 250).unref();
  process.on('exit', () => {
    sample();
    const usage = process.resourceUsage();
    const mib = (n) => Math.round(n / 2 ** 20);
    const mainAtPeak = atPeak && { rss: mib(atPeak.rss), mainHeapTotal: mib(atPeak.heapTotal), mainHeapUsed: mib(atPeak.heapUsed), external: mib(atPeak.external) };
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, mainThreadCpuMs: mainThreadCpuMs(), memoryAtPeak: mainAtPeak }));
  });
}
