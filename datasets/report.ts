import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeRenderers, render } from '../renderers/index.js';
import { writeAtomic } from './atomic.js';
import type { FitReport } from './difficulty/index.js';
import { readManifest } from './manifest.js';
import { readRecords } from './read.js';

interface Plot {
  name: string;
  title: string;
  spec: Record<string, unknown>;
}

const base = { width: 520, height: 260, config: { view: { stroke: null } } };

function scoreRows(dir: string): { file: string; rows: { task: string; p: number; difficulty: number }[] }[] {
  const folder = join(dir, 'difficulty');
  if (!existsSync(folder)) return [];
  return listPolicies(folder).map((p) => ({
    file: p,
    rows: readFileSync(join(folder, `scores-${p}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  }));
}

function listPolicies(folder: string): string[] {
  return readdirSync(folder).filter((f) => /^scores-.*\.jsonl$/.test(f)).map((f) => f.slice(7, -6)).sort();
}

/**
 * The plots people look at before training: item counts per task and level, predicted pass rate
 * and difficulty histograms per task with the band, calibration of a fitted model, and the mixture
 * composition. Drawn by our own chart pipeline (Vega-Lite in headless Chromium) to PNGs, gathered
 * in report/index.html beside the dataset.
 */
export async function writeReport(dir: string, o: { model?: string; band?: { min: number; max: number } } = {}): Promise<{ html: string; pngs: string[] }> {
  const m = readManifest(dir);
  const levels: { task: string; level: string; n: number }[] = [];
  const counts = new Map<string, number>();
  for await (const r of readRecords(dir, m)) {
    const k = `${r.task}\u0000${r.level ?? 'custom'}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of counts) {
    const [task, level] = k.split('\u0000');
    levels.push({ task, level, n });
  }
  const plots: Plot[] = [
    {
      name: 'composition',
      title: 'Items per task and level',
      spec: { ...base, data: { values: levels }, mark: 'bar', encoding: { y: { field: 'task', type: 'nominal', title: null }, x: { field: 'n', type: 'quantitative', aggregate: 'sum', title: 'items' }, color: { field: 'level', type: 'ordinal', title: 'level' } } },
    },
  ];
  for (const { file, rows } of scoreRows(dir)) {
    const band = o.band ?? { min: 0.1, max: 0.9 };
    plots.push({
      name: `pass-rate-${file}`,
      title: `Predicted pass rate (${file}) per task, band ${band.min}–${band.max}`,
      spec: {
        ...base,
        data: { values: rows.map((r) => ({ task: r.task, p: r.p })) },
        layer: [
          { mark: 'bar', encoding: { x: { field: 'p', type: 'quantitative', bin: { extent: [0, 1], step: 0.05 }, title: 'predicted pass rate' }, y: { aggregate: 'count', type: 'quantitative', title: 'items', stack: true }, color: { field: 'task', type: 'nominal' } } },
          { data: { values: [{ x: band.min }, { x: band.max }] }, mark: { type: 'rule', strokeDash: [6, 4], color: '#222' }, encoding: { x: { field: 'x', type: 'quantitative' } } },
        ],
      },
    });
    plots.push({
      name: `difficulty-${file}`,
      title: 'Item difficulty per task (logit scale, higher is harder)',
      spec: { ...base, data: { values: rows.map((r) => ({ task: r.task, d: r.difficulty })) }, mark: 'boxplot', encoding: { y: { field: 'task', type: 'nominal', title: null }, x: { field: 'd', type: 'quantitative', title: 'difficulty' }, color: { field: 'task', type: 'nominal', legend: null } } },
    });
  }
  if (o.model) {
    const fit = JSON.parse(readFileSync(join(o.model, 'fit-report.json'), 'utf8')) as FitReport;
    plots.push({
      name: 'calibration',
      title: `Calibration on held-out items (AUC ${fit.heldOut[0].auc.toFixed(3)}, Brier ${fit.heldOut[0].brier.toFixed(3)})`,
      spec: {
        ...base,
        width: 300,
        height: 300,
        layer: [
          { data: { values: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }, mark: { type: 'line', color: '#999', strokeDash: [4, 4] }, encoding: { x: { field: 'x', type: 'quantitative', title: 'predicted' }, y: { field: 'y', type: 'quantitative', title: 'observed' } } },
          { data: { values: fit.calibration }, mark: { type: 'line', color: '#3366cc' }, encoding: { x: { field: 'predicted', type: 'quantitative' }, y: { field: 'observed', type: 'quantitative' } } },
          { data: { values: fit.calibration }, mark: { type: 'circle', color: '#3366cc', opacity: 0.8 }, encoding: { x: { field: 'predicted', type: 'quantitative' }, y: { field: 'observed', type: 'quantitative' }, size: { field: 'trials', type: 'quantitative', title: 'rollouts' } } },
        ],
      },
    });
  }
  const mix = m.mix as { groups?: { group: string; quota: number; chosen: number }[] } | undefined;
  if (mix?.groups) {
    plots.push({
      name: 'mixture',
      title: 'Mixture: quota and chosen per group',
      spec: { ...base, data: { values: mix.groups.flatMap((g) => [{ group: g.group, kind: 'quota', n: g.quota }, { group: g.group, kind: 'chosen', n: g.chosen }]) }, mark: 'bar', encoding: { y: { field: 'group', type: 'nominal', title: null }, yOffset: { field: 'kind' }, x: { field: 'n', type: 'quantitative', title: 'items' }, color: { field: 'kind', type: 'nominal' } } },
    });
  }
  const pngs: string[] = [];
  try {
    for (const p of plots) {
      const img = await render({ kind: 'chart', library: 'vega-lite', spec: { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', background: '#ffffff', padding: 12, ...p.spec } });
      const file = join(dir, 'report', `${p.name}.png`);
      writeAtomic(file, img.bytes);
      pngs.push(file);
    }
  } finally {
    await closeRenderers();
  }
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c]};`);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>veriforge report: ${esc(dir)}</title>
<style>body{font-family:system-ui,sans-serif;margin:24px;color:#222}figure{display:inline-block;margin:0 24px 24px 0;vertical-align:top}figcaption{font-weight:600;margin-bottom:6px}</style></head>
<body><h1>${esc(dir)}</h1><p>${m.items} items, seed ${esc(JSON.stringify(m.plan.seed))}, ${m.plan.entries.length} plan entries${mix ? ', built by <code>veriforge mix</code>' : ''}.</p>
${plots.map((p) => `<figure><figcaption>${esc(p.title)}</figcaption><img src="${p.name}.png" alt="${esc(p.title)}"></figure>`).join('\n')}
</body></html>\n`;
  const htmlPath = join(dir, 'report', 'index.html');
  writeAtomic(htmlPath, html);
  return { html: htmlPath, pngs };
}
