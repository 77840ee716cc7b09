// Items per second for the perception tasks (transit-route, transit-qa, gui-ground, doc-qa): generate,
// render (canvas for maps; Chromium page pool for screens and documents, warmed first), ground and
// self-verify, two items in flight (one per core here). Prints wall-clock rates, CPU-seconds of the
// whole process tree per item (Chromium included) and the rate two free cores would give
// (2 / CPU-seconds per item), with the load average: on a shared box wall time measures neighbours.
// For the Chromium tasks a second line, in the same run, renders blank pages of the very same sizes
// (empty markup): the cost of Chromium's frame and screenshot alone, the floor that no change to
// the screens or documents can go below. Documents are cut to their content (`fitHeight`); a third
// line renders the same documents at their full height, as before that, for comparison. The lines of
// one task are measured in alternating batches (`--rounds`), so the load of a shared machine falls
// on all of them alike. Screens and documents come from Page.captureScreenshot (renderers/browser/html.ts,
// the default); a line "screencast path" renders the same items from a running screencast instead.
// npx tsx bench/perception.ts [--items 60] [--rounds 3] [--level 3] [--task NAME]...
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Scene } from '../core/scene.js';
import { grounded, scenesOf, type Level } from '../core/task.js';
import { tasks } from '../generators/index.js';
import { castStats, setHtmlCapture } from '../renderers/browser/html.js';
import { closeRenderers, render } from '../renderers/index.js';
import { verify } from '../verifiers/index.js';
import { timed } from './tree-cpu.js';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '60' }, rounds: { type: 'string', default: '3' }, level: { type: 'string', default: '3' }, task: { type: 'string', multiple: true } },
});
const N = Number(values.items);
const ROUNDS = Number(values.rounds);
const level = Number(values.level) as Level;
const names = values.task?.length ? values.task : ['transit-route', 'transit-qa', 'gui-ground', 'doc-qa'];

const instance = (name: string, i: number) => {
  const def = tasks.get(name);
  return def.generate(new Rng(deriveSeed('bench', name, i)), resolveParams(def.params, {}, 'params', def.levels[level]));
};

/** Image sizes of each item, for the blank pages of the same sizes. */
const sizes = new Map<string, { width: number; height: number }[]>();

/** Generate, render (`as` rewrites a scene first: a comparison line), ground and self-verify one item. */
async function one(name: string, i: number, phase: { gen: number; draw: number }, as?: (s: Scene, k: number) => Scene): Promise<void> {
  const def = tasks.get(name);
  const t0 = performance.now();
  const inst = instance(name, i);
  const t1 = performance.now();
  const imgs = await Promise.all(scenesOf(inst).map((s, k) => render(as ? as(s, k) : s)));
  if (!as) sizes.set(`${name}/${i}`, imgs.map(({ width, height }) => ({ width, height })));
  phase.gen += t1 - t0;
  phase.draw += performance.now() - t1;
  if (as) return;
  const done = grounded(def, inst, imgs.map((img) => img.boxes));
  if (verify(def.verifier, `<answer>${done.answer}</answer>`, done.truth).score !== 1) throw new Error(`${name} #${i}: own answer not accepted`);
}

const line = (label: string, items: number, wall: number, cpu: number, extra = '') =>
  `${label.padEnd(22)} ${(items / wall).toFixed(1).padStart(6)} items/s wall   ${((cpu / items) * 1000).toFixed(1).padStart(6)} ms CPU/item   ${((2 * items) / cpu).toFixed(1).padStart(6)} items/s on 2 free cores${extra}`;

/** The same page sizes with nothing on them: what Chromium's frame and capture cost by themselves. */
const blank = (name: string) => (s: Scene, k: number, i: number): Scene => (s.kind === 'html' ? { ...s, ...sizes.get(`${name}/${i}`)![k], css: '', html: '', fitHeight: false } : s);
/** Documents at their full height, not cut to their content (as before `fitHeight`). */
const fullHeight = (s: Scene): Scene => (s.kind === 'html' ? { ...s, fitHeight: false } : s);

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; level ${level}; ${N} items per task and line, ${ROUNDS} rounds, 2 in flight`);
for (const name of names) {
  const phase = { gen: 0, draw: 0 };
  // Warm-up: fonts, lazy tables, the page pool (both pages).
  await Promise.all([one(name, -1, phase), one(name, -2, phase)]);
  phase.gen = phase.draw = 0;
  const lines: { label: string; run: (i: number) => Promise<unknown>; wall: number; cpu: number; cast?: boolean }[] = [{ label: name, run: (i) => one(name, i, phase), wall: 0, cpu: 0 }];
  if (name === 'gui-ground' || name === 'doc-qa') lines.push({ label: '  screencast path', run: (i) => one(name, i, { gen: 0, draw: 0 }), wall: 0, cpu: 0, cast: true });
  if (name === 'gui-ground' || name === 'doc-qa') lines.push({ label: '  blank pages, same size', run: (i) => Promise.all(scenesOf(instance(name, i)).map((s, k) => render(blank(name)(s, k, i)))), wall: 0, cpu: 0 });
  if (name === 'doc-qa') lines.push({ label: '  full-height pages', run: (i) => one(name, i, { gen: 0, draw: 0 }, fullHeight), wall: 0, cpu: 0 });
  for (let r = 0; r < ROUNDS; r++) {
    for (const l of lines) {
      setHtmlCapture(l.cast ? 'screencast' : 'screenshot');
      const t = await timed(2, Array.from({ length: N }, (_, i) => () => l.run(i)));
      l.wall += t.wall;
      l.cpu += t.cpu;
    }
  }
  const items = N * ROUNDS;
  const pixels = [...sizes.entries()].filter(([k]) => k.startsWith(`${name}/`) && !/\/-\d$/.test(k)).flatMap(([, v]) => v).reduce((a, v) => a + v.width * v.height, 0) / N / 1e6;
  console.log(line(name, items, lines[0].wall, lines[0].cpu, `   (generate ${(phase.gen / items).toFixed(1)} ms, render ${(phase.draw / items).toFixed(1)} ms wall per item; ${pixels.toFixed(2)} MP per image)`));
  for (const l of lines.slice(1)) console.log(line(l.label, items, l.wall, l.cpu));
  if (castStats.frames) console.log(`  screencast so far: ${castStats.frames} captures, ${castStats.fallbacks} fell back to a screenshot, ${castStats.received} frames received, ${castStats.nudges} nudges`);
}
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await closeRenderers();
