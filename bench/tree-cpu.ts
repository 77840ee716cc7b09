import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by this process and every descendant (Chromium and its renderers), from
 * /proc. On a shared machine wall time mostly measures the neighbours; CPU time measures our work.
 */
export function treeCpuSeconds(): number {
  const tick = 100; // USER_HZ on Linux
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(rest[1]));
      cpu.set(Number(d), (Number(rest[11]) + Number(rest[12])) / tick);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  for (const [pid, t] of cpu) {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) {
      if (p === process.pid) {
        total += t;
        break;
      }
    }
  }
  return total;
}

/** Runs `jobs` with at most `n` in flight; returns wall seconds and CPU seconds of the process tree. */
export async function timed(n: number, jobs: (() => Promise<unknown>)[]): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = treeCpuSeconds();
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (next < jobs.length) await jobs[next++](); }));
  return { wall: (performance.now() - t0) / 1000, cpu: treeCpuSeconds() - c0 };
}
