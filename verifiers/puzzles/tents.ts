import { cellName, startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface TentsTruth {
  rows: number;
  cols: number;
  trees: number[];
  rowCounts: number[];
  colCounts: number[];
  solution: string;
}

const SYMBOLS: Record<string, string> = { a: 'A', '^': 'A', x: 'A', '△': 'A', '▲': 'A', '⛺': 'A', t: 'T', '🌲': 'T', '.': '.', '0': '.', _: '.', '-': '.', o: '.' };

const ints = (v: unknown, len: number, min: number) => Array.isArray(v) && v.length === len && v.every((x) => Number.isInteger(x) && x >= min);

function checkTruth(t: unknown): string | undefined {
  const x = t as TentsTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 900) return 'rows and cols must be integers from 2 (at most 900 cells)';
  const cells = x.rows * x.cols;
  if (!Array.isArray(x.trees) || !x.trees.every((i) => Number.isInteger(i) && i >= 0 && i < cells)) return 'trees must be cell indices';
  if (!ints(x.rowCounts, x.rows, -1) || !ints(x.colCounts, x.cols, -1)) return 'rowCounts and colCounts must be one integer (-1 = hidden) per line';
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^[TA.]+$/.test(x.solution)) return `solution must be ${cells} of T, A and .`;
  return undefined;
}

/** Can every tree be paired with its own adjacent tent? (Kuhn's augmenting paths.) */
function pairsUp(t: TentsTruth, tents: number[]): boolean {
  const adjacent = (a: number, b: number) => Math.abs(Math.floor(a / t.cols) - Math.floor(b / t.cols)) + Math.abs((a % t.cols) - (b % t.cols)) === 1;
  const owner = new Map<number, number>();
  const tryTree = (tree: number, seen: Set<number>): boolean => {
    for (const tent of tents) {
      if (!adjacent(tree, tent) || seen.has(tent)) continue;
      seen.add(tent);
      const o = owner.get(tent);
      if (o === undefined || tryTree(o, seen)) {
        owner.set(tent, tree);
        return true;
      }
    }
    return false;
  };
  return t.trees.every((tree) => tryTree(tree, new Set()));
}

/** Checks the tents rules against the trees and the shown counts, not a stored string. */
export const tentsVerifier: VerifierDefinition<TentsTruth> = {
  name: 'tents',
  describe: 'tents grid: pairing, no touching, shown counts; parts.cells = fraction of non-tree cells right',
  tasks: ['tents'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols } = t;
    const trees = new Set(t.trees);
    const g = startGridJudgement(answer, SYMBOLS, rows * cols, t.solution, (all) => all.filter((i) => !trees.has(i)));
    if ('verdict' in g) return g.verdict;
    const { cells, all, parts, fail } = g;
    const open = all.filter((i) => !trees.has(i));
    // A tree cell may be written T or left '.'; anything else there, or a T elsewhere, is wrong.
    for (let i = 0; i < rows * cols; i++) {
      if (trees.has(i) && cells[i] === 'A') return fail(`a tent is placed on the tree at ${cellName(i, cols)}`);
      if (!trees.has(i) && cells[i] === 'T') return fail(`${cellName(i, cols)} has no tree`);
    }
    const tents = open.filter((i) => cells[i] === 'A');
    for (const a of tents) {
      for (const b of tents) {
        if (b > a && Math.abs(Math.floor(a / cols) - Math.floor(b / cols)) <= 1 && Math.abs((a % cols) - (b % cols)) <= 1) {
          return fail(`tents at ${cellName(a, cols)} and ${cellName(b, cols)} touch`);
        }
      }
    }
    for (let r = 0; r < rows; r++) {
      const k = tents.filter((i) => Math.floor(i / cols) === r).length;
      if (t.rowCounts[r] >= 0 && k !== t.rowCounts[r]) return fail(`row ${r + 1} has ${k} tents; it needs ${t.rowCounts[r]}`);
    }
    for (let c = 0; c < cols; c++) {
      const k = tents.filter((i) => i % cols === c).length;
      if (t.colCounts[c] >= 0 && k !== t.colCounts[c]) return fail(`column ${c + 1} has ${k} tents; it needs ${t.colCounts[c]}`);
    }
    if (tents.length !== t.trees.length) return fail(`${tents.length} tents for ${t.trees.length} trees`);
    if (!pairsUp(t, tents)) return fail('the tents cannot be paired one to one with adjacent trees');
    return { correct: true, reason: 'every tree has its own adjacent tent, none touching, counts met', parts, parsed: cells.join('') };
  },
};
