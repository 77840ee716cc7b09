// Shared by the grid-logic puzzle tests: an independent brute-force enumerator and the
// adversarial responses every grid verifier must reject.
import { expect } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { verify } from '../../verifiers/index.js';

export function make<P, T>(def: TaskDefinition<P, T>, seed: string, params: Partial<P> = {}, level: 1 | 2 | 3 | 4 | 5 = 1): Instance<T> {
  const p = resolveParams(def.params, params as Record<string, unknown>, 'params', def.levels[level]);
  return def.generate(new Rng(seed), p);
}

/**
 * Every n×n Latin square (row-major, values 1..n), by plain row-by-row permutation search with
 * no propagation: deliberately unlike the generator's solver. n=4 → 576 squares.
 */
export function allLatinSquares(n: number): number[][] {
  const out: number[][] = [];
  const grid: number[] = [];
  const rec = (i: number) => {
    if (i === n * n) return void out.push(grid.slice());
    for (let v = 1; v <= n; v++) {
      const r = Math.floor(i / n);
      const c = i % n;
      let ok = true;
      for (let k = 0; k < c && ok; k++) ok = grid[r * n + k] !== v;
      for (let k = 0; k < r && ok; k++) ok = grid[k * n + c] !== v;
      if (!ok) continue;
      grid[i] = v;
      rec(i + 1);
    }
  };
  rec(0);
  return out;
}

/** Every 0/1 grid of `cells` cells whose rows pass `rowOk` (rows enumerated first, then combined). */
export function allBinaryGrids(rows: number, cols: number, rowOk: (row: number[]) => boolean): number[][] {
  const lines: number[][] = [];
  for (let m = 0; m < 1 << cols; m++) {
    const row = Array.from({ length: cols }, (_, c) => (m >> (cols - 1 - c)) & 1);
    if (rowOk(row)) lines.push(row);
  }
  const out: number[][] = [];
  const rec = (r: number, acc: number[]) => {
    if (r === rows) return void out.push(acc);
    for (const l of lines) rec(r + 1, [...acc, ...l]);
  };
  rec(0, []);
  return out;
}

export const rowsText = (v: readonly (number | string)[], cols: number) =>
  Array.from({ length: v.length / cols }, (_, r) => v.slice(r * cols, (r + 1) * cols).join('')).join('\n');

/**
 * The responses every grid verifier must score below 1: one cell changed, two grids stuffed,
 * a partial grid, the question echoed, the truth dumped, the answer inside prose with another grid.
 * `alter(ch)` returns a different valid cell character.
 */
export function expectRejectsCorruptions(verifier: string, inst: Instance<unknown>, alter: (ch: string) => string): void {
  const truth = JSON.parse(JSON.stringify(inst.truth));
  const lines = inst.answer.split('\n');
  const cols = lines[0].length;
  const flat = lines.join('');
  const score = (resp: string) => verify(verifier, resp, truth).score;
  expect(score(`<answer>${inst.answer}</answer>`)).toBe(1);
  // Any single changed cell is wrong (the solution is unique).
  for (const i of [0, Math.floor(flat.length / 2), flat.length - 1]) {
    const bad = flat.slice(0, i) + alter(flat[i]) + flat.slice(i + 1);
    const v = verify(verifier, `<answer>${rowsText([...bad], cols)}</answer>`, truth);
    expect(v.score, `cell ${i} changed`).toBe(0);
  }
  // Two grids in one answer, the answer then another, a grid missing a row, blanks.
  const other = [...flat].map(alter).join('');
  const stuffed = [`${inst.answer}\n${rowsText([...other], cols)}`, `${rowsText([...other], cols)}\n\n${inst.answer}`, lines.slice(0, -1).join('\n')];
  for (const s of stuffed) expect(score(`<answer>${s}</answer>`), s).toBeLessThan(1);
  const partial = verify(verifier, `<answer>${rowsText([...flat.slice(0, cols), ...'.'.repeat(flat.length - cols)], cols)}</answer>`, truth);
  expect(partial.score).toBeLessThan(1);
  expect(partial.parts?.cells ?? 1).toBeLessThan(1);
  expect(verify(verifier, `<answer>${rowsText([...flat.slice(0, cols), ...'.'.repeat(flat.length - cols)], cols)}</answer>`, truth, { partialCredit: true }).score).toBeLessThan(0.5);
  expect(score(inst.question)).toBeLessThan(1);
  expect(score(`<answer>${inst.textOnly}</answer>`)).toBeLessThan(1);
  expect(score(`<answer>${JSON.stringify(inst.truth)}</answer>`)).toBeLessThan(1);
  // The example grid shown in the question is never the answer.
  const example = inst.question.match(/<answer>\n([\s\S]*?)\n<\/answer>/)?.[1];
  expect(example).toBeDefined();
  expect(score(`<answer>${example}</answer>`)).toBeLessThan(1);
}

/** Tolerant forms of the same answer that must still score 1. */
export function expectTolerantForms(verifier: string, inst: Instance<unknown>, extra: string[] = []): void {
  const truth = JSON.parse(JSON.stringify(inst.truth));
  const lines = inst.answer.split('\n');
  const forms = [
    lines.map((l) => [...l].join(' ')).join('\n'),
    lines.map((l, r) => `Row ${r + 1}: ${[...l].join(', ')}`).join('\n'),
    `Here is the solved grid:\n${lines.map((l) => `| ${[...l].join(' | ')} |`).join('\n')}\nDone.`,
    `Answer: ${inst.answer}`,
    ...extra,
  ];
  for (const f of forms) {
    const v = verify(verifier, `<answer>\n${f}\n</answer>`, truth);
    expect(v.score, `${f}: ${v.reason}`).toBe(1);
  }
  expect(verify(verifier, `Reasoning...\n\\boxed{${lines.join(' ')}}`, truth).score).toBe(1);
}
