// Charts rendered per second (headless Chromium, pool of N pages, per library) and chart-to-code
// verifications per second (verifyAsync: admission, summary, both renders compared in a page).
// npx tsx bench/charts.ts [--pages 1,2,3] [--charts 120] [--verifications 160]
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import { chartQa } from '../generators/charts/chart-qa.js';
import { chartToCode } from '../generators/charts/chart-to-code.js';
import { closeChartPool, renderChartBrowser, type ChartScene } from '../renderers/browser/charts.js';
import { renderVegaLiteNode } from '../renderers/chart-node.js';
import { verifyAsync } from '../verifiers/index.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const PAGES = arg('pages', '1,2,3').split(',').map(Number);
const CHARTS = Number(arg('charts', '120'));
const VERIFS = Number(arg('verifications', '160'));

/**
 * CPU seconds used so far by this process and every descendant (Chromium and its renderers), from
 * /proc. On a shared machine wall time mostly measures the neighbours; CPU time measures our work.
 */
function treeCpuSeconds(): number {
  const tick = 100; // USER_HZ on Linux
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(rest[1]));
      cpu.set(Number(d), (Number(rest[11]) + Number(rest[12])) / tick);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  for (const [pid, t] of cpu) {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) {
      if (p === process.pid) {
        total += t;
        break;
      }
    }
  }
  return total;
}

/** Runs `jobs` with at most `n` in flight; returns wall seconds and CPU seconds of the process tree. */
async function timed(n: number, jobs: (() => Promise<unknown>)[]): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = treeCpuSeconds();
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (next < jobs.length) await jobs[next++](); }));
  return { wall: (performance.now() - t0) / 1000, cpu: treeCpuSeconds() - c0 };
}

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
