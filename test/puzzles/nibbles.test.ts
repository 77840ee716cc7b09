import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../core/canonical.js';
import type { NibblesTruth } from '../../generators/puzzles/nibbles/index.js';
import { makeItem, score, tagged } from './games-helpers.js';

const SLOW = !!process.env.VERIFORGE_SLOW;

/** The game written again for the tests: bodies as [row, col] pairs. */
function play(t: NibblesTruth, moves: string): { alive: boolean; body: [number, number][]; left: number; uneaten: string } {
  const d: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };
  let body: [number, number][] = t.snake.map((i) => [Math.floor(i / t.cols), i % t.cols]);
  const food = new Set(t.food.map((i) => `${Math.floor(i / t.cols)},${i % t.cols}`));
  const walls = new Set(t.walls.map((i) => `${Math.floor(i / t.cols)},${i % t.cols}`));
  for (const m of moves) {
    if (!food.size) return { alive: false, body, left: 0, uneaten: '' }; // moving on after the last piece does not count
    const h: [number, number] = [body[0][0] + d[m][0], body[0][1] + d[m][1]];
    const eats = food.has(`${h}`);
    const rest = eats ? body : body.slice(0, -1);
    if (h[0] < 0 || h[1] < 0 || h[0] >= t.rows || h[1] >= t.cols || walls.has(`${h}`) || rest.some((b) => `${b}` === `${h}`)) return { alive: false, body, left: food.size, uneaten: [...food].sort().join(' ') };
    body = [h, ...rest];
    food.delete(`${h}`);
  }
  return { alive: true, body, left: food.size, uneaten: [...food].sort().join(' ') };
}

/** Fewest steps by a plain breadth-first search over whole bodies and the uneaten pieces, with string keys (the generator encodes links in numbers). */
function fewest(t: NibblesTruth, limit = 40): number {
  let layer = [''];
  const seen = new Set([JSON.stringify(play(t, ''))]);
  for (let depth = 1; depth <= limit; depth++) {
    const next: string[] = [];
    for (const plan of layer) {
      for (const m of 'UDLR') {
        const s = play(t, plan + m);
        if (!s.alive) continue;
        if (!s.left) return depth;
        const k = JSON.stringify(s);
        if (!seen.has(k)) seen.add(k), next.push(plan + m);
      }
    }
    layer = next;
  }
  return -1;
}

describe('nibbles', () => {
  it('known seeds give known plans, byte-identically', () => {
    const a = makeItem<NibblesTruth>('nibbles', 'n0', 1);
    expect([a.truth.snake, a.truth.food, a.truth.moves, a.answer]).toEqual([[24, 19, 18], [9], 5, 'LUUUR']);
    const b = makeItem<NibblesTruth>('nibbles', 'n1', 4);
    expect(stableStringify(makeItem('nibbles', 'n1', 4))).toBe(stableStringify(b));
  });

  it('the fewest steps re-found by a separate whole-body search, and the shown plan plays', () => {
    for (const level of [1, 2, 3, 4, 5] as const) {
      const count = SLOW ? 100 : level <= 3 ? 20 : 4;
      for (let i = 0; i < count; i++) {
        const { truth: t, answer } = makeItem<NibblesTruth>('nibbles', `r${i}`, level);
        expect(fewest(t), `L${level} #${i}`).toBe(t.moves);
        expect(play(t, answer)).toMatchObject({ alive: true, left: 0 });
        expect(score('nibbles', tagged(answer), t).score).toBe(1);
      }
    }
  }, SLOW ? 1_200_000 : undefined); // the slow mode (100 items per level) takes about 7 minutes under load

  it('every move sequence of the fewest length scores 1 exactly when it eats everything alive (exhaustive on small items)', () => {
    for (const seed of ['e1', 'e2', 'e3']) {
      const { truth: t } = makeItem<NibblesTruth>('nibbles', seed, 1);
      let accepted = 0;
      for (let code = 0; code < 4 ** t.moves; code++) {
        let seq = '';
        for (let k = 0, c = code; k < t.moves; k++, c >>= 2) seq += 'UDLR'[c & 3];
        const good = play(t, seq);
        const ok = good.alive && good.left === 0;
        expect(score('nibbles', tagged(seq), t).score, seq).toBe(ok ? 1 : 0);
        accepted += ok ? 1 : 0;
      }
      expect(accepted).toBeGreaterThan(0);
    }
  });

  it('rejects longer plans, deaths, uneaten food, extra moves, echoes, empty and oversized answers', () => {
    const inst = makeItem<NibblesTruth>('nibbles', 'a1', 3);
    const t = inst.truth;
    const plan = inst.answer;
    // A plan two steps longer that still eats everything, from every sequence of that length on a small board.
    const small = makeItem<NibblesTruth>('nibbles', 'e1', 1).truth;
    let longer = '';
    for (let code = 0; !longer && code < 4 ** (small.moves + 2); code++) {
      let seq = '';
      for (let k = 0, c = code; k < small.moves + 2; k++, c >>= 2) seq += 'UDLR'[c & 3];
      if (play(small, seq).alive && !play(small, seq).left) longer = seq;
    }
    const v = score('nibbles', tagged(longer), small);
    expect([v.score, v.parts?.food, v.parts?.length]).toEqual([0, 1, small.moves / (small.moves + 2)]);
    const reverse = { U: 'D', D: 'U', L: 'R', R: 'L' }[plan[0] as 'U']; // straight back into the neck
    const bad = [
      plan.slice(0, -1),
      `${plan}${plan[plan.length - 1]}`,
      reverse + plan.slice(1),
      'U'.repeat(t.rows + 1),
      `${plan} or ${plan}`,
      'X'.repeat(3),
      'R'.repeat(1000),
      '',
      inst.question,
      inst.textOnly!,
    ];
    for (const b of bad) expect(score('nibbles', tagged(b), t).score, b.slice(0, 60)).toBe(0);
    expect(score('nibbles', inst.question, t).score).toBe(0);
    expect(score('nibbles', tagged(reverse + plan.slice(1)), t).reason).toMatch(/body|board|wall|uneaten/);
  });
});
