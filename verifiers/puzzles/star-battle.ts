import { cellName, startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface StarBattleTruth {
  size: number;
  regions: string;
  givens: number[];
  solution: string;
}

const SYMBOLS: Record<string, string> = { '*': '*', x: '*', s: '*', '★': '*', '☆': '*', '1': '*', '.': '.', '0': '.', _: '.', '-': '.', o: '.', '·': '.' };

function checkTruth(t: unknown): string | undefined {
  const x = t as StarBattleTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 26) return 'size must be an integer from 2 to 26';
  const cells = x.size * x.size;
  if (typeof x.regions !== 'string' || x.regions.length !== cells || !/^[A-Z]+$/.test(x.regions)) return `regions must be ${cells} letters`;
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^[*.]+$/.test(x.solution)) return `solution must be ${cells} of * and .`;
  if (!Array.isArray(x.givens) || !x.givens.every((g) => Number.isInteger(g) && g >= 0 && g < cells)) return 'givens must be cell indices';
  return undefined;
}

/** Checks the rules (one star per row, column, region; no touching; hints kept), not a stored string. */
export const starBattleVerifier: VerifierDefinition<StarBattleTruth> = {
  name: 'star-battle',
  describe: 'star battle grid: rules and hints checked; parts.cells = fraction of cells right',
  tasks: ['star-battle'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    const g = startGridJudgement(answer, SYMBOLS, n * n, t.solution, (all) => all);
    if ('verdict' in g) return g.verdict;
    const { cells, all, parts, fail } = g;
    const stars = all.filter((i) => cells[i] === '*');
    const missing = t.givens.find((g) => cells[g] !== '*');
    if (missing !== undefined) return fail(`the given star at ${cellName(missing, n)} is missing`);
    const units: [string, (i: number) => string][] = [
      ['row', (i) => String(Math.floor(i / n) + 1)],
      ['column', (i) => String((i % n) + 1)],
      ['region', (i) => t.regions[i]],
    ];
    for (const [name, unitOf] of units) {
      const count = new Map<string, number>();
      for (const i of all) count.set(unitOf(i), (count.get(unitOf(i)) ?? 0) + (cells[i] === '*' ? 1 : 0));
      for (const [u, k] of count) if (k !== 1) return fail(`${name} ${u} has ${k} stars; it needs exactly 1`);
    }
    for (const a of stars) {
      for (const b of stars) {
        if (b > a && Math.abs(Math.floor(a / n) - Math.floor(b / n)) <= 1 && Math.abs((a % n) - (b % n)) <= 1) {
          return fail(`stars at ${cellName(a, n)} and ${cellName(b, n)} touch`);
        }
      }
    }
    return { correct: true, reason: 'one star per row, column and region, none touching', parts, parsed: cells.join('') };
  },
};
