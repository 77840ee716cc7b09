import { AnswerError } from '../graphs/parse.js';
import type { VerifierDefinition } from '../registry.js';

interface CryptoMathTruth {
  terms: string[];
  result: string;
  fixed: Record<string, number>;
  solution: Record<string, number>;
}

const WORD = /^[A-Z]{1,12}$/;

function checkTruth(t: unknown): string | undefined {
  const x = t as CryptoMathTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Array.isArray(x.terms) || x.terms.length < 1 || x.terms.length > 10 || !x.terms.every((w) => typeof w === 'string' && WORD.test(w))) return 'terms must be 1 to 10 words of capital letters';
  if (typeof x.result !== 'string' || !WORD.test(x.result)) return 'result must be a word of capital letters';
  const isDigits = (m: unknown) => !!m && typeof m === 'object' && Object.entries(m as object).every(([k, v]) => /^[A-Z]$/.test(k) && Number.isInteger(v) && v >= 0 && v <= 9);
  if (!isDigits(x.fixed) || !isDigits(x.solution)) return 'fixed and solution must map letters to digits';
  return undefined;
}

/** "A=1, B=2", "A:1 B:2", '{"A": 1, "B": 2}', '["A"=1, "B"=2]' → letter → digit. Anything else is an error. */
function parseDigits(text: string): Map<string, number> {
  const s = text.toUpperCase().replace(/["'`]/g, '');
  const pair = /\b([A-Z])\s*(?:=|:|->|→)\s*(\d+)\b/g;
  const rest = s.replace(pair, ' ').replace(/[\s,;{}()[\].]+/g, '');
  if (rest) throw new AnswerError(`unexpected "${rest.slice(0, 20)}"; write the answer as A=1, B=2, ...`);
  const out = new Map<string, number>();
  for (const [, l, d] of s.matchAll(pair)) {
    if (out.has(l)) throw new AnswerError(`letter ${l} is given a digit twice`);
    if (d.length > 1) throw new AnswerError(`${l}=${d}: a letter stands for one digit`);
    out.set(l, Number(d));
  }
  if (!out.size) throw new AnswerError('no letter=digit pairs found');
  return out;
}

/**
 * Judges the rules, not the stored assignment: every letter of the puzzle gets one digit, distinct
 * letters distinct digits, no leading zero, the given digits kept, and the sum right.
 * parts.letters = share of letters whose digit matches the (unique) solution.
 */
export const cryptoMathVerifier: VerifierDefinition<CryptoMathTruth> = {
  name: 'crypto-math',
  describe: 'cryptarithm digit assignment: distinct digits, no leading zero, givens kept, sum holds',
  tasks: ['crypto-math'],
  checkTruth,
  judge(answer, t) {
    let map: Map<string, number>;
    try {
      map = parseDigits(answer);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { letters: 0 } };
      throw e;
    }
    const letters = [...new Set([...t.terms, t.result].join(''))].sort();
    const parts = { letters: letters.filter((l) => map.get(l) === t.solution[l]).length / letters.length };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.letters, parsed: Object.fromEntries(map) });
    const stray = [...map.keys()].find((l) => !letters.includes(l));
    if (stray) return fail(`${stray} does not appear in the puzzle`);
    const missing = letters.find((l) => !map.has(l));
    if (missing) return fail(`letter ${missing} has no digit`);
    const digits = letters.map((l) => map.get(l)!);
    const dup = digits.find((d, k) => digits.indexOf(d) !== k);
    if (dup !== undefined) return fail(`two letters stand for ${dup}`);
    const given = Object.entries(t.fixed).find(([l, d]) => map.get(l) !== d);
    if (given) return fail(`${given[0]} is given as ${given[1]}`);
    const words = [...t.terms, t.result];
    const zero = words.find((w) => w.length > 1 && map.get(w[0]) === 0);
    if (zero) return fail(`${zero} would start with 0`);
    const value = (w: string) => [...w].reduce((n, l) => n * 10 + map.get(l)!, 0);
    const total = t.terms.reduce((s, w) => s + value(w), 0);
    if (total !== value(t.result)) return fail(`${t.terms.map(value).join(' + ')} = ${total}, not ${value(t.result)}`);
    return { correct: true, reason: `${t.terms.map(value).join(' + ')} = ${total}`, parts, parsed: Object.fromEntries(map) };
  },
};
