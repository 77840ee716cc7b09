import type { MathJsInstance, MathNode } from 'mathjs';
import { mathjs } from '../../core/deps.js';
import type { VerifierDefinition } from '../registry.js';

interface Game24Truth {
  numbers: number[];
  target: number;
  solutions: number;
}

/** Exact arithmetic: with Fraction numbers 8 / (3 − 8/3) is exactly 24 and no float rounding can pass a near miss. */
let instance: MathJsInstance | undefined;
/** Exact-fraction mathjs, created on first use: building an instance costs about a second at start-up. */
const math = () => (instance ??= mathjs().create(mathjs().all, { number: 'Fraction' }));

const MAX_EXPR_CHARS = 300;

/** Common spellings → mathjs syntax: × ÷ − and LaTeX operators, square brackets as parentheses. */
function normalise(text: string): string {
  return text
    .replace(/\\left|\\right|\$/g, '')
    .replace(/\\times|\\cdot|[×⋅·∗]/g, '*')
    .replace(/\\div|÷/g, '/')
    .replace(/[−–—]/g, '-')
    .replace(/[[{]/g, '(')
    .replace(/[\]}]/g, ')')
    .replace(/(\d)\s*[xX]\s*(?=[\d(])/g, '$1 * ')
    .trim();
}

function checkTruth(t: unknown): string | undefined {
  const x = t as Game24Truth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Array.isArray(x.numbers) || !x.numbers.length || !x.numbers.every((n) => Number.isInteger(n) && n >= 0)) return 'numbers must be a list of non-negative integers';
  if (!Number.isInteger(x.target)) return 'target must be an integer';
  return undefined;
}

/**
 * Parses the expression with mathjs (never eval), allows only numbers, + − × ÷ and parentheses,
 * checks that the numbers used are exactly the given multiset, then evaluates exactly.
 */
export const game24Verifier: VerifierDefinition<Game24Truth> = {
  name: '24-game',
  describe: '24-game expression: parsed and evaluated exactly with mathjs; numbers must match the given multiset',
  tasks: ['24-game'],
  checkTruth,
  judge(answer, t) {
    const zero = (reason: string, numbers = 0) => ({ correct: false, reason, parts: { numbers, value: 0 } });
    let text = normalise(answer);
    if (text.length > MAX_EXPR_CHARS) return zero(`expression longer than ${MAX_EXPR_CHARS} characters`);
    // "expr = 24" is fine when the right side is the target; anything else after "=" is not.
    const sides = text.split('=');
    if (sides.length > 2) return zero('more than one "=" in the answer');
    if (sides.length === 2) {
      if (sides[1].trim() !== String(t.target)) return zero(`the expression is said to equal "${sides[1].trim().slice(0, 20)}", not ${t.target}`);
      text = sides[0].trim();
    }
    if (!text) return zero('no expression given');
    // Numbers must be written as whole numbers: "2.0", "1e1" or "0x10" are not the cards shown.
    if (/\d\s*[.eE]|\.\d/.test(text)) return zero('write the numbers as whole numbers (no decimals or exponents)');
    const letter = text.match(/[a-z]+/i);
    if (letter) return zero(`"${letter[0].slice(0, 20)}" is not allowed; use numbers, + - * / and parentheses only`);
    let node: MathNode;
    try {
      node = math().parse(text);
    } catch (e) {
      return zero(`not an arithmetic expression: ${(e as Error).message}`);
    }
    const used: number[] = [];
    let bad: string | null = null;
    node.traverse((n) => {
      if (bad) return;
      if (n.type === 'ParenthesisNode') return;
      if (n.type === 'ConstantNode') {
        const v = (n as unknown as { value: { n: bigint | number; d: bigint | number; s: bigint | number } }).value;
        if (typeof v !== 'object' || Number(v.d) !== 1 || Number(v.s) < 0) bad = `"${n.toString()}" is not one of the given whole numbers`;
        else used.push(Number(v.n));
        return;
      }
      if (n.type === 'OperatorNode') {
        const op = n as unknown as { fn: string; implicit?: boolean; args: MathNode[] };
        if (op.implicit) bad = 'implicit multiplication; write * between factors';
        else if (!['add', 'subtract', 'multiply', 'divide'].includes(op.fn) || op.args.length !== 2) bad = `operator "${op.fn}" is not allowed; use + - * / only`;
        return;
      }
      bad = `"${n.toString().slice(0, 30)}" is not allowed; use numbers, + - * / and parentheses only`;
    });
    if (bad) return zero(bad);
    const want = t.numbers.slice().sort((a, b) => a - b);
    const got = used.slice().sort((a, b) => a - b);
    // Share of given numbers matched (multiset intersection), for partial credit.
    let i = 0;
    let j = 0;
    let matched = 0;
    while (i < want.length && j < got.length) {
      if (want[i] === got[j]) [matched, i, j] = [matched + 1, i + 1, j + 1];
      else if (want[i] < got[j]) i++;
      else j++;
    }
    const numbersPart = matched / Math.max(want.length, got.length);
    if (got.join(',') !== want.join(',')) {
      return { correct: false, reason: `uses ${got.join(', ') || 'no numbers'}; must use ${want.join(', ')} each exactly once`, parts: { numbers: numbersPart, value: 0 }, parsed: text };
    }
    let value: unknown;
    try {
      value = node.compile().evaluate();
    } catch (e) {
      return { correct: false, reason: `cannot evaluate: ${(e as Error).message}`, parts: { numbers: 1, value: 0 }, partial: 0.3, parsed: text };
    }
    const ok = math().equal(value as never, math().fraction(t.target)) === true;
    const shown = math().format(value as never);
    if (!ok) return { correct: false, reason: `the expression equals ${shown}, not ${t.target}`, parts: { numbers: 1, value: 0 }, partial: 0.3, parsed: text };
    return { correct: true, reason: `uses every number once and equals ${t.target}`, parts: { numbers: 1, value: 1 }, parsed: text };
  },
};
