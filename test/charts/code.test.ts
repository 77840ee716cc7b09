// chart-to-code: the truth spec scores 1 through the rendering verifier, equivalent rewrites too,
// every corruption scores less, and hostile specs score 0 fast with a reason. One page pool.
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import type { Instance } from '../../core/task.js';
import { chartToCode, type CodeTruth } from '../../generators/charts/chart-to-code.js';
import { closeChartPool } from '../../renderers/browser/charts.js';
import { CODE_WEIGHTS } from '../../verifiers/charts/code.js';
import { verify, verifyAsync } from '../../verifiers/index.js';

afterAll(() => closeChartPool());

type Obj = Record<string, any>;
const TYPES = ['bar', 'line', 'area', 'scatter', 'pie', 'heatmap'] as const;
// Vega-Lite items (the default target) carry a Vega-Lite truth.
const items = TYPES.map((type) => ({ type, inst: chartToCode.generate(new Rng(`code-${type}`), resolveParams(chartToCode.params, { type }, 'params', chartToCode.levels[3])) as Instance<CodeTruth> }));
const clone = (s: unknown): Obj => JSON.parse(JSON.stringify(s));
const judge = (spec: unknown, truth: CodeTruth) => verifyAsync('chart-to-code', `<answer>${typeof spec === 'string' ? spec : JSON.stringify(spec)}</answer>`, truth);

/** The main (first) view of a spec, where data and marks live in our truth specs. */
const mainView = (s: Obj): Obj => (s.layer ? s.layer[0] : s);
const mainEncoding = (s: Obj): Obj => ({ ...(s.encoding ?? {}), ...(mainView(s).encoding ?? {}) });

describe('chart-to-code verifier', () => {
  it('weights sum to 1', () => {
    expect(Object.values(CODE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it.each(items.map((x) => [x.type, x] as const))('%s: the truth spec scores 1, rendered and unrendered', async (_, { inst }) => {
    const v = await judge(inst.answer, inst.truth);
    expect(v.score, v.reason).toBe(1);
    expect(v.parts!.pixel).toBe(1);
    expect(verify('chart-to-code', `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
  });

  it('an equivalent spec (fields renamed, keys reordered, fenced JSON) scores 1', async () => {
    const { inst } = items[0];
    const rename: Record<string, string> = { c: 'category', s: 'series', v: 'amount' };
    const text = JSON.stringify(inst.truth.spec, (k, val) => {
      if (k === 'field' && typeof val === 'string' && rename[val]) return rename[val];
      if (val && typeof val === 'object' && !Array.isArray(val) && '_id' in val) return Object.fromEntries(Object.entries(val).map(([kk, vv]) => [rename[kk] ?? kk, vv]).reverse());
      return val;
    });
    const v = await verifyAsync('chart-to-code', `Here it is:\n<answer>\`\`\`json\n${text}\n\`\`\`</answer>`, inst.truth);
    expect(v.score, v.reason).toBe(1);
  });

  it.each(items.map((x) => [x.type, x] as const))('%s: corrupted specs score lower, each in its own part', async (_, { inst }) => {
    const truth = inst.truth;
    const corruptions: [string, (s: Obj) => void][] = [
      ['data', (s) => {
        const row = s.data.values[0];
        const f = 'v' in row ? 'v' : 'y';
        row[f] = row[f] + 10 * truth.tolerance + 5;
      }],
      ['mark', (s) => {
        const m = mainView(s);
        m.mark = { type: m.mark?.type === 'bar' || m.mark === 'bar' ? 'line' : 'bar' };
      }],
      ['text', (s) => {
        s.title = { text: 'A different title' };
      }],
      ['color', (s) => {
        const enc = mainEncoding(s);
        if (enc.color?.scale?.range) enc.color.scale.range = enc.color.scale.range.map(() => '#000000');
        else if (enc.color?.value) enc.color.value = '#000000';
        else mainView(s).mark = { ...mainView(s).mark, color: '#000000' };
        if (s.encoding?.color) s.encoding.color = enc.color;
        if (mainView(s).encoding?.color) mainView(s).encoding.color = enc.color;
      }],
      ['encoding', (s) => {
        const enc = s.encoding ?? mainView(s).encoding;
        const ch = enc.x ? 'x' : 'theta';
        enc[ch] = { ...enc[ch], type: enc[ch].type === 'nominal' ? 'ordinal' : 'nominal' };
      }],
    ];
    for (const [part, change] of corruptions) {
      const spec = clone(truth.spec);
      change(spec);
      const v = await judge(spec, truth);
      expect(v.score, `${part}: ${v.reason}`).toBeLessThan(1);
      expect(v.correct).toBe(false);
      expect(v.parts![part], `${part} part: ${v.reason}`).toBeLessThan(1);
    }
  });

  it('without rendering, a different size, value domain or category order is still caught', () => {
    const { inst } = items[0];
    const changes: ((s: Obj) => void)[] = [
      (s) => (s.width += 40),
      // Hidden marks: everything else right, nothing visible.
      (s) => (s.config = { ...s.config, mark: { opacity: 0 } }),
      (s) => {
        const m = mainView(s);
        m.mark = { ...(typeof m.mark === 'string' ? { type: m.mark } : m.mark), opacity: 0 };
      },
      (s) => {
        const enc = mainEncoding(s);
        const q = enc.y?.type === 'quantitative' ? 'y' : 'x';
        const target = s.encoding?.[q] ? s.encoding : mainView(s).encoding;
        target[q] = { ...target[q], scale: { ...target[q].scale, domain: [0, target[q].scale.domain[1] * 2] } };
      },
      (s) => {
        const target = s.encoding?.x?.type === 'nominal' ? s.encoding : s.encoding?.y?.type === 'nominal' ? s.encoding : mainView(s).encoding;
        const ch = target.x?.type === 'nominal' ? 'x' : 'y';
        target[ch] = { ...target[ch], sort: 'descending' };
      },
    ];
    for (const change of changes) {
      const spec = clone(inst.truth.spec);
      change(spec);
      const v = verify('chart-to-code', `<answer>${JSON.stringify(spec)}</answer>`, inst.truth);
      expect(v.score, v.reason).toBeLessThan(1);
      expect(v.parts!.encoding).toBeLessThan(1);
    }
  });

  it('a half-right spec earns a middle score; an empty chart earns little', async () => {
    const { inst } = items[0];
    const half = clone(inst.truth.spec);
    half.data.values = half.data.values.slice(0, Math.ceil(half.data.values.length / 2));
    const v = await judge(half, inst.truth);
    expect(v.score).toBeGreaterThan(0.3);
    expect(v.score).toBeLessThan(0.95);
    const empty = await judge({ mark: 'bar', data: { values: [] } }, inst.truth);
    expect(empty.score).toBeLessThan(0.3);
  });

  it('refuses hostile or malformed specs with score 0, a reason, and quickly', async () => {
    const truth = items[0].inst.truth;
    await judge(items[0].inst.answer, truth); // the browser is started before anything is timed
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
    const hostile: [string, RegExp][] = [
      ['{"data":{"url":"https://example.com/data.csv"},"mark":"bar"}', /url/],
      ['{"data":{"url":"file:///etc/passwd"},"mark":"bar"}', /url/],
      ['{"data":{"sequence":{"start":0,"stop":10000000}},"mark":"point"}', /sequence/],
      [`{"data":{"values":${deep}},"mark":"bar"}`, /nests deeper/],
      [`{"data":{"values":[${'{"a":1},'.repeat(6000)}{"a":1}]},"mark":"bar"}`, /more than 5000 data rows/],
      ['{"mark":"image","encoding":{"url":{"value":"http://x/y.png"}}}', /url|image/],
      ['{"layer":[{"mark":{"type":"image"}}]}', /image/],
      ['{"mark": "bar", "encoding": ', /no JSON object|not valid JSON/],
      ['this is not json at all', /no JSON object/],
      ['[1, 2, 3]', /no JSON object|JSON object/],
      ['{"mark":"nonsense","data":{"values":[{"a":1}]},"encoding":{"x":{"field":"a","type":"quantitative"}}}', /does not render/],
      ['{"width":100000,"height":100000,"mark":"bar","data":{"values":[{"a":1}]}}', /larger than 2000/],
      // A step width that passes the per-key limit but adds up to a huge canvas is refused in the page.
      [`{"width":{"step":1500},"mark":"bar","data":{"values":[${Array.from({ length: 40 }, (_, i) => `{"a":"c${i}","b":1}`).join(',')}]},"encoding":{"x":{"field":"a","type":"nominal"},"y":{"field":"b","type":"quantitative"}}}`, /larger than 4000 px/],
    ];
    for (const [spec, reason] of hostile) {
      const t0 = performance.now();
      const v = await judge(spec, truth);
      expect(v.score, spec.slice(0, 60)).toBe(0);
      expect(v.reason, spec.slice(0, 60)).toMatch(reason);
      expect(performance.now() - t0, spec.slice(0, 60)).toBeLessThan(1500);
    }
    // 10^7 points cannot even be sent: the response is refused unread.
    const huge = `{"data":{"values":[${'{"a":1},'.repeat(40_000)}]}}`;
    expect((await judge(huge, truth)).reason).toMatch(/characters/);
  });
});
