// The kernel runs CadQuery programs as CadQuery would, and the cad-code verifier scores
// equivalent programs 1, near misses clearly lower and refused programs 0.
import { afterAll, describe, expect, it } from 'vitest';
import { chamferDistance } from '../../generators/cad/kernel/compare.js';
import { closeKernel, runCad, type TruthGeometry } from '../../generators/cad/kernel/index.js';
import { cpuMs } from '../../generators/cad/kernel/lang/interp.js';
import { verify } from '../../verifiers/index.js';

const PLATE = `import cadquery as cq
result = cq.Workplane("XY").box(80, 60, 10).faces(">Z").workplane().rect(60, 40, forConstruction=True).vertices().hole(6)`;

function truthOf(src: string): TruthGeometry {
  const r = runCad(src, { mesh: { relTolerance: 0.002, angularTolerance: 0.3 } });
  if (!r.ok || !r.mesh) throw new Error(`truth failed: ${JSON.stringify(r)}`);
  return { volume: r.volume, area: r.area, bbox: r.bbox, mesh: { positions: r.mesh.positions, indices: r.mesh.indices } };
}

const score = (src: string, truth: TruthGeometry) => verify('cad-code', `<answer>${src}</answer>`, truth);

afterAll(() => closeKernel());

describe('CAD kernel', () => {
  it('builds CadQuery geometry with exact volumes', () => {
    const plate = runCad(PLATE);
    expect(plate.ok).toBe(true);
    if (!plate.ok) return;
    expect(plate.volume).toBeCloseTo(80 * 60 * 10 - 4 * Math.PI * 9 * 10, 6);
    expect(plate.bbox).toEqual([[-40, -30, -5], [40, 30, 5]]);
    // Shell: negative thickness is inward, the selected face removed (CadQuery semantics).
    const box = runCad('import cadquery as cq\nresult = cq.Workplane("XY").box(40, 40, 20).faces(">Z").shell(-2)');
    expect(box.ok && box.volume).toBeCloseTo(40 * 40 * 20 - 36 * 36 * 18, 6);
    // Revolve about the workplane's y axis, polarArray on a bottom face, a ring from nested wires.
    const ring = runCad('import cadquery as cq\nresult = cq.Workplane("XY").circle(20).circle(8).extrude(5)');
    expect(ring.ok && ring.volume).toBeCloseTo(Math.PI * (400 - 64) * 5, 6);
    const rev = runCad('import cadquery as cq\nresult = cq.Workplane("XZ").polyline([(8, 0), (20, 0), (20, 5), (8, 5)]).close().revolve()');
    // CadQuery's positional order: extrude(until, combine, clean, both).
    const both = runCad('import cadquery as cq\nresult = cq.Workplane("XY").rect(10, 10).extrude(5, True, True, True)');
    expect(both.ok && both.bbox).toEqual([[-5, -5, -5], [5, 5, 5]]);
    // On XZ the local y axis is world +Z: the profile spins about Z.
    expect(rev.ok && rev.bbox).toEqual([[-20, -20, 0], [20, 20, 5]]);
  });

  it('places face workplanes as CadQuery does (projected origin, x from Z × normal)', () => {
    // A hole pushed to local (10, 0) on the <Y face: x is +X there, so it lands at world x = 10.
    const src = 'import cadquery as cq\nresult = cq.Workplane("XY").box(40, 20, 20).faces("<Y").workplane().pushPoints([(10, 5)]).hole(4, 5)';
    const r = runCad(src, { mesh: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const bore = r.mesh!.positions.filter((_, i) => i % 3 === 1).some((y) => Math.abs(y - -5) < 1e-6);
    expect(bore).toBe(true);
    expect(r.volume).toBeCloseTo(40 * 20 * 20 - Math.PI * 4 * 5, 6);
  });

  it('scores an equivalent program written differently 1, and a shifted or resized part clearly lower', () => {
    const truth = truthOf(PLATE);
    const other = `import cadquery as cq
base = cq.Workplane("XY").rect(80, 60).extrude(10).translate((0, 0, -5))
holes = cq.Workplane("XY").pushPoints([(30, 20), (-30, 20), (30, -20), (-30, -20)]).circle(3).extrude(20).translate((0, 0, -10))
result = base.cut(holes)`;
    const same = score(other, truth);
    expect(same.score, same.reason).toBeGreaterThanOrEqual(0.99);
    const shifted = score(PLATE.replace('.hole(6)', '.hole(6).translate((4, 0, 0))'), truth);
    expect(shifted.parts!.iou).toBeGreaterThan(0.99);
    expect(shifted.score).toBeLessThanOrEqual(0.9);
    // Even a small move is not the same solid.
    const nudged = score(PLATE.replace('.hole(6)', '.hole(6).translate((0, 0.3, 0))'), truth);
    expect(nudged.correct).toBe(false);
    expect(nudged.score).toBeLessThanOrEqual(0.9);
    const bigger = score(PLATE.replace('box(80', 'box(86'), truth);
    expect(bigger.score).toBeLessThanOrEqual(0.9);
    const wrongHoles = score(PLATE.replace('.hole(6)', '.hole(9)'), truth);
    expect(wrongHoles.score).toBeLessThanOrEqual(0.9);
    expect(wrongHoles.correct).toBe(false);
  });

  it('scores a revolved flange equal to the extruded one', () => {
    const truth = truthOf('import cadquery as cq\nresult = cq.Workplane("XY").circle(40).circle(10).extrude(8)');
    const v = score('```python\nimport cadquery as cq\nresult = cq.Workplane("XZ").polyline([(10, 0), (40, 0), (40, 8), (10, 8)]).close().revolve(360, (0, 0, 0), (0, 1, 0))\n```', truth);
    expect(v.score, v.reason).toBe(1);
  });

  it('compares exactly on B-reps when a tessellation is not a closed manifold', () => {
    // A generated block whose fillets leave the merged mesh open: mesh booleans refuse it.
    const src = `import cadquery as cq
result = (
    cq.Workplane("XY")
    .box(82, 48, 37)
    .faces(">X").workplane()
    .center(0, 0)
    .rect(15, 13)
    .cutBlind(-3)
    .faces(">Z").workplane()
    .pushPoints([(-61, -12), (-61, 12)])
    .circle(5)
    .extrude(8)
    .faces(">Z").workplane()
    .pushPoints([(-61, -12), (-61, 12)])
    .hole(4)
    .edges("|Z").fillet(2)
    .edges("<Z").chamfer(1)
)`;
    const truth = { ...truthOf(src), program: src };
    expect(score(src, truth).score).toBe(1);
    const moved = score(src.replace(/\n\)$/, '\n    .translate((2, 0, 0))\n)'), truth);
    expect(moved.parts!.iou).toBeGreaterThan(0.99);
    expect(moved.parts!.iouAbs).toBeLessThan(0.97);
    expect(moved.score).toBeLessThanOrEqual(0.9);
  });

  it('finds the same nearest neighbours for the Chamfer distance as a scan of every pair', () => {
    const pairScan = (p: Float32Array, q: Float32Array) => {
      const one = (a: Float32Array, b: Float32Array) => {
        let sum = 0;
        for (let i = 0; i < a.length; i += 3) {
          let best = Infinity;
          for (let j = 0; j < b.length; j += 3) best = Math.min(best, (a[i] - b[j]) ** 2 + (a[i + 1] - b[j + 1]) ** 2 + (a[i + 2] - b[j + 2]) ** 2);
          sum += Math.sqrt(best);
        }
        return sum / (a.length / 3);
      };
      return (one(p, q) + one(q, p)) / 2;
    };
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Clouds in a volume, on a plane (flat boxes), on a lattice (ties), far apart, and single points.
    const shapes: ((i: number) => number)[] = [() => rnd() - 0.5, (i) => (i % 3 === 2 ? 0 : rnd() - 0.5), () => Math.round(rnd() * 4) / 4, (i) => (rnd() - 0.5) * 1e-3 + (i % 3)];
    for (let t = 0; t < 40; t++) {
      const shape = shapes[t % shapes.length];
      const cloud = (n: number, shift: number) => Float32Array.from({ length: 3 * n }, (_, i) => shape(i) + shift);
      const a = cloud(t === 0 ? 1 : 1 + Math.floor(rnd() * 600), 0);
      const b = cloud(1 + Math.floor(rnd() * 600), t % 7 === 0 ? 2.5 : 0);
      expect(chamferDistance(a, b)).toBe(pairScan(a, b));
    }
  });

  it('refuses unsafe and runaway programs quickly with score 0 and a reason', () => {
    const truth = truthOf(PLATE);
    const bad = [
      'import os\nos.system("ls")',
      'x = open("/etc/passwd").read()',
      '__import__("os").system("ls")',
      'import cadquery as cq\nresult = cq.Workplane("XY").box(1, 1',
      'import cadquery as cq\nresult = cq.Workplane("XY").box(1, 1, 1).frobnicate()',
      'for i in range(10**6):\n    pass',
      'x = 0\nfor i in range(1000):\n    for j in range(1000):\n        x = x + 1',
      'import cadquery as cq\nr = cq.Workplane("XY").box(1, 1, 1)\nfor i in range(1000000):\n    r = r.union(cq.Workplane("XY").box(1, 1, 1))\nresult = r',
      'import cadquery as cq\nresult = cq.Workplane("XY").box(1e9, 1, 1)',
      'import cadquery as cq\nx = 1',
    ];
    for (const src of bad) {
      // CPU time of this process (the kernel worker included), not wall time: machines are shared.
      const t0 = cpuMs();
      const v = score(src, truth);
      expect(cpuMs() - t0, src).toBeLessThan(3000);
      expect(v.score, src).toBe(0);
      expect(v.reason.length).toBeGreaterThan(10);
    }
  });
});
