// Legibility over many generated charts, per library: each item is generated and rendered once (no
// redraw) and its drawn texts checked (renderers/legibility.ts: no overlap, nothing under the
// minimum size). Prints how many charts were legible at the first draw and the problems of the rest.
// npx tsx bench/chart-legibility.ts [--count 2000] [--libraries vega-lite,echarts,matplotlib] [--level 3]
import { loadavg } from 'node:os';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Scene } from '../core/scene.js';
import type { TaskDefinition } from '../core/task.js';
import { chartQa } from '../generators/charts/chart-qa.js';
import { chartToCode } from '../generators/charts/chart-to-code.js';
import { chartToTable } from '../generators/charts/chart-to-table.js';
import { closeRenderers, render } from '../renderers/index.js';
import { describeProblems, legibilityProblems } from '../renderers/legibility.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const COUNT = Number(arg('count', '2000'));
const LIBRARIES = arg('libraries', 'vega-lite,echarts,matplotlib').split(',');
const LEVEL = Number(arg('level', '3')) as 1 | 2 | 3 | 4 | 5;
// ECharts draws these types; other types asked of it fall back to Vega-Lite, so they are left out.
const ECHARTS_TYPES = ['bar', 'line', 'area', 'pie', 'scatter'];

/** Item i of a library: chart-qa and chart-to-table alternate for Chromium libraries; matplotlib is chart-to-code. */
function item(library: string, i: number): { task: string; def: TaskDefinition; params: Record<string, unknown> } {
  if (library === 'matplotlib') return { task: 'chart-to-code', def: chartToCode, params: { target: 'matplotlib' } };
  const def = i % 2 ? chartToTable : chartQa;
  // chart-to-table does not transcribe scatter plots.
  const types = def === chartToTable ? ECHARTS_TYPES.filter((t) => t !== 'scatter') : ECHARTS_TYPES;
  const type = library === 'echarts' ? { type: types[Math.floor(i / 2) % types.length] } : {};
  return { task: def.name, def, params: { library, ...type } };
}

for (const library of LIBRARIES) {
  const t0 = performance.now();
  let legible = 0;
  const bad: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const { task, def, params } = item(library, i);
    const p = resolveParams(def.params, params, 'params', def.levels[LEVEL]);
    const inst = def.generate(new Rng(deriveSeed(2026, task, i)), p);
    const img = await render(inst.scene as Scene);
    const problems = legibilityProblems(img.texts ?? []);
    if (!img.texts?.length) bad.push(`${task} #${i}: no text boxes reported`);
    else if (problems.length) bad.push(`${task} #${i}: ${describeProblems(problems)}`);
    else legible++;
    if ((i + 1) % 250 === 0) process.stderr.write(`  ${library}: ${i + 1}/${COUNT}\n`);
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`${library}: ${legible}/${COUNT} legible at the first draw (${(COUNT / secs).toFixed(1)} charts/s, load ${loadavg()[0].toFixed(1)})`);
  for (const b of bad.slice(0, 20)) console.log(`  ${b}`);
  if (bad.length > 20) console.log(`  ... and ${bad.length - 20} more`);
}
await closeRenderers();
