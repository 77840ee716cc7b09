/**
 * A small construction language. A Figure holds named points and the objects drawn between them;
 * every operation computes positions numerically and records one human-readable step, so the
 * list of steps is the construction trace that goes with a problem's solution.
 */

export type Vec = readonly [number, number];

export const v = {
  add: (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1]],
  sub: (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1]],
  scale: (a: Vec, s: number): Vec => [a[0] * s, a[1] * s],
  dot: (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1],
  cross: (a: Vec, b: Vec) => a[0] * b[1] - a[1] * b[0],
  len: (a: Vec) => Math.hypot(a[0], a[1]),
  dist: (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1]),
  unit: (a: Vec): Vec => {
    const l = Math.hypot(a[0], a[1]);
    return [a[0] / l, a[1] / l];
  },
  rot: (a: Vec, t: number): Vec => [a[0] * Math.cos(t) - a[1] * Math.sin(t), a[0] * Math.sin(t) + a[1] * Math.cos(t)],
  polar: (r: number, t: number): Vec => [r * Math.cos(t), r * Math.sin(t)],
  lerp: (a: Vec, b: Vec, t: number): Vec => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
};

export const DEG = Math.PI / 180;

/** Angle ABC at vertex B in degrees, in [0, 180]. */
export function angleAt(a: Vec, b: Vec, c: Vec): number {
  const u = v.sub(a, b);
  const w = v.sub(c, b);
  return Math.atan2(Math.abs(v.cross(u, w)), v.dot(u, w)) / DEG;
}

export interface CircleObj {
  center: string;
  r: number;
}

/** A drawn straight object between two named points; `extend` (pixels) draws it past its ends, as a line. */
export interface SegmentObj {
  a: string;
  b: string;
  extend?: number;
  dashed?: boolean;
}

export class ConstructionError extends Error {}

export class Figure {
  readonly points = new Map<string, Vec>();
  readonly segments: SegmentObj[] = [];
  readonly circles: CircleObj[] = [];
  readonly steps: string[] = [];
  /** Points drawn with a dot and a label (helper points may stay hidden). */
  readonly shown = new Set<string>();

  p(name: string): Vec {
    const q = this.points.get(name);
    if (!q) throw new ConstructionError(`no point ${name}`);
    return q;
  }

  private put(name: string, at: Vec, step: string, show = true): Vec {
    if (!Number.isFinite(at[0]) || !Number.isFinite(at[1])) throw new ConstructionError(`${name} is not defined (${step})`);
    this.points.set(name, at);
    if (show) this.shown.add(name);
    this.steps.push(step);
    return at;
  }

  // Points.

  free(name: string, at: Vec, step = `Place point ${name}.`): Vec {
    return this.put(name, at, step);
  }

  midpoint(name: string, a: string, b: string): Vec {
    return this.put(name, v.lerp(this.p(a), this.p(b), 0.5), `${name} is the midpoint of ${a}${b}.`);
  }

  /** Point dividing AB with AP : PB = t : (1 − t). */
  along(name: string, a: string, b: string, t: number, step?: string): Vec {
    return this.put(name, v.lerp(this.p(a), this.p(b), t), step ?? `${name} lies on segment ${a}${b}.`);
  }

  /** Point at distance `len` from P on the ray turned `deg` degrees (counterclockwise) from ray PQ. */
  ray(name: string, p: string, q: string, deg: number, len: number, step?: string): Vec {
    const P = this.p(p);
    const dir = v.rot(v.unit(v.sub(this.p(q), P)), deg * DEG);
    return this.put(name, v.add(P, v.scale(dir, len)), step ?? `${name} lies on the ray from ${p} at ${fmtLen(deg)}° to ${p}${q}, with ${p}${name} = ${fmtLen(len)}.`);
  }

  /** Point at distance `len` from P in the direction of AB, so that P-name is parallel to AB. */
  parallel(name: string, p: string, a: string, b: string, len: number): Vec {
    const dir = v.unit(v.sub(this.p(b), this.p(a)));
    return this.put(name, v.add(this.p(p), v.scale(dir, len)), `Draw through ${p} the parallel to ${a}${b}; ${name} lies on it.`);
  }

  /** Point at distance `len` from P perpendicular to AB (to the left of A→B; negative: to the right). */
  perpendicular(name: string, p: string, a: string, b: string, len: number): Vec {
    const d = v.unit(v.sub(this.p(b), this.p(a)));
    return this.put(name, v.add(this.p(p), v.scale([-d[1], d[0]], len)), `Draw through ${p} the perpendicular to ${a}${b}; ${name} lies on it.`);
  }

  /** Keeps a helper point out of the drawing (no dot, no label). */
  hide(name: string): void {
    this.shown.delete(name);
  }

  /** Foot of the perpendicular from P to line AB. */
  foot(name: string, p: string, a: string, b: string): Vec {
    const A = this.p(a);
    const d = v.sub(this.p(b), A);
    const t = v.dot(v.sub(this.p(p), A), d) / v.dot(d, d);
    return this.put(name, v.add(A, v.scale(d, t)), `${name} is the foot of the perpendicular from ${p} to ${a}${b}.`);
  }

  /** Intersection of lines AB and CD. */
  intersect(name: string, a: string, b: string, c: string, d: string): Vec {
    const A = this.p(a);
    const r = v.sub(this.p(b), A);
    const C = this.p(c);
    const s = v.sub(this.p(d), C);
    const den = v.cross(r, s);
    if (Math.abs(den) < 1e-12) throw new ConstructionError(`lines ${a}${b} and ${c}${d} are parallel`);
    const t = v.cross(v.sub(C, A), s) / den;
    return this.put(name, v.add(A, v.scale(r, t)), `${name} is the intersection of ${a}${b} and ${c}${d}.`);
  }

  /** Point of circle (center O) at polar angle `t` (radians). */
  onCircle(name: string, circle: CircleObj, t: number): Vec {
    return this.put(name, v.add(this.p(circle.center), v.polar(circle.r, t)), `${name} lies on the circle centred at ${circle.center}.`);
  }

  /** Where the bisector of angle ABC meets segment AC. */
  bisectorFoot(name: string, a: string, b: string, c: string): Vec {
    const B = this.p(b);
    const ba = v.dist(this.p(a), B);
    const bc = v.dist(this.p(c), B);
    // Angle bisector theorem: the foot divides AC in the ratio BA : BC.
    return this.put(name, v.lerp(this.p(a), this.p(c), ba / (ba + bc)), `${b}${name} bisects angle ${a}${b}${c}, meeting ${a}${c} at ${name}.`);
  }

  /** The two tangent points from external point P to a circle; returns [left, right] seen from P. */
  tangentPoints(names: [string, string], p: string, circle: CircleObj): [Vec, Vec] {
    const O = this.p(circle.center);
    const P = this.p(p);
    const d = v.dist(O, P);
    if (d <= circle.r) throw new ConstructionError(`${p} is not outside the circle`);
    const base = Math.atan2(P[1] - O[1], P[0] - O[0]);
    const half = Math.acos(circle.r / d);
    const t1 = this.put(names[0], v.add(O, v.polar(circle.r, base + half)), `${p}${names[0]} is tangent to the circle at ${names[0]}.`);
    const t2 = this.put(names[1], v.add(O, v.polar(circle.r, base - half)), `${p}${names[1]} is tangent to the circle at ${names[1]}.`);
    return [t1, t2];
  }

  /** Circumcentre of triangle ABC (intersection of perpendicular bisectors). */
  circumcenter(name: string, a: string, b: string, c: string): CircleObj {
    const [A, B, C] = [this.p(a), this.p(b), this.p(c)];
    const d = 2 * (A[0] * (B[1] - C[1]) + B[0] * (C[1] - A[1]) + C[0] * (A[1] - B[1]));
    if (Math.abs(d) < 1e-12) throw new ConstructionError(`${a}, ${b}, ${c} are collinear`);
    const sq = (P: Vec) => P[0] * P[0] + P[1] * P[1];
    const ux = (sq(A) * (B[1] - C[1]) + sq(B) * (C[1] - A[1]) + sq(C) * (A[1] - B[1])) / d;
    const uy = (sq(A) * (C[0] - B[0]) + sq(B) * (A[0] - C[0]) + sq(C) * (B[0] - A[0])) / d;
    this.put(name, [ux, uy], `${name} is the circumcentre of triangle ${a}${b}${c} (perpendicular bisectors meet).`);
    return this.circle(name, v.dist([ux, uy], A), `Draw the circumscribed circle of ${a}${b}${c}.`);
  }

  /** Incentre of triangle ABC (angle bisectors meet) and its inscribed circle. */
  incenter(name: string, a: string, b: string, c: string): CircleObj {
    const [A, B, C] = [this.p(a), this.p(b), this.p(c)];
    const la = v.dist(B, C);
    const lb = v.dist(A, C);
    const lc = v.dist(A, B);
    const s = la + lb + lc;
    const I: Vec = [(la * A[0] + lb * B[0] + lc * C[0]) / s, (la * A[1] + lb * B[1] + lc * C[1]) / s];
    this.put(name, I, `${name} is the incentre of triangle ${a}${b}${c} (angle bisectors meet).`);
    const area = Math.abs(v.cross(v.sub(B, A), v.sub(C, A))) / 2;
    return this.circle(name, (2 * area) / s, `Draw the inscribed circle of ${a}${b}${c}.`);
  }

  // Drawn objects.

  circle(center: string, r: number, step = `Draw the circle centred at ${center} with radius ${fmtLen(r)}.`): CircleObj {
    const c = { center, r };
    this.circles.push(c);
    this.steps.push(step);
    return c;
  }

  segment(a: string, b: string, opts: { dashed?: boolean; extend?: number } = {}): void {
    this.p(a);
    this.p(b);
    this.segments.push({ a, b, ...opts });
  }

  polygon(names: string[]): void {
    names.forEach((n, i) => this.segment(n, names[(i + 1) % names.length]));
    this.steps.push(`Draw polygon ${names.join('')}.`);
  }

  length(a: string, b: string): number {
    return v.dist(this.p(a), this.p(b));
  }

  angle(a: string, b: string, c: string): number {
    return angleAt(this.p(a), this.p(b), this.p(c));
  }

  /** Area of polygon by the shoelace formula. */
  area(names: string[]): number {
    let s = 0;
    names.forEach((n, i) => (s += v.cross(this.p(n), this.p(names[(i + 1) % names.length]))));
    return Math.abs(s) / 2;
  }

  /** Rotates and mirrors every point about the origin: re-sampling that must not change any answer. */
  transform(theta: number, mirror: boolean): void {
    for (const [k, q] of this.points) this.points.set(k, v.rot(mirror ? [q[0], -q[1]] : q, theta));
  }
}

function fmtLen(r: number): string {
  return Number.isInteger(r) ? String(r) : r.toFixed(3);
}

// Polygon builders. Each places its vertices from givens plus free choices; A is at the origin.

/** Triangle from two sides and the included angle at A (degrees): AB = c along the x-axis. */
export function triangleSAS(f: Figure, names: [string, string, string], c: number, b: number, angleA: number): void {
  const [a, bb, cc] = names;
  f.free(a, [0, 0], `Place ${a}.`);
  f.free(bb, [c, 0], `Draw ${a}${bb} = ${fmtLen(c)}.`);
  f.free(cc, v.polar(b, angleA * DEG), `Draw ${a}${cc} = ${fmtLen(b)} at ${fmtLen(angleA)}° to ${a}${bb}.`);
  f.polygon(names);
}

/** Triangle from its three sides (SSS), C above AB. */
export function triangleSSS(f: Figure, names: [string, string, string], ab: number, bc: number, ca: number): void {
  const cosA = (ab * ab + ca * ca - bc * bc) / (2 * ab * ca);
  if (!(Math.abs(cosA) < 1)) throw new ConstructionError(`sides ${ab}, ${bc}, ${ca} make no triangle`);
  triangleSAS(f, names, ab, ca, Math.acos(cosA) / DEG);
}

/** Triangle from side AB and its two adjacent angles (ASA). */
export function triangleASA(f: Figure, names: [string, string, string], ab: number, angleA: number, angleB: number): void {
  const angleC = 180 - angleA - angleB;
  if (angleC <= 0) throw new ConstructionError(`angles ${angleA}° and ${angleB}° leave no third angle`);
  // Law of sines: AC = AB·sin B / sin C.
  triangleSAS(f, names, ab, (ab * Math.sin(angleB * DEG)) / Math.sin(angleC * DEG), angleA);
}

/** Regular n-gon with the given side, centred at the origin, vertex names in order. */
export function regularPolygon(f: Figure, names: string[], side: number, phase: number): void {
  const n = names.length;
  const R = side / (2 * Math.sin(Math.PI / n));
  names.forEach((name, i) => f.free(name, v.polar(R, phase + (2 * Math.PI * i) / n), i === 0 ? `Draw a regular ${n}-gon with side ${fmtLen(side)}.` : `Vertex ${name}.`));
  f.polygon(names);
}

/** Parallelogram ABCD from AB, AD and angle A. */
export function parallelogram(f: Figure, names: [string, string, string, string], ab: number, ad: number, angleA: number): void {
  const [a, b, c, d] = names;
  f.free(a, [0, 0], `Place ${a}.`);
  f.free(b, [ab, 0], `Draw ${a}${b} = ${fmtLen(ab)}.`);
  const D = v.polar(ad, angleA * DEG);
  f.free(d, D, `Draw ${a}${d} = ${fmtLen(ad)} at ${fmtLen(angleA)}°.`);
  f.free(c, v.add([ab, 0], D), `${c} completes the parallelogram (${b}${c} ∥ ${a}${d}).`);
  f.polygon(names);
}
