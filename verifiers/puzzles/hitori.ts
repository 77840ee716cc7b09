import { cellName, startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface HitoriTruth {
  size: number;
  numbers: string;
  solution: string;
}

const SYMBOLS: Record<string, string> = { '#': '#', x: '#', b: '#', '■': '#', '█': '#', '1': '#', '.': '.', o: '.', w: '.', _: '.', '0': '.', '□': '.', '-': '.' };

function checkTruth(t: unknown): string | undefined {
  const x = t as HitoriTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 9) return 'size must be an integer from 2 to 9';
  const cells = x.size * x.size;
  if (typeof x.numbers !== 'string' || x.numbers.length !== cells || !/^[1-9]+$/.test(x.numbers)) return `numbers must be ${cells} digits`;
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^[#.]+$/.test(x.solution)) return `solution must be ${cells} of # and .`;
  return undefined;
}

/** Checks the hitori rules on the shading, not a stored string. */
export const hitoriVerifier: VerifierDefinition<HitoriTruth> = {
  name: 'hitori',
  describe: 'hitori shading: rules checked; parts.cells = fraction of cells right',
  tasks: ['hitori'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    const g = startGridJudgement(answer, SYMBOLS, n * n, t.solution, (all) => all);
    if ('verdict' in g) return g.verdict;
    const { cells, all, parts, fail } = g;
    const black = (r: number, c: number) => r >= 0 && r < n && c >= 0 && c < n && cells[r * n + c] === '#';
    for (const i of all) {
      const r = Math.floor(i / n);
      const c = i % n;
      if (cells[i] === '#') {
        const repeats = all.some((j) => j !== i && t.numbers[j] === t.numbers[i] && (Math.floor(j / n) === r || j % n === c));
        if (!repeats) return fail(`${cellName(i, n)} is shaded but its number ${t.numbers[i]} does not repeat in its row or column`);
        if (black(r, c + 1) || black(r + 1, c)) return fail(`shaded cells touch at ${cellName(i, n)}`);
        continue;
      }
      const twin = all.find((j) => j > i && cells[j] !== '#' && t.numbers[j] === t.numbers[i] && (Math.floor(j / n) === r || j % n === c));
      if (twin !== undefined) return fail(`${t.numbers[i]} is unshaded at both ${cellName(i, n)} and ${cellName(twin, n)}`);
    }
    const seen = new Set<number>();
    const start = all.find((i) => cells[i] !== '#');
    const stack = start === undefined ? [] : [start];
    if (start !== undefined) seen.add(start);
    while (stack.length) {
      const i = stack.pop()!;
      const r = Math.floor(i / n);
      const c = i % n;
      for (const [rr, cc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
        const j = rr * n + cc;
        if (rr >= 0 && rr < n && cc >= 0 && cc < n && cells[j] !== '#' && !seen.has(j)) {
          seen.add(j);
          stack.push(j);
        }
      }
    }
    const white = all.filter((i) => cells[i] !== '#').length;
    if (seen.size !== white) return fail(`the unshaded cells are split into more than one area`);
    return { correct: true, reason: 'no repeats among unshaded cells, shaded cells apart, unshaded cells connected', parts, parsed: cells.join('') };
  },
};
