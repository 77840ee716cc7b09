import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../datasets/report.js';
import { generateDataset } from '../../datasets/generate.js';
import { buildPlan } from '../../datasets/plan.js';
import { fitDifficulty, rankByFeatures, scoreDifficulty } from '../../datasets/difficulty/index.js';
import { isHeldOut, readItems, type ItemInfo } from '../../datasets/difficulty/items.js';
import { auc, brier, spearman } from '../../datasets/difficulty/evaluate.js';
import { loadModel } from '../../datasets/difficulty/model.js';
import { hiddenDifficulty, simulateRollouts } from '../../datasets/difficulty/simulate.js';

const root = mkdtempSync(join(tmpdir(), 'vf-diff-'));
const data = join(root, 'data');
let items: ItemInfo[];
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  const tasks = ['sudoku', 'maze'].flatMap((task) => [1, 2, 3, 4, 5].map((level) => ({ task, level, count: 60 })));
  await generateDataset(buildPlan({ seed: 'difficulty', tasks }), { outDir: data });
  items = await readItems(data);
  const rows = simulateRollouts(items, { weak: -0.8, mid: 0, strong: 0.9 }, 6);
  writeFileSync(join(root, 'rollouts.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
});

describe('evaluation metrics', () => {
  it('AUC and Brier match hand-computed values', () => {
    expect(auc([{ p: 0.9, successes: 1, trials: 1 }, { p: 0.1, successes: 0, trials: 1 }])).toBe(1);
    expect(auc([{ p: 0.5, successes: 1, trials: 2 }])).toBe(0.5);
    expect(brier([{ p: 0.8, successes: 1, trials: 2 }])).toBeCloseTo((0.2 ** 2 + 0.8 ** 2) / 2);
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });
});

describe('difficulty model on a simulated policy', () => {
  it('beats both baselines on held-out items and recovers the hidden ordering', async () => {
    const out = join(root, 'model');
    const { report } = await fitDifficulty(data, join(root, 'rollouts.jsonl'), out, { device: 'cpu' });
    const [model, taskMean, taskLevel] = report.heldOut;
    expect(model.name).toBe('model');
    expect(model.auc).toBeGreaterThan(taskMean.auc);
    expect(model.auc).toBeGreaterThan(taskLevel.auc);
    expect(model.brier).toBeLessThan(taskMean.brier);
    expect(model.brier).toBeLessThan(taskLevel.brier);
    expect(report.calibration.length).toBeGreaterThan(3);
    for (const b of report.calibration) if (b.trials > 200) expect(Math.abs(b.predicted - b.observed)).toBeLessThan(0.12);

    const { scores } = await scoreDifficulty(loadModel(out), data, 'mid');
    expect(existsSync(join(data, 'difficulty', 'scores-mid.jsonl'))).toBe(true);
    const held = scores.filter((s) => isHeldOut(s.id));
    const truth = new Map(items.map((it) => [it.id, hiddenDifficulty(it)]));
    const rho = spearman(held.map((s) => s.difficulty), held.map((s) => truth.get(s.id)!));
    expect(rho).toBeGreaterThanOrEqual(0.8);
  });

  it('writes a report page with the plots as PNGs', async () => {
    const { html, pngs } = await writeReport(data, { model: join(root, 'model'), band: { min: 0.1, max: 0.9 } });
    expect(pngs.map((p) => p.split('/').pop())).toEqual(['composition.png', 'pass-rate-mid.png', 'difficulty-mid.png', 'calibration.png']);
    for (const p of pngs) {
      const meta = await sharp(p).metadata();
      expect(meta.format).toBe('png');
      expect(meta.width).toBeGreaterThan(300);
    }
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<img src="calibration.png"');
    expect(page).toMatch(/Calibration on held-out items \(AUC 0\.\d+/);
  });

  it('ranks items within each task from solver features alone', async () => {
    const { ranks } = await rankByFeatures(data);
    expect(ranks.length).toBe(items.length);
    for (const task of ['sudoku', 'maze']) {
      const group = ranks.filter((r) => r.task === task);
      const truth = new Map(items.map((it) => [it.id, hiddenDifficulty(it)]));
      expect(spearman(group.map((r) => r.rank), group.map((r) => truth.get(r.id)!))).toBeGreaterThan(0.6);
    }
  });

  it('judges raw responses in a rollouts file with the task verifiers, and reports bad rows clearly', async () => {
    const sudoku = items.filter((i) => i.task === 'sudoku').slice(0, 40);
    const maze = items.filter((i) => i.task === 'maze').slice(0, 40);
    const recs = readFileSync(join(data, 'data', 'part-00000.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const answer = new Map(recs.map((r) => [r.id, r.answer]));
    const rows = [...sudoku, ...maze].flatMap((it, i) => [
      { id: it.id, response: `<answer>${answer.get(it.id) ?? 'x'}</answer>` },
      { id: it.id, response: i % 2 ? 'no idea' : '<answer>1</answer>' },
    ]);
    const csv = join(root, 'bad.csv');
    writeFileSync(csv, 'id,score\nsudoku-0000000,7\n');
    await expect(fitDifficulty(data, csv, join(root, 'm2'))).rejects.toThrow(`${csv} row 2: score must be a number from 0 to 1, got "7"`);
    writeFileSync(join(root, 'resp.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
    const { readRollouts } = await import('../../datasets/difficulty/rollouts.js');
    const { tallies } = await readRollouts(join(root, 'resp.jsonl'), new Map(items.map((i) => [i.id, i])));
    const known = tallies.filter((t) => answer.has(t.id));
    expect(known.length).toBeGreaterThan(0);
    for (const t of known) expect(t).toMatchObject({ successes: 1, trials: 2, policy: 'default' });
  });
});
