// Difficulty and mixture figures on this machine (CPU; pass --device auto to try a GPU):
//   scoring items/s with the built-in image encoder, fit time for N rollout rows, mix time for N candidates.
// Usage: npx tsx bench/difficulty.ts [--items 100000] [--rows 1000000] [--candidates 1000000] [--device cpu] [--threads N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fitDifficulty } from '../datasets/difficulty/index.js';
import { builtinEncoder } from '../datasets/difficulty/encoder.js';
import { ENCODER_SIZE, featuresOfGreys } from '../datasets/difficulty/filter-bank.js';
import { readGreys } from '../datasets/difficulty/grey.js';
import { imageFeatures, readItems } from '../datasets/difficulty/items.js';
import { loadModel, passProbability } from '../datasets/difficulty/model.js';
import { useDevice, type Device } from '../datasets/difficulty/runtime.js';
import { buildSchema, vectorize } from '../datasets/difficulty/schema.js';
import { simulateRollouts } from '../datasets/difficulty/simulate.js';
import { generateDataset } from '../datasets/generate.js';
import { selectMixture, type Candidate } from '../datasets/mix/select.js';
import { buildPlan } from '../datasets/plan.js';
import { Rng } from '../core/rng.js';

const { values } = parseArgs({ options: { items: { type: 'string', default: '100000' }, rows: { type: 'string', default: '1000000' }, candidates: { type: 'string', default: '1000000' }, device: { type: 'string', default: 'cpu' }, threads: { type: 'string' } } });
const backend = await useDevice(values.device as Device);
const root = mkdtempSync(join(tmpdir(), 'vf-bench-diff-'));
const data = join(root, 'data');
const tasks = ['sudoku', 'maze'].flatMap((task) => [1, 2, 3, 4, 5].map((level) => ({ task, level, count: 200 })));
await generateDataset(buildPlan({ seed: 'bench', tasks }), { outDir: data, workers: 2 });
const items = await readItems(data);
console.log(`backend ${backend}; pool of ${items.length} real items (sudoku and maze, levels 1–5, ~500×500 PNG)`);

// 1. Scoring: image features (decode + area-average + filter bank, as `difficulty score` computes
//    them, with no cache) and the model, over N items cycling the pool's images.
const n = Number(values.items);
const encoder = builtinEncoder(values.threads ? Number(values.threads) : undefined);
const pool = Array.from({ length: n }, (_, i) => ({ ...items[i % items.length], id: `bench-${i}` }));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c0 = cpuMs();
let t0 = performance.now();
const byId = await imageFeatures(join(root, 'scoring'), pool, encoder);
await encoder.close();
const feats = pool.map((it) => byId.get(it.id)!);
const encodeS = (performance.now() - t0) / 1000;
const encodeCpuS = (cpuMs() - c0) / 1000; // main thread and encoder threads together
const schema = buildSchema(items, new Map(items.map((it, i) => [it.id, feats[i]])), encoder.dims);
const model = { format: 'veriforge-difficulty/1' as const, encoder: encoder.name, schema, weights: Array(schema.tasks.length + schema.numeric.length + schema.imageDims).fill(0.01), bias: 0, abilities: { p: 0 } };
t0 = performance.now();
let sink = 0;
for (let i = 0; i < n; i++) sink += passProbability(model, vectorize(schema, items[i % items.length], feats[i]), 'p');
const predictS = (performance.now() - t0) / 1000;
console.log(`score ${n} items (${encoder.parallel} encoder threads): image features ${encodeS.toFixed(1)} s (${encodeCpuS.toFixed(1)} CPU-s), model ${predictS.toFixed(1)} s → ${(n / (encodeS + predictS)).toFixed(0)} items/s; ${(n / encodeCpuS).toFixed(0)} items per CPU-second (${sink > 0 ? 'ok' : ''})`);

// 1b. Per-image cost of each stage on this thread: 20 batches of 32 spread over the pool, each timed
//     in 5 passes and its fastest pass kept (the one other processes on a shared machine disturbed
//     least), averaged over the batches.
const batches = Array.from({ length: 20 }, (_, b) => Array.from({ length: 32 }, (_, k) => items[(b * 97 + k * 61) % items.length].images[0]));
const fastest = batches.map(() => ({ grey: Infinity, bank: Infinity }));
for (let pass = 0; pass < 5; pass++) {
  for (const [b, paths] of batches.entries()) {
    let t = performance.now();
    const greys = await readGreys(paths, ENCODER_SIZE);
    fastest[b].grey = Math.min(fastest[b].grey, (performance.now() - t) / 32);
    t = performance.now();
    await featuresOfGreys(greys, 32);
    fastest[b].bank = Math.min(fastest[b].bank, (performance.now() - t) / 32);
  }
}
const mean = (k: 'grey' | 'bank') => fastest.reduce((a, f) => a + f[k], 0) / fastest.length;
console.log(`per image (fastest pass of each batch): PNG → ${ENCODER_SIZE}² grey ${mean('grey').toFixed(3)} ms, filter bank ${mean('bank').toFixed(3)} ms → ${(1000 / (mean('grey') + mean('bank'))).toFixed(0)} items/s per free core`);

// 2. Fit on R rollout rows (three simulated policies) over the pool.
const rows = Number(values.rows);
const per = Math.ceil(rows / (items.length * 3));
const sim = simulateRollouts(items, { weak: -0.8, mid: 0, strong: 0.9 }, per).slice(0, rows);
const file = join(root, 'rollouts.jsonl');
writeFileSync(file, sim.map((r) => JSON.stringify(r)).join('\n'));
t0 = performance.now();
const { report } = await fitDifficulty(data, file, join(root, 'model'));
console.log(`fit ${sim.length} rollout rows: ${((performance.now() - t0) / 1000).toFixed(1)} s (held-out AUC ${report.heldOut[0].auc.toFixed(3)})`);
loadModel(join(root, 'model'));

// 3. Mix: select from C candidates with weights, a band, dedup and a curriculum.
const c = Number(values.candidates);
const rng = new Rng('cands');
const cands: Candidate[] = Array.from({ length: c }, (_, i) => ({ source: 0, id: `t${i % 20}-${i}`, task: `t${i % 20}`, domain: `d${i % 4}`, level: (i % 5) + 1, key: `k${i}`, p: rng.next() }));
t0 = performance.now();
const sel = selectMixture(cands, { total: 100_000, weights: {}, weightBy: 'domain', band: { min: 0.1, max: 0.9 }, exclude: new Set(), curriculum: 'easy-to-hard', seed: 1 });
console.log(`mix ${c} candidates → ${sel.chosen.length}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
rmSync(root, { recursive: true, force: true });
