/**
 * Tolerant parser for lists of board cells ("B3, C1 and D4", "b3 c1", "r3c2", "row 3 column 2").
 * Columns are letters (A = first), rows are numbers (1 = top), the convention the cell-list games
 * draw. Filler words ("cells", "and", "queens at") are skipped; any other word is an error, so prose
 * or an echoed question never passes as an answer.
 */
export class CellParseError extends Error {}

const FILLER = new Set([
  'and', 'cell', 'cells', 'at', 'on', 'the', 'are', 'is', 'mine', 'mines', 'safe', 'queen', 'queens', 'press', 'presses', 'pressed',
  'place', 'placed', 'answer', 'in', 'of', 'a', 'square', 'squares', 'certainly',
]);

export function parseCellList(text: string, rows: number, cols: number, maxCells = 1000): [number, number][] {
  const s = text
    .toLowerCase()
    .replace(/\brow\s*(\d+)\s*,?\s*(?:col|column)\s*(\d+)/g, ' r$1c$2 ')
    .replace(/\b(?:col|column)\s*(\d+)\s*,?\s*row\s*(\d+)/g, ' r$2c$1 ');
  const out: [number, number][] = [];
  for (const tok of s.split(/[\s,;:.·/|()[\]{}"'*+&-]+/).filter(Boolean)) {
    let r: number;
    let c: number;
    let m: RegExpMatchArray | null;
    if ((m = tok.match(/^([a-z])(\d{1,3})$/))) {
      c = m[1].charCodeAt(0) - 97;
      r = Number(m[2]) - 1;
    } else if ((m = tok.match(/^(\d{1,3})([a-z])$/))) {
      c = m[2].charCodeAt(0) - 97;
      r = Number(m[1]) - 1;
    } else if ((m = tok.match(/^r(\d{1,3})c(\d{1,3})$/))) {
      r = Number(m[1]) - 1;
      c = Number(m[2]) - 1;
    } else if (FILLER.has(tok)) {
      continue;
    } else {
      throw new CellParseError(`"${tok.slice(0, 20)}" is not a cell such as B3`);
    }
    if (r < 0 || r >= rows || c < 0 || c >= cols) throw new CellParseError(`cell ${tok.toUpperCase()} is off the ${cols}×${rows} board`);
    if (out.length >= maxCells) throw new CellParseError(`more than ${maxCells} cells listed`);
    out.push([r, c]);
  }
  return out;
}

export const cellLabel = ([r, c]: [number, number]) => `${String.fromCharCode(65 + c)}${r + 1}`;
