import { describe, expect, it } from 'vitest';
import { optimalCount, optimalMoves } from '../../generators/puzzles/hanoi/solver.js';
import { parseHanoiMoves } from '../../verifiers/puzzles/hanoi.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: breadth-first search over all 3^n states (state = peg of each disk). */
function bfsDistance(pos: number[], target: number): number {
  const n = pos.length;
  const key = (p: number[]) => p.join('');
  const goal = key(Array(n).fill(target));
  const seen = new Map([[key(pos), 0]]);
  const queue = [pos];
  for (let h = 0; h < queue.length; h++) {
    const p = queue[h];
    const d = seen.get(key(p))!;
    if (key(p) === goal) return d;
    for (let a = 0; a < 3; a++) {
      const top = p.findIndex((x) => x === a); // smallest disk on peg a is its top
      if (top < 0) continue;
      for (let b = 0; b < 3; b++) {
        if (b === a) continue;
        const under = p.findIndex((x) => x === b);
        if (under >= 0 && under < top) continue;
        const q = p.slice();
        q[top] = b;
        if (!seen.has(key(q))) {
          seen.set(key(q), d + 1);
          queue.push(q);
        }
      }
    }
  }
  return -1;
}

describe('hanoi solver', () => {
  it('matches breadth-first search on every state of up to 4 disks', () => {
    for (let n = 1; n <= 4; n++) {
      for (let code = 0; code < 3 ** n; code++) {
        const pos = Array.from({ length: n }, (_, d) => Math.floor(code / 3 ** d) % 3);
        for (let t = 0; t < 3; t++) {
          const d = bfsDistance(pos, t);
          expect(optimalMoves(pos, t).length).toBe(d);
          expect(optimalCount(pos, t)).toBe(d);
        }
      }
    }
  });
});

describe('hanoi task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('hanoi', 'known-seed', 1, { disks: 3, start: 'standard' });
    expect(a.truth.pegs).toEqual([[], [], [3, 2, 1]]);
    expect(a.truth.target).toBe(1);
    expect(a.truth.optimal).toBe(7);
    expect(a.answer).toBe('C->B, C->A, B->A, C->B, A->C, A->B, C->B');
    expect(a.question).not.toContain(a.answer);
    expect(score('hanoi', tagged(a.answer), a.truth).score).toBe(1);
  });

  it('accepts a longer legal solution and word forms, rejects it when shortest is required', () => {
    const a = makeItem('hanoi', 's1', 1, { disks: 4, start: 'standard' });
    const [from] = a.answer.split('->');
    const other = ['A', 'B', 'C'].find((x) => x !== from)!; // standard start: both other pegs are empty
    // Move the smallest disk away and back first: two extra legal moves.
    const detour = `${from}->${other}, ${other}->${from}, ${a.answer}`;
    expect(score('hanoi', tagged(detour), a.truth).score).toBe(1);
    expect(score('hanoi', tagged(detour), a.truth, { requireShortest: true }).score).toBe(0);
    const words = a.answer.split(', ').map((m, i) => `${i + 1}. move from ${m.replace('->', ' to ')}`).join('\n');
    expect(score('hanoi', tagged(words), a.truth).score).toBe(1);
    expect(score('hanoi', tagged(a.answer.replace(/->/g, '').replace(/, /g, ' ')), a.truth).score).toBe(1);
  });

  it('scores illegal, incomplete, stuffed and echoed answers below 1, with partial credit', () => {
    const a = makeItem('hanoi', 's2', 3);
    const moves = a.answer.split(', ');
    const illegal = [moves[0], moves[0].split('->').reverse().join('->'), moves[0], moves[0]].join(', ');
    const v = score('hanoi', tagged(illegal), a.truth, { partialCredit: true });
    expect(v.score).toBeLessThan(1);
    expect(v.parts?.validMoves).toBeGreaterThan(0);
    expect(score('hanoi', tagged(moves.slice(0, -1).join(', ')), a.truth).score).toBe(0);
    expect(score('hanoi', tagged(`${a.answer} or ${a.answer}`), a.truth).score).toBe(0);
    expect(score('hanoi', tagged(a.answer + ', A->D'), a.truth).score).toBe(0);
    expect(score('hanoi', a.question, a.truth).score).toBe(0);
  });

  it('parses tolerant move forms and names bad tokens', () => {
    expect(parseHanoiMoves('A→C; a -> b\nB=>C', 10)).toEqual([{ from: 0, to: 2 }, { from: 0, to: 1 }, { from: 1, to: 2 }]);
    expect(parseHanoiMoves('1. move disk 2 from A to C', 10)).toEqual([{ from: 0, to: 2, disk: 2 }]);
    expect(() => parseHanoiMoves('move disk from A to C', 10)).toThrow(/followed by its number/);
    expect(() => parseHanoiMoves('A->C, A->', 10)).toThrow(/destination/);
    expect(() => parseHanoiMoves('A->C please', 10)).toThrow(/PLEASE/);
  });

  it('checks a named disk against the top disk of the peg', () => {
    const a = makeItem('hanoi', 'known-seed', 1, { disks: 3, start: 'standard' });
    // Known answer starts C->B (disk 1), C->A (disk 2), B->A (disk 1).
    expect(score('hanoi', tagged('move disk 1 from C to B, move disk 2 from C to A, ' + a.answer.split(', ').slice(2).join(', ')), a.truth).score).toBe(1);
    const v = score('hanoi', tagged('move disk 3 from C to B, ' + a.answer.split(', ').slice(1).join(', ')), a.truth);
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/names disk 3, but the top disk of peg C is 1/);
  });

  it('makes mid-game start states at level 3 with the optimum measured', () => {
    for (let i = 0; i < 20; i++) {
      const a = makeItem('hanoi', `lvl3-${i}`, 3);
      expect(a.features.optimalMoves).toBe(a.truth.optimal);
      expect(a.truth.optimal).toBeGreaterThan(0);
      expect(a.truth.optimal).toBeLessThanOrEqual(63);
    }
  });
});
