// Export speed: rows/s and MB/s for a 10,000-item dataset (sudoku + maze, PNG) to each format,
// with peak memory, which must stay flat (streaming) rather than grow with the dataset.
// Usage: npx tsx bench/export.ts [--items 10000]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pw from 'parquet-wasm/node';
import { exportDataset, type ExportFormat } from '../datasets/export/index.js';
import { generateDataset } from '../datasets/generate.js';
import { buildPlan } from '../datasets/plan.js';

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' } } });
const N = Number(values.items);
const DATA = join(import.meta.dirname, `out/export-${N}`);

if (!existsSync(join(DATA, 'manifest.json'))) {
  process.stderr.write(`generating ${N} items into ${DATA} (once; reused by later runs)\n`);
  const plan = buildPlan({ seed: 'bench-export', partSize: 1000, tasks: [{ task: 'sudoku', count: N / 2, level: 3 }, { task: 'maze', count: N / 2, level: 3 }] });
  await generateDataset(plan, { outDir: DATA, workers: 2 });
}

const runs: { name: string; format: ExportFormat; file: string; testFraction?: number }[] = [
  { name: 'hf (one file)', format: 'hf', file: 'set.parquet' },
  { name: 'verl (train/test 5%)', format: 'verl', file: 'verl', testFraction: 0.05 },
  { name: 'jsonl (image paths)', format: 'jsonl', file: 'set.jsonl' },
];

console.log(`export of ${N} items (${DATA}), node ${process.version}; RSS before exporting ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
// Warm-up (wasm compile, JIT), not reported.
const warm = mkdtempSync(join(tmpdir(), 'vf-bench-export-'));
await exportDataset({ dir: DATA, format: 'hf', out: join(warm, 'warm.parquet') });
rmSync(warm, { recursive: true, force: true });
const REPEAT = 3;
console.log(`each format ${REPEAT} times; best and median rows/s (the machine is shared: the best run is the least disturbed)`);
console.log('format                  best rows/s  median rows/s  best MB/s  output MB  peak RSS MB  wasm MB');
for (const run of runs) {
  const rates: number[] = [];
  let mb = 0;
  let peak = 0;
  for (let k = 0; k < REPEAT; k++) {
    const out = mkdtempSync(join(tmpdir(), 'vf-bench-export-'));
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    const s = await exportDataset({ dir: DATA, format: run.format, out: join(out, run.file), testFraction: run.testFraction });
    rates.push(s.rows / ((performance.now() - t0) / 1000));
    clearInterval(sample);
    mb = s.bytes / 1e6;
    rmSync(out, { recursive: true, force: true });
  }
  rates.sort((x, y) => x - y);
  const best = rates[rates.length - 1];
  const row = [run.name.padEnd(22), Math.round(best), Math.round(rates[Math.floor(rates.length / 2)]), ((best * mb) / N).toFixed(1), mb.toFixed(1), (peak / 2 ** 20).toFixed(0), (pw.wasmMemory().buffer.byteLength / 2 ** 20).toFixed(0)];
  console.log(row.map((x, i) => (i ? String(x).padStart(12) : x)).join(' '));
}
