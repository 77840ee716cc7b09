import { ParseError } from '../parse/grid.js';
import type { VerifierDefinition } from '../registry.js';

interface EuleroTruth {
  size: number;
  letters: string;
  numbers: string;
  solutionLetters: string;
  solutionNumbers: string;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as EuleroTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 9) return 'size must be an integer from 2 to 9';
  const cells = x.size * x.size;
  for (const k of ['letters', 'numbers', 'solutionLetters', 'solutionNumbers'] as const) {
    if (typeof x[k] !== 'string' || x[k].length !== cells || !/^[A-I1-9.]+$/.test(x[k])) return `${k} must be ${cells} letters, digits or .`;
  }
  return undefined;
}

/** Rows of "A1 B2 C3" cells (spaces, commas or bars between cells; "Row 2:" labels and prose lines skipped). */
function parseCells(text: string, n: number): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*(?:row|r)\s*\d+\s*[:.)=]\s*/i, '').trim();
    if (!line) continue;
    const toks = line.split(/[\s,;|]+/).filter(Boolean);
    if (toks.some((s) => /^\p{L}{3,}/u.test(s))) continue; // prose ("Here is the grid:")
    for (const tok of toks) {
      const m = tok.match(/^([A-Za-z])[-/]?(\d)$/);
      if (!m) throw new ParseError(`"${tok.slice(0, 12)}" is not a cell such as B3`);
      out.push([m[1].toUpperCase(), m[2]]);
    }
  }
  if (out.length !== n * n) throw new ParseError(`found ${out.length} cells; expected ${n * n}`);
  return out;
}

/** Judges the Graeco-Latin rules and the givens; parts.cells = share of cells whose letter and number both match the unique completion. */
export const euleroVerifier: VerifierDefinition<EuleroTruth> = {
  name: 'eulero',
  describe: 'eulero grid: letters and numbers each once per row and column, every pair once, givens kept; parts.cells = fraction of cells right',
  tasks: ['eulero'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    let cells: [string, string][];
    try {
      cells = parseCells(answer, n);
    } catch (e) {
      if (e instanceof ParseError) return { correct: false, reason: e.message, parts: { cells: 0 } };
      throw e;
    }
    const right = cells.filter(([l, v], i) => l === t.solutionLetters[i] && v === t.solutionNumbers[i]).length;
    const parts = { cells: right / (n * n) };
    const parsed = cells.map(([l, v]) => l + v).join(' ');
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.cells, parsed });
    const name = (i: number) => `r${Math.floor(i / n) + 1}c${(i % n) + 1}`;
    for (let i = 0; i < n * n; i++) {
      const [l, v] = cells[i];
      if (l.charCodeAt(0) - 65 >= n || Number(v) < 1 || Number(v) > n) return fail(`${name(i)} holds ${l}${v}; letters run A to ${String.fromCharCode(64 + n)}, numbers 1 to ${n}`);
      if (t.letters[i] !== '.' && t.letters[i] !== l) return fail(`${name(i)} has the given letter ${t.letters[i]}`);
      if (t.numbers[i] !== '.' && t.numbers[i] !== v) return fail(`${name(i)} has the given number ${t.numbers[i]}`);
    }
    for (let k = 0; k < n; k++) {
      for (const [what, line] of [
        ['row', (j: number) => k * n + j],
        ['column', (j: number) => j * n + k],
      ] as const) {
        for (const part of [0, 1]) {
          const seen = new Set(Array.from({ length: n }, (_, j) => cells[line(j)][part]));
          if (seen.size !== n) return fail(`${what} ${k + 1} repeats a ${part ? 'number' : 'letter'}`);
        }
      }
    }
    const pairs = new Set(cells.map(([l, v]) => l + v));
    if (pairs.size !== n * n) return fail('a letter–number pair appears twice');
    return { correct: true, reason: 'a Graeco-Latin square that keeps every given', parts, parsed };
  },
};
