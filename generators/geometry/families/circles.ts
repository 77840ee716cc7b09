import type { Rng } from '../../../core/rng.js';
import { DEG, Figure, v } from '../construct.js';
import { circleId, segId } from '../diagram.js';
import { ex, type Exact } from '../exact.js';
import type { Family } from '../family.js';
import { angleFact, askAngle, askLength, lengthFact, num, right } from './notes.js';

/** Circle O with radius r and two radii OA, OB at central angle θ; A at polar angle `start`. */
function radii(r: number, theta: number, start: number): Figure {
  const fig = new Figure();
  fig.free('O', [0, 0], 'Place the centre O.');
  const c = fig.circle('O', r);
  fig.onCircle('A', c, start);
  fig.onCircle('B', c, start + theta * DEG);
  fig.segment('O', 'A');
  fig.segment('O', 'B');
  return fig;
}

const NICE_ANGLES = [30, 36, 40, 45, 60, 72, 80, 90, 100, 120, 135, 150];

/** Arc length or sector area from radius and central angle. */
export const sector = (area: boolean): Family<{ r: number; theta: number; area: boolean }> => ({
  name: area ? 'sector-area' : 'arc-length',
  kind: area ? 'area' : 'length',
  unit: area ? 'cm^2' : 'cm',
  depth: 2,
  sample: (rng) => ({ r: rng.int(2, 12), theta: rng.pick(NICE_ANGLES), area }),
  setup: (g, free) => {
    const fig = radii(g.r, g.theta, free.float(0, 2 * Math.PI));
    const t = fig.angle('A', 'O', 'B') * DEG;
    return {
      fig,
      facts: [lengthFact('O', 'A', g.r), angleFact('A', 'O', 'B', g.theta)],
      marks: [],
      measured: g.area ? (g.r * g.r * t) / 2 : g.r * t,
      evidence: [circleId('O'), segId('O', 'A'), segId('O', 'B')],
    };
  },
  exact: sectorValue,
  describe: () => 'O is the centre of the circle; A and B lie on it.',
  ask: (g) => (g.area ? 'the area of the smaller sector AOB in cm²' : 'the length of the minor arc AB in cm'),
  reasoning: (g) =>
    g.area
      ? [`Sector area = π r² · θ / 360° = π · ${g.r}² · ${g.theta} / 360 = ${sectorValue(g).toText()}.`]
      : [`Arc length = 2π r · θ / 360° = 2π · ${g.r} · ${g.theta} / 360 = ${sectorValue(g).toText()}.`],
  distractors: (g) => {
    const x = sectorValue(g);
    return [x.mul(ex.int(2)), x.mul(ex.rat(1, 2)), g.area ? ex.pi.mul(ex.rat(g.r * g.theta, 180)) : ex.pi.mul(ex.rat(g.r * g.r * g.theta, 360))];
  },
});

function sectorValue(g: { r: number; theta: number; area: boolean }): Exact {
  return g.area ? ex.pi.mul(ex.rat(g.r * g.r * g.theta, 360)) : ex.pi.mul(ex.rat(g.r * g.theta, 180));
}

/** Inscribed angle is half the central angle on the same arc. */
export const inscribed: Family<{ central: number; askCentral: boolean }> = {
  name: 'inscribed-angle',
  kind: 'angle',
  unit: 'deg',
  depth: 2,
  sample: (rng) => ({ central: rng.int(8, 30) * 5, askCentral: rng.chance(0.5) }),
  setup: (g, free) => {
    const r = free.float(5, 8);
    const start = free.float(0, 2 * Math.PI);
    const fig = radii(r, g.central, start);
    // Free choice: C anywhere on the major arc, away from A and B.
    const margin = 25;
    fig.onCircle('C', { center: 'O', r }, start + (g.central + margin + free.next() * (360 - g.central - 2 * margin)) * DEG);
    fig.segment('C', 'A');
    fig.segment('C', 'B');
    return {
      fig,
      facts: [g.askCentral ? angleFact('A', 'C', 'B', g.central / 2) : angleFact('A', 'O', 'B', g.central)],
      marks: [],
      unknown: g.askCentral ? askAngle('A', 'O', 'B') : askAngle('A', 'C', 'B'),
      measured: g.askCentral ? fig.angle('A', 'O', 'B') : fig.angle('A', 'C', 'B'),
      evidence: [circleId('O'), segId('C', 'A'), segId('C', 'B'), segId('O', 'A'), segId('O', 'B')],
    };
  },
  exact: (g) => (g.askCentral ? ex.int(g.central) : ex.rat(g.central, 2)),
  describe: () => 'O is the centre of the circle; A, B and C lie on it.',
  ask: (g) => (g.askCentral ? 'the measure of angle AOB in degrees' : 'the measure of angle ACB in degrees'),
  reasoning: (g) => ['∠ACB and ∠AOB stand on the same arc AB, so ∠AOB = 2·∠ACB (inscribed angle theorem).', g.askCentral ? `∠AOB = 2 · ${num(g.central / 2)}° = ${g.central}°.` : `∠ACB = ${g.central}° / 2 = ${num(g.central / 2)}°.`],
  distractors: (g) => (g.askCentral ? [ex.rat(g.central, 4), ex.rat(360 - g.central, 2), ex.int(360 - g.central)] : [ex.int(g.central), ex.rat(360 - g.central, 2), ex.int(180 - g.central)]),
};

/** Tangent length PT = √(OP² − r²) from an external point. */
export const tangentLength: Family<{ r: number; d: number }> = {
  name: 'tangent-length',
  kind: 'length',
  unit: 'cm',
  depth: 2,
  sample: (rng) => {
    const r = rng.int(2, 9);
    return { r, d: rng.int(Math.ceil(r * 1.4), Math.floor(r * 3)) };
  },
  setup: (g, free) => {
    const fig = new Figure();
    fig.free('O', [0, 0], 'Place the centre O.');
    const c = fig.circle('O', g.r);
    fig.free('P', v.polar(g.d, free.float(0, 2 * Math.PI)), `Place P with OP = ${g.d}.`);
    const [T] = fig.tangentPoints(['T', 'T2'], 'P', c);
    fig.points.delete('T2');
    fig.shown.delete('T2');
    fig.segment('O', 'T');
    fig.segment('P', 'T');
    fig.segment('O', 'P');
    return {
      fig,
      facts: [lengthFact('O', 'T', g.r), lengthFact('O', 'P', g.d)],
      marks: [right('O', 'T', 'P')],
      unknown: askLength('P', 'T'),
      measured: v.dist(T, fig.p('P')),
      evidence: [circleId('O'), segId('P', 'T'), segId('O', 'T'), segId('O', 'P')],
    };
  },
  exact: (g) => ex.sqrt(g.d * g.d - g.r * g.r),
  describe: () => 'PT is tangent at T to the circle with centre O.',
  ask: () => 'the length of PT in cm',
  reasoning: (g) => ['A tangent is perpendicular to the radius at the point of contact, so ∠OTP = 90°.', `PT = √(OP² − OT²) = √(${g.d}² − ${g.r}²) = ${ex.sqrt(g.d * g.d - g.r * g.r).toText()}.`],
  distractors: (g) => [ex.sqrt(g.d * g.d + g.r * g.r), ex.int(g.d - g.r), ex.int(g.d + g.r)],
};

/** Chord length AB = 2√(r² − d²) from the radius and the distance OM of the chord from O. */
export const chord: Family<{ r: number; d: number }> = {
  name: 'chord-length',
  kind: 'length',
  unit: 'cm',
  depth: 3,
  sample: (rng) => {
    const r = rng.int(4, 13);
    return { r, d: rng.int(1, Math.floor(r * 0.75)) };
  },
  setup: (g, free) => {
    const fig = new Figure();
    fig.free('O', [0, 0], 'Place the centre O.');
    const c = fig.circle('O', g.r);
    const dir = free.float(0, 2 * Math.PI);
    const half = Math.acos(g.d / g.r);
    fig.onCircle('A', c, dir + half);
    fig.onCircle('B', c, dir - half);
    fig.segment('A', 'B');
    fig.foot('M', 'O', 'A', 'B');
    fig.segment('O', 'M');
    fig.segment('O', 'A');
    return {
      fig,
      facts: [lengthFact('O', 'A', g.r), lengthFact('O', 'M', g.d)],
      marks: [right('O', 'M', 'B')],
      // No "?" on AB: M splits it, so a mark there could be read as AM.
      measured: fig.length('A', 'B'),
      evidence: [circleId('O'), segId('A', 'B'), segId('O', 'M'), segId('O', 'A')],
    };
  },
  exact: (g) => ex.sqrt(g.r * g.r - g.d * g.d).mul(ex.int(2)),
  describe: () => 'O is the centre of the circle; AB is a chord and M is the foot of the perpendicular from O to AB.',
  ask: () => 'the length of the chord AB in cm',
  reasoning: (g) => ['The perpendicular from the centre bisects the chord, so AB = 2·AM.', `AM = √(OA² − OM²) = √(${g.r}² − ${g.d}²).`, `AB = ${(chord.exact(g) as Exact).toText()}.`],
  distractors: (g) => [ex.sqrt(g.r * g.r - g.d * g.d), ex.sqrt(g.r * g.r + g.d * g.d).mul(ex.int(2)), ex.int(2 * (g.r - g.d))],
};

const SIN: Record<number, Exact> = { 30: ex.rat(1, 2), 60: ex.sqrt(3).mul(ex.rat(1, 2)), 90: ex.int(1), 120: ex.sqrt(3).mul(ex.rat(1, 2)), 150: ex.rat(1, 2) };

/** Area of a circular segment: sector minus triangle OAB (two deductions combined). */
export const circularSegment: Family<{ r: number; theta: number }> = {
  name: 'circular-segment',
  kind: 'area',
  unit: 'cm^2',
  depth: 4,
  sample: (rng: Rng) => ({ r: rng.int(2, 12), theta: rng.pick([60, 90, 120, 150]) }),
  setup: (g, free) => {
    const fig = radii(g.r, g.theta, free.float(0, 2 * Math.PI));
    fig.segment('A', 'B');
    const t = fig.angle('A', 'O', 'B') * DEG;
    return {
      fig,
      facts: [lengthFact('O', 'A', g.r), angleFact('A', 'O', 'B', g.theta)],
      marks: [],
      measured: (g.r * g.r * (t - Math.sin(t))) / 2,
      evidence: [circleId('O'), segId('A', 'B'), segId('O', 'A'), segId('O', 'B')],
    };
  },
  exact: (g) => ex.pi.mul(ex.rat(g.r * g.r * g.theta, 360)).sub(SIN[g.theta].mul(ex.rat(g.r * g.r, 2))),
  describe: () => 'O is the centre of the circle; A and B lie on it and AB is a chord.',
  ask: () => 'the area of the region between the chord AB and the minor arc AB in cm²',
  reasoning: (g) => [
    `Sector AOB has area π·${g.r}²·${g.theta}/360 = ${ex.pi.mul(ex.rat(g.r * g.r * g.theta, 360)).toText()}.`,
    `Triangle AOB has area ½·${g.r}²·sin ${g.theta}° = ${SIN[g.theta].mul(ex.rat(g.r * g.r, 2)).toText()}.`,
    `Segment = sector − triangle = ${(circularSegment.exact(g) as Exact).toText()}.`,
  ],
  distractors: (g) => [ex.pi.mul(ex.rat(g.r * g.r * g.theta, 360)), ex.pi.mul(ex.rat(g.r * g.r * g.theta, 360)).add(SIN[g.theta].mul(ex.rat(g.r * g.r, 2))), SIN[g.theta].mul(ex.rat(g.r * g.r, 2))],
};

/** Perimeter of kite OAPB formed by two tangents from P: 2r + 2√(d² − r²). */
export const tangentKite: Family<{ r: number; d: number }> = {
  name: 'tangent-kite',
  kind: 'perimeter',
  unit: 'cm',
  depth: 4,
  sample: (rng) => {
    const r = rng.int(2, 8);
    return { r, d: rng.int(Math.ceil(r * 1.5), Math.floor(r * 2.6)) };
  },
  setup: (g, free) => {
    const fig = new Figure();
    fig.free('O', [0, 0], 'Place the centre O.');
    const c = fig.circle('O', g.r);
    fig.free('P', v.polar(g.d, free.float(0, 2 * Math.PI)), `Place P with OP = ${g.d}.`);
    fig.tangentPoints(['A', 'B'], 'P', c);
    fig.polygon(['O', 'A', 'P', 'B']);
    fig.segment('O', 'P', { dashed: true });
    return {
      fig,
      facts: [lengthFact('O', 'A', g.r), lengthFact('O', 'P', g.d)],
      marks: [right('O', 'A', 'P'), right('O', 'B', 'P')],
      measured: fig.length('O', 'A') + fig.length('A', 'P') + fig.length('P', 'B') + fig.length('B', 'O'),
      evidence: [circleId('O'), segId('O', 'A'), segId('A', 'P'), segId('P', 'B'), segId('B', 'O'), segId('O', 'P')],
    };
  },
  exact: (g) => ex.int(2 * g.r).add(ex.sqrt(g.d * g.d - g.r * g.r).mul(ex.int(2))),
  describe: () => 'PA and PB are tangent to the circle with centre O at A and B.',
  ask: () => 'the perimeter of quadrilateral OAPB in cm',
  reasoning: (g) => [
    'Tangents are perpendicular to the radii OA and OB.',
    `PA = PB = √(OP² − OA²) = ${ex.sqrt(g.d * g.d - g.r * g.r).toText()} (equal tangents).`,
    `Perimeter = 2·${g.r} + 2·PA = ${(tangentKite.exact(g) as Exact).toText()}.`,
  ],
  distractors: (g) => [ex.int(2 * g.r + 2 * g.d), ex.int(2 * g.r).add(ex.sqrt(g.d * g.d - g.r * g.r)), ex.sqrt(g.d * g.d - g.r * g.r).mul(ex.int(2))],
};

/** Intersecting chords: AP·PB = CP·PD, so PD = AP·PB / CP (the angle between the chords is free). */
export const intersectingChords: Family<{ ap: number; pb: number; cp: number }> = {
  name: 'intersecting-chords',
  kind: 'length',
  unit: 'cm',
  depth: 3,
  sample: (rng) => {
    for (;;) {
      const ap = rng.int(2, 9);
      const pb = rng.int(2, 9);
      const cp = rng.int(2, 9);
      const pd = (ap * pb) / cp;
      if (cp !== ap && cp !== pb && pd >= 1.5 && pd <= 12) return { ap, pb, cp };
    }
  },
  setup: (g, free) => {
    const fig = new Figure();
    fig.free('A', [0, 0], 'Place A.');
    fig.free('B', [g.ap + g.pb, 0], `Draw chord AB = ${g.ap + g.pb}.`);
    fig.along('P', 'A', 'B', g.ap / (g.ap + g.pb), `P lies on AB with AP = ${g.ap}.`);
    fig.ray('C', 'P', 'A', free.float(45, 135), g.cp);
    fig.ray('D', 'P', 'C', 180, (g.ap * g.pb) / g.cp, 'D lies on line CP beyond P, on the circle through A, B and C.');
    const c = fig.circumcenter('O', 'A', 'B', 'C');
    fig.hide('O');
    fig.segment('A', 'B');
    fig.segment('C', 'D');
    return {
      fig,
      facts: [lengthFact('A', 'P', g.ap), lengthFact('P', 'B', g.pb), lengthFact('C', 'P', g.cp)],
      marks: [],
      unknown: askLength('P', 'D'),
      // D was placed by the theorem; measuring its distance from the circle checks that placement.
      measured: Math.abs(v.dist(fig.p('D'), fig.p('O')) - c.r) < 1e-9 * c.r ? fig.length('P', 'D') : NaN,
      evidence: [circleId('O'), segId('A', 'B'), segId('C', 'D'), 'pt-P'],
    };
  },
  exact: (g) => ex.rat(g.ap * g.pb, g.cp),
  describe: () => 'Chords AB and CD of the circle intersect at P.',
  ask: () => 'the length of PD in cm',
  reasoning: (g) => ['By the intersecting chords theorem, AP · PB = CP · PD.', `PD = ${g.ap} · ${g.pb} / ${g.cp} = ${ex.rat(g.ap * g.pb, g.cp).toText()}.`],
  distractors: (g) => [ex.rat(g.cp * g.pb, g.ap), ex.rat(g.ap * g.cp, g.pb), ex.int(Math.abs(g.ap + g.pb - g.cp) || 1)],
};
