// Per task: items per CPU-second of this process (user + system time of all its threads) for
// generate only and generate + render + PNG encode. On a shared, overloaded box wall-clock rates
// mostly measure the other processes; CPU time measures what one free core would do.
// Usage: npx tsx bench/cpu-rate.ts [--task NAME]... [--level 3] [--seconds 2]
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Level } from '../core/task.js';
import { tasks } from '../generators/index.js';
import { closeRenderers, render } from '../renderers/index.js';

const { values } = parseArgs({
  options: { task: { type: 'string', multiple: true }, level: { type: 'string', default: '3' }, seconds: { type: 'string', default: '2' } },
});
const level = Number(values.level) as Level;
const budget = Number(values.seconds);
const names = values.task?.length ? values.task : tasks.names();

/** Calls `fn(i)` until `budget` CPU-seconds are spent; returns calls per CPU-second. */
async function cpuRate(fn: (i: number) => unknown): Promise<number> {
  await fn(0); // warm-up: lazy tables, fonts
  const c0 = process.cpuUsage();
  const used = () => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  let n = 0;
  while (used() < budget) await fn(++n);
  return n / used();
}

console.log(`level ${level}, ${budget} CPU-s per figure, one process (node ${process.version})`);
console.log('task                 generate/cpu-s  gen+render+png/cpu-s');
for (const name of names) {
  const def = tasks.get(name, '--task');
  const params = resolveParams(def.params, {}, 'params', def.levels[level]);
  const make = (i: number) => def.generate(new Rng(deriveSeed('bench', name, i)), params);
  const gen = await cpuRate(make);
  const full = await cpuRate(async (i) => {
    const inst = make(i);
    for (const s of Array.isArray(inst.scene) ? inst.scene : [inst.scene]) await render(s);
  });
  console.log(`${name.padEnd(20)} ${gen.toFixed(0).padStart(14)}  ${full.toFixed(1).padStart(20)}`);
}
await closeRenderers();
