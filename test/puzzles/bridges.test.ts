import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { bridges, type BridgesTruth } from '../../generators/puzzles/bridges/index.js';
import { solveBridges } from '../../generators/puzzles/bridges/solver.js';
import { expectRejectsAdversarial, make, score } from './grid-logic-b-helpers.js';

/** Independent brute force: every count 0-2 on every line of sight, checked against all the rules. */
function bruteForce(t: BridgesTruth): string[] {
  const isl = t.islands;
  const pairs: [number, number][] = [];
  for (let a = 0; a < isl.length; a++) {
    for (let b = a + 1; b < isl.length; b++) {
      const [ra, ca] = isl[a];
      const [rb, cb] = isl[b];
      if (ra !== rb && ca !== cb) continue;
      const between = isl.some(([r, c], k) => k !== a && k !== b && (ra === rb ? r === ra && c > Math.min(ca, cb) && c < Math.max(ca, cb) : c === ca && r > Math.min(ra, rb) && r < Math.max(ra, rb)));
      if (!between) pairs.push([a, b]);
    }
  }
  const crosses = (p: [number, number], q: [number, number]) => {
    const [h, v] = isl[p[0]][0] === isl[p[1]][0] ? [p, q] : [q, p];
    if (isl[h[0]][0] !== isl[h[1]][0] || isl[v[0]][1] !== isl[v[1]][1]) return false;
    const row = isl[h[0]][0];
    const col = isl[v[0]][1];
    const [c1, c2] = [isl[h[0]][1], isl[h[1]][1]].sort((x, y) => x - y);
    const [r1, r2] = [isl[v[0]][0], isl[v[1]][0]].sort((x, y) => x - y);
    return col > c1 && col < c2 && row > r1 && row < r2;
  };
  const out: string[] = [];
  const count = new Array<number>(pairs.length).fill(0);
  const rec = (k: number) => {
    if (k < pairs.length) {
      for (let v = 0; v <= 2; v++) {
        count[k] = v;
        rec(k + 1);
      }
      count[k] = 0;
      return;
    }
    const deg = isl.map(() => 0);
    pairs.forEach(([a, b], j) => ((deg[a] += count[j]), (deg[b] += count[j])));
    if (deg.some((d, j) => d !== isl[j][2])) return;
    for (let i = 0; i < pairs.length; i++) for (let j = i + 1; j < pairs.length; j++) if (count[i] && count[j] && crosses(pairs[i], pairs[j])) return;
    const seen = new Set([0]);
    for (let grew = true; grew; ) {
      grew = false;
      pairs.forEach(([a, b], j) => {
        if (count[j] && seen.has(a) !== seen.has(b)) {
          seen.add(a).add(b);
          grew = true;
        }
      });
    }
    if (seen.size === isl.length) out.push(pairs.flatMap(([a, b], j) => (count[j] ? [`${a}-${b}x${count[j]}`] : [])).join(' '));
  };
  rec(0);
  return out;
}

const stored = (t: BridgesTruth) => t.bridges.map(([a, b, k]) => `${a}-${b}x${k}`).join(' ');

describe('bridges', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(bridges, 2, 4);
    expect(inst.truth.islands).toEqual([[0, 1, 1], [3, 1, 3], [3, 4, 6], [0, 4, 3], [6, 4, 6], [0, 6, 3], [2, 6, 2], [6, 2, 2], [6, 6, 2]]);
    expect(inst.answer).toBe('(1,2)-(4,2)x1\n(1,5)-(1,7)x1\n(1,5)-(4,5)x2\n(1,7)-(3,7)x2\n(4,2)-(4,5)x2\n(4,5)-(7,5)x2\n(7,3)-(7,5)x2\n(7,5)-(7,7)x2');
  });

  it('has exactly one solution by independent brute force, equal to the stored one', () => {
    for (const level of [1, 2] as const) {
      for (let k = 0; k < 8; k++) {
        const inst = make(bridges, level, k);
        expect(bruteForce(inst.truth)).toEqual([stored(inst.truth)]);
      }
    }
  });

  it('the solver counts every solution of an ambiguous square, as brute force does', () => {
    // Four 2s on the corners of a square: a ring of single bridges, or two double bridges (not connected).
    const t: BridgesTruth = { rows: 3, cols: 3, islands: [[0, 0, 2], [0, 2, 2], [2, 0, 2], [2, 2, 2]], bridges: [] };
    const brute = bruteForce(t);
    const res = solveBridges(3, 3, t.islands.map(([r, c, n]) => ({ r, c, n })), 99);
    expect(res.solutions).toBe(brute.length);
    expect(brute).toEqual(['0-1x1 0-2x1 1-3x1 2-3x1']);
    const t2: BridgesTruth = { rows: 3, cols: 3, islands: [[0, 0, 3], [0, 2, 3], [2, 0, 3], [2, 2, 3]], bridges: [] };
    expect(bruteForce(t2).length).toBeGreaterThan(1);
    expect(solveBridges(3, 3, t2.islands.map(([r, c, n]) => ({ r, c, n })), 99).solutions).toBe(bruteForce(t2).length);
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(bridges, 3, 2);
    const lines = inst.answer.split('\n');
    const flipped = [lines[0].endsWith('x1') ? lines[0].replace(/x1$/, 'x2') : lines[0].replace(/x2$/, 'x1'), ...lines.slice(1)].join('\n');
    const dropped = lines.slice(1).join('\n');
    const tripled = [...lines, lines[0]].join('\n');
    expectRejectsAdversarial('bridges', inst, [flipped, dropped, tripled, lines.map((l) => l.replace(/x\d$/, 'x2')).join('\n')]);
    const v = score('bridges', `<answer>${dropped}</answer>`, inst.truth);
    expect(v.parts?.bridges).toBeCloseTo(1 - 1 / lines.length);
    expect(score('bridges', `<answer>${inst.answer}\n(1,1)-(9,9)</answer>`, inst.truth).score).toBeLessThan(1);
  });

  it('refuses crossings and disconnected answers that meet every number', () => {
    // A plus: two horizontal 1s and two vertical 1s whose bridges would cross in the middle.
    const plus: BridgesTruth = { rows: 3, cols: 3, islands: [[0, 1, 1], [1, 0, 1], [1, 2, 1], [2, 1, 1]], bridges: [] };
    expect(score('bridges', '<answer>(1,2)-(3,2)x1\n(2,1)-(2,3)x1</answer>', plus).reason).toMatch(/crosses/);
    const two: BridgesTruth = { rows: 3, cols: 3, islands: [[0, 0, 1], [0, 2, 1], [2, 0, 1], [2, 2, 1]], bridges: [] };
    expect(score('bridges', '<answer>(1,1)-(1,3)\n(3,1)-(3,3)</answer>', two).reason).toMatch(/not all connected/);
  });

  it('parses tolerant forms: brackets, arrows, words for counts, either order', () => {
    const inst = make(bridges, 2, 4);
    const words = inst.answer
      .split('\n')
      .map((l) => l.replace(/\((\d+),(\d+)\)-\((\d+),(\d+)\)x(\d)/, (_, a, b, c, d, k) => `[${c}, ${d}] to [${a}, ${b}] ${k === '2' ? 'double' : 'single'}`))
      .join('; ');
    expect(score('bridges', `<answer>Bridges: ${words}</answer>`, inst.truth).score).toBe(1);
    const arrows = inst.answer.replace(/-/g, ' -> ').replace(/x(\d)/g, ': $1');
    expect(score('bridges', `<answer>${arrows}</answer>`, inst.truth).score).toBe(1);
  });

  it('never scores 1 for random edits of the bridge list (drop, recount, add a pair)', () => {
    const rng = new Rng('bridges-edits');
    for (let k = 0; k < 6; k++) {
      const inst = make(bridges, 3, k);
      const lines = inst.answer.split('\n');
      for (let m = 0; m < 40; m++) {
        const edited = lines.slice();
        const op = rng.int(0, 2);
        if (op === 0) edited.splice(rng.int(0, edited.length - 1), 1);
        else if (op === 1) {
          const i = rng.int(0, edited.length - 1);
          edited[i] = edited[i].replace(/x(\d)$/, (_, d) => `x${3 - Number(d)}`);
        } else {
          const [a, b] = [rng.pick(inst.truth.islands), rng.pick(inst.truth.islands)];
          edited.push(`(${a[0] + 1},${a[1] + 1})-(${b[0] + 1},${b[1] + 1})x${rng.int(1, 2)}`);
        }
        expect(score('bridges', `<answer>${edited.join('\n')}</answer>`, inst.truth).score, edited.join(' ')).toBeLessThan(1);
      }
    }
  });
});
