#!/usr/bin/env node
// The functions a V8 CPU profile (node --cpu-prof) spends most time in, self and inclusive.
// usage: node bench/profile-top.mjs PROFILE.cpuprofile [N]     (npm run bench -- --cpu-prof writes them)
import { readFileSync } from 'node:fs';

export function profileTop(file, n = 20) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const sampled = new Map();
  p.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const name = (node) => {
    const cf = node.callFrame;
    const fn = cf.functionName || '(anonymous)';
    const where = cf.url ? ` ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}` : '';
    return (fn.startsWith('RegExp: ') ? `RegExp /${fn.slice(8, 70)}${fn.length > 78 ? '…' : ''}/` : fn) + where;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const node of p.nodes) {
    const ms = sampled.get(node.id) ?? 0;
    if (!ms) continue;
    total += ms;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  const top = (m) => [...m].filter(([k]) => !/^\((root|idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => ({ name: k, ms, share: ms / total }));
  return { totalMs: total, idleMs: self.get('(idle)') ?? 0, self: top(self), inclusive: top(inclusive) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [file, n] = process.argv.slice(2);
  const r = profileTop(file, Number(n ?? 25));
  console.log(`${file}: ${r.totalMs.toFixed(0)} ms sampled, ${r.idleMs.toFixed(0)} ms idle`);
  for (const kind of ['self', 'inclusive']) {
    console.log(`-- ${kind}`);
    for (const row of r[kind]) console.log(`${row.ms.toFixed(0).padStart(7)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`);
  }
}
