// Legibility of generated charts: the check itself (overlap of rotated layout boxes, minimum size),
// the box plot that used to run its labels together, a sample of every library, and the pipeline's
// redraw-then-fail behaviour.
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { Point, Scene, TextBox } from '../../core/scene.js';
import type { TaskDefinition } from '../../core/task.js';
import { drawItem } from '../../datasets/draw.js';
import { closeMatplotlibPool } from '../../engines/matplotlib/index.js';
import { chartQa } from '../../generators/charts/chart-qa.js';
import { chartToCode } from '../../generators/charts/chart-to-code.js';
import { chartToTable } from '../../generators/charts/chart-to-table.js';
import { makeChart } from '../../generators/charts/source.js';
import { fitCategoryLabels, textWidth } from '../../generators/charts/text-width.js';
import { closeRenderers, registerRenderer, render } from '../../renderers/index.js';
import { legibilityProblems, MIN_TEXT_PX } from '../../renderers/legibility.js';

afterAll(async () => {
  await closeRenderers();
  await closeMatplotlibPool();
});

/** A w×h text box centred at (cx, cy), rotated by `deg` (counter-clockwise on screen). */
function box(text: string, cx: number, cy: number, w: number, h: number, deg = 0, size = 12): TextBox {
  const a = (-deg * Math.PI) / 180;
  const corner = (dx: number, dy: number): Point => [cx + dx * Math.cos(a) - dy * Math.sin(a), cy + dx * Math.sin(a) + dy * Math.cos(a)];
  return { text, size, quad: [corner(-w / 2, -h / 2), corner(w / 2, -h / 2), corner(w / 2, h / 2), corner(-w / 2, h / 2)] };
}

describe('legibility check', () => {
  it('finds overlapping and undersized texts, and accepts rotated neighbours whose boxes only look close', () => {
    expect(legibilityProblems([box('North field', 50, 10, 70, 14), box('South field', 100, 10, 70, 14)])).toEqual([expect.objectContaining({ kind: 'overlap', texts: ['North field', 'South field'] })]);
    // Two labels tilted 45° and 30 px apart: their axis-aligned boxes overlap, the texts do not.
    expect(legibilityProblems([box('North field', 50, 40, 70, 14, 45), box('South field', 80, 40, 70, 14, 45)])).toEqual([]);
    // Rows of a legend that touch by a pixel are fine.
    expect(legibilityProblems([box('2023', 50, 10, 30, 14), box('2024', 50, 23, 30, 14)])).toEqual([]);
    expect(legibilityProblems([box('tiny', 50, 10, 20, 8, 0, MIN_TEXT_PX - 2)])).toEqual([expect.objectContaining({ kind: 'small', texts: ['tiny'] })]);
  });

  it('measures DejaVu widths and tilts, turns or widens category labels that would touch', () => {
    expect(textWidth('Orchard edge', 'sans-serif', 10)).toBeCloseTo(68.6, 1);
    const labels = ['Hill plot', 'Orchard edge', 'North field', 'South field', 'River plot'];
    expect(fitCategoryLabels(labels, 'sans-serif', 12, 600).angle).toBe(0);
    expect(fitCategoryLabels(labels, 'monospace', 13, 320).angle).toBe(-45);
    const tight = fitCategoryLabels(Array.from({ length: 12 }, (_, i) => `Category ${i}`), 'sans-serif', 13, 120);
    expect(tight.width).toBeGreaterThan(120);
  });

  it('the five-category box plot of the report no longer runs its labels together', async () => {
    // chart-qa item 4 of seed 0: "Crop yield by field", five fields in DejaVu Sans Mono on a narrow plot.
    const p = resolveParams(chartQa.params, {});
    const spec = makeChart(new Rng(deriveSeed(0, 'chart-qa', 4)).fork('chart/0'), p);
    expect(spec.type).toBe('box');
    expect(spec.style.labelAngle).not.toBe(0);
    const inst = chartQa.generate(new Rng(deriveSeed(0, 'chart-qa', 4)), p);
    const img = await render(inst.scene as Scene);
    expect(img.texts!.some((t) => t.text === 'Orchard edge')).toBe(true);
    expect(legibilityProblems(img.texts!)).toEqual([]);
  });

  it.each([
    [968, 'a 2×2 grid whose pie legend reached the next panel\'s axis title'],
    [1080, 'a 2×2 grid whose pie legend ran over the next panel\'s ticks'],
    [1623, 'a grid panel of horizontal bars with nine value ticks in monospace'],
    [494, 'a radar whose outer ring label touched a long spoke label beside the top gap'],
  ])('matplotlib chart-to-code #%i (seed 2026, level 3), %s, is legible at the first draw', async (i) => {
    const p = resolveParams(chartToCode.params, { target: 'matplotlib' }, 'params', chartToCode.levels[3]);
    const inst = chartToCode.generate(new Rng(deriveSeed(2026, 'chart-to-code', i)), p);
    const img = await render(inst.scene as Scene);
    expect(img.texts!.length).toBeGreaterThan(5);
    expect(legibilityProblems(img.texts!)).toEqual([]);
  });

  it('an ECharts scatter keeps its lowest x and y labels apart where the two value axes meet (chart-qa #478, seed 2026)', async () => {
    const p = resolveParams(chartQa.params, { library: 'echarts', type: 'scatter' }, 'params', chartQa.levels[3]);
    const img = await render(chartQa.generate(new Rng(deriveSeed(2026, 'chart-qa', 478)), p).scene as Scene);
    expect(img.texts!.some((t) => t.text === '1.5')).toBe(true);
    expect(legibilityProblems(img.texts!)).toEqual([]);
  });

  const SAMPLE: [string, string, TaskDefinition, Record<string, unknown>, number][] = [
    ['vega-lite', 'chart-qa', chartQa, { library: 'vega-lite' }, 16],
    ['vega-lite', 'chart-to-table', chartToTable, { library: 'vega-lite' }, 8],
    ['echarts', 'chart-qa bar', chartQa, { library: 'echarts', type: 'bar' }, 6],
    ['echarts', 'chart-to-table line', chartToTable, { library: 'echarts', type: 'line' }, 4],
    ['echarts', 'chart-qa pie', chartQa, { library: 'echarts', type: 'pie' }, 4],
    ['matplotlib', 'chart-to-code', chartToCode, { target: 'matplotlib' }, 12],
  ];
  it.each(SAMPLE)('%s (%s): every chart of a sample is legible at its first draw', async (library, _name, def, params, n) => {
    for (let level = 1; level <= 5; level += 2) {
      for (let i = 0; i < n / 3; i++) {
        const p = resolveParams(def.params, params, 'params', def.levels[level as 1 | 3 | 5]);
        const inst = def.generate(new Rng(deriveSeed(77, def.name, level * 100 + i)), p);
        const img = await render(inst.scene as Scene);
        expect(img.texts!.length, `${library} ${def.name} level ${level} #${i}`).toBeGreaterThan(2);
        expect(legibilityProblems(img.texts!), `${library} ${def.name} level ${level} #${i}`).toEqual([]);
      }
    }
  }, 120_000);
});

describe('generation redraws an illegible chart, then fails', () => {
  // A renderer whose texts collide on scenes marked `clash`, and tasks that draw such scenes.
  registerRenderer('test-legibility', {
    render: async (s) => ({ bytes: Buffer.alloc(0), format: 'png', width: 100, height: 40, boxes: {}, texts: [box('A', 20, 10, 30, 12), box('B', (s as unknown as { clash: boolean }).clash ? 30 : 70, 10, 30, 12)] }),
  });
  const task = (clash: (seed: string) => boolean): TaskDefinition => ({
    name: 'legibility-probe',
    domain: 'test',
    describe: '',
    params: {},
    levels: { 1: {}, 2: {}, 3: {}, 4: {}, 5: {} },
    generate: (rng) => ({ question: '', scene: { kind: 'test-legibility', clash: clash(rng.seed) }, answer: '', truth: {}, evidence: [], features: {}, canonical: rng.seed }),
    verifier: 'text',
  });

  it('keeps a legible first draw, and redraws from a derived seed otherwise', async () => {
    expect((await drawItem(task(() => false), 's0', {}, 'png', 'probe')).seed).toBe('s0');
    const redrawn = await drawItem(task((seed) => !seed.includes('/legible-')), 's1', {}, 'png', 'probe');
    expect(redrawn.seed).toBe('s1/legible-1');
  });

  it('fails with the colliding texts named after the last draw', async () => {
    await expect(drawItem(task(() => true), 's2', {}, 'png', 'task probe, item 7')).rejects.toThrow(/task probe, item 7: chart stays illegible after 4 draws \("A" and "B" overlap by/);
  });
});
