import type { Tally } from './rollouts.js';

/** A prediction for one (item, policy) tally. */
export interface Scored {
  p: number;
  successes: number;
  trials: number;
}

/** ROC AUC over individual rollouts (each trial is a positive or a negative with the tally's score); ties count half. */
export function auc(rows: Scored[]): number {
  const sorted = [...rows].sort((a, b) => a.p - b.p);
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let tp = 0;
    let tn = 0;
    while (j < sorted.length && sorted[j].p === sorted[i].p) {
      tp += sorted[j].successes;
      tn += sorted[j].trials - sorted[j].successes;
      j++;
    }
    sum += tp * (negBelow + tn / 2);
    negBelow += tn;
    pos += tp;
    neg += tn;
    i = j;
  }
  return pos && neg ? sum / (pos * neg) : NaN;
}

export function brier(rows: Scored[]): number {
  let s = 0;
  let n = 0;
  for (const r of rows) {
    s += r.successes * (1 - r.p) ** 2 + (r.trials - r.successes) * r.p ** 2;
    n += r.trials;
  }
  return s / n;
}

export interface CalibrationBin {
  from: number;
  to: number;
  predicted: number;
  observed: number;
  trials: number;
}

export function calibration(rows: Scored[], bins = 10): CalibrationBin[] {
  const out: CalibrationBin[] = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, predicted: 0, observed: 0, trials: 0 }));
  for (const r of rows) {
    const b = out[Math.min(bins - 1, Math.floor(r.p * bins))];
    b.predicted += r.p * r.trials;
    b.observed += r.successes;
    b.trials += r.trials;
  }
  return out.filter((b) => b.trials).map((b) => ({ ...b, predicted: b.predicted / b.trials, observed: b.observed / b.trials }));
}

/** Mean pass rate per key over training tallies, with a global fallback for unseen keys. */
export function meanBaseline(train: Tally[], key: (t: Tally) => string): (t: Tally) => number {
  const acc = new Map<string, [number, number]>();
  let s = 0;
  let n = 0;
  for (const t of train) {
    const a = acc.get(key(t)) ?? [0, 0];
    a[0] += t.successes;
    a[1] += t.trials;
    acc.set(key(t), a);
    s += t.successes;
    n += t.trials;
  }
  return (t) => {
    const a = acc.get(key(t));
    return a ? a[0] / a[1] : s / n;
  };
}

export interface EvalRow {
  name: string;
  auc: number;
  brier: number;
}

export function evaluateAll(named: [string, Scored[]][]): EvalRow[] {
  return named.map(([name, rows]) => ({ name, auc: auc(rows), brier: brier(rows) }));
}

/** Spearman rank correlation (average ranks for ties). */
export function spearman(a: number[], b: number[]): number {
  const rank = (xs: number[]) => {
    const idx = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(xs.length);
    for (let i = 0; i < idx.length; ) {
      let j = i;
      while (j < idx.length && idx[j][0] === idx[i][0]) j++;
      for (let k = i; k < j; k++) r[idx[k][1]] = (i + j - 1) / 2;
      i = j;
    }
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}
