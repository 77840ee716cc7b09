// extrude(until="next"|"last") and cutBlind("next"|"last") with CadQuery's rules: the faces the
// line through the profile's centre meets along the normal (ahead for an extrusion, behind for a
// cut, the other way when none), "next" = the first, or the second when the profile starts in or
// on the solid, "last" = the farthest. Volumes are counted by hand from 10 mm boxes and plates.
import { afterAll, describe, expect, it } from 'vitest';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';

afterAll(() => closeKernel());

// Three 10 mm cubes on the x axis: x in [-5, 5], [15, 25], [35, 45] (3000 mm³).
const CUBES = `import cadquery as cq
a = cq.Workplane("XY").box(10, 10, 10)
b = cq.Workplane("XY").center(20, 0).box(10, 10, 10)
c = cq.Workplane("XY").center(40, 0).box(10, 10, 10)
base = a.union(b).union(c)
`;
// Two 40 × 40 × 10 plates, z in [0, 10] and [20, 30] (32000 mm³).
const PLATES = `import cadquery as cq
lower = cq.Workplane("XY").box(40, 40, 10, centered=(True, True, False))
upper = cq.Workplane("XY").workplane(offset=20).box(40, 40, 10, centered=(True, True, False))
base = lower.union(upper)
`;

function volume(src: string): number {
  const r = runCad(src, { check: true });
  if (!r.ok) throw new Error(`${r.stage}: ${r.error}`);
  expect(r.valid).toBe(true);
  return r.volume;
}

function refusal(src: string): string {
  const r = runCad(src);
  if (r.ok) throw new Error('expected a refusal');
  return `${r.stage}: ${r.error}`;
}

const expectVolume = (src: string, want: number) => expect(Math.abs(volume(src) - want) / want).toBeLessThan(1e-6);

describe('extrude(until=...)', () => {
  const from = (x: number) => `result = base.copyWorkplane(cq.Workplane("YZ", origin=(${x}, 0, 0))).rect(4, 4)`;
  it('from the surface of a cube: "next" skips the face it starts on the way out of, "last" reaches the far cube', () => {
    // On cube a's +x face, so in/on the solid: next = 2nd face met = cube b's far side (x 25): the
    // 4 × 4 bridge from 5 to 15 is added (the part inside b adds nothing); last = x 45.
    expectVolume(`${CUBES}${from(5)}.extrude(until="next")`, 3000 + 16 * 10);
    expectVolume(`${CUBES}${from(5)}.extrude(until="last")`, 3000 + 16 * 20);
  });

  it('from a gap between cubes: "next" stops at the first face ahead, for every pushed point', () => {
    expectVolume(`${CUBES}${from(10)}.extrude(until="next")`, 3000 + 16 * 5);
    expectVolume(`${CUBES}${from(10)}.extrude(until="last")`, 3000 + 16 * (5 + 10));
    expectVolume(`${CUBES}result = base.copyWorkplane(cq.Workplane("YZ", origin=(10, 0, 0))).pushPoints([(0, 0), (0, 3)]).rect(2, 2).extrude(until="next")`, 3000 + 2 * 4 * 5);
  });

  it('looks the other way when nothing lies along the normal, and extrudes both ways with both=True', () => {
    // The bottom face's workplane faces −z where there is nothing: the plates are found upwards,
    // and since the profile starts on the solid, next = 2nd face (z 20): the gap is bridged.
    expectVolume(`${PLATES}result = base.faces("<Z").workplane().rect(4, 4).extrude(until="next")`, 32000 + 16 * 10);
    expectVolume(`${PLATES}result = base.copyWorkplane(cq.Workplane("XY", origin=(0, 0, 15))).rect(4, 4).extrude(until="next", both=True)`, 32000 + 16 * 10);
  });
});

describe('cutBlind("next" | "last")', () => {
  it('cuts from the top down to the first face below, or through both plates', () => {
    expectVolume(`${PLATES}result = base.faces(">Z").workplane().rect(4, 4).cutBlind("next")`, 32000 - 16 * 10);
    expectVolume(`${PLATES}result = base.faces(">Z").workplane().circle(3).cutBlind("last")`, 32000 - Math.PI * 9 * 20);
  });
});

describe('refusals with a reason', () => {
  it('taper, combine=False, a face object, and nothing to reach', () => {
    expect(refusal(`${PLATES}result = base.faces(">Z").workplane().rect(4, 4).cutBlind("next", taper=5)`)).toMatch(/unsupported: .*taper/);
    expect(refusal(`${PLATES}result = base.faces(">Z").workplane().rect(4, 4).extrude(until="next", combine=False)`)).toMatch(/runtime: .*combine=True/);
    expect(refusal(`${PLATES}result = base.faces(">Z").workplane().rect(4, 4).extrude(until=base.faces("<Z").val())`)).toMatch(/unsupported: .*a face/);
    expect(refusal(`${CUBES}result = base.copyWorkplane(cq.Workplane("YZ", origin=(0, 50, 0))).rect(4, 4).extrude(until="next")`)).toMatch(/geometry: .*no face/);
  });
});
