import { DEG, Figure, parallelogram, regularPolygon } from '../construct.js';
import { circleId, segId } from '../diagram.js';
import { ex, type Exact } from '../exact.js';
import type { Family, Kind } from '../family.js';
import { angleFact, askAngle, askLength, lengthFact, right, ticks } from './notes.js';

type RectAsk = 'area' | 'perimeter' | 'diagonal';

/** Rectangle ABCD from two sides: area, perimeter or diagonal. */
export function rectangle(what: RectAsk): Family<{ w: number; h: number }> {
  const kind: Kind = what === 'diagonal' ? 'length' : what;
  return {
    name: `rectangle-${what}`,
    kind,
    unit: what === 'area' ? 'cm^2' : 'cm',
    depth: what === 'diagonal' ? 2 : 1,
    sample: (rng) => {
      const w = rng.int(3, 15);
      let h = rng.int(2, 12);
      if (h === w) h++;
      return Math.max(w, h) / Math.min(w, h) > 3.2 ? { w, h: Math.ceil(w / 2) } : { w, h };
    },
    setup: (g) => {
      const fig = new Figure();
      parallelogram(fig, ['A', 'B', 'C', 'D'], g.w, g.h, 90);
      if (what === 'diagonal') fig.segment('A', 'C');
      return {
        fig,
        facts: [lengthFact('A', 'B', g.w), lengthFact('B', 'C', g.h)],
        marks: [right('D', 'A', 'B'), right('A', 'B', 'C'), right('B', 'C', 'D'), right('C', 'D', 'A')],
        unknown: what === 'diagonal' ? askLength('A', 'C') : undefined,
        measured: what === 'area' ? fig.area(['A', 'B', 'C', 'D']) : what === 'perimeter' ? 2 * (fig.length('A', 'B') + fig.length('B', 'C')) : fig.length('A', 'C'),
        evidence: [segId('A', 'B'), segId('B', 'C'), segId('C', 'D'), segId('D', 'A')],
      };
    },
    exact: (g) => (what === 'area' ? ex.int(g.w * g.h) : what === 'perimeter' ? ex.int(2 * (g.w + g.h)) : ex.sqrt(g.w * g.w + g.h * g.h)),
    describe: () => 'ABCD is a rectangle.',
    ask: () => (what === 'area' ? 'the area of ABCD in cm²' : what === 'perimeter' ? 'the perimeter of ABCD in cm' : 'the length of the diagonal AC in cm'),
    reasoning: (g) =>
      what === 'area' ? [`Area = AB · BC = ${g.w} · ${g.h} = ${g.w * g.h}.`] : what === 'perimeter' ? [`Perimeter = 2(AB + BC) = 2(${g.w} + ${g.h}) = ${2 * (g.w + g.h)}.`] : ['Angle B is right, so AC² = AB² + BC².', `AC = √(${g.w}² + ${g.h}²) = ${ex.sqrt(g.w * g.w + g.h * g.h).toText()}.`],
    distractors: (g) => [ex.int(g.w + g.h), ex.int(g.w * g.h * 2), ex.int(2 * (g.w + g.h) + 2), ex.sqrt(g.w * g.w + g.h * g.h)],
  };
}

/**
 * Two parallel lines AB ∥ CD cut by a transversal at E and F. Given ∠BEF, ask an angle at F:
 * alternate (∠EFC = ∠BEF) or co-interior (∠EFD = 180° − ∠BEF).
 */
export const transversal: Family<{ alpha: number; coInterior: boolean }> = {
  name: 'parallel-transversal',
  kind: 'angle',
  unit: 'deg',
  depth: 2,
  sample: (rng) => ({ alpha: rng.int(7, 29) * 5, coInterior: rng.chance(0.5) }),
  setup: (g, free) => {
    const fig = new Figure();
    const h = free.float(4, 6);
    // E at x = 0 on line AB (y = h); F, where the transversal meets CD (y = 0), lies h·cot α to its side.
    const fx = h / Math.tan(g.alpha * DEG);
    const left = Math.min(0, fx) - free.float(3, 5);
    const right = Math.max(0, fx) + free.float(3, 5);
    fig.free('A', [left, h], 'Draw line AB.');
    fig.free('B', [right, h], 'B lies on line AB.');
    fig.along('E', 'A', 'B', -left / (right - left), 'E lies on AB.');
    fig.ray('F', 'E', 'B', -g.alpha, h / Math.sin(g.alpha * DEG), `Draw the transversal EF at ${g.alpha}° to EB.`);
    fig.parallel('C', 'F', 'B', 'A', fx - left);
    fig.parallel('D', 'F', 'A', 'B', right - fx);
    fig.segment('A', 'B');
    fig.segment('C', 'D');
    fig.segment('E', 'F', { extend: 40 });
    return {
      fig,
      facts: [angleFact('B', 'E', 'F', g.alpha)],
      marks: [
        { kind: 'parallel', a: 'A', b: 'B', count: 1, id: 'par-AB' },
        { kind: 'parallel', a: 'C', b: 'D', count: 1, id: 'par-CD' },
      ],
      unknown: g.coInterior ? askAngle('E', 'F', 'D') : askAngle('E', 'F', 'C'),
      measured: g.coInterior ? fig.angle('E', 'F', 'D') : fig.angle('E', 'F', 'C'),
      evidence: [segId('A', 'B'), segId('C', 'D'), segId('E', 'F')],
    };
  },
  exact: (g) => ex.int(g.coInterior ? 180 - g.alpha : g.alpha),
  describe: () => 'Lines AB and CD are parallel; a transversal meets AB at E and CD at F.',
  ask: (g) => (g.coInterior ? 'the measure of angle EFD in degrees' : 'the measure of angle EFC in degrees'),
  reasoning: (g) => (g.coInterior ? ['∠BEF and ∠EFD are co-interior angles between parallel lines, so they sum to 180°.', `∠EFD = 180° − ${g.alpha}° = ${180 - g.alpha}°.`] : ['∠BEF and ∠EFC are alternate angles between parallel lines, so they are equal.', `∠EFC = ${g.alpha}°.`]),
  distractors: (g) => [ex.int(g.coInterior ? g.alpha : 180 - g.alpha), ex.int(Math.abs(90 - g.alpha) || 45), ex.int(360 - 2 * g.alpha > 0 && 360 - 2 * g.alpha !== g.alpha ? 360 - 2 * g.alpha : 20)],
};

/** Regular hexagon with side s: the short diagonal AC = s√3 or the area 3√3 s² / 2. */
export function hexagon(area: boolean): Family<{ s: number }> {
  const value = (s: number): Exact => (area ? ex.sqrt(3).mul(ex.rat(3 * s * s, 2)) : ex.sqrt(3).mul(ex.int(s)));
  return {
    name: area ? 'hexagon-area' : 'hexagon-diagonal',
    kind: area ? 'area' : 'length',
    unit: area ? 'cm^2' : 'cm',
    depth: 3,
    sample: (rng) => ({ s: rng.int(2, 12) }),
    setup: (g, free) => {
      const fig = new Figure();
      regularPolygon(fig, ['A', 'B', 'C', 'D', 'E', 'F'], g.s, free.float(0, Math.PI / 3));
      if (!area) fig.segment('A', 'C');
      return {
        fig,
        facts: [lengthFact('A', 'B', g.s)],
        marks: [],
        unknown: area ? undefined : askLength('A', 'C'),
        measured: area ? fig.area(['A', 'B', 'C', 'D', 'E', 'F']) : fig.length('A', 'C'),
        evidence: ['A', 'B', 'C', 'D', 'E', 'F'].map((p, i, all) => segId(p, all[(i + 1) % 6])),
      };
    },
    exact: (g) => value(g.s),
    describe: () => 'ABCDEF is a regular hexagon.',
    ask: () => (area ? 'the area of ABCDEF in cm²' : 'the length of the diagonal AC in cm'),
    reasoning: (g) =>
      area
        ? ['A regular hexagon splits into 6 equilateral triangles of side s.', `Area = 6 · (√3/4) · ${g.s}² = ${value(g.s).toText()}.`]
        : ['Each interior angle of a regular hexagon is 120°.', `By the law of cosines, AC² = 2s² − 2s² cos 120° = 3s², so AC = ${value(g.s).toText()}.`],
    distractors: (g) => (area ? [ex.sqrt(3).mul(ex.rat(g.s * g.s, 4)), ex.int(6 * g.s * g.s), ex.sqrt(3).mul(ex.int(3 * g.s * g.s))] : [ex.int(2 * g.s), ex.sqrt(2).mul(ex.int(g.s)), ex.sqrt(3).mul(ex.rat(g.s, 2))]),
  };
}

/** Equilateral triangle of side s in its circumcircle: the radius s√3/3, or the area inside the circle outside the triangle. */
export function equilateralCircle(region: boolean): Family<{ s: number }> {
  const R = (s: number) => ex.sqrt(3).mul(ex.rat(s, 3));
  const value = (s: number): Exact => (region ? ex.pi.mul(ex.rat(s * s, 3)).sub(ex.sqrt(3).mul(ex.rat(s * s, 4))) : R(s));
  return {
    name: region ? 'circumcircle-region' : 'circumradius',
    kind: region ? 'area' : 'length',
    unit: region ? 'cm^2' : 'cm',
    depth: region ? 4 : 3,
    sample: (rng) => ({ s: rng.int(2, 12) }),
    setup: (g, free) => {
      const fig = new Figure();
      regularPolygon(fig, ['A', 'B', 'C'], g.s, free.float(0, 2 * Math.PI));
      const c = fig.circumcenter('O', 'A', 'B', 'C');
      if (!region) fig.segment('O', 'A');
      return {
        fig,
        facts: [lengthFact('A', 'B', g.s)],
        marks: [ticks('A', 'B', 1), ticks('B', 'C', 1), ticks('C', 'A', 1)],
        unknown: region ? undefined : askLength('O', 'A'),
        measured: region ? Math.PI * c.r * c.r - fig.area(['A', 'B', 'C']) : c.r,
        evidence: [circleId('O'), segId('A', 'B'), segId('B', 'C'), segId('C', 'A')],
      };
    },
    exact: (g) => value(g.s),
    describe: () => 'ABC is an equilateral triangle inscribed in the circle with centre O.',
    ask: () => (region ? 'the area inside the circle but outside triangle ABC in cm²' : 'the radius OA of the circle in cm'),
    reasoning: (g) => [
      `The circumradius of an equilateral triangle is R = s/√3 = ${R(g.s).toText()}.`,
      ...(region ? [`Circle area πR² = ${ex.pi.mul(ex.rat(g.s * g.s, 3)).toText()}; triangle area (√3/4)s² = ${ex.sqrt(3).mul(ex.rat(g.s * g.s, 4)).toText()}.`, `Difference = ${value(g.s).toText()}.`] : []),
    ],
    distractors: (g) => (region ? [ex.pi.mul(ex.rat(g.s * g.s, 3)), ex.pi.mul(ex.int(g.s * g.s)).sub(ex.sqrt(3).mul(ex.rat(g.s * g.s, 4))), ex.pi.mul(ex.rat(g.s * g.s, 4)).sub(ex.sqrt(3).mul(ex.rat(g.s * g.s, 4)))] : [ex.sqrt(3).mul(ex.rat(g.s, 2)), ex.sqrt(3).mul(ex.rat(g.s, 6)), ex.rat(g.s, 2)]),
  };
}

/** Square of side s with its inscribed circle: area inside the square outside the circle. */
export const squareMinusCircle: Family<{ s: number }> = {
  name: 'square-minus-circle',
  kind: 'area',
  unit: 'cm^2',
  depth: 3,
  sample: (rng) => ({ s: rng.int(2, 14) }),
  setup: (g) => {
    const fig = new Figure();
    parallelogram(fig, ['A', 'B', 'C', 'D'], g.s, g.s, 90);
    fig.free('O', [g.s / 2, g.s / 2], 'O is the centre of the square.');
    const c = fig.circle('O', g.s / 2, 'Draw the circle inscribed in ABCD.');
    return {
      fig,
      facts: [lengthFact('A', 'B', g.s)],
      marks: [right('D', 'A', 'B'), right('A', 'B', 'C')],
      measured: fig.area(['A', 'B', 'C', 'D']) - Math.PI * c.r * c.r,
      evidence: [circleId('O'), segId('A', 'B'), segId('B', 'C'), segId('C', 'D'), segId('D', 'A')],
    };
  },
  exact: (g) => ex.int(g.s * g.s).sub(ex.pi.mul(ex.rat(g.s * g.s, 4))),
  describe: () => 'ABCD is a square and the circle with centre O touches all four sides.',
  ask: () => 'the area inside the square but outside the circle in cm²',
  reasoning: (g) => [`The circle's diameter equals the side, so r = ${g.s}/2.`, `Area = ${g.s}² − π(${g.s}/2)² = ${(squareMinusCircle.exact(g) as Exact).toText()}.`],
  distractors: (g) => [ex.int(g.s * g.s).sub(ex.pi.mul(ex.int(g.s * g.s))), ex.pi.mul(ex.rat(g.s * g.s, 4)), ex.int(g.s * g.s).sub(ex.pi.mul(ex.rat(g.s * g.s, 2)))],
};


/** Rhombus from its half-diagonals: the diagonals bisect each other at right angles, so AB = √(AO² + BO²). */
export const rhombus: Family<{ p: number; q: number }> = {
  name: 'rhombus-perimeter',
  kind: 'perimeter',
  unit: 'cm',
  depth: 3,
  sample: (rng) => {
    const p = rng.int(2, 9);
    let q = rng.int(2, 9);
    if (q === p) q = p + 1;
    return Math.max(p, q) / Math.min(p, q) > 3 ? { p, q: Math.ceil(p / 2) + 1 } : { p, q };
  },
  setup: (g) => {
    const fig = new Figure();
    fig.free('A', [0, 0], 'Place A.');
    fig.free('C', [2 * g.p, 0], `Draw diagonal AC = ${2 * g.p}.`);
    fig.midpoint('M', 'A', 'C');
    fig.hide('M');
    fig.perpendicular('B', 'M', 'A', 'C', -g.q);
    fig.perpendicular('D', 'M', 'A', 'C', g.q);
    fig.intersect('O', 'A', 'C', 'B', 'D');
    fig.polygon(['A', 'B', 'C', 'D']);
    fig.segment('A', 'C');
    fig.segment('B', 'D');
    return {
      fig,
      facts: [lengthFact('A', 'O', g.p), lengthFact('B', 'O', g.q)],
      marks: [right('A', 'O', 'B')],
      measured: fig.length('A', 'B') + fig.length('B', 'C') + fig.length('C', 'D') + fig.length('D', 'A'),
      evidence: [segId('A', 'B'), segId('B', 'C'), segId('C', 'D'), segId('D', 'A'), segId('A', 'C'), segId('B', 'D'), 'pt-O'],
    };
  },
  exact: (g) => ex.sqrt(g.p * g.p + g.q * g.q).mul(ex.int(4)),
  describe: () => 'ABCD is a rhombus whose diagonals AC and BD meet at O.',
  ask: () => 'the perimeter of ABCD in cm',
  reasoning: (g) => ['The diagonals of a rhombus bisect each other at right angles.', `AB = √(AO² + BO²) = √(${g.p}² + ${g.q}²) = ${ex.sqrt(g.p * g.p + g.q * g.q).toText()}.`, `Perimeter = 4·AB = ${ex.sqrt(g.p * g.p + g.q * g.q).mul(ex.int(4)).toText()}.`],
  distractors: (g) => [ex.sqrt(g.p * g.p + g.q * g.q), ex.int(4 * (g.p + g.q)), ex.sqrt(g.p * g.p + g.q * g.q).mul(ex.int(8))],
};
