import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { generateDataset } from '../../datasets/generate.js';
import { readManifest } from '../../datasets/manifest.js';
import { buildMixture } from '../../datasets/mix/build.js';
import { fitModel, maximize, projectSimplex, readPilots } from '../../datasets/mix/fit.js';
import { apportion, selectMixture, type Candidate } from '../../datasets/mix/select.js';
import { buildPlan } from '../../datasets/plan.js';
import { readRecords } from '../../datasets/read.js';

const root = mkdtempSync(join(tmpdir(), 'vf-mix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pool(n: number): Candidate[] {
  const rng = new Rng('pool');
  return Array.from({ length: n }, (_, i) => {
    const task = ['sudoku', 'maze', 'kenken'][i % 3];
    return { source: 0, id: `${task}-${i}`, task, domain: task === 'maze' ? 'path' : 'grid', level: (i % 5) + 1, key: `k${i % (n - 10)}`, p: rng.next() };
  });
}

describe('mixture selection', () => {
  it('apportions exactly', () => {
    expect(apportion(10, [1, 2])).toEqual([3, 7]);
    expect(apportion(7, [1, 1, 1]).reduce((a, b) => a + b)).toBe(7);
  });

  it('meets weights, band, dedup and exclusion', () => {
    const all = pool(3000);
    const exclude = new Set(['k1', 'k2', 'k3']);
    const s = selectMixture(all, { total: 600, weights: { sudoku: 2, maze: 1 }, weightBy: 'task', band: { min: 0.1, max: 0.9 }, exclude, curriculum: 'shuffle', seed: 1 });
    expect(s.chosen.filter((c) => c.task === 'sudoku').length).toBe(400);
    expect(s.chosen.filter((c) => c.task === 'maze').length).toBe(200);
    expect(s.chosen.every((c) => c.p! >= 0.1 && c.p! <= 0.9 && !exclude.has(c.key))).toBe(true);
    expect(new Set(s.chosen.map((c) => c.key)).size).toBe(600);
    expect(s.dropped.excluded).toBeGreaterThan(0);
    expect(s.dropped.duplicates).toBeGreaterThan(0);
    expect(s.dropped.outOfBand).toBeGreaterThan(400);
    const again = selectMixture(all, { total: 600, weights: { sudoku: 2, maze: 1 }, weightBy: 'task', band: { min: 0.1, max: 0.9 }, exclude, curriculum: 'shuffle', seed: 1 });
    expect(again.chosen.map((c) => c.id)).toEqual(s.chosen.map((c) => c.id));
  });

  it('orders by curriculum', () => {
    const all = pool(300);
    const easy = selectMixture(all, { total: 90, weights: {}, weightBy: 'domain', exclude: new Set(), curriculum: 'easy-to-hard', seed: 2 });
    const ps = easy.chosen.map((c) => c.p!);
    expect(ps).toEqual([...ps].sort((a, b) => b - a));
    const inter = selectMixture(all, { total: 50, weights: {}, weightBy: 'task', exclude: new Set(), curriculum: 'interleave', seed: 2 });
    expect(inter.chosen.slice(0, 5).map((c) => c.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('builds a dataset folder with a recipe, no leakage from a held-out set', async () => {
    const src = join(root, 'src');
    const held = join(root, 'held');
    await generateDataset(buildPlan({ seed: 1, tasks: [{ task: 'sudoku', count: 30, level: 1 }, { task: 'maze', count: 30, level: 1 }] }), { outDir: src });
    await generateDataset(buildPlan({ seed: 1, tasks: [{ task: 'sudoku', count: 10, level: 1 }] }), { outDir: held });
    const out = join(root, 'mix');
    const { manifest } = await buildMixture({ sources: [src], out, total: 40, weights: { sudoku: 1, maze: 1 }, weightBy: 'task', curriculum: 'interleave', excludeDirs: [held], seed: 3 });
    expect(manifest.items).toBe(40);
    const heldKeys = new Set<string>();
    for await (const r of readRecords(held)) heldKeys.add(r.canonical);
    const recs = [];
    for await (const r of readRecords(out)) recs.push(r);
    expect(recs.filter((r) => heldKeys.has(r.canonical))).toEqual([]);
    expect(recs.filter((r) => r.task === 'sudoku').length).toBe(20);
    expect(recs[0].id).toBe('mix-0000000');
    expect((readManifest(out).mix as { dropped: { excluded: number } }).dropped.excluded).toBe(10);
    await expect(buildMixture({ sources: [src], out: join(root, 'm2'), total: 5, weights: {}, weightBy: 'task', curriculum: 'shuffle', excludeDirs: [], seed: 1, band: { min: 0, max: 1 }, policy: 'nobody' })).rejects.toThrow(/no scores for policy "nobody"/);
  });
});

describe('mixture fit', () => {
  // True outcome: a quadratic in 3 domain weights with its maximum inside an edge of the simplex.
  const truth = (w: number[]) => 0.5 + 0.2 * w[0] + 0.3 * w[1] + 0.1 * w[2] + 0.8 * w[0] * w[1] + 0.4 * w[1] * w[2] - 0.2 * w[0] * w[2];
  const optimum = [0.44, 0.56, 0]; // by grid search at step 0.005

  it('proposes weights near the true optimum from noisy pilots', () => {
    const rng = new Rng('pilots');
    const rows = Array.from({ length: 30 }, () => {
      const g = [0, 1, 2].map(() => -Math.log(1 - rng.next()));
      const s = g.reduce((a, b) => a + b);
      const w = g.map((x) => x / s);
      return `${w.map((x) => x.toFixed(4)).join(',')},${(truth(w) + (rng.next() - 0.5) * 0.02).toFixed(5)},${rng.next()}`;
    });
    const csv = join(root, 'pilots.csv');
    writeFileSync(csv, `w_math,w_charts,w_puzzles,accuracy,noise\n${rows.join('\n')}\n`);
    const { domains, outcome, pilots } = readPilots(csv);
    expect(domains).toEqual(['math', 'charts', 'puzzles']);
    expect(outcome).toBe('accuracy');
    const quad = fitModel(pilots, true);
    const lin = fitModel(pilots, false);
    expect(quad.looRmse).toBeLessThan(lin.looRmse);
    const best = maximize(quad, 3);
    const l1 = best.weights.reduce((s, x, i) => s + Math.abs(x - optimum[i]), 0);
    expect(l1).toBeLessThan(0.12);
    expect(Math.abs(best.predicted - truth(optimum))).toBeLessThan(0.02);
    expect(() => readPilots(csv, 'loss')).toThrow('--outcome: got "loss"; allowed: one of accuracy, noise');
  });

  it('projects onto the simplex', () => {
    expect(projectSimplex([0.5, 0.5, 0.5]).map((x) => Number(x.toFixed(6)))).toEqual([0.333333, 0.333333, 0.333333]);
    expect(projectSimplex([2, 0, 0])).toEqual([1, 0, 0]);
  });
});
