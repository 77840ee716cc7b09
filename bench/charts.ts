// Charts rendered per second (headless Chromium, pool of N pages, per library) and chart-to-code
// verifications per second (verifyAsync: admission, summary, both renders compared in a page).
// npx tsx bench/charts.ts [--pages 1,2,3] [--charts 120] [--verifications 160]
import { loadavg } from 'node:os';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import { chartQa } from '../generators/charts/chart-qa.js';
import { chartToCode } from '../generators/charts/chart-to-code.js';
import { closeChartPool, renderChartBrowser, type ChartScene } from '../renderers/browser/charts.js';
import { renderVegaLiteNode } from '../renderers/chart-node.js';
import { verifyAsync } from '../verifiers/index.js';
import { timed } from './tree-cpu.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const PAGES = arg('pages', '1,2,3').split(',').map(Number);
const CHARTS = Number(arg('charts', '120'));
const VERIFS = Number(arg('verifications', '160'));


/** Rate by wall time, CPU ms per job, and the rate two free cores would give at that CPU cost. */
const rates = (count: number, t: { wall: number; cpu: number }, unit: string) =>
  `${(count / t.wall).toFixed(1)} ${unit}/s | ${((1000 * t.cpu) / count).toFixed(1)} ms | ${((2 * count) / t.cpu).toFixed(1)} ${unit}/s`;

function scenes(library: 'vega-lite' | 'echarts'): ChartScene[] {
  const out: ChartScene[] = [];
  for (let i = 0; out.length < CHARTS; i++) {
    const p = resolveParams(chartQa.params, { library, type: library === 'echarts' ? ['bar', 'line', 'area', 'pie', 'scatter'][i % 5] : 'any' }, 'params', chartQa.levels[3]);
    const inst = chartQa.generate(new Rng(deriveSeed('bench', 'chart-qa', i)), p);
    out.push(inst.scene as ChartScene);
  }
  return out;
}

async function main() {
  const rows: string[] = [];
  for (const library of ['vega-lite', 'echarts'] as const) {
    const list = scenes(library);
    for (const pages of PAGES) {
      process.env.VERIFORGE_CHART_PAGES = String(pages);
      await closeChartPool();
      // Start Chromium and open every page of the pool outside the timing.
      await Promise.all(list.slice(0, pages).map((sc) => renderChartBrowser(sc)));
      const t = await timed(pages, list.map((sc) => () => renderChartBrowser(sc)));
      rows.push(`| render ${library} (Chromium) | ${pages} | ${rates(list.length, t, 'charts')} | load ${loadavg()[0].toFixed(1)} |`);
      console.log(rows[rows.length - 1]);
    }
  }
  // Node fast path for Vega-Lite: one process, no browser (no concurrency: vega and resvg are synchronous here).
  {
    const list = scenes('vega-lite');
    await renderVegaLiteNode((list[0] as { spec: Record<string, unknown> }).spec);
    const t = await timed(1, list.map((sc) => () => renderVegaLiteNode((sc as { spec: Record<string, unknown> }).spec)));
    rows.push(`| render vega-lite, Node fast path | – | ${rates(list.length, t, 'charts')} | load ${loadavg()[0].toFixed(1)} |`);
    console.log(rows[rows.length - 1]);
  }
  // GRPO-like load: several responses per prompt; half are the truth, half corrupted (other data).
  const items = Array.from({ length: Math.ceil(VERIFS / 8) }, (_, i) =>
    chartToCode.generate(new Rng(deriveSeed('bench', 'chart-to-code', i)), resolveParams(chartToCode.params, {}, 'params', chartToCode.levels[3])),
  );
  const jobs = Array.from({ length: VERIFS }, (_, k) => {
    const inst = items[Math.floor(k / 8)];
    const spec = JSON.parse(inst.answer);
    if (k % 2) spec.data.values = spec.data.values.slice(1);
    return () => verifyAsync('chart-to-code', `<answer>${JSON.stringify(spec)}</answer>`, inst.truth);
  });
  for (const pages of PAGES) {
    process.env.VERIFORGE_CHART_PAGES = String(pages);
    await closeChartPool();
    await Promise.all(jobs.slice(0, pages).map((j) => j()));
    const t = await timed(pages, jobs);
    rows.push(`| chart-to-code verifyAsync | ${pages} | ${rates(VERIFS, t, 'verifications')} | load ${loadavg()[0].toFixed(1)} |`);
    console.log(rows[rows.length - 1]);
  }
  await closeChartPool();
  console.log('\n| what | pages | rate (wall) | CPU per item | rate at that CPU cost on 2 free cores | conditions |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
