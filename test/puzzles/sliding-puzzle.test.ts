import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { distances9, goalBoard, isSolvable, neighbours, rank9, solveSlide, type Board } from '../../generators/puzzles/sliding-puzzle/solver.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: plain forward breadth-first search over board strings. */
function bfs(n: number, start: Board, maxDepth: number): number {
  const goal = goalBoard(n).join(',');
  const seen = new Set([start.join(',')]);
  let frontier = [start];
  for (let d = 0; d <= maxDepth; d++) {
    const next: Board[] = [];
    for (const b of frontier) {
      if (b.join(',') === goal) return d;
      const g = b.indexOf(0);
      for (const j of neighbours(n, g)) {
        const nb = b.slice();
        [nb[g], nb[j]] = [nb[j], 0];
        const k = nb.join(',');
        if (!seen.has(k)) {
          seen.add(k);
          next.push(nb);
        }
      }
    }
    frontier = next;
  }
  return -1;
}

function scramble(rng: Rng, n: number, steps: number): Board {
  const b = goalBoard(n);
  let g = n * n - 1;
  for (let s = 0; s < steps; s++) {
    const j = rng.pick(neighbours(n, g));
    [b[g], b[j]] = [b[j], 0];
    g = j;
  }
  return b;
}

/** Tile numbers → directions the tiles move, for the letter answer form. */
function toLetters(n: number, board: Board, tiles: number[]): string {
  const b = board.slice();
  return tiles
    .map((t) => {
      const g = b.indexOf(0);
      const at = b.indexOf(t);
      [b[g], b[at]] = [t, 0];
      return at === g + n ? 'U' : at === g - n ? 'D' : at === g + 1 ? 'L' : 'R';
    })
    .join('');
}

describe('sliding-puzzle solvers', () => {
  it('parity rule matches reachability: all 2×2 boards by BFS, all 3×3 boards by the distance table', () => {
    const perms = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    for (const b of perms([0, 1, 2, 3])) expect(isSolvable(2, b), b.join()).toBe(bfs(2, b, 20) >= 0);
    const dist = distances9();
    const rng = new Rng('parity9');
    for (let k = 0; k < 2000; k++) {
      const b = rng.shuffle(goalBoard(3));
      expect(isSolvable(3, b)).toBe(dist[rank9(b)] >= 0);
    }
    expect([...dist].filter((d) => d >= 0)).toHaveLength(181_440);
    expect(dist.reduce((m, d) => Math.max(m, d), 0)).toBe(31); // the known diameter of the 8-puzzle
  });

  it('3×3 table and 4×4 IDA* give the same optimum as plain BFS', () => {
    const rng = new Rng('slide-brute');
    for (let k = 0; k < 15; k++) {
      const b = scramble(rng, 3, 14);
      expect(solveSlide(3, b).optimal).toBe(bfs(3, b, 14));
    }
    for (let k = 0; k < 8; k++) {
      const b = scramble(rng, 4, 11);
      const s = solveSlide(4, b);
      expect(s.optimal).toBe(bfs(4, b, 11));
      expect(score('sliding-puzzle', tagged(s.tiles.join(',') || '0'), { size: 4, board: b, optimal: s.optimal, requireShortest: false }).score).toBe(s.optimal ? 1 : 0);
    }
  });
});

describe('sliding-puzzle task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('sliding-puzzle', 'k1', 1);
    expect(a.truth.board).toEqual([4, 1, 5, 3, 0, 2, 7, 8, 6]);
    expect(a.truth.optimal).toBe(10);
    expect(a.answer).toBe('3, 4, 1, 3, 2, 5, 3, 2, 5, 6');
  });

  it('accepts a longer legal solution and the letter form; requireShortest rejects the longer one', () => {
    const a = makeItem('sliding-puzzle', 'alt', 3);
    const tiles = a.answer.split(', ').map(Number);
    const detour = [tiles[0], tiles[0], ...tiles]; // slide a tile in and back out
    expect(score('sliding-puzzle', tagged(detour.join(' ')), a.truth).score).toBe(1);
    expect(score('sliding-puzzle', tagged(detour.join(' ')), a.truth, { requireShortest: true }).score).toBe(0);
    expect(score('sliding-puzzle', tagged(a.answer), a.truth, { requireShortest: true }).score).toBe(1);
    const letters = toLetters(3, a.truth.board, tiles);
    expect(score('sliding-puzzle', tagged(letters), a.truth).score).toBe(1);
    expect(score('sliding-puzzle', tagged(letters.split('').join(', ').replace(/U/g, 'up')), a.truth).score).toBe(1);
  });

  it('level 5 boards without a proved optimum still carry a valid, loop-free solution', () => {
    let unknown = 0;
    for (let i = 0; i < 12; i++) {
      const a = makeItem('sliding-puzzle', `l5-${i}`, 5);
      if (a.truth.optimal >= 0) continue;
      unknown++;
      expect(a.features.solutionMoves).toBeLessThanOrEqual(50);
      expect(score('sliding-puzzle', tagged(a.answer), a.truth).score).toBe(1);
    }
    expect(unknown).toBeGreaterThan(0);
  });

  it('scores illegal, unfinished, stuffed and echoed answers below 1', () => {
    const a = makeItem('sliding-puzzle', 'bad', 3);
    const tiles = a.answer.split(', ').map(Number);
    const far = [1, 2, 3, 4, 5, 6, 7, 8].find((t) => {
      const at = a.truth.board.indexOf(t);
      const g = a.truth.board.indexOf(0);
      return Math.abs(Math.floor(at / 3) - Math.floor(g / 3)) + Math.abs((at % 3) - (g % 3)) > 1;
    })!;
    expect(score('sliding-puzzle', tagged([far, ...tiles].join(', ')), a.truth).reason).toMatch(/not a tile next to/);
    const v = score('sliding-puzzle', tagged(tiles.slice(0, -1).join(', ')), a.truth, { partialCredit: true });
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBeLessThan(1);
    expect(score('sliding-puzzle', tagged(`${a.answer}, ${a.answer}`), a.truth).score).toBe(0);
    expect(score('sliding-puzzle', tagged(`${a.answer} or 1, 2`), a.truth).score).toBe(0);
    expect(score('sliding-puzzle', tagged('99'), a.truth).score).toBe(0);
    expect(score('sliding-puzzle', a.question, a.truth).score).toBe(0);
  });
});
