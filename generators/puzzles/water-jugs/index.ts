import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { searchJugs, type Step } from './search.js';

export interface WaterJugsParams {
  jugs: number;
  maxCapacity: number;
  /** The target needs at least this many steps (BFS-proved), else new capacities are drawn. */
  minSteps: number;
}

export interface WaterJugsTruth {
  capacities: number[];
  target: number;
  optimal: number;
}

export const JUG_NAMES = ['A', 'B', 'C'];

export function stepText(s: Step): string {
  if (s.op === 'pour') return `${JUG_NAMES[s.from]}->${JUG_NAMES[s.to]}`;
  return `${s.op} ${JUG_NAMES[s.jug]}`;
}

function generate(rng: Rng, p: WaterJugsParams): Instance<WaterJugsTruth> {
  for (let draws = 1; ; draws++) {
    // Capacities from 3 up: a 2-litre jug makes most targets a dull fill-and-pour loop.
    const caps = rng.shuffle([...Array(p.maxCapacity - 2).keys()].map((i) => i + 3)).slice(0, p.jugs);
    const search = searchJugs(caps);
    // Amounts that are not simply a jug's capacity and need enough steps.
    const hard = [...search.stepsTo].filter(([v, d]) => v > 0 && !caps.includes(v) && d >= p.minSteps).map(([v]) => v);
    if (!hard.length) {
      if (draws > 200) throw new Error(`no ${p.jugs} jugs up to ${p.maxCapacity} L need ${p.minSteps} steps for any target`);
      continue;
    }
    const target = rng.pick(hard.sort((a, b) => a - b));
    const path = search.pathTo.get(target)!;
    return build(caps, target, path, search.states, search.branching, draws);
  }
}

function build(caps: number[], target: number, path: Step[], states: number, branching: number, draws: number): Instance<WaterJugsTruth> {
  const names = caps.map((_, i) => JUG_NAMES[i]);
  const jugList = caps.map((c, i) => `jug ${names[i]} holds ${c} litres`).join(', ');
  const rules = `The jugs have no marks and start empty; there is an unlimited tap and a drain. Each step is one of: fill a jug to the top, empty a jug completely, or pour one jug into another until the first is empty or the second is full. After your last step, some jug must hold exactly ${target} litres.`;
  // The example always ends with one jug at a full capacity and the rest empty; targets are never a capacity, so it is never an answer.
  const format = `Answer with the steps in order separated by commas, writing "fill X", "empty X" or "X->Y" (pour X into Y), for example <answer>fill A, A->B, empty A</answer>.`;
  return {
    question: `The image shows ${caps.length} jugs with their capacities in litres. ${rules} ${format}`,
    textOnly: `There are ${caps.length} jugs: ${jugList}. ${rules} ${format}`,
    scene: scene(caps, target),
    answer: path.map(stepText).join(', '),
    truth: { capacities: caps, target, optimal: path.length },
    evidence: [...names.map((n) => `jug-${n}`), 'target'],
    features: { jugs: caps.length, maxCapacity: Math.max(...caps), target, optimalSteps: path.length, states, branching: Math.round(branching * 100) / 100, draws },
    canonical: `water-jugs:${caps.join(',')}:${target}`,
  };
}

function scene(caps: number[], target: number) {
  const W = 560;
  const maxH = 260;
  const top = 100;
  const bottom = top + maxH;
  const maxCap = Math.max(...caps);
  const slot = W / caps.length;
  const els: Primitive[] = [
    { type: 'text', id: 'target', text: `Measure exactly ${target} L`, x: W / 2, y: 22, size: 34, weight: 'bold', align: 'center', baseline: 'top', fill: '#0b5394' },
  ];
  caps.forEach((c, i) => {
    const h = Math.max(60, (maxH * c) / maxCap);
    const w = 90;
    const x = slot * (i + 0.5) - w / 2;
    els.push({
      type: 'group',
      id: `jug-${JUG_NAMES[i]}`,
      children: [
        { type: 'rect', x, y: bottom - h, w, h, radius: 8, fill: '#eef6fc', stroke: '#2b5d8a', lineWidth: 4 },
        { type: 'rect', x: x + w, y: bottom - h + 14, w: 16, h: Math.min(40, h / 3), radius: 6, stroke: '#2b5d8a', lineWidth: 4 },
        { type: 'text', text: `${c} L`, x: x + w / 2, y: bottom - h / 2, size: 30, weight: 'bold', align: 'center', baseline: 'middle', fill: '#1a1a1a' },
      ],
    });
    els.push({ type: 'text', id: `label-${JUG_NAMES[i]}`, text: JUG_NAMES[i], x: x + w / 2, y: bottom + 14, size: 30, weight: 'bold', align: 'center', baseline: 'top', fill: '#1a1a1a' });
  });
  return { kind: 'canvas' as const, width: W, height: bottom + 60, background: '#ffffff', elements: els };
}

export const waterJugs: TaskDefinition<WaterJugsParams, WaterJugsTruth> = {
  name: 'water-jugs',
  domain: 'puzzle',
  describe: 'Water jugs: fill/empty/pour steps that leave exactly the target amount in a jug; any valid sequence is accepted',
  params: {
    jugs: { type: 'int', min: 2, max: 3, default: 2, describe: 'number of jugs' },
    maxCapacity: { type: 'int', min: 3, max: 30, default: 9, describe: 'largest jug capacity in litres' },
    minSteps: { type: 'int', min: 1, max: 20, default: 4, describe: 'fewest steps the target must need' },
  },
  levels: {
    1: { jugs: 2, maxCapacity: 9, minSteps: 2 },
    2: { jugs: 2, maxCapacity: 11, minSteps: 4 },
    3: { jugs: 2, maxCapacity: 13, minSteps: 6 },
    4: { jugs: 3, maxCapacity: 15, minSteps: 6 },
    5: { jugs: 3, maxCapacity: 21, minSteps: 8 },
  },
  generate,
  verifier: 'water-jugs',
};
