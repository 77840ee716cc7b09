// chart-qa without a browser: every family on every chart type it applies to verifies its own answer,
// wrong answers never score, answers are balanced, and tolerances stay below the answers they guard.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { chartQa } from '../../generators/charts/chart-qa.js';
import { FAMILIES, type QaTruth } from '../../generators/charts/qa.js';
import { CHART_TYPES } from '../../generators/charts/spec.js';
import { verify } from '../../verifiers/index.js';

const make = (params: Record<string, unknown>, i: number, level: 1 | 2 | 3 | 4 | 5 = 3) =>
  chartQa.generate(new Rng(deriveSeed('qa-test', JSON.stringify(params), i)), resolveParams(chartQa.params, params, 'params', chartQa.levels[level]));

const ok = (answer: string, truth: unknown) => verify('chart-qa', `<answer>${answer}</answer>`, truth);

/** A wrong answer of the same kind: outside the tolerance, another option, the other of yes/no. */
function corrupt(t: QaTruth): string[] {
  if (t.kind === 'number') return [String(t.value + 1.01 * t.tolerance + 10 ** -t.decimals), String(t.value - 1.01 * t.tolerance - 10 ** -t.decimals), `${t.value} or ${t.value + 2 * t.tolerance + 1}`];
  if (t.kind === 'yesno') return [t.value === 'yes' ? 'no' : 'yes', 'yes and no'];
  return [...t.options.filter((o) => o !== t.value).slice(0, 3), `${t.value}, ${t.options.find((o) => o !== t.value)}`];
}

describe('chart-qa families', () => {
  for (const family of FAMILIES) {
    it(`${family}: ground truth scores 1, corrupted answers 0, on every chart type it applies to`, () => {
      let asked = 0;
      for (const type of CHART_TYPES) {
        const params = { family, type, series: family === 'multihop' ? 3 : 2 };
        if (chartQa.check!(resolveParams(chartQa.params, params))) continue;
        for (let i = 0; i < 15; i++) {
          const inst = make(params, i);
          expect(inst.truth.family).toBe(family);
          const v = ok(inst.answer, inst.truth);
          expect(v.score, `${family}/${type} #${i}: ${inst.question} → ${inst.answer}: ${v.reason}`).toBe(1);
          for (const bad of corrupt(inst.truth)) expect(ok(bad, inst.truth).score, `${family}/${type}: "${bad}" for ${inst.answer}`).toBe(0);
          // An echo of the prompt never carries an answer.
          expect(verify('chart-qa', inst.question, inst.truth).score).toBe(0);
          // Zero never passes for a value or difference: the tolerance stays below the answer.
          if (inst.truth.kind === 'number' && (family === 'difference' || family === 'value')) expect(inst.truth.tolerance).toBeLessThan(Math.abs(inst.truth.value));
          asked++;
        }
      }
      expect(asked).toBeGreaterThanOrEqual(15);
    });
  }

  it('accepts readable variants of a right answer (units, thousands separators, case, a final full stop)', () => {
    const num = { kind: 'number', value: 1234.5, tolerance: 0.05, decimals: 1, family: 'value' };
    for (const a of ['1234.5', '1,234.5', ' 1234.5 mm', 'about 1234.5']) expect(ok(a, num).score, a).toBe(1);
    expect(ok('1234.6', num).score).toBe(0);
    const choice = { kind: 'choice', value: 'Lake Park', options: ['Lake Park', 'Pine Ridge'], family: 'extremum' };
    for (const a of ['lake park', '"Lake Park".', '**Lake Park**']) expect(ok(a, choice).score, a).toBe(1);
    expect(ok('Lake', choice).score).toBe(0);
    const bin = { kind: 'choice', value: '20–30', options: ['10–20', '20–30'], family: 'extremum' };
    for (const a of ['20-30', '20 – 30', '20—30']) expect(ok(a, bin).score, a).toBe(1);
  });

  it('balances answers: yes/no near 50:50, threshold counts spread, no category dominates', () => {
    const tally = (family: string, n: number) => {
      const counts = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const inst = make({ family }, i);
        counts.set(inst.answer, (counts.get(inst.answer) ?? 0) + 1);
      }
      return counts;
    };
    for (const family of ['compare', 'trend']) {
      const c = tally(family, 200);
      const yes = c.get('yes') ?? 0;
      const no = c.get('no') ?? 0;
      expect(yes + no).toBe(200);
      expect(Math.max(yes, no) / Math.min(yes, no), `${family}: ${yes} yes, ${no} no`).toBeLessThan(1.5);
    }
    const counts = tally('threshold', 300);
    const shares = [...counts.values()];
    const imbalance = Math.max(...shares) / (300 / shares.length);
    expect(counts.size).toBeGreaterThanOrEqual(6);
    expect(imbalance, JSON.stringify([...counts])).toBeLessThan(3);
    const ext = tally('extremum', 300);
    expect(Math.max(...ext.values()) / 300).toBeLessThan(0.1);
  });

  it('is deterministic and rejects impossible family/type pairs with a clear message', () => {
    expect(JSON.stringify(make({ type: 'bar' }, 7))).toBe(JSON.stringify(make({ type: 'bar' }, 7)));
    expect(chartQa.check!(resolveParams(chartQa.params, { family: 'trend', type: 'pie' }))).toMatch(/type: got "pie"; allowed for this task: bar, line, area, heatmap/);
    expect(() => resolveParams(chartQa.params, { family: 'colour' })).toThrow(/params.family: got "colour"; allowed: one of "any", "value"/);
  });

  it('evidence names marks of the chart, and the text-only form carries the data', () => {
    for (let i = 0; i < 20; i++) {
      const inst = make({}, i);
      for (const id of inst.evidence) expect(id).toMatch(/^mark-\d+-\d+$/);
      expect(inst.textOnly).toContain(inst.question);
    }
  });
});

describe('chart-qa tolerances follow what is drawn', () => {
  it('labelled tolerances only where the chart type draws value labels', async () => {
    const { buildChart } = await import('../../generators/charts/build.js');
    const { precisionOf } = await import('../../generators/charts/readings.js');
    for (const type of CHART_TYPES) {
      for (let i = 0; i < 30; i++) {
        const spec = buildChart(new Rng(`tol-${type}-${i}`), { type, categories: 3 + (i % 8), series: 1 + (i % 4) });
        const p = precisionOf(spec);
        if (['histogram', 'box', 'scatter'].includes(type) || spec.layout === 'stacked') expect(p.labelled, `${type} ${spec.layout}`).toBe(false);
        if (type === 'pie' || type === 'heatmap') expect(p.labelled).toBe(true);
        if (!p.labelled) expect(p.tol).toBeGreaterThanOrEqual(spec.value.step / 4);
      }
    }
  });
});
