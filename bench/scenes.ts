// 3D scene tasks: items generated per second (no drawing), scenes rendered per second at 480×320
// (three.js on SwiftShader in the Chromium page pool, id pass included), verifications per second.
// npx tsx bench/scenes.ts [--scenes 80] [--pages 2] [--verifications 200000] [--baseline old/index.ts --rounds 3]
// Wall-clock rates on a shared machine measure the neighbours too: each line also gives the CPU
// cost per job of this process tree (Node + Chromium) and the rate two free cores would give.
// --baseline: another copy of renderers/scene3d/index.ts (an older commit's, exported with its
// page.js next to it) renders the same scenes in the same run, rounds alternating, so a
// before/after comparison sees the same machine load.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Scene3D } from '../core/scene3d.js';
import { scenesOf, type Instance } from '../core/task.js';
import { tasks } from '../generators/index.js';
import { closeScene3d, renderScene3d } from '../renderers/scene3d/index.js';
import { verify } from '../verifiers/index.js';
import { timed, treeCpuSeconds } from './tree-cpu.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SCENES = Number(arg('scenes', '80'));
const PAGES = Number(arg('pages', '2'));
const VERIFS = Number(arg('verifications', '200000'));
const BASELINE = arg('baseline', '');
const ROUNDS = Number(arg('rounds', BASELINE ? '3' : '1'));
process.env.VERIFORGE_SCENE3D_PAGES = String(PAGES);

const TASKS = ['scene-qa', 'scene-transform', 'scene-view', 'scene-ground'];
const make = (task: string, i: number, level = 3): Instance<unknown> => {
  const def = tasks.get(task);
  return def.generate(new Rng(deriveSeed('bench', task, i)), resolveParams(def.params, {}, 'p', def.levels[level as 3]), { index: i });
};

async function main() {
  console.log(`load before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  // 1. Generation alone (placement, visibility estimate, programs, rejection).
  for (const task of TASKS) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let n = 0;
    for (let level = 1; level <= 5; level++) for (let i = 0; i < 40; i++, n++) make(task, i, level);
    const cpu = process.cpuUsage(c0);
    console.log(`generate ${task}: ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} items/s wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} CPU-ms/item (levels 1-5)`);
  }

  // 2. Rendering: start-up (browser, pages, shader warm-up) apart, then the steady rate.
  const scenes: Scene3D[] = [];
  for (let i = 0; scenes.length < SCENES; i++) scenes.push(...(scenesOf(make('scene-transform', i, 4)) as Scene3D[]));
  scenes.length = SCENES;
  type Renderer = { name: string; render: typeof renderScene3d; close: typeof closeScene3d; wall: number; cpu: number };
  const renderers: Renderer[] = [{ name: 'this tree', render: renderScene3d, close: closeScene3d, wall: 0, cpu: 0 }];
  if (BASELINE) {
    const old = (await import(pathToFileURL(resolve(BASELINE)).href)) as { renderScene3d: typeof renderScene3d; closeScene3d: typeof closeScene3d };
    renderers.unshift({ name: `baseline ${BASELINE}`, render: old.renderScene3d, close: old.closeScene3d, wall: 0, cpu: 0 });
  }
  for (const r of renderers) {
    const c0 = treeCpuSeconds();
    const t0 = performance.now();
    await Promise.all(Array.from({ length: PAGES }, (_, k) => r.render(scenes[k])));
    console.log(`render start-up, ${r.name} (${PAGES} pages, shaders compiled): ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${(treeCpuSeconds() - c0).toFixed(1)} CPU-s`);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const r of renderers) {
      const t = await timed(PAGES * 2, scenes.map((s) => () => r.render(s)));
      r.wall += t.wall;
      r.cpu += t.cpu;
    }
  }
  const n = SCENES * ROUNDS;
  for (const r of renderers) {
    console.log(`render 480×320, ${r.name} (${PAGES} pages, ${n} scenes): ${(n / r.wall).toFixed(1)} scenes/s wall | ${((1000 * r.cpu) / n).toFixed(0)} CPU-ms/scene | ${((2 * n) / r.cpu).toFixed(1)} scenes/s on 2 free cores`);
  }
  for (const r of renderers) await r.close();

  // 3. Verification: the reference answer and a wrong one per item, every verifier.
  const cases: { verifier: string; response: string; truth: unknown }[] = [];
  for (const task of TASKS) {
    const def = tasks.get(task);
    for (let i = 0; i < 50; i++) {
      const inst = make(task, i);
      const right = inst.answer.startsWith('<answer>') ? inst.answer : `<think>looking</think><answer>${inst.answer}</answer>`;
      cases.push({ verifier: def.verifier, response: right, truth: inst.truth });
      cases.push({ verifier: def.verifier, response: right.replace(/o\d|yes|no|\d+|red|blue/, 'x'), truth: inst.truth });
    }
  }
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < VERIFS; i++) {
    const c = cases[i % cases.length];
    sink += verify(c.verifier, c.response, c.truth).score;
  }
  const wall = (performance.now() - t0) / 1000;
  console.log(`verify (4 scene verifiers, right and wrong answers): ${(VERIFS / wall).toFixed(0)} verifications/s on one thread (${sink > 0 ? 'ok' : '?'})`);
  console.log(`load after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

main().catch(async (e) => {
  console.error(e);
  await closeScene3d();
  process.exit(1);
});
