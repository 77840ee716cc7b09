import { describe, expect, it } from 'vitest';
import { solveSokoban, type Level } from '../../generators/puzzles/sokoban/solver.js';
import { makeItem, score, tagged } from './games-helpers.js';

function parseMap(map: string[]): Level {
  const width = map[0].length;
  const cells = map.join('');
  const idx = (re: RegExp) => [...cells].flatMap((ch, i) => (re.test(ch) ? [i] : []));
  return { width, height: map.length, wall: Uint8Array.from(cells, (ch) => (ch === '#' ? 1 : 0)), goals: idx(/[.*+]/), boxes: idx(/[$*]/), player: idx(/[@+]/)[0] };
}

/** Independent check: breadth-first search over string-keyed states, no dead-cell pruning, no budget. */
function bruteOptimal(lv: Level): number {
  const W = lv.width;
  const dirs = [-W, W, -1, 1];
  const key = (p: number, b: number[]) => `${p}|${b.slice().sort((x, y) => x - y).join(',')}`;
  const seen = new Set([key(lv.player, lv.boxes)]);
  let frontier: [number, number[]][] = [[lv.player, lv.boxes]];
  for (let d = 0; frontier.length; d++) {
    const next: [number, number[]][] = [];
    for (const [p, boxes] of frontier) {
      if (boxes.every((b) => lv.goals.includes(b))) return d;
      for (const s of dirs) {
        const to = p + s;
        if (lv.wall[to]) continue;
        const nb = boxes.slice();
        const bi = nb.indexOf(to);
        if (bi >= 0) {
          if (lv.wall[to + s] || nb.includes(to + s)) continue;
          nb[bi] = to + s;
        }
        const k = key(to, nb);
        if (!seen.has(k)) {
          seen.add(k);
          next.push([to, nb]);
        }
      }
    }
    frontier = next;
  }
  return -1;
}

describe('sokoban solver', () => {
  it('finds the same optimum as an unpruned breadth-first search', () => {
    for (let i = 0; i < 20; i++) {
      const a = makeItem('sokoban', `brute-${i}`, i % 2 ? 2 : 1);
      expect(bruteOptimal(parseMap(a.truth.map))).toBe(a.truth.optimal);
    }
  });

  it('reports unsolvable levels as unsolvable', () => {
    // Box in a corner off the goal.
    const lv = parseMap(['#####', '#$-.#', '#-@-#', '#####']);
    expect(solveSokoban(lv).moves).toBeNull();
    expect(bruteOptimal(lv)).toBe(-1);
  });
});

describe('sokoban task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('sokoban', 'known', 2);
    expect(a.truth.map).toEqual(KNOWN_MAP);
    expect(a.answer).toBe(KNOWN_ANSWER);
    expect(a.truth.optimal).toBe(KNOWN_ANSWER.length);
  });

  it('accepts a longer valid solution and word forms', () => {
    const a = makeItem('sokoban', 'known', 2);
    const lv = parseMap(a.truth.map);
    // A step to a free floor cell and back pushes nothing: a longer valid solution.
    const dirs: [string, string, number][] = [['U', 'D', -lv.width], ['D', 'U', lv.width], ['L', 'R', -1], ['R', 'L', 1]];
    const [go, back] = dirs.find(([, , s]) => !lv.wall[lv.player + s] && !lv.boxes.includes(lv.player + s))!;
    const longer = `${go}${back}${a.answer}`;
    const v = score('sokoban', tagged(longer), a.truth);
    expect(v.score).toBe(1);
    expect(v.parts?.length).toBeGreaterThan(1);
    const words = a.answer.split('').map((m) => ({ U: 'up', D: 'down', L: 'left', R: 'right' })[m]).join(', ');
    expect(score('sokoban', tagged(words), a.truth).score).toBe(1);
    expect(score('sokoban', tagged(a.answer.toLowerCase().split('').join(' ')), a.truth).score).toBe(1);
  });

  it('scores illegal, unfinished, stuffed and echoed answers below 1', () => {
    const a = makeItem('sokoban', 'known', 2);
    const lv = parseMap(a.truth.map);
    const into = (['U', 'D', 'L', 'R'] as const).find((_, d) => lv.wall[lv.player + [-lv.width, lv.width, -1, 1][d]]);
    if (into) expect(score('sokoban', tagged(into + a.answer), a.truth).reason).toMatch(/wall/);
    const v = score('sokoban', tagged(a.answer.slice(0, -1)), a.truth, { partialCredit: true });
    expect(v.score).toBeLessThan(1);
    expect(score('sokoban', tagged(`${a.answer} or ${a.answer}`), a.truth).score).toBe(0);
    expect(score('sokoban', tagged('UUUUUUUUUU'), a.truth).score).toBe(0);
    expect(score('sokoban', a.question, a.truth).score).toBe(0);
    expect(score('sokoban', tagged(a.truth.map.join('\n')), a.truth).score).toBe(0);
  });

  it('pushing a box into a wall or another box is illegal', () => {
    const t = { map: ['######', '#@$$.#', '#---.#', '######'], optimal: -1 };
    expect(score('sokoban', tagged('R'), t).reason).toMatch(/another box/);
    const u = { map: ['#####', '#@$-#', '#--.#', '#####'], optimal: 3 };
    expect(score('sokoban', tagged('RR'), u).reason).toMatch(/into a wall/);
    expect(score('sokoban', tagged('DRRUR'), u).score).toBe(0); // ends without the box on the goal
  });
});

const KNOWN_MAP = ['########', '#----@-#', '#--#$-##', '##--.--#', '#-#--#-#', '#--.-$-#', '########'];
const KNOWN_ANSWER = 'LDRDRDDLL';
