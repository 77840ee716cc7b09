import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, gridGeom, gridLines, cellRects } from '../grid-scene.js';
import { article, axisLabels, boardText, cellName, cellPx, COORD_RULE } from '../games/coords.js';
import { applyPresses, solveLights } from './gf2.js';

export interface LightsOutParams {
  size: number;
  /** Chance that each cell is pressed when scrambling the solved board. */
  density: number;
  requireMinimal: boolean;
}

export interface LightsOutTruth {
  size: number;
  /** '1' lit, '0' dark, row-major. */
  lights: string;
  minPresses: number;
  requireMinimal: boolean;
}

const EXAMPLES: [number, number][][] = [[[0, 0], [1, 2]], [[0, 1], [2, 0]]];

const LIT = '#ffd43b';
const DARK = '#3b4252';

function generate(rng: Rng, p: LightsOutParams): Instance<LightsOutTruth> {
  const n = p.size;
  // Scramble by pressing random cells on a dark board: solvable by construction.
  let lights: Uint8Array;
  do {
    const presses = Uint8Array.from({ length: n * n }, () => (rng.chance(p.density) ? 1 : 0));
    lights = applyPresses(n, new Uint8Array(n * n), presses);
  } while (!lights.some(Boolean));
  const sol = solveLights(n, lights)!;
  const pressed = [...sol.presses.keys()].filter((i) => sol.presses[i]);
  const truth: LightsOutTruth = { size: n, lights: lights.join(''), minPresses: sol.minPresses, requireMinimal: p.requireMinimal };
  const minimal = p.requireMinimal ? ` Use the fewest possible presses.` : '';
  const rules = `Pressing a cell toggles it and its up to four orthogonal neighbours (lit ↔ dark). Find a set of cells to press, each at most once, that turns every light off.${minimal} ${COORD_RULE}`;
  // The format example must never be a solution of this board.
  const example = EXAMPLES.find((cells) => {
    const x = new Uint8Array(n * n);
    for (const [r, c] of cells) x[r * n + c] = 1;
    return applyPresses(n, lights, x).some(Boolean);
  })!.map(([r, c]) => cellName(r, c)).join(', ');
  const format = `Answer with the cells to press separated by commas, for example <answer>${example}</answer>.`;
  const g = gridGeom(n, n, cellPx(n, 440, 44, 96), 44);
  const els: Primitive[] = [
    ...cellRects(g, DARK, (r, c) => (lights[r * n + c] ? LIT : DARK)),
    ...gridLines(g, n, n, 2, 3),
    ...axisLabels(g),
  ];
  return {
    question: `The image shows ${article(n)} ${n}×${n} Lights Out board; yellow cells are lit, dark cells are off. ${rules} ${format}`,
    textOnly: `${article(n) === 'an' ? 'An' : 'A'} ${n}×${n} Lights Out board ('1' lit, '0' off):\n${boardText(n, n, (r, c) => String(lights[r * n + c]))}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: els },
    answer: pressed.map((i) => cellName(Math.floor(i / n), i % n)).join(', '),
    truth,
    evidence: [...lights.keys()].map((i) => cellId(Math.floor(i / n), i % n)),
    features: {
      size: n,
      lightsOn: lights.reduce((s, v) => s + v, 0),
      minPresses: sol.minPresses,
      nullity: sol.nullity,
      minimalSolutions: sol.minimalCount,
      eliminationOps: sol.ops,
    },
    canonical: `lights-out:${n}:${truth.lights}:${p.requireMinimal ? 1 : 0}`,
  };
}

export const lightsOut: TaskDefinition<LightsOutParams, LightsOutTruth> = {
  name: 'lights-out',
  domain: 'puzzle',
  describe: 'Lights Out: a press set that turns every light off; any valid set is accepted (optionally only minimal ones)',
  params: {
    size: { type: 'int', min: 3, max: 8, default: 5, describe: 'board side in cells' },
    density: { type: 'number', min: 0.05, max: 0.9, default: 0.3, describe: 'chance each cell is pressed when scrambling' },
    requireMinimal: { type: 'boolean', default: false, describe: 'accept only press sets of minimal size' },
  },
  levels: {
    1: { size: 3, density: 0.25 },
    2: { size: 4, density: 0.3 },
    3: { size: 5, density: 0.35 },
    4: { size: 6, density: 0.4 },
    5: { size: 7, density: 0.45 },
  },
  generate,
  verifier: 'lights-out',
};
