import { Figure, triangleSAS, v } from '../construct.js';
import { circleId, segId } from '../diagram.js';
import type { Family } from '../family.js';
import { lengthFact, TRIPLES } from './notes.js';


/**
 * "Is PT tangent to the circle at T?" from OT, PT and OP: yes exactly when OT² + PT² = OP²
 * (converse of Pythagoras). The "no" cases are off by one unit, so the picture alone cannot tell.
 */
export const tangentRelation: Family<{ r: number; t: number; d: number }> = {
  name: 'tangent-relation',
  kind: 'relation',
  unit: undefined,
  depth: 3,
  sample: (rng) => {
    const [a, b, h] = rng.pick(TRIPLES);
    const [r, t] = rng.chance(0.5) ? [a, b] : [b, a];
    if (rng.chance(0.5)) return { r, t, d: h };
    // One unit off, keeping P outside the circle (OP > OT).
    const d = h - 1 > r && rng.chance(0.5) ? h - 1 : h + 1;
    return { r, t, d };
  },
  setup: (g, free) => {
    const fig = new Figure();
    fig.free('O', [0, 0], 'Place the centre O.');
    const c = fig.circle('O', g.r);
    const phi = free.float(0, 2 * Math.PI);
    const T = fig.onCircle('T', c, phi);
    // Angle OTP from the law of cosines; P on either side of OT.
    const psi = Math.acos((g.r * g.r + g.t * g.t - g.d * g.d) / (2 * g.r * g.t));
    const toO = v.unit(v.sub(fig.p('O'), T));
    fig.free('P', v.add(T, v.scale(v.rot(toO, free.chance(0.5) ? psi : -psi), g.t)), `Place P with TP = ${g.t} and OP = ${g.d}.`);
    fig.segment('O', 'T');
    fig.segment('T', 'P');
    fig.segment('O', 'P');
    return {
      fig,
      facts: [lengthFact('O', 'T', g.r), lengthFact('T', 'P', g.t), lengthFact('O', 'P', g.d)],
      marks: [],
      measured: Math.abs(fig.angle('O', 'T', 'P') - 90) < 1e-6,
      evidence: [circleId('O'), segId('O', 'T'), segId('T', 'P'), segId('O', 'P')],
    };
  },
  exact: (g) => g.r * g.r + g.t * g.t === g.d * g.d,
  describe: () => 'T lies on the circle with centre O, and P lies outside it.',
  ask: () => 'whether line PT is tangent to the circle at T',
  reasoning: (g) => [
    'PT is tangent at T exactly when PT ⟂ OT, i.e. when OT² + PT² = OP² (converse of Pythagoras).',
    `${g.r}² + ${g.t}² = ${g.r * g.r + g.t * g.t} and ${g.d}² = ${g.d * g.d}: ${g.r * g.r + g.t * g.t === g.d * g.d ? 'equal, so yes' : 'different, so no'}.`,
  ],
};

/**
 * "Is MN parallel to BC?" from AM, MB, AN, NC: yes exactly when AM/MB = AN/NC (converse of the
 * intercept theorem). The shape of the triangle is a free choice and cannot change the answer.
 */
export const parallelRelation: Family<{ am: number; mb: number; an: number; nc: number }> = {
  name: 'parallel-relation',
  kind: 'relation',
  unit: undefined,
  depth: 3,
  sample: (rng) => {
    const p = rng.int(1, 4);
    const q = rng.int(1, 4);
    const u = rng.int(1, 3);
    const w = rng.int(1, 3);
    const g = { am: p * u, mb: q * u, an: p * w, nc: q * w };
    if (rng.chance(0.5)) return g;
    const nc = g.nc + (g.nc > 1 && rng.chance(0.5) ? -1 : 1);
    return { ...g, nc };
  },
  setup: (g, free) => {
    const fig = new Figure();
    triangleSAS(fig, ['A', 'B', 'C'], g.am + g.mb, g.an + g.nc, free.float(45, 95));
    fig.along('M', 'A', 'B', g.am / (g.am + g.mb), `M lies on AB with AM = ${g.am}.`);
    fig.along('N', 'A', 'C', g.an / (g.an + g.nc), `N lies on AC with AN = ${g.an}.`);
    fig.segment('M', 'N');
    const mn = v.sub(fig.p('N'), fig.p('M'));
    const bc = v.sub(fig.p('C'), fig.p('B'));
    return {
      fig,
      facts: [lengthFact('A', 'M', g.am), lengthFact('M', 'B', g.mb), lengthFact('A', 'N', g.an), lengthFact('N', 'C', g.nc)],
      marks: [],
      measured: Math.abs(v.cross(mn, bc)) / (v.len(mn) * v.len(bc)) < 1e-9,
      evidence: [segId('M', 'N'), segId('B', 'C'), 'pt-M', 'pt-N'],
    };
  },
  exact: (g) => g.am * g.nc === g.an * g.mb,
  describe: () => 'In triangle ABC, M lies on AB and N lies on AC.',
  ask: () => 'whether MN is parallel to BC',
  reasoning: (g) => [
    'MN ∥ BC exactly when AM/MB = AN/NC (intercept theorem and its converse).',
    `AM/MB = ${g.am}/${g.mb}, AN/NC = ${g.an}/${g.nc}: ${g.am * g.nc === g.an * g.mb ? 'equal, so yes' : 'different, so no'}.`,
  ],
};

