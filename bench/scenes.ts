// 3D scene tasks: items generated per second (no drawing), scenes rendered per second at 480×320
// (three.js on SwiftShader in the Chromium page pool, id pass included), verifications per second.
// npx tsx bench/scenes.ts [--scenes 80] [--pages 2] [--verifications 200000]
// Wall-clock rates on a shared machine measure the neighbours too: each line also gives the CPU
// cost per job of this process tree (Node + Chromium) and the rate two free cores would give.
import { loadavg } from 'node:os';
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
  let c0 = treeCpuSeconds();
  let t0 = performance.now();
  await Promise.all(Array.from({ length: PAGES }, (_, k) => renderScene3d(scenes[k])));
  console.log(`render start-up (${PAGES} pages, shaders compiled): ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${(treeCpuSeconds() - c0).toFixed(1)} CPU-s`);
  const t = await timed(PAGES * 2, scenes.slice(0, SCENES).map((s) => () => renderScene3d(s)));
  console.log(`render 480×320 (${PAGES} pages): ${(SCENES / t.wall).toFixed(1)} scenes/s wall | ${((1000 * t.cpu) / SCENES).toFixed(0)} CPU-ms/scene | ${((2 * SCENES) / t.cpu).toFixed(1)} scenes/s on 2 free cores`);
  await closeScene3d();

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
  c0 = treeCpuSeconds();
  t0 = performance.now();
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
