import { ParseError } from '../parse/grid.js';
import type { VerifierDefinition } from '../registry.js';

interface NumbrixTruth {
  size: number;
  givens: number[];
  solution: number[];
}

function checkTruth(t: unknown): string | undefined {
  const x = t as NumbrixTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 1 || x.size > 20) return 'size must be an integer from 1 to 20';
  const N = x.size * x.size;
  const nums = (v: unknown, min: number) => Array.isArray(v) && v.length === N && v.every((k) => Number.isInteger(k) && k >= min && k <= N);
  if (!nums(x.givens, 0) || !nums(x.solution, 1)) return `givens (0 = empty) and solution must hold ${N} numbers up to ${N}`;
  return undefined;
}

/**
 * Rows of numbers: separated by spaces, commas or bars ("|11|10|9|", as MM-HELIX writes them);
 * "Row 2:" labels and prose lines are skipped, any other token is an error.
 */
function parseNumbers(text: string, N: number): number[] {
  const out: number[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*(?:row|r)\s*\d+\s*[:.)=]\s*/i, '').trim();
    if (!line) continue;
    const toks = line.split(/[\s,;|[\]]+/).filter(Boolean);
    if (toks.some((s) => /\p{L}{2,}/u.test(s))) continue;
    for (const tok of toks) {
      if (!/^\d{1,4}$/.test(tok)) throw new ParseError(`"${tok.slice(0, 12)}" is not a number`);
      out.push(Number(tok));
      if (out.length > N) throw new ParseError(`more than ${N} numbers`);
    }
  }
  if (out.length !== N) throw new ParseError(`found ${out.length} numbers; expected ${N}`);
  return out;
}

/**
 * Checks the rules on the answered grid: every number 1..n² once, the givens kept, each number
 * beside the next. parts.cells = share of the empty cells filled as in the unique solution.
 */
export const numbrixVerifier: VerifierDefinition<NumbrixTruth> = {
  name: 'numbrix',
  describe: 'numbrix grid: 1..n² once each, givens kept, consecutive numbers side by side; parts.cells = share of empty cells right',
  tasks: ['numbrix'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    const N = n * n;
    let vals: number[];
    try {
      vals = parseNumbers(answer, N);
    } catch (e) {
      if (e instanceof ParseError) return { correct: false, reason: e.message, parts: { cells: 0 } };
      throw e;
    }
    const open = t.givens.flatMap((g, i) => (g ? [] : [i]));
    const parts = { cells: open.length ? open.filter((i) => vals[i] === t.solution[i]).length / open.length : 1 };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.cells, parsed: vals.join(' ') });
    const name = (i: number) => `r${Math.floor(i / n) + 1}c${(i % n) + 1}`;
    const at = new Array<number>(N + 1).fill(-1);
    for (let i = 0; i < N; i++) {
      if (t.givens[i] && vals[i] !== t.givens[i]) return fail(`${name(i)} must keep its given ${t.givens[i]}`);
      if (vals[i] < 1 || vals[i] > N) return fail(`${name(i)} holds ${vals[i]}, outside 1..${N}`);
      if (at[vals[i]] >= 0) return fail(`${vals[i]} appears twice`);
      at[vals[i]] = i;
    }
    for (let v = 1; v < N; v++) {
      const [a, b] = [at[v], at[v + 1]];
      if (Math.abs(Math.floor(a / n) - Math.floor(b / n)) + Math.abs((a % n) - (b % n)) !== 1) return fail(`${v} (${name(a)}) and ${v + 1} (${name(b)}) do not share a side`);
    }
    return { correct: true, reason: `one path 1..${N} through every cell, givens kept`, parts, parsed: vals.join(' ') };
  },
};
