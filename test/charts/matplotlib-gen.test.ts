// chart-to-code with target=matplotlib: every figure family renders from its reference script,
// legibly, byte-identically, and its own script scores 1 while a script with one value changed does not.
// chart-qa and chart-to-table with library=matplotlib: the same questions, drawn by that script.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import type { Scene } from '../../core/scene.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { generateDataset } from '../../datasets/generate.js';
import { buildPlan } from '../../datasets/plan.js';
import { closeMatplotlibPool } from '../../engines/matplotlib/index.js';
import { chartQa } from '../../generators/charts/chart-qa.js';
import { chartToCode } from '../../generators/charts/chart-to-code.js';
import { chartToTable } from '../../generators/charts/chart-to-table.js';
import type { MatplotlibCodeTruth } from '../../generators/charts/matplotlib/item.js';
import { MPL_KINDS } from '../../generators/charts/matplotlib/script.js';
import { render } from '../../renderers/index.js';
import { legibilityProblems } from '../../renderers/legibility.js';
import { verifyAsync } from '../../verifiers/index.js';

afterAll(() => closeMatplotlibPool());

const item = (kind: string, seed = `mpl-${kind}`) => {
  const figure = ['errorbar', 'dual', 'radar', 'grid'].includes(kind) ? kind : 'chart';
  const params = resolveParams(chartToCode.params, { target: 'matplotlib', figure, ...(figure === 'chart' ? { type: kind } : {}) });
  return chartToCode.generate(new Rng(seed), params) as Instance<MatplotlibCodeTruth>;
};

describe('chart-to-code target=matplotlib', () => {
  it.each(MPL_KINDS)('%s: idiomatic script, legible render, identical twice, its own script scores 1', async (kind) => {
    const inst = item(kind);
    expect(inst.truth.kind).toBe(kind);
    expect(inst.answer).toBe(inst.truth.script);
    expect(inst.answer).toMatch(/^import matplotlib\.pyplot as plt\n/);
    expect(item(kind).answer).toBe(inst.answer);
    const a = await render(inst.scene as Scene);
    const b = await render(inst.scene as Scene);
    expect(a.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(b.bytes.equals(a.bytes)).toBe(true);
    expect(a.texts!.length).toBeGreaterThan(3);
    expect(legibilityProblems(a.texts!)).toEqual([]);
    const truth = { ...inst.truth, ...a.truth };
    const self = await verifyAsync('chart-to-code', `<answer>${inst.answer}</answer>`, truth);
    expect(self.score, self.reason).toBe(1);
    // One data value changed (the first number in a data list, or the first median): the score drops.
    const wrong = inst.answer.replace(/(\[|, |'med': )(\d+(?:\.\d+)?)(?=[,\]])/, (_, head: string, v: string) => `${head}${Number(v) * 3 + 7}`);
    expect(wrong).not.toBe(inst.answer);
    const off = await verifyAsync('chart-to-code', `<answer>${wrong}</answer>`, truth);
    expect(off.score).toBeLessThan(1);
  }, 60_000);

  it('figure families are for target=matplotlib, which draws its own picture', () => {
    expect(chartToCode.check!(resolveParams(chartToCode.params, { figure: 'radar' }))).toMatch(/figure: got "radar"/);
    expect(chartToCode.check!(resolveParams(chartToCode.params, { target: 'matplotlib', library: 'echarts' }))).toMatch(/library/);
    expect(chartToCode.check!(resolveParams(chartToCode.params, { target: 'matplotlib', type: 'box' }))).toBeUndefined();
  });

  it('the default target stays Vega-Lite (same spec as before the option existed)', () => {
    const inst = chartToCode.generate(new Rng('code-bar'), resolveParams(chartToCode.params, { type: 'bar' }));
    expect((inst.scene as { kind: string }).kind).toBe('chart');
    expect(JSON.parse(inst.answer).$schema).toMatch(/vega-lite/);
  });

  it('the pipeline stores the reference extraction and thumbnail in the truth', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vf-mplgen-'));
    try {
      const plan = buildPlan({ seed: 5, tasks: [{ task: 'chart-to-code', count: 3, params: { target: 'matplotlib' } }] });
      await generateDataset(plan, { outDir: out });
      const records = readFileSync(join(out, 'data/part-00000.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(records).toHaveLength(3);
      for (const r of records) {
        expect(r.truth.target).toBe('matplotlib');
        expect(r.truth.reference.axes.length).toBeGreaterThan(0);
        expect(typeof r.truth.thumb).toBe('string');
        expect(r.answer).toBe(r.truth.script);
        expect(readFileSync(join(out, r.images[0].path)).length).toBeGreaterThan(1000);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('chart-qa and chart-to-table with library=matplotlib', () => {
  it.each<TaskDefinition>([chartQa, chartToTable])('$name: the same question and truth as the Vega-Lite twin of the seed, drawn by our matplotlib script', (def) => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const at = (library: string) => def.generate(new Rng(`mpl-q-${seed}`), resolveParams(def.params, { library }, 'params', def.levels[3]));
      const [mpl, vl] = [at('matplotlib'), at('vega-lite')];
      expect(mpl.question).toBe(vl.question);
      expect(mpl.answer).toBe(vl.answer);
      expect(mpl.truth).toEqual(vl.truth);
      expect(mpl.scene).toMatchObject({ kind: 'matplotlib', measure: false, script: expect.stringMatching(/^import matplotlib\.pyplot as plt\n/) });
      expect(mpl.evidence).toEqual([]);
      expect(mpl.unmaskable).toMatch(/no per-mark boxes/);
    }
    expect(chartToCode.check!(resolveParams(chartToCode.params, { library: 'matplotlib' }))).toMatch(/use target=matplotlib/);
  });

  it('the pipeline draws them legibly, keeps the truth free of reference extraction, and each answer scores 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vf-mplqa-'));
    try {
      const params = { library: 'matplotlib' };
      const plan = buildPlan({ seed: 9, tasks: [{ task: 'chart-qa', count: 4, level: 3, params }, { task: 'chart-to-table', count: 2, level: 3, params }] });
      await generateDataset(plan, { outDir: out });
      const records = readFileSync(join(out, 'data/part-00000.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(records).toHaveLength(6);
      for (const r of records) {
        expect(r.truth).not.toHaveProperty('reference');
        expect(r.truth).not.toHaveProperty('thumb');
        expect(readFileSync(join(out, r.images[0].path)).subarray(1, 4).toString()).toBe('PNG');
        const self = await verifyAsync(r.verifier, `<answer>${r.answer}</answer>`, r.truth);
        expect(self.score, `${r.id}: ${self.reason}`).toBe(1);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
