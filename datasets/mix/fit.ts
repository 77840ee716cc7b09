import { readFileSync, existsSync } from 'node:fs';
import type { Matrix } from 'mathjs';
import { mathjs } from '../../core/deps.js';
import Papa from 'papaparse';
import { FieldError, VeriforgeError } from '../../core/errors.js';
import { Rng } from '../../core/rng.js';

/** One pilot run: its domain weights (summing to 1) and measured outcome. */
export interface Pilot {
  weights: number[];
  outcome: number;
}

/**
 * Reads pilots.csv: weight columns are named `w_<domain>` (or `w:<domain>`), every other numeric
 * column is an outcome. Weights of a row are normalised to sum to 1.
 */
export function readPilots(path: string, outcome?: string): { domains: string[]; outcome: string; outcomes: string[]; pilots: Pilot[] } {
  if (!existsSync(path)) throw new VeriforgeError(`--pilots ${path}: no such file`);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new VeriforgeError(`--pilots ${path} row ${(parsed.errors[0].row ?? 0) + 2}: ${parsed.errors[0].message}`);
  const cols = parsed.meta.fields ?? [];
  const wcols = cols.filter((c) => /^w[_:]/.test(c));
  const ocols = cols.filter((c) => !/^w[_:]/.test(c));
  if (wcols.length < 2) throw new FieldError(`--pilots ${path}`, cols.join(','), 'at least two weight columns named w_<domain>');
  if (!ocols.length) throw new FieldError(`--pilots ${path}`, cols.join(','), 'an outcome column beside the w_<domain> columns');
  const chosen = outcome ?? ocols[0];
  if (!ocols.includes(chosen)) throw new FieldError('--outcome', outcome, `one of ${ocols.join(', ')}`);
  const pilots = parsed.data.map((row, i) => {
    const w = wcols.map((c) => Number(row[c]));
    const y = Number(row[chosen]);
    const sum = w.reduce((a, b) => a + b, 0);
    if (w.some((x) => !Number.isFinite(x) || x < 0) || !(sum > 0)) throw new VeriforgeError(`--pilots ${path} row ${i + 2}: weights must be non-negative numbers with a positive sum`);
    if (!Number.isFinite(y)) throw new VeriforgeError(`--pilots ${path} row ${i + 2}: ${chosen} must be a number, got ${JSON.stringify(row[chosen])}`);
    return { weights: w.map((x) => x / sum), outcome: y };
  });
  return { domains: wcols.map((c) => c.slice(2)), outcome: chosen, outcomes: ocols, pilots };
}

/**
 * Scheffé mixture polynomials (no intercept: the weights sum to 1). Linear: Σ βᵢwᵢ. Quadratic:
 * Σ βᵢwᵢ + Σ_{i<j} βᵢⱼwᵢwⱼ — the quadratic mixture model MoDoMoDo fits.
 */
export function design(w: number[], quadratic: boolean): number[] {
  const row = [...w];
  if (quadratic) for (let i = 0; i < w.length; i++) for (let j = i + 1; j < w.length; j++) row.push(w[i] * w[j]);
  return row;
}

/** Ridge least squares (a tiny ridge keeps near-collinear pilot designs solvable). */
function solve(X: number[][], y: number[], ridge = 1e-6): number[] {
  const { lusolve, multiply, transpose, add, identity } = mathjs();
  const Xt = transpose(X) as unknown as number[][];
  const eye = (identity(X[0].length) as Matrix).valueOf() as number[][];
  const A = add(multiply(Xt, X), multiply(ridge, eye)) as unknown as number[][];
  const b = multiply(Xt, y) as unknown as number[];
  return (lusolve(A, b) as unknown as number[][]).map((r) => r[0]);
}

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

export interface FittedModel {
  kind: 'linear' | 'quadratic';
  coefficients: number[];
  /** Root mean square leave-one-out prediction error. */
  looRmse: number;
  r2: number;
}

export function fitModel(pilots: Pilot[], quadratic: boolean): FittedModel {
  const X = pilots.map((p) => design(p.weights, quadratic));
  const y = pilots.map((p) => p.outcome);
  const params = X[0].length;
  if (pilots.length <= params) throw new VeriforgeError(`the ${quadratic ? 'quadratic' : 'linear'} model has ${params} coefficients; give more than ${params} pilots (have ${pilots.length})`);
  const beta = solve(X, y);
  let loo = 0;
  for (let i = 0; i < pilots.length; i++) {
    const b = solve(X.filter((_, k) => k !== i), y.filter((_, k) => k !== i));
    loo += (dot(X[i], b) - y[i]) ** 2;
  }
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  const ssTot = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const ssRes = X.reduce((s, row, i) => s + (dot(row, beta) - y[i]) ** 2, 0);
  return { kind: quadratic ? 'quadratic' : 'linear', coefficients: beta, looRmse: Math.sqrt(loo / pilots.length), r2: ssTot ? 1 - ssRes / ssTot : 1 };
}

export const predict = (m: FittedModel, w: number[]) => dot(design(w, m.kind === 'quadratic'), m.coefficients);

/** Euclidean projection onto the probability simplex (sort-based; Duchi et al. 2008). */
export function projectSimplex(v: number[]): number[] {
  const u = [...v].sort((a, b) => b - a);
  let css = 0;
  let theta = 0;
  for (let i = 0; i < u.length; i++) {
    css += u[i];
    const t = (css - 1) / (i + 1);
    if (u[i] - t > 0) theta = t;
  }
  return v.map((x) => Math.max(0, x - theta));
}

/** Maximises the model on the simplex: projected gradient ascent from the vertices, the centre and seeded random starts. */
export function maximize(m: FittedModel, k: number, seed = 'mix-fit'): { weights: number[]; predicted: number } {
  const rng = new Rng(seed);
  const starts: number[][] = [Array(k).fill(1 / k), ...Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)))];
  for (let s = 0; s < 40; s++) {
    const g = Array.from({ length: k }, () => -Math.log(1 - rng.next()));
    const sum = g.reduce((a, b) => a + b, 0);
    starts.push(g.map((x) => x / sum));
  }
  const grad = (w: number[]) => w.map((_, i) => {
    const h = 1e-6;
    const up = [...w];
    up[i] += h;
    return (predict(m, up) - predict(m, w)) / h;
  });
  let best = { weights: starts[0], predicted: predict(m, starts[0]) };
  for (const start of starts) {
    let w = start;
    for (let it = 0, step = 0.5; it < 300; it++, step *= 0.985) w = projectSimplex(w.map((x, i) => x + step * grad(w)[i]));
    const v = predict(m, w);
    if (v > best.predicted) best = { weights: w, predicted: v };
  }
  return { weights: best.weights.map((x) => Number(x.toFixed(4))), predicted: best.predicted };
}
