// Items per CPU-second (this process's user + system time, all threads) for generate only and for
// generate + render + PNG encode. Unlike wall-clock rates it holds up on a shared, loaded machine.
// Usage: npx tsx bench/cpu-rate.ts [--task NAME]... [--level 3] [--cpu-seconds 3]
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Level } from '../core/task.js';
import { tasks } from '../generators/index.js';
import { closeRenderers, render } from '../renderers/index.js';

const { values } = parseArgs({
  options: { task: { type: 'string', multiple: true }, level: { type: 'string', default: '3' }, 'cpu-seconds': { type: 'string', default: '3' } },
});
const level = Number(values.level) as Level;
const budgetUs = Number(values['cpu-seconds']) * 1e6;

async function perCpuSecond(fn: (i: number) => unknown): Promise<number> {
  await fn(0); // warm-up
  const c0 = process.cpuUsage();
  for (let n = 1; ; n++) {
    await fn(n);
    const u = process.cpuUsage(c0);
    if (u.user + u.system >= budgetUs) return n / ((u.user + u.system) / 1e6);
  }
}

console.log(`level ${level}, ${values['cpu-seconds']} CPU-s per figure (node ${process.version})`);
console.log('task                 generate/cpu-s  gen+render+png/cpu-s');
for (const name of values.task?.length ? values.task : tasks.names()) {
  const def = tasks.get(name, '--task');
  const params = resolveParams(def.params, {}, 'params', def.levels[level]);
  const make = (i: number) => def.generate(new Rng(deriveSeed('bench', name, i)), params);
  const gen = await perCpuSecond(make);
  const full = await perCpuSecond(async (i) => {
    const inst = make(i);
    for (const s of Array.isArray(inst.scene) ? inst.scene : [inst.scene]) await render(s);
  });
  console.log(`${name.padEnd(20)} ${gen.toFixed(0).padStart(14)}  ${full.toFixed(1).padStart(20)}`);
}
await closeRenderers();
