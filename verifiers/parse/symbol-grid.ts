import { ParseError } from './grid.js';
import type { Verdict } from '../../core/task.js';

/**
 * Tolerant parser for grids of symbols (shaded/unshaded, star/empty, tent/tree/empty, ...).
 * `aliases` maps each accepted character (matched case-insensitively) to its canonical symbol, so a
 * model may write "#", "x" or "■" for a shaded cell. Cells may be separated by spaces, commas or
 * bars; rows may carry labels ("Row 3:"). Lines holding a word that is not made of cell symbols
 * ("Here is the grid:") are prose and skipped; any other stray character is an error, never dropped.
 */
const ROW_LABEL = /^\s*(?:row|r)\s*\d+\s*[:.)=]\s*/i;
const SEPARATORS = /[\s|,;[\](){}'"`]/g;
const WORD = /\p{L}{2,}/gu;

export function parseSymbolGrid(text: string, aliases: Record<string, string>, expected: number): string[] {
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(aliases)) {
    map.set(k.toLowerCase(), v);
    map.set(k.toUpperCase(), v);
  }
  const cells: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(ROW_LABEL, '');
    const chars = [...line.replace(SEPARATORS, '')];
    if (!chars.length) continue;
    const stray = chars.find((ch) => !map.has(ch));
    if (stray === undefined) {
      cells.push(...chars.map((ch) => map.get(ch)!));
      continue;
    }
    const prose = [...line.matchAll(WORD)].some((w) => [...w[0]].some((ch) => !map.has(ch)));
    if (prose) continue;
    throw new ParseError(`unexpected character "${stray}" in grid line "${rawLine.trim().slice(0, 40)}"`);
  }
  if (cells.length !== expected) throw new ParseError(`found ${cells.length} cells; expected ${expected}`);
  return cells;
}

/** Share of the listed cell indices where `got` equals `want`: the partial-credit part. */
export function cellAgreement(got: readonly string[], want: string, at: readonly number[]): number {
  if (!at.length) return 1;
  let right = 0;
  for (const i of at) if (got[i] === want[i]) right++;
  return right / at.length;
}

/** "r3c5" style 1-based cell name used in verdict reasons. */
export const cellName = (i: number, cols: number) => `r${Math.floor(i / cols) + 1}c${(i % cols) + 1}`;

type Judgement = Omit<Verdict, 'score'> & { partial?: number };

/**
 * The start every symbol-grid verifier shares: parse the answer (a parse error is the verdict),
 * credit the `scored` cells that match the solution, and a `fail` that carries that credit.
 */
export function startGridJudgement(
  answer: string,
  aliases: Record<string, string>,
  expected: number,
  solution: string,
  scored: (all: number[]) => number[],
): { verdict: Judgement } | { cells: string[]; all: number[]; parts: { cells: number }; fail: (reason: string) => Judgement } {
  let cells: string[];
  try {
    cells = parseSymbolGrid(answer, aliases, expected);
  } catch (e) {
    if (e instanceof ParseError) return { verdict: { correct: false, reason: e.message, parts: { cells: 0 } } };
    throw e;
  }
  const all = [...Array(expected).keys()];
  const parts = { cells: cellAgreement(cells, solution, scored(all)) };
  return { cells, all, parts, fail: (reason) => ({ correct: false, reason, parts, partial: parts.cells, parsed: cells.join('') }) };
}
