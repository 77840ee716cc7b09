import { ComputeEngine } from '@cortex-js/compute-engine';
import type { MathNode } from 'mathjs';
import { mathjs } from '../../core/deps.js';
import { latexToMath } from './latex.js';
import { splitUnit, type UnitInfo } from './units.js';

/** One number read from an answer. */
export interface ReadValue {
  value: number;
  /** True when the answer was written as a decimal approximation (judged at a tolerance). */
  approx: boolean;
  unit?: UnitInfo;
  /** The mathjs expression it was read as (for the verdict's `parsed`). */
  expr: string;
}

export class ReadError extends Error {}

/** Longest single answer read: bounds parsing time on adversarial input. */
export const MAX_ANSWER_CHARS = 400;

const FUNCTIONS = new Set(['sqrt', 'cbrt', 'nthRoot', 'sin', 'cos', 'tan', 'abs', 'log', 'exp']);
const CONSTANTS = new Set(['pi', 'e']);

/**
 * Only arithmetic reaches evaluation: numbers, pi/e, + − × ÷ ^, a few functions, parentheses.
 * Anything else mathjs can parse (assignments, units, matrices, strings, unknown symbols) is refused,
 * so an answer cannot define functions or hide a unit conversion inside the expression.
 */
function checkNode(n: MathNode): void {
  n.traverse((node, path, parent) => {
    switch (node.type) {
      case 'ConstantNode':
        if (typeof (node as unknown as { value: unknown }).value !== 'number') throw new ReadError('only numbers are allowed as constants');
        return;
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        const isFn = parent?.type === 'FunctionNode' && path === 'fn';
        if (isFn ? !FUNCTIONS.has(name) : !CONSTANTS.has(name)) throw new ReadError(`unknown name "${name.slice(0, 20)}"`);
        return;
      }
      case 'OperatorNode': {
        const op = (node as unknown as { fn: string }).fn;
        if (!['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus'].includes(op)) throw new ReadError(`operator ${op} is not allowed`);
        return;
      }
      case 'FunctionNode':
      case 'ParenthesisNode':
        return;
      default:
        throw new ReadError(`${node.type} is not allowed in an answer`);
    }
  });
}

/** Plain ASCII for mathjs: √, π, ×, superscripts, Unicode minus; √ binds to the next number or group. */
function unicodeToAscii(s: string): string {
  let out = s
    .replace(/[π𝜋]/g, ' pi ')
    .replace(/[×·⋅∙]/g, '*')
    .replace(/÷/g, '/')
    .replace(/[−–—]/g, '-')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/\*\*/g, '^');
  if (!out.includes('√') && !out.includes('∛')) return out;
  let r = '';
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c !== '√' && c !== '∛') {
      r += c;
      continue;
    }
    let j = i + 1;
    while (out[j] === ' ') j++;
    let operand: string;
    if (out[j] === '(') {
      let depth = 0;
      let k = j;
      for (; k < out.length; k++) {
        if (out[k] === '(') depth++;
        else if (out[k] === ')' && --depth === 0) break;
      }
      operand = out.slice(j, k + 1);
      i = k;
    } else {
      const m = /^(\d+(?:\.\d+)?|pi|[a-z]+)/.exec(out.slice(j));
      if (!m) throw new ReadError(`${c} must be followed by a number or a bracket`);
      operand = m[1];
      i = j + m[1].length - 1;
    }
    r += c === '√' ? ` sqrt(${operand})` : ` cbrt(${operand})`;
  }
  return r;
}

const VULGAR: Record<string, string> = { '½': '1/2', '⅓': '1/3', '⅔': '2/3', '¼': '1/4', '¾': '3/4', '⅕': '1/5', '⅙': '1/6', '⅛': '1/8' };

/**
 * Mixed numbers mean a sum, not a product: 3\frac{1}{2}, 3 1/2 and 3½ are 7/2. Read as implicit
 * multiplication they would be 3/2, and a wrong 3½ would score on a truth of 3/2.
 */
function mixedNumbers(s: string): string {
  return s
    .replace(/(^|[^\d.])(\d+)\s*\\[dtc]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}/g, '$1($2+$3/$4)')
    .replace(/(^|[^\d./])(\d+)\s+(\d+)\s*\/\s*(\d+)(?![\d.])/g, '$1($2+$3/$4)')
    .replace(/(\d+)\s*([½⅓⅔¼¾⅕⅙⅛])/g, (_, n: string, f: string) => `(${n}+${VULGAR[f]})`)
    .replace(/[½⅓⅔¼¾⅕⅙⅛]/g, (f) => `(${VULGAR[f]})`);
}

let engine: ComputeEngine | undefined;

/** Full LaTeX parser, used only for LaTeX the fast translator does not know. */
function latexByEngine(latex: string): number {
  engine ??= new ComputeEngine();
  const expr = engine.parse(latex.replace(/\\[dtc]frac/g, '\\frac'));
  if (!expr.isValid) throw new ReadError('the LaTeX could not be read');
  const v = expr.N().re;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ReadError('the LaTeX is not a finite number');
  return v;
}

const DECIMAL = /\d\.\d|(?:^|[^\d])\.\d/;

/**
 * Reads one value: a number, fraction, decimal, percentage, ratio a:b, arithmetic expression
 * (3*sqrt(2), 3√2, 3 sqrt 2 is refused) or LaTeX, with an optional trailing unit.
 * Degree marks (°, ^\circ, \degree) become the unit "deg".
 */
export function readValue(raw: string): ReadValue {
  let s = raw.trim();
  if (s.length > MAX_ANSWER_CHARS) throw new ReadError(`answer has ${s.length} characters; at most ${MAX_ANSWER_CHARS} are read`);
  s = s.replace(/\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|\\circ|\\degree|[°º]/g, ' deg ').replace(/\\%/g, '%');
  // \text{cm}^2 and cm^{2}: bring the exponent next to the unit so splitUnit sees "cm^2".
  s = s.replace(/\\(?:text|mathrm|textrm|mbox)\s*\{([^{}]*)\}/g, ' $1 ').replace(/\^\s*\{\s*(\d)\s*\}/g, '^$1').replace(/\s+/g, ' ').replace(/ \^/g, '^').trim();
  const [body, unit] = splitUnit(s);
  if (!body) throw new ReadError('no number before the unit');
  const approx = DECIMAL.test(body);
  let text = mixedNumbers(body);
  if (/[\\{}]/.test(text)) {
    const t = latexToMath(text);
    if (t === null) return { value: latexByEngine(text), approx, unit, expr: text };
    text = t;
  }
  text = unicodeToAscii(text);
  // A ratio "3:4" means 3/4; a percentage means hundredths.
  const colon = text.split(':');
  if (colon.length === 2) text = `(${colon[0]})/(${colon[1]})`;
  else if (colon.length > 2) throw new ReadError('more than one ":" in the answer');
  text = text.replace(/%/g, ' /100 ');
  let node: MathNode;
  try {
    node = mathjs().parse(text);
  } catch (e) {
    throw new ReadError(`could not read "${body.slice(0, 40)}" as a number or expression`);
  }
  checkNode(node);
  const v = node.compile().evaluate();
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ReadError(`"${body.slice(0, 40)}" is not a finite real number`);
  return { value: v, approx, unit, expr: text.trim() };
}
