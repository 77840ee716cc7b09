import type { VerifierDefinition } from '../registry.js';

/** A perception item's truth (generators/puzzles/perceive.ts): the givens as a token grid. */
interface PerceiveTruth {
  perceive: { task: string; rows: number; cols: number; cells: string[] };
}

const isPerceive = (t: unknown): t is PerceiveTruth => !!t && typeof t === 'object' && 'perceive' in t;

function checkPerceive(t: PerceiveTruth): string | undefined {
  const p = t.perceive;
  if (!p || typeof p !== 'object') return 'perceive must be an object';
  if (!Number.isInteger(p.rows) || !Number.isInteger(p.cols) || p.rows < 1 || p.cols < 1 || p.rows * p.cols > 2500) return 'perceive.rows and cols must be positive integers (at most 2500 cells)';
  if (!Array.isArray(p.cells) || p.cells.length !== p.rows * p.cols || !p.cells.every((c) => typeof c === 'string' && c.length >= 1 && c.length <= 6)) return 'perceive.cells must hold one short token per cell (1 to 6 characters)';
  return undefined;
}

const ROW_LABEL = /^\s*(?:row|r)\s*\d+\s*[:.)=]\s*/i;

/** A line of prose ("Here is the grid:"): two words of letters, or a closing colon. */
const PROSE = /(?:\p{L}{2,}\s+\p{L}{2,})|:\s*$/u;

/**
 * Lines of tokens: separated by spaces, commas or bars where a line has any, else one character per
 * token. Blank lines, prose lines and a "Row 3:" label are skipped; nothing else is.
 */
function tokenRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => !PROSE.test(l))
    .map((l) => l.replace(ROW_LABEL, '').trim())
    .filter(Boolean)
    .map((l) => {
      const inner = l.replace(/^\|/, '').replace(/\|$/, '').trim();
      return /[\s,|]/.test(inner) ? inner.split(/\s*[\s,|]\s*/).filter(Boolean) : [...inner];
    });
}

/** Signs a model may write in their typographic form (×, ÷, −, ∧, ∨) read as the ASCII tokens; letters in either case. */
const SIGN: Record<string, string> = { '×': 'X', '*': 'X', '÷': '/', '−': '-', '–': '-', '∧': '^', '∨': 'V' };
const sameToken = (a: string, b: string) => a.toUpperCase().replace(/[×*÷−–∧∨]/g, (m) => SIGN[m]) === b.toUpperCase();

/** Cell-by-cell judgement: parts.cells = share of cells read right (row by row, position by position). */
function judgePerceive(answer: string, t: PerceiveTruth) {
  const { rows, cols, cells } = t.perceive;
  const got = tokenRows(answer);
  let right = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (sameToken(got[r]?.[c] ?? '', cells[r * cols + c])) right++;
  const parts = { cells: right / cells.length };
  const shape = got.length === rows && got.every((l) => l.length === cols);
  if (shape && right === cells.length) return { correct: true, reason: `all ${cells.length} cells transcribed right`, parts };
  const why = !shape ? `expected ${rows} lines of ${cols} tokens; got ${got.length} lines (${[...new Set(got.map((l) => l.length))].slice(0, 4).join('/') || 0} tokens)` : `${cells.length - right} of ${cells.length} cells read wrong`;
  return { correct: false, reason: why, parts, partial: parts.cells };
}

/** `v`, also judging perception items of its tasks (truths with a `perceive` key). */
export function withPerceptionJudge<T>(v: VerifierDefinition<T>): VerifierDefinition<T | PerceiveTruth> {
  return {
    ...v,
    checkTruth: (t) => (isPerceive(t) ? checkPerceive(t) : v.checkTruth(t)),
    judge: (answer, t, opts) => (isPerceive(t) ? judgePerceive(answer, t) : v.judge(answer, t as T, opts)),
    ...(v.judgeAsync ? { judgeAsync: (answer: string, t: T | PerceiveTruth, opts: Parameters<NonNullable<typeof v.judgeAsync>>[2]) => (isPerceive(t) ? Promise.resolve(judgePerceive(answer, t)) : v.judgeAsync!(answer, t as T, opts)) } : {}),
  };
}
