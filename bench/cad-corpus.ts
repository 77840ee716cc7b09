// cad-code verification throughput on a CAD-Recode-like mix and memory over a long run.
// Truths: the corpus's CAD-Recode-style programs (test/cad/corpus/recode, sketches, arcs, holes,
// unions of 1–3 bodies), each executed once with its mesh. Candidates: half the time the target's
// own program (a correct answer), half the time another corpus part (a wrong one, the common case
// early in RL). Each candidate ends with its own `n = i` line, so the kernel's result cache never
// answers: every verification executes its candidate. Reports verifications per CPU-second (one core's
// worth: the process's CPU time, kernel worker included), RSS, both wasm heaps (OpenCascade's and
// manifold's) and the load average every tenth of the run.
// Usage: npx tsx bench/cad-corpus.ts [--programs 10000] [--style recode]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeKernel, kernelStats, runCad } from '../generators/cad/kernel/index.js';
import type { CadCodeTruth } from '../verifiers/cad/code.js';
import { programFiles } from '../verifiers/cad/run-program.js';
import { verify } from '../verifiers/index.js';

const { values } = parseArgs({ options: { programs: { type: 'string', default: '10000' }, style: { type: 'string', default: 'recode' } } });
const N = Number(values.programs);
const mb = (b: number) => (b / 1024 ** 2).toFixed(0);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const files = programFiles(join(import.meta.dirname, '../test/cad/corpus', values.style!));
const items: { src: string; truth: CadCodeTruth }[] = [];
const c0 = cpu();
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const r = runCad(src, { mesh: { relTolerance: 0.002, angularTolerance: 0.3, edges: false } });
  if (r.ok && r.mesh) items.push({ src, truth: { program: src, volume: r.volume, area: r.area, bbox: r.bbox, mesh: { positions: r.mesh.positions, indices: r.mesh.indices } } });
}
if (items.length < 65) throw new Error(`only ${items.length} of ${files.length} ${values.style} programs execute: too few to defeat the result cache`);
console.log(`${items.length} of ${files.length} ${values.style} programs as truths (${(cpu() - c0).toFixed(1)} CPU-s to build them)`);

const rss0 = process.memoryUsage().rss;
const heap0 = kernelStats.heap;
const samples: string[] = [];
let correct = 0;
let scoreSum = 0;
const t0 = performance.now();
const v0 = cpu();
let lastC = v0;
let peak = 0;

for (let i = 0; i < N; i++) {
  const it = items[i % items.length];
  const cand = `${i % 2 === 0 ? it.src : items[(i * 7 + 3) % items.length].src}\nn = ${i}\n`;
  const v = verify('cad-code', `<answer>${cand}</answer>`, it.truth);
  // The heap is sampled after every program: a recycled worker starts again at 100 MB, so the
  // tenth-of-the-run samples alone would hide how high a worker's heap climbed before.
  peak = Math.max(peak, kernelStats.heap);
  scoreSum += v.score;
  if (v.correct) correct++;
  if ((i + 1) % Math.max(1, Math.floor(N / 10)) === 0) {
    const now = performance.now();
    const c = cpu();
    const line = `${String(i + 1).padStart(6)}: rss ${mb(process.memoryUsage().rss)} MB, wasm heap ${mb(kernelStats.heap)} MB (peak since last line ${mb(peak)} MB), manifold heap ${mb(kernelStats.mfHeap)} MB, recycles ${kernelStats.recycles}, last stretch ${((N / 10) / (c - lastC)).toFixed(1)} per CPU-s, load ${loadavg()[0].toFixed(1)}`;
    samples.push(line);
    console.error(`  ${line} (${((now - t0) / 1000).toFixed(0)} s)`);
    lastC = c;
    peak = 0;
  }
}

const sec = (performance.now() - t0) / 1000;
const cs = cpu() - v0;
console.log(`${N} verifications in ${sec.toFixed(0)} s wall, ${cs.toFixed(0)} CPU-s → ${(N / cs).toFixed(1)} verifications per CPU-second, ${(N / sec).toFixed(1)}/s wall (${correct} correct, mean score ${(scoreSum / N).toFixed(3)})`);
console.log(`memory: rss ${mb(rss0)} MB at start; wasm heap ${mb(heap0)} MB at start; worker starts ${kernelStats.starts}, recycles ${kernelStats.recycles}, kills ${kernelStats.kills}`);
console.log(`  ${samples.join('\n  ')}`);
closeKernel();
process.exit(0);
