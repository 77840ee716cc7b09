import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { solve24 } from './solver.js';

export interface Game24Params {
  numbers: number;
  maxNumber: number;
  target: number;
  /** Only sets with at most this many solution trees are kept: fewer solutions, harder set. */
  maxSolutions: number;
}

export interface Game24Truth {
  numbers: number[];
  target: number;
  solutions: number;
}

/** Sets drawn before giving up on the maxSolutions filter (then the last solvable set is used). */
const MAX_DRAWS = 400;

function generate(rng: Rng, p: Game24Params): Instance<Game24Truth> {
  let chosen: { nums: number[]; res: ReturnType<typeof solve24> } | null = null;
  let draws = 0;
  while (draws < MAX_DRAWS) {
    draws++;
    const nums = Array.from({ length: p.numbers }, () => rng.int(1, p.maxNumber)).sort((a, b) => a - b);
    const res = solve24(nums, p.target);
    if (!res.solutions) continue;
    chosen = { nums, res };
    if (res.solutions <= p.maxSolutions) break;
  }
  if (!chosen) throw new Error(`no solvable set of ${p.numbers} numbers up to ${p.maxNumber} for target ${p.target} in ${MAX_DRAWS} draws`);
  const { nums, res } = chosen;
  // Whether every solution needs division, or a fraction on the way: what makes 3 3 8 8 hard.
  const needsDivision = solve24(nums, p.target, { noDivision: true }).solutions ? 0 : 1;
  const needsFraction = solve24(nums, p.target, { integersOnly: true }).solutions ? 0 : 1;
  const truth: Game24Truth = { numbers: nums, target: p.target, solutions: res.solutions };
  const list = nums.join(', ');
  const rules = `Write an arithmetic expression that uses each of the numbers ${list} exactly once (each number as written, no concatenating digits), with only + , −, × (*), ÷ (/) and parentheses, whose value is exactly ${p.target}.`;
  // The example uses other numbers than the item's, so it can never be the answer.
  const example = list === '1, 2, 3, 4' ? '(5 - 2) * 7 + 1' : '(1 + 2) * 3 - 4';
  const format = `Answer with the expression only, for example <answer>${example}</answer>.`;
  return {
    question: `The image shows ${p.numbers} number cards. ${rules} ${format}`,
    textOnly: `Numbers: ${list}. Target: ${p.target}. ${rules} ${format}`,
    scene: scene(nums, p.target),
    answer: res.expression!,
    truth,
    evidence: [...nums.map((_, i) => `card-${i}`), 'target'],
    features: {
      numbers: p.numbers,
      maxNumber: Math.max(...nums),
      target: p.target,
      solutions: res.solutions,
      reachable: res.reachable,
      searchOps: res.ops,
      needsDivision,
      needsFraction,
      draws,
    },
    canonical: `24-game:${list}:${p.target}`,
  };
}

function scene(nums: number[], target: number) {
  const cardW = 104;
  const cardH = 140;
  const gap = 20;
  const W = Math.max(520, nums.length * cardW + (nums.length + 1) * gap);
  const x0 = (W - (nums.length * cardW + (nums.length - 1) * gap)) / 2;
  const els: Primitive[] = [
    { type: 'text', id: 'target', text: `Make ${target}`, x: W / 2, y: 24, size: 40, weight: 'bold', align: 'center', baseline: 'top', fill: '#0b5394' },
  ];
  nums.forEach((n, i) => {
    const x = x0 + i * (cardW + gap);
    els.push({
      type: 'group',
      id: `card-${i}`,
      children: [
        { type: 'rect', x, y: 96, w: cardW, h: cardH, radius: 12, fill: '#fffdf5', stroke: '#333333', lineWidth: 3 },
        { type: 'text', text: String(n), x: x + cardW / 2, y: 96 + cardH / 2, size: 56, weight: 'bold', align: 'center', baseline: 'middle', fill: '#1a1a1a' },
      ],
    });
  });
  return { kind: 'canvas' as const, width: W, height: 96 + cardH + 40, background: '#e8f0e8', elements: els };
}

export const game24: TaskDefinition<Game24Params, Game24Truth> = {
  name: '24-game',
  domain: 'puzzle',
  describe: 'Make the target (24) from the given numbers with + − × ÷; any correct expression is accepted',
  params: {
    numbers: { type: 'int', min: 3, max: 6, default: 4, describe: 'how many numbers' },
    maxNumber: { type: 'int', min: 4, max: 50, default: 13, describe: 'numbers are drawn from 1 to this' },
    target: { type: 'int', min: 1, max: 1000, default: 24, describe: 'value to reach' },
    maxSolutions: { type: 'int', min: 1, max: 1_000_000, default: 1_000_000, describe: 'keep only sets with at most this many solution trees (harder)' },
  },
  // Thresholds sit near the lower quartile of solution counts for each size, measured on random draws.
  levels: {
    1: { numbers: 4, maxNumber: 9 },
    2: { numbers: 4, maxNumber: 13 },
    3: { numbers: 4, maxNumber: 13, maxSolutions: 6 },
    4: { numbers: 4, maxNumber: 20, maxSolutions: 3 },
    5: { numbers: 5, maxNumber: 25, target: 100, maxSolutions: 24 },
  },
  generate,
  verifier: '24-game',
};
