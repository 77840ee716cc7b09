import { cellLabel, parseCellList } from '../parse/cells.js';
import type { VerifierDefinition } from '../registry.js';

interface LightsOutTruth {
  size: number;
  lights: string;
  minPresses: number;
  requireMinimal: boolean;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as LightsOutTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 1 || x.size > 26) return 'size must be an integer from 1 to 26';
  if (typeof x.lights !== 'string' || x.lights.length !== x.size * x.size || !/^[01]+$/.test(x.lights)) return 'lights must be size² characters 0/1';
  if (!Number.isInteger(x.minPresses)) return 'minPresses must be an integer';
  return undefined;
}

/** Applies the presses; any set of distinct cells that leaves every light off is correct. */
export const lightsOutVerifier: VerifierDefinition<LightsOutTruth> = {
  name: 'lights-out',
  describe: 'Lights Out press set: applied to the board; parts.lightsOff = share of cells dark afterwards',
  tasks: ['lights-out'],
  checkTruth,
  judge(answer, t, opts) {
    const n = t.size;
    const requireMinimal = (opts.requireMinimal as boolean | undefined) ?? t.requireMinimal;
    let cells: [number, number][];
    try {
      cells = parseCellList(answer, n, n, n * n);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { lightsOff: 0, solved: 0 } };
    }
    if (!cells.length) return { correct: false, reason: 'no cells to press given', parts: { lightsOff: 0, solved: 0 } };
    const seen = new Set<number>();
    for (const rc of cells) {
      const i = rc[0] * n + rc[1];
      // Pressing twice undoes a press; a listed repeat is more likely two answers run together.
      if (seen.has(i)) return { correct: false, reason: `cell ${cellLabel(rc)} is listed twice; press each cell at most once`, parts: { lightsOff: 0, solved: 0 } };
      seen.add(i);
    }
    const lights = Uint8Array.from(t.lights, (ch) => Number(ch));
    // The toggle rule is restated here: verifiers do not import generators (the reward server stays small).
    for (const i of seen) {
      const r = Math.floor(i / n);
      const c = i % n;
      for (const [rr, cc] of [[r, c], [r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
        if (rr >= 0 && rr < n && cc >= 0 && cc < n) lights[rr * n + cc] ^= 1;
      }
    }
    const lit = lights.reduce((s, v) => s + v, 0);
    const parts = { lightsOff: 1 - lit / (n * n), solved: lit === 0 ? 1 : 0, presses: seen.size / Math.max(1, t.minPresses) };
    const parsed = cells.map(cellLabel);
    if (lit) return { correct: false, reason: `${lit} light(s) still on after ${seen.size} presses`, parts, partial: 0.5 * parts.lightsOff, parsed };
    if (requireMinimal && seen.size > t.minPresses) return { correct: false, reason: `${seen.size} presses; the fewest possible is ${t.minPresses}`, parts, partial: 0.8, parsed };
    return { correct: true, reason: `${seen.size} presses turn every light off (minimum ${t.minPresses})`, parts, parsed };
  },
};
