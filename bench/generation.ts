// Per task, on one core: items/s for generate-only, generate+render+encode, and verifications/s.
// Usage: npx tsx bench/generation.ts [--task NAME]... [--level 3] [--seconds 2]
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Level } from '../core/task.js';
import { tasks } from '../generators/index.js';
import { closeRenderers, render } from '../renderers/index.js';
import { verify } from '../verifiers/index.js';

const { values } = parseArgs({
  options: { task: { type: 'string', multiple: true }, level: { type: 'string', default: '3' }, seconds: { type: 'string', default: '2' } },
});
const level = Number(values.level) as Level;
const budgetMs = Number(values.seconds) * 1000;
const names = values.task?.length ? values.task : tasks.names();

/** Calls per CPU-second of this process in the last `rate` run: steadier than wall time on a shared, loaded machine. */
let perCpuSecond = 0;

/** Runs `fn(i)` for i = 0, 1, ... until the time budget is spent; returns calls per second. */
async function rate(fn: (i: number) => unknown | Promise<unknown>): Promise<number> {
  await fn(0); // warm-up: lazy font, wasm or browser start-up is not counted
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let n = 0;
  while (performance.now() - t0 < budgetMs) await fn(++n);
  const cpu = process.cpuUsage(cpu0);
  perCpuSecond = n / ((cpu.user + cpu.system) / 1e6);
  return n / ((performance.now() - t0) / 1000);
}

console.log(`level ${level}, ${values.seconds} s per figure, one process (node ${process.version})`);
console.log('task                 generate/s  gen+render+png/s  (per CPU-s)  verify/s   png KB');
for (const name of names) {
  const def = tasks.get(name, '--task');
  const params = resolveParams(def.params, {}, 'params', def.levels[level]);
  const make = (i: number) => def.generate(new Rng(deriveSeed('bench', name, i)), params);
  const gen = await rate(make);
  let bytes = 0;
  let images = 0;
  const full = await rate(async (i) => {
    const inst = make(i);
    for (const s of Array.isArray(inst.scene) ? inst.scene : [inst.scene]) {
      bytes += (await render(s)).bytes.length;
      images++;
    }
  });
  const fullCpu = perCpuSecond;
  // Responses: half correct, half a corrupted copy of another item's answer.
  const pool = Array.from({ length: 64 }, (_, i) => make(i));
  const ver = await rate((i) => {
    const inst = pool[i % pool.length];
    const answer = i % 2 ? pool[(i + 1) % pool.length].answer : inst.answer;
    return verify(def.verifier, `<answer>${answer}</answer>`, inst.truth);
  });
  console.log(`${name.padEnd(20)} ${gen.toFixed(0).padStart(10)}  ${full.toFixed(1).padStart(16)}  ${fullCpu.toFixed(1).padStart(11)}  ${ver.toFixed(0).padStart(8)}  ${(bytes / images / 1024).toFixed(1).padStart(7)}`);
}
await closeRenderers();
