// CAD figures on one core: parts/s (generate: program + kernel + measure + mesh, then 4 views
// rendered and PNG-encoded), cad-code verifications/s on distinct candidate programs (no cache
// hits) and on a repeated program (cache hits), and memory over a long verification run.
// The first parts of a process pay a one-off start (kernel worker, wasm compilation, V8 tiering
// the hot OpenCascade code up): measured apart over --warm parts, then the steady rate.
// Usage: npx tsx bench/cad.ts [--warm 16] [--parts 80] [--verifs 1000] [--level 3]
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Level } from '../core/task.js';
import { cadCode, type CadCodeTruth } from '../generators/cad/index.js';
import { closeKernel, kernelStats } from '../generators/cad/kernel/index.js';
import { render } from '../renderers/index.js';
import { verify } from '../verifiers/index.js';

const { values } = parseArgs({
  options: { warm: { type: 'string', default: '16' }, parts: { type: 'string', default: '80' }, verifs: { type: 'string', default: '1000' }, level: { type: 'string', default: '3' } },
});
const level = Number(values.level) as Level;
const params = resolveParams(cadCode.params, {}, 'params', cadCode.levels[level]);
const mb = (b: number) => (b / 1024 ** 2).toFixed(0);
/** CPU seconds of this process (all threads: the kernel worker too). On a shared machine the
 * wall clock counts other people's work; CPU time is what one dedicated core would spend. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Generates and renders parts `from`..`from + n - 1`; wall and CPU figures. */
async function parts(from: number, n: number, keep?: { truth: CadCodeTruth; answer: string }[]) {
  const t0 = performance.now();
  const c0 = cpu();
  let genMs = 0;
  let renderMs = 0;
  for (let i = from; i < from + n; i++) {
    const g0 = performance.now();
    const inst = cadCode.generate(new Rng(deriveSeed('bench', 'cad-code', i)), params);
    const g1 = performance.now();
    for (const s of inst.scene as unknown as object[]) await render(s as never, { format: 'png' });
    genMs += g1 - g0;
    renderMs += performance.now() - g1;
    keep?.push({ truth: inst.truth, answer: inst.answer });
  }
  return { sec: (performance.now() - t0) / 1000, cpu: cpu() - c0, genMs: genMs / n, renderMs: renderMs / n };
}

// One-off start: worker, wasm compilation, fonts, and V8 tiering up the hot kernel code.
const nWarm = Math.max(1, Number(values.warm));
const w = await parts(1_000_000, nWarm);
console.log(`start: first ${nWarm} parts took ${w.cpu.toFixed(1)} CPU-s (${(nWarm / w.cpu).toFixed(2)} parts per CPU-second while the kernel warms up)`);

const nParts = Number(values.parts);
const items: { truth: CadCodeTruth; answer: string }[] = [];
const p = await parts(0, nParts, items);
console.log(
  `level ${level}: ${nParts} parts in ${p.sec.toFixed(1)} s wall → ${(nParts / p.sec).toFixed(2)} parts/s wall, ${(nParts / p.cpu).toFixed(2)} parts per CPU-second (per part, wall: generate ${p.genMs.toFixed(0)} ms, 4 views rendered and encoded ${p.renderMs.toFixed(0)} ms)`,
);
console.log(`  with the start: ${nWarm + nParts} parts → ${((nWarm + nParts) / (w.cpu + p.cpu)).toFixed(2)} parts per CPU-second`);

let t0: number;
let c0: number;

// Distinct candidates: each truth program moved by a different offset, so nothing is cached.
const nVerifs = Number(values.verifs);
let peakRss = 0;
let peakHeap = 0;
const rss0 = process.memoryUsage().rss;
const samples: string[] = [];
t0 = performance.now();
c0 = cpu();
let scoreSum = 0;
for (let i = 0; i < nVerifs; i++) {
  const it = items[i % items.length];
  const dx = ((i * 37) % 101) / 100;
  const cand = it.answer.replace(/\n\)\s*$/, `\n    .translate((${dx.toFixed(2)}, 0, 0))\n)`).replace(/\nresult = body$/, `\nresult = body.translate((${dx.toFixed(2)}, 0, 0))`);
  scoreSum += verify('cad-code', `<answer>${cand}</answer>`, it.truth).score;
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, kernelStats.heap);
  if ((i + 1) % Math.max(1, Math.floor(nVerifs / 10)) === 0) {
    samples.push(`${i + 1}: rss ${mb(rss)} MB, wasm heap ${mb(kernelStats.heap)} MB`);
    console.error(`  progress ${samples[samples.length - 1]}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}
const vSec = (performance.now() - t0) / 1000;
const vCpu = cpu() - c0;
console.log(`${nVerifs} distinct verifications in ${vSec.toFixed(1)} s wall → ${(nVerifs / vSec).toFixed(2)} verifications/s wall, ${(nVerifs / vCpu).toFixed(2)} per CPU-second (mean score ${(scoreSum / nVerifs).toFixed(3)})`);
console.log(`memory: rss at start ${mb(rss0)} MB, peak ${mb(peakRss)} MB; wasm heap peak ${mb(peakHeap)} MB; worker starts ${kernelStats.starts}, recycles ${kernelStats.recycles}, kills ${kernelStats.kills}`);
console.log(`  ${samples.join('\n  ')}`);

// Repeated candidate (GRPO groups often repeat a program): kernel result served from the cache.
t0 = performance.now();
c0 = cpu();
const reps = Math.min(200, nVerifs);
for (let i = 0; i < reps; i++) verify('cad-code', `<answer>${items[0].answer}</answer>`, items[0].truth);
const rSec = (performance.now() - t0) / 1000;
console.log(`${reps} repeated verifications → ${(reps / rSec).toFixed(1)}/s wall, ${(reps / (cpu() - c0)).toFixed(1)} per CPU-second (cached execution; comparison recomputed)`);
closeKernel();
process.exit(0);
