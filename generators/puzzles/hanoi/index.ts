import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { optimalMoves, solves, type Move } from './solver.js';

/** Format examples; the first that does not solve the item is shown, so the example never is the answer. */
const EXAMPLES: Move[][] = [
  [[0, 1], [0, 2], [1, 2]],
  [[2, 0], [1, 2], [0, 1]],
];

export interface HanoiParams {
  disks: number;
  /** 'standard': every disk starts on one peg; 'random': each disk on a random peg (a legal mid-game state). */
  start: 'standard' | 'random';
  requireShortest: boolean;
}

export interface HanoiTruth {
  disks: number;
  /** Disk sizes per peg A, B, C, bottom first (1 = smallest). */
  pegs: number[][];
  /** Index of the goal peg (0 = A). */
  target: number;
  optimal: number;
  requireShortest: boolean;
}

export const PEGS = ['A', 'B', 'C'];

function generate(rng: Rng, p: HanoiParams): Instance<HanoiTruth> {
  let pos: number[];
  let target: number;
  do {
    if (p.start === 'standard') {
      const from = rng.int(0, 2);
      pos = Array(p.disks).fill(from);
      target = rng.pick([0, 1, 2].filter((x) => x !== from));
    } else {
      pos = Array.from({ length: p.disks }, () => rng.int(0, 2));
      target = rng.int(0, 2);
    }
  } while (pos.every((x) => x === target));
  const moves = optimalMoves(pos, target);
  // Bottom first: larger disks lower on their peg.
  const pegs = [0, 1, 2].map((k) => pos.map((x, d) => (x === k ? d + 1 : 0)).filter(Boolean).reverse());
  const truth: HanoiTruth = { disks: p.disks, pegs, target, optimal: moves.length, requireShortest: p.requireShortest };
  const goal = PEGS[target];
  const shortest = p.requireShortest ? ` Use the fewest possible moves.` : '';
  const rules = `Move one disk at a time: only the top disk of a peg may move, and a disk may never be put on a smaller disk. Move all ${p.disks} disks onto peg ${goal}.${shortest}`;
  const example = EXAMPLES.find((m) => !solves(pos, target, m))!;
  const format = `Answer with the moves in order, each as from-peg->to-peg, separated by commas, for example <answer>${example.map(([a, b]) => `${PEGS[a]}->${PEGS[b]}`).join(', ')}</answer>.`;
  const describe = pegs.map((d, k) => `peg ${PEGS[k]}: ${d.length ? d.join(', ') : 'empty'}`).join('; ');
  return {
    question: `The image shows a Tower of Hanoi with pegs A, B, C and ${p.disks} disks numbered by size (1 is the smallest). ${rules} ${format}`,
    textOnly: `Tower of Hanoi with pegs A, B, C and ${p.disks} disks numbered by size (1 is the smallest). Disks listed bottom to top: ${describe}. ${rules} ${format}`,
    scene: scene(pegs, target, p.disks),
    answer: moves.map(([a, b]) => `${PEGS[a]}->${PEGS[b]}`).join(', '),
    truth,
    evidence: [...PEGS.map((x) => `peg-${x}`), ...Array.from({ length: p.disks }, (_, d) => `disk-${d + 1}`), 'goal'],
    features: {
      disks: p.disks,
      optimalMoves: moves.length,
      misplaced: pos.filter((x) => x !== target).length,
      nonStandard: p.start === 'random' ? 1 : 0,
    },
    canonical: `hanoi:${pos.join('')}:${target}:${p.requireShortest ? 1 : 0}`,
  };
}

const DISK_COLOURS = ['#e6194b', '#f58231', '#ffe119', '#3cb44b', '#42d4f4', '#4363d8', '#911eb4', '#f032e6', '#a9a9a9', '#9a6324'];

function scene(pegs: number[][], target: number, n: number) {
  const W = 600;
  const diskH = Math.min(34, Math.floor(260 / n));
  const pegH = diskH * n + 40;
  const baseY = 70 + pegH;
  const H = baseY + 70;
  const colW = W / 3;
  const maxW = colW - 20;
  const minW = 40;
  const els: Primitive[] = [{ type: 'rect', id: 'base', x: 10, y: baseY, w: W - 20, h: 14, fill: '#6b4f2a' }];
  for (let k = 0; k < 3; k++) {
    const cx = colW * (k + 0.5);
    els.push({ type: 'rect', id: `peg-${PEGS[k]}`, x: cx - 5, y: baseY - pegH, w: 10, h: pegH, fill: '#8b6b3d' });
    els.push({ type: 'text', id: `label-${PEGS[k]}`, text: PEGS[k], x: cx, y: baseY + 22, size: 30, weight: 'bold', align: 'center', baseline: 'top', fill: '#1a1a1a' });
    pegs[k].forEach((d, level) => {
      const w = minW + ((maxW - minW) * (d - 1)) / Math.max(1, n - 1);
      const y = baseY - (level + 1) * diskH;
      els.push({
        type: 'group',
        id: `disk-${d}`,
        children: [
          { type: 'rect', x: cx - w / 2, y: y + 1, w, h: diskH - 2, radius: 6, fill: DISK_COLOURS[(d - 1) % DISK_COLOURS.length], stroke: '#1a1a1a', lineWidth: 1.5 },
          { type: 'text', text: String(d), x: cx, y: y + diskH / 2, size: Math.max(12, Math.round(diskH * 0.6)), weight: 'bold', align: 'center', baseline: 'middle', fill: '#111111' },
        ],
      });
    });
  }
  const gx = colW * (target + 0.5);
  els.push({ type: 'text', id: 'goal', text: `goal: ${PEGS[target]}`, x: gx, y: 20, size: 24, weight: 'bold', align: 'center', baseline: 'top', fill: '#0a7d28' });
  return { kind: 'canvas' as const, width: W, height: H, background: '#ffffff', elements: els };
}

export const hanoi: TaskDefinition<HanoiParams, HanoiTruth> = {
  name: 'hanoi',
  domain: 'puzzle',
  describe: 'Tower of Hanoi from a given (possibly mid-game) state to a goal peg; any legal solution is accepted',
  params: {
    disks: { type: 'int', min: 2, max: 10, default: 4, describe: 'number of disks' },
    start: { type: 'enum', values: ['standard', 'random'], default: 'standard', describe: 'all disks on one peg, or a random legal state' },
    requireShortest: { type: 'boolean', default: false, describe: 'accept only optimal-length solutions' },
  },
  // Level 1 is already a mid-game state: the standard start has only 6 distinct problems per size.
  levels: {
    1: { disks: 4, start: 'random' },
    2: { disks: 5, start: 'random' },
    3: { disks: 6, start: 'random' },
    4: { disks: 7, start: 'random' },
    5: { disks: 8, start: 'random' },
  },
  generate,
  verifier: 'hanoi',
};
