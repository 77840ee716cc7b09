/** Text helpers shared by the digit-grid puzzles (futoshiki, skyscrapers, kenken, killer sudoku). */

/** Rows of digits, '.' for 0 (an empty cell), space-separated. */
export function digitGridText(grid: ArrayLike<number>, n: number): string {
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => grid[r * n + c] || '.').join(' ')).join('\n');
}

/** The canonical answer: n lines of n digits. */
export function solutionRows(sol: ArrayLike<number>, n: number): string {
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => sol[r * n + c]).join('')).join('\n');
}

/**
 * A Latin square for the format example, never the answer itself: the cyclic pattern, shifted
 * until it differs from `avoid` (the solution), so the prompt cannot leak the answer.
 * With `box` (rows × cols of a sudoku box) the example is a valid-looking sudoku pattern.
 */
export function exampleLatin(n: number, avoid: ArrayLike<number>, box?: { rows: number; cols: number }): string {
  for (let shift = 0; ; shift++) {
    const v = (r: number, c: number) => {
      const base = box ? (r % box.rows) * box.cols + Math.floor(r / box.rows) + c : r + c;
      return ((base + shift) % n) + 1;
    };
    const grid = Array.from({ length: n * n }, (_, i) => v(Math.floor(i / n), i % n));
    if (grid.some((x, i) => x !== avoid[i])) return solutionRows(grid, n);
  }
}
