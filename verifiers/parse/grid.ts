/**
 * Tolerant parser for grids of single-character cells written by a model: lines of cells with or
 * without separators ("5 3 4 | 6 7 8"), optional row labels ("Row 1:"), or one long string.
 * Prose lines ("Here is the grid:", "Done.") — no cell token, or a word of two or more letters that
 * are not cell characters — are skipped; other stray characters inside a grid line are an error,
 * never silently dropped.
 */
export interface GridParse {
  cells: string[];
  rows: number;
}

const ROW_LABEL = /^\s*(?:row|r)\s*\d+\s*[:.)\-=]\s*/i;
const SEPARATORS = /[\s|,;+\-–—[\](){}'"`*]/g;

export class ParseError extends Error {}

/**
 * @param cellChars characters that count as one cell each (e.g. "123456789." for sudoku).
 * @param expected number of cells required.
 */
export function parseCharGrid(text: string, cellChars: string, expected: number): GridParse {
  const allowed = new Set(cellChars.split(''));
  const cells: string[] = [];
  let rows = 0;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(ROW_LABEL, '').replace(SEPARATORS, '');
    if (!line) continue;
    const chars = line.split('');
    const hits = chars.filter((ch) => allowed.has(ch)).length;
    const foreign = chars.map((ch) => (allowed.has(ch) ? ' ' : ch)).join('');
    if (hits === 0 || /\p{L}{2,}/u.test(foreign)) continue; // prose line
    const stray = chars.find((ch) => !allowed.has(ch));
    if (stray !== undefined) throw new ParseError(`unexpected character "${stray}" in grid line "${rawLine.trim().slice(0, 40)}"`);
    cells.push(...chars);
    rows++;
  }
  if (cells.length !== expected) throw new ParseError(`found ${cells.length} cells; expected ${expected}`);
  return { cells, rows };
}
