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
console.log('format                    rows/s   MB/s  output MB  seconds  peak RSS MB  wasm MB');
for (const run of runs) {
  const out = mkdtempSync(join(tmpdir(), 'vf-bench-export-'));
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const s = await exportDataset({ dir: DATA, format: run.format, out: join(out, run.file), testFraction: run.testFraction });
  const secs = (performance.now() - t0) / 1000;
  clearInterval(sample);
  const mb = s.bytes / 1e6;
  const row = [run.name.padEnd(22), Math.round(s.rows / secs), (mb / secs).toFixed(1), mb.toFixed(1), secs.toFixed(2), (peak / 2 ** 20).toFixed(0), (pw.wasmMemory().buffer.byteLength / 2 ** 20).toFixed(0)];
  console.log(row.map((x, i) => (i ? String(x).padStart(i === 1 ? 9 : 9) : x)).join(' '));
  rmSync(out, { recursive: true, force: true });
}
