import { cellLabel, parseCellList } from '../parse/cells.js';
import type { VerifierDefinition } from '../registry.js';

interface NQueensTruth {
  size: number;
  given: [number, number][];
  completions: number;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as NQueensTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 1 || x.size > 26) return 'size must be an integer from 1 to 26';
  const inside = (q: unknown) => Array.isArray(q) && q.length === 2 && q.every((v) => Number.isInteger(v) && v >= 0 && v < x.size);
  if (!Array.isArray(x.given) || !x.given.every(inside)) return 'given must be a list of [row, col] on the board';
  return undefined;
}

const attacks = (a: [number, number], b: [number, number]) => a[0] === b[0] || a[1] === b[1] || Math.abs(a[0] - b[0]) === Math.abs(a[1] - b[1]);

/**
 * Checks the rules: the listed queens plus the pre-placed ones must be exactly `size` queens, none
 * attacking another. Listing only the new queens is tolerated; listing a cell twice is not.
 */
export const nQueensVerifier: VerifierDefinition<NQueensTruth> = {
  name: 'n-queens',
  describe: 'N-queens placement: rules and pre-placed queens checked; parts.safe = share of queens not attacked',
  tasks: ['n-queens'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    let cells: [number, number][];
    try {
      cells = parseCellList(answer, n, n, n * n);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { safe: 0, count: 0 } };
    }
    const key = ([r, c]: [number, number]) => r * n + c;
    const seen = new Set<number>();
    for (const q of cells) {
      if (seen.has(key(q))) return { correct: false, reason: `cell ${cellLabel(q)} is listed twice`, parts: { safe: 0, count: 0 } };
      seen.add(key(q));
    }
    const queens = cells.slice();
    for (const g of t.given) if (!seen.has(key(g))) queens.push(g);
    const parsed = queens.map(cellLabel);
    const attacked = queens.filter((q, i) => queens.some((o, j) => j !== i && attacks(q, o)));
    const parts = { safe: queens.length ? 1 - attacked.length / queens.length : 0, count: Math.min(queens.length, n) / n };
    const partial = 0.5 * parts.safe * parts.count;
    if (queens.length !== n) return { correct: false, reason: `${queens.length} queens on the board (with the pre-placed ones); ${n} are needed`, parts, partial, parsed };
    if (attacked.length) {
      const a = attacked[0];
      const b = queens.find((o) => o !== a && attacks(a, o))!;
      return { correct: false, reason: `queens at ${cellLabel(a)} and ${cellLabel(b)} attack each other`, parts, partial, parsed };
    }
    return { correct: true, reason: `${n} non-attacking queens including the ${t.given.length} pre-placed`, parts, parsed };
  },
};
