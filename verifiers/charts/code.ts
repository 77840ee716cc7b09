import { sha256Hex, stableStringify } from '../../core/canonical.js';
import type { VerifierDefinition } from '../registry.js';
import { colorScore } from './colors.js';
import { admitSpec } from './guard.js';
import { checkMatplotlibTruth, isMatplotlibTruth, judgeMatplotlib, judgeMatplotlibUnrun, MPL_ITEM_BUDGET_MS, warmMatplotlib, type MatplotlibTruth } from './matplotlib.js';
import { summarize, type DataPoint, type Summary } from './vl-summary.js';

interface CodeTruth {
  spec: Record<string, unknown>;
  /** Tolerance of values read off the value axis, and of x for scatter points. */
  tolerance: number;
  xTolerance: number;
}

/**
 * Weights of the parts in `score` (they sum to 1). Data dominates: a chart with the right look and
 * wrong numbers is a wrong chart. Without rendering (verify), pixel is left out and the rest rescaled.
 */
export const CODE_WEIGHTS = { data: 0.35, mark: 0.1, encoding: 0.15, text: 0.15, color: 0.1, pixel: 0.15 } as const;
/** Share of ink pixels that must agree for a render to count as the same picture. */
export const PIXEL_PASS = 0.99;
/** Time limit of one candidate render in the browser page. */
export const RENDER_MS = 3_000;

function checkTruth(t: unknown): string | undefined {
  if (isMatplotlibTruth(t)) return checkMatplotlibTruth(t);
  const x = t as CodeTruth;
  if (!x || typeof x !== 'object' || !x.spec || typeof x.spec !== 'object') return 'truth needs a Vega-Lite spec';
  if (!Number.isFinite(x.tolerance) || !Number.isFinite(x.xTolerance)) return 'tolerance and xTolerance must be numbers';
  return undefined;
}

const jaccard = (a: string[], b: string[]) => {
  const A = new Set(a);
  const B = new Set(b);
  const inter = [...A].filter((x) => B.has(x)).length;
  return A.size + B.size - inter ? inter / (A.size + B.size - inter) : 1;
};

/** Multiset F1 of two text lists. */
export function textF1(truth: string[], got: string[]): number {
  if (!truth.length && !got.length) return 1;
  const left = new Map<string, number>();
  for (const t of truth) left.set(t, (left.get(t) ?? 0) + 1);
  let hit = 0;
  for (const g of got) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      hit++;
      left.set(g, n - 1);
    }
  }
  return hit ? (2 * hit) / (truth.length + got.length) : 0;
}

const sortedKey = (k: string) => k.split('\u0001').sort().join('\u0001');

/** Share of data points matched (by category values, or for scatter by group and position) over the larger side. */
function dataScore(a: Summary, b: Summary, t: CodeTruth): number {
  if (a.scatter !== b.scatter) return 0;
  const n = Math.max(a.points.length, b.points.length);
  if (!n) return 1;
  let matched = 0;
  if (a.scatter) {
    const free = [...b.points];
    for (const p of a.points) {
      const i = free.findIndex((q) => q.key === p.key && Math.abs(q.x! - p.x!) <= t.xTolerance && Math.abs(q.value - p.value) <= t.tolerance);
      if (i >= 0) {
        free.splice(i, 1);
        matched++;
      }
    }
  } else {
    const want = new Map(a.points.map((p: DataPoint) => [sortedKey(p.key), p.value]));
    for (const q of b.points) {
      const k = sortedKey(q.key);
      const v = want.get(k);
      if (v !== undefined && Math.abs(v - q.value) <= t.tolerance + 1e-9) {
        matched++;
        want.delete(k);
      }
    }
  }
  return matched / n;
}

function combine(parts: Record<string, number>): number {
  let w = 0;
  let s = 0;
  for (const [k, weight] of Object.entries(CODE_WEIGHTS)) {
    if (k in parts) {
      w += weight;
      s += weight * parts[k];
    }
  }
  return w ? s / w : 0;
}

function structural(answer: string, t: CodeTruth) {
  const candidate = admitSpec(answer);
  const a = summarize(t.spec);
  const b = summarize(candidate);
  const parts: Record<string, number> = {
    data: dataScore(a, b, t),
    mark: jaccard(a.marks, b.marks),
    encoding: jaccard(a.encodings, b.encodings),
    text: textF1(a.texts, b.texts),
    color: colorScore(a.colors, b.colors),
  };
  return { candidate, parts };
}

const allOnes = (parts: Record<string, number>) => Object.values(parts).every((v) => v === 1);
const describeParts = (parts: Record<string, number>) => Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');

/**
 * Chart-to-code. The candidate is JSON, never code: parsed, admitted by guard.ts (no URLs, sequences,
 * images, oversize or deep specs), summarised and compared part by part. verify() judges the spec
 * alone; verifyAsync() also renders both charts in the sandboxed page and adds the pixel part, and
 * takes the text part from the texts actually drawn (tick labels included).
 */
export const chartCodeVerifier: VerifierDefinition<CodeTruth | MatplotlibTruth> = {
  name: 'chart-to-code',
  describe: 'Vega-Lite spec or matplotlib script (truth.target) reproducing a chart: data, types, texts, layout, CIEDE2000 colours, pixels (async); weighted score',
  tasks: ['chart-to-code'],
  dense: true,
  checkTruth,
  // A matplotlib script is judged by running it (the reward server awaits judgeAsync for those);
  // a Vega-Lite spec on the server is judged structurally, without a browser.
  runsCandidate: isMatplotlibTruth,
  warmUp: warmMatplotlib,
  timeoutMs: MPL_ITEM_BUDGET_MS,
  judge(answer, t) {
    if (isMatplotlibTruth(t)) return judgeMatplotlibUnrun();
    let r: ReturnType<typeof structural>;
    try {
      r = structural(answer, t);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { data: 0 }, partial: 0 };
    }
    const correct = allOnes(r.parts);
    return { correct, reason: correct ? 'equivalent spec (not rendered)' : describeParts(r.parts), parts: r.parts, partial: combine(r.parts) };
  },
  async judgeAsync(answer, t, opts) {
    if (isMatplotlibTruth(t)) return judgeMatplotlib(answer, t, opts);
    let r: ReturnType<typeof structural>;
    try {
      r = structural(answer, t);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { data: 0 } as Record<string, number>, partial: 0 };
    }
    const { compareVegaLite } = await import('../../renderers/browser/charts.js');
    let cmp;
    try {
      cmp = await compareVegaLite(t.spec, sha256Hex(stableStringify(t.spec)), r.candidate, RENDER_MS);
    } catch (e) {
      const msg = ((e as Error)?.message ?? String(e)).split('\n')[0].replace(/^Error: /, '').slice(0, 200);
      return { correct: false, reason: `the spec does not render: ${msg}`, parts: { ...r.parts, pixel: 0 }, partial: 0 };
    }
    const parts: Record<string, number> = { ...r.parts, text: textF1(cmp.truthTexts, cmp.candidateTexts), pixel: cmp.pixel };
    const correct = allOnes({ ...r.parts, text: parts.text }) && cmp.pixel >= PIXEL_PASS;
    return { correct, reason: correct ? 'equivalent chart' : describeParts(parts), parts, partial: combine(parts) };
  },
};
