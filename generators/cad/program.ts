// Writes CadQuery programs and keeps, beside the text, the world position of the features the
// program makes (holes, bosses, pockets), for evidence boxes and questions. The workplane
// arithmetic mirrors the interpreter's (kernel/geom.ts), so the features sit where the solid has them.
import { faceWorkplane, NAMED_PLANES, toWorld, type PlaneT, type V3 } from './kernel/geom.js';

/** Numbers as a person writes them: at most 3 decimals, no trailing zeros, no "-0". */
export function fmt(x: number): string {
  const r = Math.round(x * 1000) / 1000;
  return String(r === 0 ? 0 : r);
}

export interface Feature {
  id: string;
  kind: 'hole' | 'boss' | 'pocket' | 'outline';
  /** World points whose projection is the feature's evidence box. */
  points: number[];
}

/** Points on a circle of radius r around `c` in the plane normal to `axis`. */
export function rim(c: V3, axis: V3, r: number, n = 16): number[] {
  const a: V3 = Math.abs(axis[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
  // u, v: an orthonormal basis of the plane normal to axis.
  const u: V3 = [axis[1] * a[2] - axis[2] * a[1], axis[2] * a[0] - axis[0] * a[2], axis[0] * a[1] - axis[1] * a[0]];
  const ul = Math.hypot(...u);
  const uu: V3 = [u[0] / ul, u[1] / ul, u[2] / ul];
  const v: V3 = [axis[1] * uu[2] - axis[2] * uu[1], axis[2] * uu[0] - axis[0] * uu[2], axis[0] * uu[1] - axis[1] * uu[0]];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    for (let k = 0; k < 3; k++) out.push(c[k] + r * (Math.cos(t) * uu[k] + Math.sin(t) * v[k]));
  }
  return out;
}

/** A chained CadQuery expression under construction, with the current workplane tracked. */
export class Chain {
  readonly parts: string[] = [];
  plane: PlaneT;
  /** Operations that build or change the solid (the level's measure of difficulty). */
  ops = 0;

  constructor(planeName: keyof typeof NAMED_PLANES = 'XY') {
    const p = NAMED_PLANES[planeName];
    this.plane = { o: [0, 0, 0], x: p.x, z: p.z };
    this.parts.push(`cq.Workplane("${planeName}")`);
  }

  /** Appends `.call`; `op` counts it as a solid operation. */
  add(call: string, op = false): this {
    this.parts.push(call);
    if (op) this.ops++;
    return this;
  }

  /** `.faces(sel).workplane()` on the planar face with this centre and outward normal. */
  onFace(sel: string, center: V3, normal: V3): this {
    this.plane = faceWorkplane(this.plane, center, normal);
    return this.add(`.faces("${sel}").workplane()`);
  }

  /** `.center(u, v)`: moves the workplane origin, as later face workplanes project it. */
  center(u: number, v: number): this {
    this.plane = { ...this.plane, o: toWorld(this.plane, [u, v, 0]) };
    return this.add(`.center(${fmt(u)}, ${fmt(v)})`);
  }

  /** Local coordinates on the current workplane of a world point. */
  local(w: V3): [number, number] {
    const p = this.plane;
    const r: V3 = [w[0] - p.o[0], w[1] - p.o[1], w[2] - p.o[2]];
    const y: V3 = [p.z[1] * p.x[2] - p.z[2] * p.x[1], p.z[2] * p.x[0] - p.z[0] * p.x[2], p.z[0] * p.x[1] - p.z[1] * p.x[0]];
    return [r[0] * p.x[0] + r[1] * p.x[1] + r[2] * p.x[2], r[0] * y[0] + r[1] * y[1] + r[2] * y[2]];
  }

  world(x: number, y: number, z = 0): V3 {
    return toWorld(this.plane, [x, y, z]);
  }

  text(name = 'result'): string {
    return `${name} = (\n    ${this.parts[0]}\n${this.parts
      .slice(1)
      .map((p) => `    ${p}`)
      .join('\n')}\n)`;
  }
}

export function pts(list: [number, number][]): string {
  return `[${list.map(([x, y]) => `(${fmt(x)}, ${fmt(y)})`).join(', ')}]`;
}
