import { describe, expect, it } from 'vitest';
import { cellName, wordsearch, type WordsearchTruth } from '../../generators/puzzles/wordsearch/index.js';
import { make, score } from './grid-logic-b-helpers.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** How often `word` occurs, by a different method: every row, column and diagonal as a string, both ways, searched with indexOf. */
function countByLines(t: WordsearchTruth, word: string): number {
  const n = t.size;
  const at = (r: number, c: number) => t.grid[r * n + c];
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    lines.push(Array.from({ length: n }, (_, j) => at(k, j)).join(''), Array.from({ length: n }, (_, j) => at(j, k)).join(''));
  }
  for (let d = -(n - 1); d < n; d++) {
    const diag: string[] = [];
    const anti: string[] = [];
    for (let r = 0; r < n; r++) {
      if (r - d >= 0 && r - d < n) diag.push(at(r, r - d));
      if (r + d >= 0 && r + d < n) anti.push(at(r, n - 1 - (r + d)));
    }
    lines.push(diag.join(''), anti.join(''));
  }
  let count = 0;
  for (const line of [...lines, ...lines.map((l) => [...l].reverse().join(''))]) {
    for (let i = line.indexOf(word); i >= 0; i = line.indexOf(word, i + 1)) count++;
  }
  return count;
}

describe('wordsearch', () => {
  it(`every listed word occurs exactly once, counted line by line (${PER_LEVEL} items per level)`, () => {
    for (const level of [1, 2, 3, 4, 5] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make(wordsearch, level, i);
      for (const q of inst.truth.placements) expect(countByLines(inst.truth, q.word), `${q.word} L${level} #${i}`).toBe(1);
      expect(score('wordsearch', `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
    }
  });

  it('accepts either end first and tolerant forms; rejects wrong cells, missing words, unknown words and echoes', () => {
    const inst = make(wordsearch, 3, 1);
    const t = inst.truth;
    const swapped = t.placements.map((q) => `${q.word.toLowerCase()} (${cellName(q.to)}, ${cellName(q.from)})`).join('\n');
    expect(score('wordsearch', `<answer>Found them:\n${swapped}</answer>`, t).score).toBe(1);
    expect(score('wordsearch', `<answer>${t.placements.map((q) => `${q.word} ${cellName(q.from)} to ${cellName(q.to)}`).join('; ')}</answer>`, t).score).toBe(1);
    const lines = inst.answer.split('\n');
    const shifted = [lines[0].replace(/(\d+)$/, (d) => String(Number(d) === 1 ? 2 : Number(d) - 1)), ...lines.slice(1)].join('\n');
    const bad = [lines.slice(1).join('\n'), shifted, `${inst.answer}\nZEBRAS: A1-A6`, `${inst.answer}\n${lines[0]}`, `${lines[0].split(':')[0]}: A1-Z9`, ''];
    for (const b of bad) expect(score('wordsearch', `<answer>${b}</answer>`, t).score, b).toBe(0);
    const partial = score('wordsearch', `<answer>${lines.slice(1).join('\n')}</answer>`, t);
    expect(partial.parts?.words).toBeCloseTo((lines.length - 1) / lines.length);
    expect(score('wordsearch', inst.question, t).score).toBe(0);
    expect(score('wordsearch', `<answer>${inst.textOnly}</answer>`, t).score).toBe(0);
  });
});
