// Lofts through coaxial circles (shelled funnels and cups, the CAD-RL/ExeCAD pattern that used to
// throw) and sweeps along splines (Frenet along an S-shaped path, 3D points), each against the
// volume it must have: frusta, and hollow walls whose inner surface is the wall's offset (a cone
// moved in by t·√(1+k²) across the axis, an arc of radius t round each concave edge).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';
import { expectHandDerivedVolumes } from '../helpers/cad-sample.js';

const { PI, sqrt, asin } = Math;
const HEAD = 'import cadquery as cq\n';

afterAll(() => closeKernel());

function solid(src: string) {
  const r = runCad(HEAD + src, { check: true });
  if (!r.ok) throw new Error(`${r.stage}: ${r.error}`);
  expect(r.valid).toBe(true);
  return r;
}

const rel = (got: number, want: number) => Math.abs(got - want) / want;
/** Frustum of radii a, b and height h. */
const frustum = (a: number, b: number, h: number) => (PI * h * (a * a + a * b + b * b)) / 3;
/** ∫ (c − m·z)² dz over [0, h]: a disc whose radius falls linearly, as a volume / π. */
const linearDisc = (c: number, m: number, h: number) => c * c * h - c * m * h * h + (m * m * h ** 3) / 3;

describe('loft through coaxial circles', () => {
  it('is the frustum stack, with CadQuery’s faces, on any plane, ruled or (two sections) smooth', () => {
    const two = solid('result = cq.Workplane("XY").circle(40).workplane(offset=40).circle(12).loft()');
    expect(rel(two.volume, frustum(40, 12, 40))).toBeLessThan(1e-9);
    expect(two.faces).toBe(3);
    // XZ's normal is −Y: offsets -20 and -10 go to y = 20 and 30.
    const three = solid('result = cq.Workplane("XZ").circle(10).workplane(offset=-20).circle(5).workplane(offset=-10).circle(8).loft(ruled=True)');
    expect(rel(three.volume, frustum(10, 5, 20) + frustum(5, 8, 10))).toBeLessThan(1e-9);
    expect(three.bbox).toEqual([[-10, 0, -10], [10, 30, 10]]);
    expect(three.faces).toBe(4);
  });

  it('shells: a hollow cone wall whose inner face is the cone moved in by t·√(1+k²)', () => {
    const [R1, R2, h, t] = [40, 12, 40, 1.5];
    const k = (R1 - R2) / h;
    const d = t * sqrt(1 + k * k);
    const r = solid(`result = cq.Workplane("XY").circle(${R1}).workplane(offset=${h}).circle(${R2}).loft(ruled=True).faces("<Z or >Z").shell(-${t})`);
    expect(rel(r.volume, PI * d * h * (R1 + R2 - d))).toBeLessThan(1e-9);
  });

  it('corpus funnel (cone ∪ spout, both ends open) and cup (foot ∪ flared body, top open)', () => {
    // Funnel: cone 40 → 12 over 40, spout r 8 from z 40 to 65, wall 1.5. Inside: the cone's offset
    // up to z 38.5 (the neck's annulus moved down), an arc of radius 1.5 round the concave ring
    // (r 8, z 40) up to the neck, then the spout's bore r 6.5.
    const t = 1.5;
    const k = 28 / 40;
    const d = t * sqrt(1 + k * k);
    const funnelInner = linearDisc(40 - d, k, 40 - t) + (64 * t - 4 * PI * t * t + (2 / 3) * t ** 3) + 6.5 ** 2 * 25;
    const funnel = frustum(40, 12, 40) + PI * 64 * 25 - PI * funnelInner;
    // Cup: foot r 28 × 6, body 20 → 34 over 90 from z 6, wall 2, bottom kept. Inside: r 26 from
    // z 2 to 4, the arc of radius 2 round the concave ring (r 20, z 6) until it meets the cone's
    // offset at z 6 + 2k/√(1+k²), then the cone moved in by 2√(1+k²) up to the rim.
    const kc = 14 / 90;
    const dc = 2 * sqrt(1 + kc * kc);
    const s = (2 * kc) / sqrt(1 + kc * kc);
    const arc = (u: number) => 404 * u - u ** 3 / 3 - 20 * (u * sqrt(Math.max(0, 4 - u * u)) + 4 * asin(u / 2));
    const cone = (z: number) => 20 + kc * (z - 6) - dc;
    const cupInner = 26 ** 2 * 2 + arc(s) - arc(-2) + (cone(96) ** 3 - cone(6 + s) ** 3) / (3 * kc);
    const cup = PI * 28 ** 2 * 6 + frustum(20, 34, 90) - PI * cupInner;
    expectHandDerivedVolumes(join(import.meta.dirname, 'corpus'), { 'execad/037.py': { volume: funnel, bbox: [[-40, -40, 0], [40, 40, 65]] }, 'execad/038.py': { volume: cup, bbox: [[-34, -34, 0], [34, 34, 96]] } });
  });
});

describe('sweep along a spline', () => {
  // The swept surface is OpenCascade's approximation: a tube's volume (profile area × path length,
  // the profile square to the path) holds to about 1e-5 here, not to the last digit.
  const TOL = 2e-4;
  const path = 'path = cq.Workplane("XZ").spline([(0, 0), (6, 20), (0, 40), (6, 60)], tangents=[(0, 1), (0, 1)])\n';
  /** The path's length, read back as the volume of a unit-area prism that long. */
  const length = (p: string) => solid(`${p}result = cq.Workplane("XY").rect(1, 1).extrude(path.val().Length())`).volume;

  it('with isFrenet=True along an S-shaped planar spline is the tube π r² L (was ~5 % short)', () => {
    const L = length(path);
    for (const frenet of ['True', 'False']) {
      const r = solid(`${path}result = cq.Workplane("XY").circle(2.5).sweep(path, isFrenet=${frenet})`);
      expect(rel(r.volume, PI * 2.5 ** 2 * L), `isFrenet=${frenet}`).toBeLessThan(TOL);
    }
  });

  it('through 3D points (x, y, z in the workplane) sweeps a tube along the space curve', () => {
    const p3 = 'path = cq.Workplane("XY").spline([(0, 0, 0), (0, 12, 25), (15, 10, 50), (20, 0, 70)], tangents=[(0, 0, 1), (0, 0, 1)])\n';
    const L = length(p3);
    expect(L).toBeGreaterThan(70);
    const r = solid(`${p3}result = cq.Workplane("XY").circle(3).circle(1.5).sweep(path)`);
    expect(rel(r.volume, PI * (9 - 2.25) * L)).toBeLessThan(TOL);
    expect(r.bbox[1][2]).toBeCloseTo(70, 4);
  });
});
