import type { Verdict } from '../../core/task.js';
import { ParseError, parseCharGrid } from './grid.js';

/**
 * Grid answers for the grid-logic puzzles: a tolerant front end to parseCharGrid plus the shared
 * judging skeleton (parse → per-cell partial credit → rule checks → verdict).
 */

/** "Answer: 1234" / "Solution -" prefixes carry no cells. */
const LEADING_LABEL = /^\s*[A-Za-z][A-Za-z ]{0,24}[:=]\s*/;
const ROW_LABEL = /^\s*(?:row|r)\s*\d+\s*[:.)\-=]\s*/i;

/**
 * Drops prose lines (a word of 2+ letters that are not all cell characters) and leading
 * "Label:" prefixes, then parses with parseCharGrid. Stray characters inside a grid line remain
 * an error, and the cell count must match exactly, so stuffing two grids never parses.
 */
export function parseCells(text: string, cellChars: string, expected: number): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(LEADING_LABEL, '').replace(ROW_LABEL, '');
    const words = line.match(/[A-Za-z]{2,}/g) ?? [];
    if (words.some((w) => [...w].some((ch) => !cellChars.includes(ch)))) continue;
    lines.push(line);
  }
  return parseCharGrid(lines.join('\n'), cellChars, expected).cells;
}

export type Judged = Omit<Verdict, 'score'> & { partial?: number };

export interface GridCheck {
  /** Characters accepted as cells (including blank markers, so partial grids earn partial credit). */
  cellChars: string;
  /** Cell character → value; 0 means blank or unusable. */
  toValue(ch: string): number;
  solution: readonly number[];
  /** Cells scored for partial credit (the blanks of the puzzle); default all. */
  scored?: readonly number[];
  /** Human cell name for reasons, default "r{row}c{col}" (1-based). */
  cols: number;
  /** First broken rule of a complete grid, or undefined when every rule holds. */
  rules(values: number[]): string | undefined;
}

export const cellName = (i: number, cols: number) => `r${Math.floor(i / cols) + 1}c${(i % cols) + 1}`;

/** Score 1 only when every cell is filled and every rule holds; parts.cells = share of scored cells right. */
export function judgeCells(answer: string, g: GridCheck): Judged {
  let chars: string[];
  try {
    chars = parseCells(answer, g.cellChars, g.solution.length);
  } catch (e) {
    if (e instanceof ParseError) return { correct: false, reason: e.message, parts: { cells: 0 } };
    throw e;
  }
  const values = chars.map(g.toValue);
  const scored = g.scored ?? g.solution.map((_, i) => i);
  const right = scored.filter((i) => values[i] === g.solution[i]).length;
  const parts = { cells: scored.length ? right / scored.length : 1 };
  const parsed = values.join('');
  const empty = values.findIndex((v) => v === 0);
  if (empty >= 0) return { correct: false, reason: `cell ${cellName(empty, g.cols)} is empty or not a valid value`, parts, partial: parts.cells, parsed };
  const broken = g.rules(values);
  if (broken) return { correct: false, reason: broken, parts, partial: parts.cells, parsed };
  return { correct: true, reason: 'complete grid that satisfies every rule and clue', parts, parsed };
}

/** Digits 1..n for Latin-type puzzles; '.', '0', '_' parse as blanks. */
export const DIGIT_CELLS = '0123456789._';
export const digitValue = (max: number) => (ch: string) => (/[1-9]/.test(ch) && Number(ch) <= max ? Number(ch) : 0);

/** First repeated value in a row or column of an n×n grid. */
export function latinBroken(v: readonly number[], n: number): string | undefined {
  for (let k = 0; k < n; k++) {
    const row = new Set<number>();
    const col = new Set<number>();
    for (let j = 0; j < n; j++) {
      const a = v[k * n + j];
      const b = v[j * n + k];
      if (row.has(a)) return `row ${k + 1} repeats ${a}`;
      if (col.has(b)) return `column ${k + 1} repeats ${b}`;
      row.add(a);
      col.add(b);
    }
  }
  return undefined;
}

/** First given digit (non-zero in `givens`) that the answer changed. */
export function givenBroken(v: readonly number[], givens: string, cols: number): string | undefined {
  const i = [...givens].findIndex((g, k) => g !== '0' && g !== '.' && Number(g) !== v[k]);
  return i >= 0 ? `given ${givens[i]} at ${cellName(i, cols)} was changed to ${v[i]}` : undefined;
}

/** Blank cells of a givens string (the cells partial credit is scored on). */
export const blanksOf = (givens: string) => [...givens].flatMap((g, i) => (g === '0' || g === '.' ? [i] : []));

export const digitsOf = (s: string) => [...s].map(Number);

export const isDigitString = (s: unknown, len: number) => typeof s === 'string' && s.length === len && /^\d+$/.test(s);

/**
 * Why `cages` is not a partition of a grid of `cells` cells — a non-empty list whose cages hold
 * distinct in-range cell indices covering every cell, each passing `cageError` — or undefined.
 */
export function cagePartitionError<C extends { cells: number[] }>(cages: C[] | undefined, cells: number, cageError: (c: C) => string | undefined): string | undefined {
  if (!Array.isArray(cages) || !cages.length) return 'cages must be a non-empty list';
  const seen = new Set<number>();
  for (const c of cages) {
    const bad = c ? cageError(c) : 'each cage must be an object';
    if (bad) return bad;
    if (!Array.isArray(c.cells) || !c.cells.length || !c.cells.every((i) => Number.isInteger(i) && i >= 0 && i < cells && !seen.has(i) && seen.add(i))) return 'cage cells must be distinct cell indices';
  }
  return seen.size === cells ? undefined : 'cages must cover every cell';
}
