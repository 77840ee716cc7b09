// The whole matplotlib corpus (test/charts/corpus): import rate through `chart import`, chart types
// found, references scoring 1 against themselves, perturbations lowering their part and the total,
// and the time each stage took. npx tsx bench/chart-corpus.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeMatplotlibPool } from '../engines/matplotlib/index.js';
import { CORPUS_DIR, perturbationCases, readImported, runPerturbations, selfScores } from '../test/charts/corpus/check.js';
import { importChartScripts } from '../datasets/chart-import.js';

const out = join(mkdtempSync(join(tmpdir(), 'vf-corpus-bench-')), 'set');
const t0 = performance.now();
const summary = await importChartScripts({ dir: join(CORPUS_DIR, 'scripts'), outDir: out });
const t1 = performance.now();
const { truths, types } = readImported(out);
console.log(`import: ${summary.imported}/${summary.scripts} scripts (${((100 * summary.imported) / summary.scripts).toFixed(1)} %) in ${((t1 - t0) / 1000).toFixed(1)} s, load ${loadavg()[0].toFixed(1)}`);
for (const f of summary.failed) console.log(`  failed ${f.path}: ${f.reason}`);
console.log(`chart types: ${[...types].sort().join(', ')}`);
const self = await selfScores(truths);
const t2 = performance.now();
const below = self.filter((s) => s.score !== 1);
console.log(`self-score 1: ${self.length - below.length}/${self.length} in ${((t2 - t1) / 1000).toFixed(1)} s, load ${loadavg()[0].toFixed(1)}`);
for (const s of below) console.log(`  ${s.path}: ${s.score.toFixed(3)} (${s.reason})`);
const results = await runPerturbations(perturbationCases(), truths);
const t3 = performance.now();
const byKind = new Map<string, [number, number]>();
for (const r of results) {
  const [ok, n] = byKind.get(r.perturbation) ?? [0, 0];
  byKind.set(r.perturbation, [ok + (r.ok ? 1 : 0), n + 1]);
}
console.log(`perturbations lowering their part and the total: ${results.filter((r) => r.ok).length}/${results.length} in ${((t3 - t2) / 1000).toFixed(1)} s (${[...byKind].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(', ')}), load ${loadavg()[0].toFixed(1)}`);
for (const r of results.filter((x) => !x.ok)) console.log(`  ${r.file}: ${r.part} ${r.partValue}, total ${r.score.toFixed(3)} (${r.reason})`);
await closeMatplotlibPool();
rmSync(join(out, '..'), { recursive: true, force: true });
