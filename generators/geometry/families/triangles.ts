import type { Rng } from '../../../core/rng.js';
import { DEG, Figure, triangleASA, triangleSAS, triangleSSS } from '../construct.js';
import { segId } from '../diagram.js';
import { ex, type Exact } from '../exact.js';
import type { Family } from '../family.js';
import { angleFact, askAngle, askLength, lengthFact, num, right, ticks, TRIPLES } from './notes.js';

/** ∠C from ∠A and ∠B (angle sum). */
export const angleSum: Family<{ a: number; b: number }> = {
  name: 'triangle-angle-sum',
  kind: 'angle',
  unit: 'deg',
  depth: 1,
  sample: (rng) => {
    const a = rng.int(6, 20) * 5;
    return { a, b: rng.int(5, Math.min(20, (180 - a - 30) / 5)) * 5 };
  },
  setup: (g, free) => {
    const fig = new Figure();
    triangleASA(fig, ['A', 'B', 'C'], free.float(6, 10), g.a, g.b);
    return {
      fig,
      facts: [angleFact('C', 'A', 'B', g.a), angleFact('A', 'B', 'C', g.b)],
      marks: [],
      unknown: askAngle('A', 'C', 'B'),
      measured: fig.angle('A', 'C', 'B'),
      evidence: [segId('A', 'B'), segId('B', 'C'), segId('C', 'A')],
    };
  },
  exact: (g) => ex.int(180 - g.a - g.b),
  describe: () => 'ABC is a triangle.',
  ask: () => 'the measure of angle ACB in degrees',
  reasoning: (g) => [`The angles of a triangle sum to 180°.`, `∠ACB = 180° − ${g.a}° − ${g.b}° = ${180 - g.a - g.b}°.`],
  distractors: (g) => [ex.int(180 - g.a), ex.int(180 - g.b), ex.int(Math.abs(g.a - g.b) || 90)],
};


/** Hypotenuse (or a leg) of a right triangle; `surd` picks legs whose hypotenuse is irrational. */
export function pythagoras(surd: boolean): Family<{ a: number; b: number; askLeg: boolean }> {
  return {
    name: surd ? 'right-triangle-surd' : 'right-triangle',
    kind: 'length',
    unit: 'cm',
    depth: surd ? 2 : 1,
    sample: (rng) => {
      if (!surd) {
        const [a, b] = rng.pick(TRIPLES);
        return rng.chance(0.5) ? { a, b, askLeg: rng.chance(0.4) } : { a: b, b: a, askLeg: rng.chance(0.4) };
      }
      for (;;) {
        const a = rng.int(2, 12);
        const b = rng.int(2, 12);
        const h = Math.sqrt(a * a + b * b);
        if (!Number.isInteger(h) && Math.max(a, b) / Math.min(a, b) < 3) return { a, b, askLeg: false };
      }
    },
    setup: (g) => {
      const fig = new Figure();
      fig.free('C', [0, 0], 'Place C.');
      fig.free('A', [g.b, 0], `Draw CA = ${g.b}.`);
      fig.free('B', [0, g.a], `Draw CB = ${g.a} perpendicular to CA.`);
      fig.polygon(['A', 'B', 'C']);
      // Asking for leg CA: the hypotenuse AB and leg BC are given.
      const hyp = Math.hypot(g.a, g.b);
      const facts = g.askLeg ? [lengthFact('B', 'C', g.a), lengthFact('A', 'B', hyp)] : [lengthFact('B', 'C', g.a), lengthFact('C', 'A', g.b)];
      return {
        fig,
        facts,
        marks: [right('A', 'C', 'B')],
        unknown: g.askLeg ? askLength('C', 'A') : askLength('A', 'B'),
        measured: g.askLeg ? fig.length('C', 'A') : fig.length('A', 'B'),
        evidence: [segId('A', 'B'), segId('B', 'C'), segId('C', 'A')],
      };
    },
    exact: (g) => (g.askLeg ? ex.int(g.b) : ex.sqrt(g.a * g.a + g.b * g.b)),
    describe: () => 'ABC is a triangle with a right angle at C.',
    ask: (g) => (g.askLeg ? 'the length of CA in cm' : 'the length of AB in cm'),
    reasoning: (g) =>
      g.askLeg
        ? ['By Pythagoras, CA² = AB² − BC².', `CA = √(${num(Math.hypot(g.a, g.b))}² − ${g.a}²) = ${g.b}.`]
        : ['By Pythagoras, AB² = BC² + CA².', `AB = √(${g.a}² + ${g.b}²) = ${ex.sqrt(g.a * g.a + g.b * g.b).toText()}.`],
    distractors: (g) => (g.askLeg ? [ex.int(g.a + g.b), ex.sqrt(g.a * g.a + g.b * g.b + g.b * g.b), ex.int(g.b + 1)] : [ex.int(g.a + g.b), ex.sqrt(Math.abs(g.a * g.a - g.b * g.b) || 2), ex.sqrt(g.a * g.a + g.b * g.b).mul(ex.rat(1, 2))]),
  };
}

/** Base angle of an isosceles triangle from its apex angle (equal sides shown by ticks). */
export const isosceles: Family<{ apex: number }> = {
  name: 'isosceles-base-angle',
  kind: 'angle',
  unit: 'deg',
  depth: 2,
  sample: (rng) => ({ apex: rng.int(15, 65) * 2 }),
  setup: (g, free) => {
    const fig = new Figure();
    const leg = free.float(6, 10);
    triangleSAS(fig, ['A', 'B', 'C'], leg, leg, g.apex);
    return {
      fig,
      facts: [angleFact('B', 'A', 'C', g.apex)],
      marks: [ticks('A', 'B', 1), ticks('C', 'A', 1)],
      unknown: askAngle('A', 'B', 'C'),
      measured: fig.angle('A', 'B', 'C'),
      evidence: [segId('A', 'B'), segId('C', 'A'), segId('B', 'C')],
    };
  },
  exact: (g) => ex.rat(180 - g.apex, 2),
  describe: () => 'ABC is a triangle with AB = AC.',
  ask: () => 'the measure of angle ABC in degrees',
  reasoning: (g) => ['AB = AC, so the base angles ∠ABC and ∠ACB are equal.', `∠ABC = (180° − ${g.apex}°) / 2 = ${(180 - g.apex) / 2}°.`],
  distractors: (g) => [ex.int(180 - g.apex), ex.int(g.apex), ex.int(90 - g.apex / 2 + 10)],
};

/** Midsegment MN of triangle ABC is half of BC (or BC twice MN). */
export const midsegment: Family<{ bc: number; askBC: boolean }> = {
  name: 'midsegment',
  kind: 'length',
  unit: 'cm',
  depth: 2,
  sample: (rng) => ({ bc: rng.int(4, 24), askBC: rng.chance(0.4) }),
  setup: (g, free) => {
    const fig = new Figure();
    // Free choices: the apex A anywhere reasonable above BC.
    fig.free('B', [0, 0], 'Place B.');
    fig.free('C', [g.bc, 0], `Draw BC = ${g.bc}.`);
    fig.free('A', [g.bc * free.float(0.2, 0.8), g.bc * free.float(0.6, 1.1)], 'Place A above BC.');
    fig.polygon(['A', 'B', 'C']);
    fig.midpoint('M', 'A', 'B');
    fig.midpoint('N', 'A', 'C');
    fig.segment('M', 'N');
    const mn = g.bc / 2;
    return {
      fig,
      facts: [g.askBC ? lengthFact('M', 'N', mn) : lengthFact('B', 'C', g.bc)],
      marks: [ticks('A', 'M', 1), ticks('M', 'B', 1), ticks('A', 'N', 2), ticks('N', 'C', 2)],
      unknown: g.askBC ? askLength('B', 'C') : askLength('M', 'N'),
      measured: g.askBC ? fig.length('B', 'C') : fig.length('M', 'N'),
      evidence: [segId('M', 'N'), segId('B', 'C'), segId('A', 'B'), segId('C', 'A')],
    };
  },
  exact: (g) => (g.askBC ? ex.int(g.bc) : ex.rat(g.bc, 2)),
  describe: () => 'In triangle ABC, M is the midpoint of AB and N is the midpoint of AC.',
  ask: (g) => (g.askBC ? 'the length of BC in cm' : 'the length of MN in cm'),
  reasoning: (g) => ['MN joins the midpoints of two sides, so MN ∥ BC and MN = BC / 2 (midsegment theorem).', g.askBC ? `BC = 2 · ${num(g.bc / 2)} = ${g.bc}.` : `MN = ${g.bc} / 2 = ${num(g.bc / 2)}.`],
  distractors: (g) => (g.askBC ? [ex.rat(g.bc, 4), ex.rat(3 * g.bc, 2), ex.int(g.bc + 2)] : [ex.int(g.bc), ex.rat(g.bc, 3), ex.rat(g.bc, 4)]),
};

/** Triangles with integer sides that are not too flat to draw. */
function sampleSides(rng: Rng): [number, number, number] {
  for (;;) {
    const a = rng.int(4, 15);
    const b = rng.int(4, 15);
    const c = rng.int(4, 15);
    const [x, y, z] = [a, b, c].sort((p, q) => p - q);
    if (x + y <= z + 1) continue;
    const cosines = [[a, b, c], [b, c, a], [c, a, b]].map(([p, q, r]) => (p * p + q * q - r * r) / (2 * p * q));
    if (cosines.every((k) => k > Math.cos(130 * DEG) && k < Math.cos(28 * DEG))) return [a, b, c];
  }
}

/** BD on BC cut by the bisector from A: BD = BC·AB/(AB+AC); or the ratio BD:DC. */
export const bisector = (ratio: boolean): Family<{ a: number; b: number; c: number; ratio: boolean }> => ({
  name: ratio ? 'bisector-ratio' : 'bisector-length',
  kind: ratio ? 'ratio' : 'length',
  unit: ratio ? undefined : 'cm',
  depth: 3,
  sample: (rng) => {
    for (;;) {
      const [a, b, c] = sampleSides(rng);
      // AB = AC would put D at the midpoint: a ratio of 1 needs no theorem.
      if (b !== c) return { a, b, c, ratio };
    }
  },
  setup: (g) => {
    const fig = new Figure();
    triangleSSS(fig, ['A', 'B', 'C'], g.c, g.a, g.b);
    fig.bisectorFoot('D', 'B', 'A', 'C');
    fig.segment('A', 'D');
    const facts = [lengthFact('A', 'B', g.c), lengthFact('C', 'A', g.b)];
    if (!g.ratio) facts.push({ ...lengthFact('B', 'C', g.a), textOnly: true });
    return {
      fig,
      facts,
      marks: [
        { kind: 'angle', a: 'B', b: 'A', c: 'D', arcs: 2, id: 'half-BAD' },
        { kind: 'angle', a: 'D', b: 'A', c: 'C', arcs: 2, id: 'half-DAC' },
      ],
      // No "?" on BD: D splits BC, so a mark there could be read as BC or DC.
      unknown: undefined,
      measured: g.ratio ? fig.length('B', 'D') / fig.length('D', 'C') : fig.length('B', 'D'),
      evidence: [segId('A', 'D'), segId('B', 'C'), 'pt-D'],
    };
  },
  exact: (g) => (g.ratio ? ex.rat(g.c, g.b) : ex.rat(g.a * g.c, g.b + g.c)),
  describe: () => 'In triangle ABC, AD bisects angle BAC and meets BC at D.',
  ask: (g) => (g.ratio ? 'the ratio BD : DC (as a single number BD/DC)' : 'the length of BD in cm'),
  reasoning: (g) => ['By the angle bisector theorem, BD / DC = AB / AC.', g.ratio ? `BD / DC = ${g.c} / ${g.b} = ${ex.rat(g.c, g.b).toText()}.` : `BD = BC · AB / (AB + AC) = ${g.a} · ${g.c} / ${g.b + g.c} = ${ex.rat(g.a * g.c, g.b + g.c).toText()}.`],
  distractors: (g) => (g.ratio ? [ex.rat(g.b, g.c), ex.rat(g.c, g.a), ex.rat(g.b, g.a)] : [ex.rat(g.a * g.b, g.b + g.c), ex.rat(g.a, 2), ex.rat(g.a * g.c, g.b)]),
});

/** Inradius r = area / s from three sides (Heron). */
export const inradius: Family<{ a: number; b: number; c: number }> = {
  name: 'inradius',
  kind: 'length',
  unit: 'cm',
  depth: 3,
  sample: (rng) => {
    const [a, b, c] = sampleSides(rng);
    return { a, b, c };
  },
  setup: (g) => {
    const fig = new Figure();
    triangleSSS(fig, ['A', 'B', 'C'], g.c, g.a, g.b);
    const inc = fig.incenter('I', 'A', 'B', 'C');
    fig.foot('T', 'I', 'A', 'B');
    fig.segment('I', 'T', { dashed: true });
    return {
      fig,
      facts: [lengthFact('A', 'B', g.c), lengthFact('B', 'C', g.a), lengthFact('C', 'A', g.b)],
      marks: [right('I', 'T', 'B')],
      measured: inc.r,
      evidence: ['circle-I', segId('I', 'T'), 'pt-I'],
    };
  },
  exact: (g) => {
    // r² = (s−a)(s−b)(s−c)/s; with doubled sides everything stays an integer: r² = (P−2a)(P−2b)(P−2c)/(4P).
    const P = g.a + g.b + g.c;
    return ex.rat((P - 2 * g.a) * (P - 2 * g.b) * (P - 2 * g.c), 4 * P).sqrt();
  },
  describe: () => 'Circle I is inscribed in triangle ABC and touches AB at T.',
  ask: () => 'the radius IT of the inscribed circle in cm',
  reasoning: (g) => {
    const s = (g.a + g.b + g.c) / 2;
    return [`s = (${g.a} + ${g.b} + ${g.c}) / 2 = ${num(s)}.`, `Area = √(s(s−a)(s−b)(s−c)) by Heron's formula.`, `r = Area / s = ${(inradius.exact(g) as Exact).toText()}.`];
  },
  distractors: (g) => {
    const r = inradius.exact(g) as Exact;
    return [r.mul(ex.int(2)), r.mul(ex.rat(1, 2)), r.mul(ex.sqrt(2))];
  },
};

