// Items per second for the perception tasks (transit-route, transit-qa, gui-ground, doc-qa): generate,
// render (canvas for maps; Chromium page pool for screens and documents, warmed first), ground and
// self-verify, two items in flight (one per core here). Prints wall-clock rates, CPU-seconds of the
// whole process tree per item (Chromium included) and the rate two free cores would give
// (2 / CPU-seconds per item), with the load average: on a shared box wall time measures neighbours.
// For the Chromium tasks a second line, in the same run, renders blank pages of the very same sizes
// (empty markup): the cost of Chromium's frame and screenshot alone, the floor that no change to
// the screens or documents can go below.
// npx tsx bench/perception.ts [--items 60] [--level 3] [--task NAME]...
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Scene } from '../core/scene.js';
import { grounded, scenesOf, type Level } from '../core/task.js';
import { tasks } from '../generators/index.js';
import { closeRenderers, render } from '../renderers/index.js';
import { verify } from '../verifiers/index.js';
import { timed } from './tree-cpu.js';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '60' }, level: { type: 'string', default: '3' }, task: { type: 'string', multiple: true } },
});
const N = Number(values.items);
const level = Number(values.level) as Level;
const names = values.task?.length ? values.task : ['transit-route', 'transit-qa', 'gui-ground', 'doc-qa'];

async function one(name: string, i: number, phase: { gen: number; draw: number }): Promise<void> {
  const def = tasks.get(name);
  const t0 = performance.now();
  const inst = def.generate(new Rng(deriveSeed('bench', name, i)), resolveParams(def.params, {}, 'params', def.levels[level]));
  const t1 = performance.now();
  const imgs = await Promise.all(scenesOf(inst).map((s) => render(s)));
  phase.gen += t1 - t0;
  phase.draw += performance.now() - t1;
  const done = grounded(def, inst, imgs.map((img) => img.boxes));
  if (verify(def.verifier, `<answer>${done.answer}</answer>`, done.truth).score !== 1) throw new Error(`${name} #${i}: own answer not accepted`);
}

const line = (label: string, wall: number, cpu: number, extra = '') =>
  `${label.padEnd(22)} ${(N / wall).toFixed(1).padStart(6)} items/s wall   ${((cpu / N) * 1000).toFixed(1).padStart(6)} ms CPU/item   ${((2 * N) / cpu).toFixed(1).padStart(6)} items/s on 2 free cores${extra}`;

/** The same page sizes with nothing on them: what Chromium's frame and capture cost by themselves. */
async function captureFloor(name: string): Promise<void> {
  const def = tasks.get(name);
  const blank = (i: number): Scene[] =>
    scenesOf(def.generate(new Rng(deriveSeed('bench', name, i)), resolveParams(def.params, {}, 'params', def.levels[level]))).map((s) => (s.kind === 'html' ? { ...s, css: '', html: '' } : s));
  const { wall, cpu } = await timed(2, Array.from({ length: N }, (_, i) => () => Promise.all(blank(i).map((s) => render(s)))));
  console.log(line(`  blank pages, same size`, wall, cpu));
}

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; level ${level}; ${N} items per task, 2 in flight`);
for (const name of names) {
  const phase = { gen: 0, draw: 0 };
  // Warm-up: fonts, lazy tables, the page pool (both pages).
  await Promise.all([one(name, -1, phase), one(name, -2, phase)]);
  phase.gen = phase.draw = 0;
  const { wall, cpu } = await timed(2, Array.from({ length: N }, (_, i) => () => one(name, i, phase)));
  console.log(line(name, wall, cpu, `   (generate ${(phase.gen / N).toFixed(1)} ms, render ${(phase.draw / N).toFixed(1)} ms wall per item)`));
  if (name === 'gui-ground' || name === 'doc-qa') await captureFloor(name);
}
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await closeRenderers();
