import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { checkAttempts } from '../logic-grid.js';
import { solveCrypto, type CryptoProblem } from './solver.js';

export interface CryptoMathParams {
  terms: number;
  digits: number;
}

export interface CryptoMathTruth extends CryptoProblem {
  /** The unique assignment, letter → digit. */
  solution: Record<string, number>;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Random addends with `digits` digits, their sum, and a random letter per distinct digit (as
 * MM-HELIX builds its puzzles). Letters are then given away until the solver certifies a unique
 * assignment.
 */
function generate(rng: Rng, p: CryptoMathParams): Instance<CryptoMathTruth> {
  for (let attempt = 1; ; attempt++) {
    checkAttempts('crypto-math', attempt, 500, p);
    const r = rng.fork(`attempt-${attempt}`);
    const nums = Array.from({ length: p.terms }, () => r.int(10 ** (p.digits - 1), 10 ** p.digits - 1));
    const sum = nums.reduce((a, b) => a + b, 0);
    const digits = [...new Set([...nums, sum].join(''))];
    const letters = r.shuffle([...LETTERS]).slice(0, digits.length);
    const code = new Map(digits.map((d, k) => [d, letters[k]]));
    const word = (n: number) => [...String(n)].map((d) => code.get(d)!).join('');
    const solution = Object.fromEntries(digits.map((d) => [code.get(d)!, Number(d)]).sort());
    const prob: CryptoProblem = { terms: nums.map(word), result: word(sum), fixed: {} };
    // Give letters away while several assignments remain (at most a third of them): each time the
    // letter that rules out most of the other assignments, ties broken at random.
    const all = solveCrypto(prob, 40, true);
    if (all.solutions >= 40) continue;
    let left = all.all;
    const keys = r.shuffle(Object.keys(solution));
    while (left.length > 1 && Object.keys(prob.fixed).length < Math.floor(keys.length / 3)) {
      const free = keys.filter((l) => !(l in prob.fixed));
      const cut = (l: string) => left.filter((s) => s[l] === solution[l]).length;
      const l = free.reduce((best, x) => (cut(x) < cut(best) ? x : best));
      prob.fixed = { ...prob.fixed, [l]: solution[l] };
      left = left.filter((s) => s[l] === solution[l]);
    }
    // The count restarts from scratch with the givens: the certificate does not rest on the list.
    const found = solveCrypto(prob, 2);
    if (found.solutions !== 1) continue;
    return build({ ...prob, solution }, { attempts: attempt, searchNodes: found.nodes });
  }
}

function build(t: CryptoMathTruth, effort: Record<string, number>): Instance<CryptoMathTruth> {
  const width = t.result.length;
  const size = 44;
  const charW = size * 0.75;
  const x1 = 110 + (width + 1) * charW;
  const els: Primitive[] = [{ type: 'text', id: 'title', x: (x1 + 60) / 2, y: 30, text: 'Cryptarithm', size: 22, weight: 'bold', align: 'center', baseline: 'middle', fill: '#343a40' }];
  const row = (id: string, word: string, y: number, sign?: string) => {
    els.push({ type: 'text', id, x: x1, y, text: [...word].join(' ').replace(/ /g, '\u2009'), size, font: 'mono', weight: 'bold', align: 'right', baseline: 'middle', fill: '#3d2a8a' });
    if (sign) els.push({ type: 'text', x: x1 - (width + 0.6) * charW * 1.25, y, text: sign, size, font: 'mono', weight: 'bold', align: 'center', baseline: 'middle', fill: '#d9480f' });
  };
  let y = 90;
  t.terms.forEach((w, k) => {
    row(`term-${k}`, w, y, k === t.terms.length - 1 ? '+' : undefined);
    y += size * 1.2;
  });
  els.push({ type: 'line', x1: x1 - (width + 1) * charW * 1.25, y1: y - size * 0.45, x2: x1 + 8, y2: y - size * 0.45, stroke: '#d9480f', lineWidth: 3 });
  y += size * 0.3;
  row('result', t.result, y);
  y += size * 1.1;
  const givens = Object.entries(t.fixed).sort();
  if (givens.length) {
    els.push({ type: 'text', id: 'givens', x: 30, y, text: `Given: ${givens.map(([l, d]) => `${l} = ${d}`).join(', ')}`, size: 20, align: 'left', baseline: 'middle', fill: '#1a1a1a' });
    y += 30;
  }
  const equation = `${t.terms.join(' + ')} = ${t.result}`;
  const givenText = givens.length ? ` Given: ${givens.map(([l, d]) => `${l}=${d}`).join(', ')}.` : '';
  const rule = 'Each letter stands for a digit 0–9; different letters stand for different digits, and no number of two or more digits starts with 0. Find the digit of every letter so that the sum is correct.';
  const letters = Object.keys(t.solution);
  const format = `Answer with every letter and its digit, separated by commas, inside answer tags, in the form <answer>${letters.slice(0, 2).map((l) => `${l}=d`).join(', ')}, ...</answer>.`;
  return {
    question: `The image shows a cryptarithm (an addition written in letters, the sum below the line).${givens.length ? ' Some digits are given below it.' : ''} ${rule} ${format}`,
    textOnly: `Cryptarithm: ${equation}.${givenText} ${rule} ${format}`,
    scene: { kind: 'canvas', width: Math.ceil(Math.max(x1 + 40, givens.length ? 60 + givens.length * 70 : 0)), height: Math.ceil(y + 10), background: '#f8f9fa', elements: els },
    answer: letters.map((l) => `${l}=${t.solution[l]}`).join(', '),
    truth: t,
    evidence: [...t.terms.map((_, k) => `term-${k}`), 'result', ...(givens.length ? ['givens'] : [])],
    context: ['title'],
    features: { terms: t.terms.length, digits: t.terms[0].length, letters: letters.length, givens: givens.length, ...effort },
    canonical: `crypto-math:${equation}:${givens.map(([l, d]) => `${l}${d}`).join('')}`,
  };
}

export const cryptoMath: TaskDefinition<CryptoMathParams, CryptoMathTruth> = {
  name: 'crypto-math',
  domain: 'puzzle',
  describe: 'Cryptarithm (a sum written in letters, SEND+MORE=MONEY style) with a certified unique digit assignment (letters given away until unique)',
  params: {
    terms: { type: 'int', min: 2, max: 4, default: 3, describe: 'number of addends' },
    digits: { type: 'int', min: 2, max: 6, default: 3, describe: 'digits per addend' },
  },
  // MM-HELIX's levels: 2×3, 2×4, 3×3, 3×4 and 3×5 digits.
  levels: {
    1: { terms: 2, digits: 3 },
    2: { terms: 2, digits: 4 },
    3: { terms: 3, digits: 3 },
    4: { terms: 3, digits: 4 },
    5: { terms: 3, digits: 5 },
  },
  generate,
  verifier: 'crypto-math',
};
