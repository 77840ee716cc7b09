import type { Rng } from '../../core/rng.js';
import { precisionOf, readings, type Precision, type Reading } from './readings.js';
import { fmt, type ChartSpec } from './spec.js';

export const FAMILIES = ['value', 'extremum', 'compare', 'difference', 'aggregate', 'trend', 'threshold', 'multihop'] as const;
export type Family = (typeof FAMILIES)[number];

/** What the chart-qa verifier needs: a number with tolerance, one of named options, or yes/no. */
export type QaTruth =
  | { kind: 'number'; value: number; tolerance: number; decimals: number; family: Family }
  | { kind: 'choice'; value: string; options: string[]; family: Family }
  | { kind: 'yesno'; value: 'yes' | 'no'; family: Family };

export interface Question {
  text: string;
  truth: QaTruth;
  answer: string;
  evidence: string[];
}

// Format hints name the form but hold no example answer: a response that merely echoes the prompt
// must never carry a correct answer in its last <answer> tag.
const FORMAT = {
  number: 'Put the number only (no units) inside <answer></answer>.',
  choice: 'Put the label, exactly as it is written in the chart, inside <answer></answer>.',
  yesno: 'Put yes or no inside <answer></answer>.',
};

/** Measure name without its unit: "Revenue (million USD)" → "revenue". */
const measure = (spec: ChartSpec) => spec.value.title.replace(/\s*\(.*\)\s*$/, '').toLowerCase();
const round = (v: number, d: number) => Number(v.toFixed(d));

interface Ctx {
  rng: Rng;
  spec: ChartSpec;
  all: Reading[];
  p: Precision;
  /** Readings grouped by series (one group for single-series charts). */
  bySeries: Reading[][];
}

/** "of North in Mar", "of Apples", "of bin 10–20": names one reading in words. */
function where(ctx: Ctx, r: Reading): string {
  const { spec } = ctx;
  if (spec.type === 'box') return `the median of ${r.category}`;
  if (spec.type === 'histogram') return `the count of the bin ${r.category}`;
  // "value" keeps plural measures grammatical: "the sessions value for Nov".
  const m = measure(spec);
  return r.series !== null ? `the ${m} value for ${r.series} in ${r.category}` : `the ${m} value for ${r.category}`;
}

function numberQ(ctx: Ctx, text: string, value: number, tol: number, decimals: number, family: Family, evidence: string[]): Question {
  const v = round(value, decimals);
  return { text: `${text} ${FORMAT.number}`, truth: { kind: 'number', value: v, tolerance: round(tol, decimals + 3), decimals, family }, answer: fmt(v, decimals), evidence };
}

const family: Record<Family, (ctx: Ctx) => Question | null> = {
  value(ctx) {
    // A tiny mark is visibly not zero, yet a tolerance that reaches zero would accept "0": such
    // values are only asked where labels print them.
    const readable = ctx.all.filter((r) => ctx.p.labelled || Math.abs(r.value) >= 2 * ctx.p.tol);
    if (!readable.length) return null;
    const r = ctx.rng.pick(readable);
    const d = ctx.spec.type === 'box' ? ctx.spec.decimals : ctx.p.decimals;
    return numberQ(ctx, `What is ${where(ctx, r)}?`, r.value, ctx.p.tol, d, 'value', [r.id]);
  },

  extremum(ctx) {
    if (ctx.spec.type === 'scatter') return scatterExtremum(ctx);
    const group = ctx.rng.pick(ctx.bySeries);
    if (group.length < 3) return null;
    const high = ctx.rng.chance(0.5);
    const sorted = [...group].sort((a, b) => (high ? b.value - a.value : a.value - b.value));
    if (Math.abs(sorted[0].value - sorted[1].value) < ctx.p.gap) return null;
    const what = ctx.spec.type === 'box' ? 'median' : ctx.spec.type === 'histogram' ? 'count' : measure(ctx.spec);
    const scope = group[0].series !== null ? ` for ${group[0].series}` : '';
    const noun = ctx.spec.type === 'histogram' ? 'bin' : ctx.spec.xTitle.toLowerCase();
    const format = ctx.spec.type === 'histogram' ? 'Put its range, lower and upper edge joined by a dash, inside <answer></answer>.' : FORMAT.choice;
    const text = `Which ${noun} has the ${high ? 'highest' : 'lowest'} ${what}${scope}? ${format}`;
    return { text, truth: { kind: 'choice', value: sorted[0].category, options: group.map((r) => r.category), family: 'extremum' }, answer: sorted[0].category, evidence: group.map((r) => r.id) };
  },

  compare(ctx) {
    const group = ctx.rng.pick(ctx.bySeries);
    const want = ctx.rng.chance(0.5);
    // Choose the answer first (balanced yes/no), then a pair that gives it with a visible difference.
    const pairs = group.flatMap((a) => group.filter((b) => b !== a && a.value - b.value >= ctx.p.gap).map((b) => (want ? [a, b] : [b, a])));
    if (!pairs.length) return null;
    const [a, b] = ctx.rng.pick(pairs);
    const text = `Is ${where(ctx, a)} greater than ${where(ctx, b)}? ${FORMAT.yesno}`;
    return { text, truth: { kind: 'yesno', value: want ? 'yes' : 'no', family: 'compare' }, answer: want ? 'yes' : 'no', evidence: [a.id, b.id] };
  },

  difference(ctx) {
    if (ctx.spec.type === 'scatter') return null;
    const group = ctx.rng.pick(ctx.bySeries);
    const [a, b] = ctx.rng.shuffle(group);
    if (!b) return null;
    const hi = a.value >= b.value ? a : b;
    const lo = hi === a ? b : a;
    // Ratios only from printed labels: read off gridlines their tolerance would swamp the answer.
    if (ctx.p.labelled && lo.value > 0 && ctx.rng.chance(0.5)) {
      const ratio = hi.value / lo.value;
      const tol = ratio * (ctx.p.tol / hi.value + ctx.p.tol / lo.value) + 0.005;
      return numberQ(ctx, `How many times larger is ${where(ctx, hi)} than ${where(ctx, lo)}? Give the ratio to two decimals.`, ratio, tol, 2, 'difference', [hi.id, lo.id]);
    }
    // Two readings: twice the tolerance, and a difference well above it so that "0" never passes.
    if (hi.value - lo.value < 4 * ctx.p.tol) return null;
    return numberQ(ctx, `By how much does ${where(ctx, hi)} exceed ${where(ctx, lo)}?`, hi.value - lo.value, 2 * ctx.p.tol, ctx.p.decimals, 'difference', [hi.id, lo.id]);
  },

  aggregate(ctx) {
    if (ctx.spec.type === 'scatter' || ctx.spec.type === 'box') return null;
    const group = ctx.rng.pick(ctx.bySeries);
    const sum = group.reduce((s, r) => s + r.value, 0);
    const scope = group[0].series !== null ? ` of ${group[0].series}` : '';
    const items = ctx.spec.type === 'histogram' ? 'bins' : `${ctx.spec.xTitle.toLowerCase()} values`;
    if (ctx.rng.chance(0.5) || ctx.spec.type === 'histogram') {
      // Reading errors of n values add up to at most n × tol.
      const text = ctx.spec.type === 'histogram' ? 'How many observations does the histogram show in total?' : `What is the total ${measure(ctx.spec)}${scope} over all ${items} shown?`;
      return numberQ(ctx, text, sum, group.length * ctx.p.tol, ctx.p.decimals, 'aggregate', group.map((r) => r.id));
    }
    return numberQ(ctx, `What is the average ${measure(ctx.spec)}${scope} over all ${items} shown? Give it to ${ctx.p.decimals + 1} decimal place${ctx.p.decimals ? 's' : ''}.`, sum / group.length, ctx.p.tol + 0.5 * 10 ** -(ctx.p.decimals + 1), ctx.p.decimals + 1, 'aggregate', group.map((r) => r.id));
  },

  trend(ctx) {
    const d = ctx.spec.data;
    if (d.kind !== 'table' || !d.ordered || d.categories.length < 3 || ctx.spec.type === 'pie') return null;
    const group = ctx.rng.pick(ctx.bySeries);
    const want = ctx.rng.chance(0.5);
    const windows: Reading[][] = [];
    for (let len = 3; len <= Math.min(5, group.length); len++) {
      for (let i = 0; i + len <= group.length; i++) {
        const w = group.slice(i, i + len);
        const steps = w.slice(1).map((r, k) => r.value - w[k].value);
        const rising = steps.every((x) => x >= ctx.p.gap);
        const clearFall = steps.some((x) => x <= -ctx.p.gap) && steps.every((x) => Math.abs(x) >= ctx.p.gap);
        if (want ? rising : clearFall) windows.push(w);
      }
    }
    if (!windows.length) return null;
    const w = ctx.rng.pick(windows);
    const scope = w[0].series !== null ? ` for ${w[0].series}` : '';
    const text = `Does the ${measure(ctx.spec)} value${scope} increase at every step from ${w[0].category} to ${w[w.length - 1].category}? ${FORMAT.yesno}`;
    return { text, truth: { kind: 'yesno', value: want ? 'yes' : 'no', family: 'trend' }, answer: want ? 'yes' : 'no', evidence: w.map((r) => r.id) };
  },

  threshold(ctx) {
    const { spec, p } = ctx;
    const group = ctx.rng.pick(spec.type === 'scatter' ? groupsOf(ctx.all) : ctx.bySeries);
    // A mark ending on a gridline threshold need only be visibly off it (a sixth of a step, ≈ 7 px);
    // halfway between gridlines, or for stacked segments (which do not start at the axis), it must
    // keep the full reading gap. Labelled charts use the printed precision.
    const candidates: number[] = [];
    for (let k = 1; spec.value.min + (k * spec.value.step) / 2 < spec.value.max; k++) {
      const t = round(spec.value.min + (k * spec.value.step) / 2, 8);
      const onGrid = k % 2 === 0 && spec.layout !== 'stacked';
      const margin = p.labelled ? p.gap : onGrid ? spec.value.step / 6 : p.gap;
      if (group.every((r) => Math.abs(r.value - t) >= margin)) candidates.push(t);
    }
    if (!candidates.length) return null;
    const byCount = new Map<number, number[]>();
    for (const t of candidates) {
      const k = group.filter((r) => r.value > t).length;
      byCount.set(k, [...(byCount.get(k) ?? []), t]);
    }
    // Balanced counts: pick the answer first among the achievable ones, then a threshold for it.
    // "None" and "all" are achievable on almost every chart, so they get a quarter of the weight.
    const counts = [...byCount.keys()].sort((a, b) => a - b);
    const weight = (c: number) => (c === 0 || c === group.length ? 0.25 : 1);
    let u = ctx.rng.next() * counts.reduce((s, c) => s + weight(c), 0);
    const k = counts.find((c) => (u -= weight(c)) < 0) ?? counts[counts.length - 1];
    const t = ctx.rng.pick(byCount.get(k)!);
    const tText = fmt(t, Math.max(spec.value.decimals, String(t).split('.')[1]?.length ?? 0));
    const m = measure(spec);
    const text =
      spec.type === 'scatter'
        ? `How many points${group[0].series !== null ? ` of ${group[0].series}` : ''} have a ${m} value above ${tText}?`
        : spec.type === 'histogram'
          ? `How many bins have a count above ${tText}?`
          : spec.type === 'box'
            ? `How many ${spec.xTitle.toLowerCase()} groups have a median above ${tText}?`
            : `How many ${spec.xTitle.toLowerCase()} values${group[0].series !== null ? ` for ${group[0].series}` : ''} have a ${m} value above ${tText}?`;
    return numberQ(ctx, text, k, 0, 0, 'threshold', group.map((r) => r.id));
  },

  multihop(ctx) {
    const d = ctx.spec.data;
    if (d.kind !== 'table' || d.series.length < 2 || ctx.spec.type === 'heatmap') return null;
    const i = ctx.rng.int(0, d.categories.length - 2);
    const j = ctx.rng.int(i + 1, d.categories.length - 1);
    const inc = d.series.map((name, s) => ({ name, s, delta: d.values[s][j] - d.values[s][i] }));
    const sorted = [...inc].sort((a, b) => b.delta - a.delta);
    // Each increase is read from two values: the winner must lead by twice the reading gap.
    // A real increase, and one that leads the runner-up by twice the reading gap.
    if (sorted[0].delta < 2 * ctx.p.gap || sorted[0].delta - sorted[1].delta < 2 * ctx.p.gap) return null;
    const noun = ctx.spec.legendTitle.toLowerCase() || 'series';
    const text = `Which ${noun} has the largest increase in ${measure(ctx.spec)} from ${d.categories[i]} to ${d.categories[j]}? ${FORMAT.choice}`;
    const evidence = d.series.flatMap((_, s) => [ctx.all.find((r) => r.s === s && r.c === i)!.id, ctx.all.find((r) => r.s === s && r.c === j)!.id]);
    return { text, truth: { kind: 'choice', value: sorted[0].name, options: d.series, family: 'multihop' }, answer: sorted[0].name, evidence };
  },
};

/** The point with the highest y decides "which group"; it must lead the other groups visibly. */
function scatterExtremum(ctx: Ctx): Question | null {
  const d = ctx.spec.data;
  if (d.kind !== 'points' || d.groups.length < 2) return null;
  const high = ctx.rng.chance(0.5);
  const best = d.groups.map((_, g) => {
    const ys = d.points.filter((p) => p.g === g).map((p) => p.y);
    return ys.length ? (high ? Math.max(...ys) : Math.min(...ys)) : NaN;
  });
  const order = best.map((v, g) => ({ v, g })).filter((x) => !Number.isNaN(x.v)).sort((a, b) => (high ? b.v - a.v : a.v - b.v));
  if (order.length < 2 || Math.abs(order[0].v - order[1].v) < ctx.p.gap) return null;
  const text = `Which ${ctx.spec.legendTitle.toLowerCase()} contains the point with the ${high ? 'highest' : 'lowest'} ${measure(ctx.spec)}? ${FORMAT.choice}`;
  return { text, truth: { kind: 'choice', value: d.groups[order[0].g], options: d.groups, family: 'extremum' }, answer: d.groups[order[0].g], evidence: ctx.all.map((r) => r.id) };
}

/** Scatter points split by group (one list when there are no groups). */
function groupsOf(all: Reading[]): Reading[][] {
  const m = new Map<number, Reading[]>();
  for (const r of all) m.set(r.s, [...(m.get(r.s) ?? []), r]);
  return [...m.values()];
}

/** Families that can apply to a chart type (each may still decline a particular chart). */
export function familiesFor(spec: ChartSpec): Family[] {
  return FAMILIES.filter((f) => {
    // Scatter points have no names, so only questions over groups or counts can refer to them.
    if (spec.type === 'scatter') return f === 'extremum' || f === 'threshold';
    return true;
  });
}

/**
 * A question about `spec`: the requested family, or a seeded choice among those that apply. Returns
 * null when no family can ask a fair question about this chart (the caller draws a new chart).
 */
export function askQuestion(rng: Rng, spec: ChartSpec, wanted: Family | 'any'): Question | null {
  const all = readings(spec);
  const groups = new Map<number, Reading[]>();
  for (const r of all) groups.set(r.s, [...(groups.get(r.s) ?? []), r]);
  const ctx: Ctx = { rng, spec, all, p: precisionOf(spec), bySeries: spec.type === 'scatter' ? [all] : [...groups.values()] };
  const order = wanted === 'any' ? rng.shuffle(familiesFor(spec)) : [wanted];
  for (const f of order) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const q = family[f]({ ...ctx, rng: rng.fork(`${f}/${attempt}`) });
      if (q) return q;
    }
  }
  return null;
}
