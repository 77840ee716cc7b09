import type { Rng } from '../../../core/rng.js';
import { ConstructionError, DEG, Figure, triangleASA, triangleSAS, triangleSSS, v, type Vec } from '../construct.js';
import { segId } from '../diagram.js';
import type { Fact, Family } from '../family.js';
import { angleFact, lengthFact } from './notes.js';

type Criterion = 'SAS' | 'SSS' | 'ASA' | 'SSA';

/** Three givens per triangle, in the order the criterion names them. */
export interface CongruenceGivens {
  criterion: Criterion;
  first: [number, number, number];
  second: [number, number, number];
}

const FIRST: [string, string, string] = ['A', 'B', 'C'];
const SECOND: [string, string, string] = ['D', 'E', 'F'];

/**
 * SSA: side AB, side AC opposite the angle, angle at B. When AC < AB two triangles may fit; which
 * one is drawn is a free choice, so such givens do not determine congruence and the invariance
 * check throws them out, as a geometer would refuse to answer.
 */
function triangleSSA(f: Figure, [a, b, c]: [string, string, string], ab: number, ac: number, angleB: number, free: Rng): void {
  const s = Math.sin(angleB * DEG);
  const disc = ac * ac - ab * ab * s * s;
  if (disc <= 0) throw new ConstructionError(`no triangle with ${a}${b} = ${ab}, ${a}${c} = ${ac}, angle ${b} = ${angleB}°`);
  const roots = [ab * Math.cos(angleB * DEG) + Math.sqrt(disc), ab * Math.cos(angleB * DEG) - Math.sqrt(disc)].filter((t) => t > 1e-9);
  const t = roots.length > 1 && free.chance(0.5) ? roots[1] : roots[0];
  f.free(b, [0, 0], `Place ${b}.`);
  f.free(a, [ab, 0], `Draw ${b}${a} = ${ab}.`);
  f.free(c, v.polar(t, angleB * DEG), `Draw the ray from ${b} at ${angleB}° to ${b}${a} and mark ${c} on it with ${a}${c} = ${ac}.`);
  f.polygon([a, b, c]);
}

/** Builds one triangle from its three givens; returns the facts as written for it. */
function build(f: Figure, crit: Criterion, names: [string, string, string], x: [number, number, number], free: Rng): Fact[] {
  const [a, b, c] = names;
  switch (crit) {
    case 'SAS':
      triangleSAS(f, [b, a, c], x[0], x[1], x[2]);
      return [lengthFact(a, b, x[0]), lengthFact(b, c, x[1]), angleFact(a, b, c, x[2])];
    case 'SSS':
      triangleSSS(f, names, x[0], x[1], x[2]);
      return [lengthFact(a, b, x[0]), lengthFact(b, c, x[1]), lengthFact(c, a, x[2])];
    case 'ASA':
      triangleASA(f, names, x[0], x[1], x[2]);
      return [lengthFact(a, b, x[0]), angleFact(c, a, b, x[1]), angleFact(a, b, c, x[2])];
    case 'SSA':
      triangleSSA(f, names, x[0], x[1], x[2], free);
      return [lengthFact(a, b, x[0]), lengthFact(a, c, x[1]), angleFact(a, b, c, x[2])];
  }
}

/** Rotates the named points about their centroid, then puts their left edge at x = `left`; returns the right edge. */
function place(f: Figure, names: string[], theta: number, left: number): number {
  const pts = names.map((n) => f.p(n));
  const c: Vec = [pts.reduce((s, p) => s + p[0], 0) / 3, pts.reduce((s, p) => s + p[1], 0) / 3];
  const turned = pts.map((p) => v.rot(v.sub(p, c), theta));
  const minX = Math.min(...turned.map((p) => p[0]));
  names.forEach((n, i) => f.points.set(n, v.add(turned[i], [left - minX, 0])));
  return left - minX + Math.max(...turned.map((p) => p[0]));
}

function sortedSides(f: Figure, [a, b, c]: string[]): number[] {
  return [f.length(a, b), f.length(b, c), f.length(c, a)].sort((p, q) => p - q);
}

/** Whether three givens make a drawable triangle under the criterion (no sliver, no missing vertex). */
function drawable(crit: Criterion, x: [number, number, number]): boolean {
  if (crit === 'SSS') {
    const [p, q, r] = [...x].sort((m, n) => m - n);
    return p + q > r + 1.5;
  }
  if (crit === 'ASA') return x[1] >= 25 && x[2] >= 25 && x[1] + x[2] <= 150;
  if (x[2] < 25 || x[2] > 140) return false;
  if (crit === 'SAS') return true;
  // SSA: a vertex C exists on the ray only if AC reaches it, at a positive distance from B.
  const disc = x[1] * x[1] - (x[0] * Math.sin(x[2] * DEG)) ** 2;
  return disc > 0.25 && x[0] * Math.cos(x[2] * DEG) + Math.sqrt(disc) > 1;
}

function sampleValues(crit: Criterion, rng: Rng): [number, number, number] {
  const side = () => rng.int(4, 10);
  const angle = () => rng.int(7, 22) * 5;
  for (;;) {
    const x: [number, number, number] = crit === 'SSS' ? [side(), side(), side()] : crit === 'ASA' ? [side(), angle(), angle()] : [side(), side(), angle()];
    if (drawable(crit, x)) return x;
  }
}

/** "Are triangles ABC and DEF congruent?" from three givens each, under SAS, SSS, ASA or SSA. */
export const congruence: Family<CongruenceGivens> = {
  name: 'congruence-relation',
  kind: 'relation',
  unit: undefined,
  depth: 3,
  upright: true,
  sample: (rng) => {
    const criterion = rng.pick(['SAS', 'SSS', 'ASA', 'SSA'] as const);
    const first = sampleValues(criterion, rng);
    // SSA with AC < AB can fit two triangles: congruence would not follow, so such givens are not
    // asked (the invariance tests show the check rejecting them). AC ≥ AB keeps the triangle unique.
    if (criterion === 'SSA' && first[1] < first[0]) [first[0], first[1]] = [first[1], first[0]];
    let second: [number, number, number] = [...first];
    if (rng.chance(0.5)) {
      // Change one given of DEF (a side by one unit, an angle by 5° or 10°), keeping DEF drawable.
      for (;;) {
        const k = rng.int(0, 2);
        const isAngle = (criterion === 'ASA' && k > 0) || ((criterion === 'SAS' || criterion === 'SSA') && k === 2);
        const changed: [number, number, number] = [...first];
        changed[k] += isAngle ? rng.pick([-10, -5, 5, 10]) : rng.pick([-1, 1]);
        if (drawable(criterion, changed)) {
          second = changed;
          break;
        }
      }
    }
    return { criterion, first, second };
  },
  setup: (g, free) => {
    const fig = new Figure();
    const facts = [...build(fig, g.criterion, FIRST, g.first, free.fork('first')), ...build(fig, g.criterion, SECOND, g.second, free.fork('second'))];
    // Side by side with a small gap, so that each triangle gets as much of the canvas as it can.
    const right = place(fig, FIRST, free.float(0, 2 * Math.PI), 0);
    place(fig, SECOND, free.float(0, 2 * Math.PI), right + 0.3 * Math.max(g.first[0], g.second[0]));
    const s1 = sortedSides(fig, FIRST);
    const s2 = sortedSides(fig, SECOND);
    return {
      fig,
      facts,
      marks: [],
      measured: s1.every((x, i) => Math.abs(x - s2[i]) < 1e-9 * Math.max(1, x)),
      evidence: fig.segments.map((s) => segId(s.a, s.b)),
    };
  },
  exact: (g) => {
    const same = g.first.every((x, i) => x === g.second[i]);
    // SSA fixes the triangle only when the side opposite the angle is at least the adjacent side.
    return same && (g.criterion !== 'SSA' || g.first[1] >= g.first[0]);
  },
  describe: () => 'Triangles ABC and DEF are shown.',
  ask: () => 'whether triangles ABC and DEF are congruent',
  reasoning: (g) => {
    if (!g.first.every((x, i) => x === g.second[i])) return ['One pair of corresponding givens differs, and each given is fixed by its triangle, so the triangles are not congruent.'];
    if (g.criterion === 'SSA') return ['Two sides and a non-included angle, with AC ≥ AB: the side opposite the angle fixes a unique triangle (no ambiguous case).', 'Hence the triangles are congruent.'];
    return [`Corresponding givens are equal and ${g.criterion} is a congruence criterion, so the triangles are congruent.`];
  },
};
