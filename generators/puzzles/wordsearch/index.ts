import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { cellPx, checkAttempts } from '../logic-grid.js';
import { WORDS } from './words.js';

export interface WordsearchParams {
  size: number;
  words: number;
  /** 'easy': right and down only; 'diagonal': plus down-right and up-right; 'all': all eight directions. */
  directions: string;
}

/** A word's place: start and end cells (row, column, 0-based). */
export type Placement = { word: string; from: [number, number]; to: [number, number] };

export interface WordsearchTruth {
  size: number;
  /** Letters, row-major. */
  grid: string;
  /** The listed words with their (only) placement. */
  placements: Placement[];
}

const DIRS: Record<string, [number, number][]> = {
  easy: [[0, 1], [1, 0]],
  diagonal: [[0, 1], [1, 0], [1, 1], [-1, 1]],
  all: [[0, 1], [1, 0], [1, 1], [-1, 1], [0, -1], [-1, 0], [-1, -1], [1, -1]],
};

/** Every occurrence of `word` in the grid, in all eight directions (the check behind "each word once"). */
export function occurrences(grid: string, n: number, word: string): Placement[] {
  const out: Placement[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      for (const [dr, dc] of DIRS.all) {
        const er = r + dr * (word.length - 1);
        const ec = c + dc * (word.length - 1);
        if (er < 0 || er >= n || ec < 0 || ec >= n) continue;
        let k = 0;
        while (k < word.length && grid[(r + dr * k) * n + c + dc * k] === word[k]) k++;
        if (k === word.length) out.push({ word, from: [r, c], to: [er, ec] });
      }
    }
  }
  return out;
}

/** Words laid in random free (or same-letter) spots, the rest filled with random letters; redrawn until every word occurs exactly once. */
function generate(rng: Rng, p: WordsearchParams): Instance<WordsearchTruth> {
  const n = p.size;
  const pool = WORDS.filter((w) => w.length <= n);
  for (let attempt = 1; ; attempt++) {
    checkAttempts('wordsearch', attempt, 200, p);
    const r = rng.fork(`attempt-${attempt}`);
    const cells: string[] = new Array(n * n).fill('');
    const placements: Placement[] = [];
    for (const word of r.shuffle(pool)) {
      if (placements.length === p.words) break;
      if (placements.some((q) => q.word.includes(word) || word.includes(q.word))) continue;
      for (let tries = 0; tries < 40; tries++) {
        const [dr, dc] = r.pick(DIRS[p.directions]);
        const sr = r.int(0, n - 1);
        const sc = r.int(0, n - 1);
        const er = sr + dr * (word.length - 1);
        const ec = sc + dc * (word.length - 1);
        if (er < 0 || er >= n || ec < 0 || ec >= n) continue;
        const at = (k: number) => (sr + dr * k) * n + sc + dc * k;
        if (![...word].every((ch, k) => cells[at(k)] === '' || cells[at(k)] === ch)) continue;
        [...word].forEach((ch, k) => (cells[at(k)] = ch));
        placements.push({ word, from: [sr, sc], to: [er, ec] });
        break;
      }
    }
    if (placements.length < p.words) continue;
    for (let i = 0; i < n * n; i++) if (!cells[i]) cells[i] = String.fromCharCode(65 + r.int(0, 25));
    const grid = cells.join('');
    if (!placements.every((q) => occurrences(grid, n, q.word).length === 1)) continue;
    placements.sort((a, b) => (a.word < b.word ? -1 : 1));
    return build({ size: n, grid, placements }, { attempts: attempt });
  }
}

export const cellName = ([r, c]: [number, number]) => `${String.fromCharCode(65 + c)}${r + 1}`;

function build(t: WordsearchTruth, effort: Record<string, number>): Instance<WordsearchTruth> {
  const n = t.size;
  // 440 px across (not 520): letters stay 22 px at level 3 and the PNG, whose cost follows pixels, shrinks by a quarter.
  const cell = cellPx(n + 1, n + 1, 440, 24, 48);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 16 + cell, y0: 16 + cell };
  const els: Primitive[] = [...cellRects(g, '#fffdf5'), ...gridLines(g, n, n, 0.6, 2)];
  for (let i = 0; i < n * n; i++) {
    const x = g.x0 + ((i % n) + 0.5) * cell;
    const y = g.y0 + (Math.floor(i / n) + 0.5) * cell;
    els.push({ type: 'text', id: `letter-r${Math.floor(i / n)}c${i % n}`, x, y: y + 1, text: t.grid[i], size: Math.round(cell * 0.55), font: 'mono', weight: 'bold', align: 'center', baseline: 'middle', fill: INK });
  }
  for (let k = 0; k < n; k++) {
    els.push({ type: 'text', id: `col-label-${k}`, x: g.x0 + (k + 0.5) * cell, y: g.y0 - cell / 2, text: String.fromCharCode(65 + k), size: Math.round(cell * 0.4), align: 'center', baseline: 'middle', fill: '#777777' });
    els.push({ type: 'text', id: `row-label-${k}`, x: g.x0 - cell / 2, y: g.y0 + (k + 0.5) * cell, text: String(k + 1), size: Math.round(cell * 0.4), align: 'center', baseline: 'middle', fill: '#777777' });
  }
  const listY = g.y0 + n * cell + 30;
  const perLine = Math.max(2, Math.floor((n * cell) / 130));
  t.placements.forEach((q, k) =>
    els.push({ type: 'text', id: `word-${q.word}`, x: g.x0 + (k % perLine) * ((n * cell) / perLine), y: listY + Math.floor(k / perLine) * 26, text: q.word, size: 17, weight: 'bold', align: 'left', baseline: 'middle', fill: '#1d4ed8' }),
  );
  const words = t.placements.map((q) => q.word);
  const rule = 'Each listed word appears exactly once in the grid, written in a straight line (horizontally, vertically or diagonally, possibly backwards). Find each one. Columns are lettered A, B, C... from the left and rows numbered from 1 at the top.';
  const format = 'Answer with one line per word: the word, a colon, then the cell of its first letter and the cell of its last letter joined by a hyphen, inside answer tags, in the form <answer>\nWORD: A1-A4\n...\n</answer>.';
  return {
    question: `The image shows a ${n}×${n} word search with ${words.length} words listed below it. ${rule} ${format}`,
    textOnly: `A ${n}×${n} word search, rows top to bottom:\n${Array.from({ length: n }, (_, r) => [...t.grid.slice(r * n, (r + 1) * n)].join(' ')).join('\n')}\nWords: ${words.join(', ')}.\n${rule} ${format}`,
    scene: { kind: 'canvas', width: g.x0 + n * cell + 16, height: listY + Math.ceil(words.length / perLine) * 26, background: '#ffffff', elements: els },
    answer: t.placements.map((q) => `${q.word}: ${cellName(q.from)}-${cellName(q.to)}`).join('\n'),
    truth: t,
    evidence: [...words.map((w) => `word-${w}`), ...Array.from({ length: n * n }, (_, i) => `letter-r${Math.floor(i / n)}c${i % n}`), ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    context: ['col-label-*', 'row-label-*'],
    features: { size: n, words: words.length, letters: words.join('').length, ...effort },
    canonical: `wordsearch:${n}:${t.grid}`,
  };
}

export const wordsearch: TaskDefinition<WordsearchParams, WordsearchTruth> = {
  name: 'wordsearch',
  domain: 'puzzle',
  describe: 'Word search: locate each listed word (start and end cell); each word occurs exactly once in the grid, checked on every item',
  params: {
    size: { type: 'int', min: 5, max: 16, default: 10, describe: 'grid side' },
    words: { type: 'int', min: 1, max: 14, default: 6, describe: 'number of hidden words' },
    directions: { type: 'enum', values: ['easy', 'diagonal', 'all'], default: 'all', describe: "'easy' right/down, 'diagonal' adds two diagonals, 'all' adds backwards too" },
  },
  levels: {
    1: { size: 6, words: 3, directions: 'easy' },
    2: { size: 8, words: 4, directions: 'diagonal' },
    3: { size: 10, words: 6, directions: 'all' },
    4: { size: 12, words: 8, directions: 'all' },
    5: { size: 14, words: 10, directions: 'all' },
  },
  generate,
  verifier: 'wordsearch',
};
