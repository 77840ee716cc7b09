// Geometry is right, not only executed: each program's exact B-rep volume, area and bounding box
// against values derived by hand (prisms, discs, circular segments, frusta, Pappus' theorems).
// One table row per construct; the expected numbers are written as the formulas they come from.
import { afterAll, describe, expect, it } from 'vitest';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';

const { PI, sqrt, tan, acos } = Math;
type Box = [[number, number, number], [number, number, number]];
interface Want {
  volume: number;
  area?: number;
  bbox?: Box;
}
const HEAD = 'import cadquery as cq\nimport math\n';

/** Relative agreement within 1e-6 (absolute 1e-6 near zero). */
function close(got: number, want: number, what: string): void {
  const err = Math.abs(got - want) / Math.max(1, Math.abs(want));
  expect(err, `${what}: got ${got}, want ${want}`).toBeLessThan(1e-6);
}

function check(src: string, want: Want): void {
  const r = runCad(HEAD + src);
  if (!r.ok) throw new Error(`${r.stage}: ${r.error}\n${src}`);
  close(r.volume, want.volume, 'volume');
  if (want.area !== undefined) close(r.area, want.area, 'area');
  if (want.bbox) for (let i = 0; i < 2; i++) for (let k = 0; k < 3; k++) expect(r.bbox[i][k], `bbox[${i}][${k}]`).toBeCloseTo(want.bbox[i][k], 4);
}

afterAll(() => closeKernel());

// A 2 x 4 rectangle centred at local (5, 1), extruded 3 along the normal, on each named plane:
// the box lands where CadQuery's Plane.named puts x, y = normal x x and the normal.
const NAMED: [string, Box][] = [
  ['XY', [[4, -1, 0], [6, 3, 3]]],
  ['front', [[4, -1, 0], [6, 3, 3]]],
  ['YZ', [[0, 4, -1], [3, 6, 3]]],
  ['ZX', [[-1, 0, 4], [3, 3, 6]]],
  ['XZ', [[4, -3, -1], [6, 0, 3]]],
  ['YX', [[-1, 4, -3], [3, 6, 0]]],
  ['ZY', [[-3, -1, 4], [0, 3, 6]]],
  ['back', [[-6, -1, -3], [-4, 3, 0]]],
  ['left', [[-3, -1, 4], [0, 3, 6]]],
  ['right', [[0, -1, -6], [3, 3, -4]]],
  ['top', [[4, 0, -3], [6, 3, 1]]],
  ['bottom', [[4, -3, -1], [6, 0, 3]]],
];

describe('named planes and workplanes', () => {
  it.each(NAMED)('Workplane(%j) orients x, y and the normal as Plane.named', (name, bbox) => {
    check(`result = cq.Workplane("${name}").center(5, 1).rect(2, 4).extrude(3)`, { volume: 24, area: 2 * 8 + 3 * 12, bbox });
  });

  it.each([
    ['origin=', 'result = cq.Workplane("XY", origin=(1, 2, 3)).box(2, 2, 2)', { volume: 8, bbox: [[0, 1, 2], [2, 3, 4]] as Box }],
    ['cq.Plane(origin, xDir, normal)', 'p = cq.Plane(origin=(0, 0, 5), xDir=(0, 1, 0), normal=(0, 0, 1))\nresult = cq.Workplane(p).center(3, 0).rect(2, 2).extrude(1)', { volume: 4, bbox: [[-1, 2, 5], [1, 4, 6]] as Box }],
    // CadQuery inverts the normal first, then offsets along the inverted normal.
    ['workplane(offset, invert)', 'result = cq.Workplane("XY").workplane(offset=5, invert=True).rect(2, 2).extrude(3)', { volume: 12, bbox: [[-1, -1, -8], [1, 1, -5]] as Box }],
    ['transformed(rotate, offset)', 'result = cq.Workplane("XY").transformed(rotate=(90, 0, 0), offset=(0, 0, 5)).rect(2, 4).extrude(3)', { volume: 24, bbox: [[-1, -3, 3], [1, 0, 7]] as Box }],
    ['face workplane, centerOption=CenterOfMass', 'result = cq.Workplane("XY").box(10, 10, 4, centered=False).faces(">Z").workplane(centerOption="CenterOfMass").circle(1).extrude(2)', { volume: 400 + 2 * PI, bbox: [[0, 0, 0], [10, 10, 6]] as Box }],
    ['tags: workplaneFromTagged', 'r = cq.Workplane("XY").tag("base").box(10, 10, 10).faces(">Z").workplane().circle(2).extrude(5)\nresult = r.workplaneFromTagged("base").transformed(offset=(0, 0, -5)).rect(4, 4).cutBlind(3)', { volume: 1000 + 20 * PI - 48 }],
    ['end() back to the solid', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").end().edges("|Z").fillet(1)', { volume: 1000 - 40 * (1 - PI / 4) }],
    ['copyWorkplane', 'a = cq.Workplane("XY").box(10, 10, 10)\nside = cq.Workplane("YZ", origin=(5, 0, 0))\nresult = a.copyWorkplane(side).circle(1).extrude(2)', { volume: 1000 + 2 * PI, bbox: [[-5, -5, -5], [7, 5, 5]] as Box }],
    ['add() then union()', 'a = cq.Workplane("XY").box(2, 2, 2)\nb = cq.Workplane("XY").moveTo(5, 0).box(2, 2, 2)\nresult = a.add(b).union()', { volume: 16 }],
    ['eachpoint with a lambda', 'result = cq.Workplane("XY").rarray(10, 10, 2, 2).eachpoint(lambda loc: cq.Solid.makeBox(2, 2, 2).moved(loc), combine=True)', { volume: 32, bbox: [[-5, -5, 0], [7, 7, 2]] as Box }],
    ['each over faces', 'b = cq.Workplane("XY").box(4, 4, 4)\nresult = b.faces(">Z").each(lambda f: cq.Solid.makeCylinder(1, 2, f.Center()), combine=True)', { volume: 64 + 2 * PI, bbox: [[-2, -2, -2], [2, 2, 4]] as Box }],
  ])('%s', (_n, src, want) => check(src, want));
});

describe('2D drawing on a workplane', () => {
  const bulge = 200 + 25 * PI; // (10 x 10 square + half disc of radius 5) x 2
  it.each([
    ['threePointArc', 'result = cq.Workplane("XY").lineTo(10, 0).threePointArc((15, 5), (10, 10)).lineTo(0, 10).close().extrude(2)', bulge],
    ['radiusArc (negative = convex)', 'result = cq.Workplane("XY").lineTo(10, 0).radiusArc((10, 10), -5).lineTo(0, 10).close().extrude(2)', bulge],
    ['sagittaArc inward', 'result = cq.Workplane("XY").lineTo(10, 0).sagittaArc((10, 10), 5).lineTo(0, 10).close().extrude(2)', 200 - 25 * PI],
    ['tangentArcPoint', 'result = cq.Workplane("XY").lineTo(10, 0).tangentArcPoint((0, 10)).lineTo(0, 10).close().extrude(2)', bulge],
    ['spline(includeCurrent) through collinear points', 'result = cq.Workplane("XY").lineTo(10, 0).lineTo(10, 10).spline([(5, 10), (0, 10)], includeCurrent=True).close().extrude(2)', 200],
    ['polarLine / polarLineTo', 'result = cq.Workplane("XY").polarLine(10, 0).polarLine(10, 90).polarLineTo(10, 90).close().extrude(1)', 100],
    ['hLine vLine hLineTo vLineTo line', 'result = cq.Workplane("XY").hLine(4).vLine(3).hLineTo(0).line(0, -3).close().extrude(1)', 12],
    ['polyline close', 'result = cq.Workplane("XY").polyline([(0, 0), (6, 0), (6, 2), (0, 4)]).close().extrude(1)', 18],
    ['ellipse', 'result = cq.Workplane("XY").ellipse(5, 3).extrude(2)', 30 * PI],
    ['ellipseArc half ellipse', 'result = cq.Workplane("XY").moveTo(5, 0).ellipseArc(5, 3, angle1=0, angle2=180).close().extrude(2)', 15 * PI],
    ['slot2D', 'result = cq.Workplane("XY").slot2D(20, 6).extrude(2)', 2 * (14 * 6 + 9 * PI)],
    ['polygon', 'result = cq.Workplane("XY").polygon(6, 10).extrude(1)', (3 * sqrt(3) / 2) * 25],
    ['circle inside rect = hole', 'result = cq.Workplane("XY").rect(10, 10).circle(2).extrude(1)', 100 - 4 * PI],
    ['mirrorY', 'result = cq.Workplane("XY").lineTo(10, 0).lineTo(10, 5).lineTo(0, 8).mirrorY().extrude(1)', 130],
    ['mirrorX', 'result = cq.Workplane("XY").lineTo(0, 10).lineTo(5, 10).lineTo(8, 0).mirrorX().extrude(1)', 130],
    ['offset2D arc', 'result = cq.Workplane("XY").rect(10, 10).offset2D(2).extrude(1)', 180 + 4 * PI],
    ['offset2D intersection', 'result = cq.Workplane("XY").rect(10, 10).offset2D(2, "intersection").extrude(1)', 196],
    ['polarArray holes', 'result = cq.Workplane("XY").box(40, 40, 5).faces(">Z").workplane().polarArray(10, 0, 360, 6).hole(4)', 8000 - 6 * PI * 4 * 5],
    ['pushPoints + rarray', 'result = cq.Workplane("XY").box(40, 40, 5).faces(">Z").workplane().rarray(10, 10, 3, 2).circle(1).cutThruAll()', 8000 - 6 * PI * 5],
    ['moveTo / move / center', 'result = cq.Workplane("XY").center(5, 5).moveTo(2, 0).move(0, 3).circle(1).extrude(1)', PI],
  ])('%s', (_n, src, volume) => check(src, { volume }));

  it('places move/center where CadQuery does', () => {
    check('result = cq.Workplane("XY").center(5, 5).moveTo(2, 0).move(0, 3).circle(1).extrude(1)', { volume: PI, bbox: [[6, 7, 0], [8, 9, 1]] });
  });
});

describe('Sketch API', () => {
  const seg = 36 * acos(5 / 6) - 5 * sqrt(11); // circular segment of r = 6 beyond the line at distance 5
  it.each([
    ['rect + vertex fillet', 's = cq.Sketch().rect(10, 10).vertices().fillet(2)\nresult = cq.Workplane("XY").placeSketch(s).extrude(1)', 84 + 4 * PI],
    ['vertex chamfer', 'result = cq.Workplane("XY").sketch().rect(10, 10).vertices().chamfer(1).finalize().extrude(1)', 98],
    ['selector >X then fillet', 'result = cq.Workplane("XY").sketch().rect(10, 10).vertices(">X").fillet(1).finalize().extrude(1)', 100 - 2 * (1 - PI / 4)],
    ["mode='s'", 'result = cq.Workplane("XY").sketch().circle(5).rect(4, 4, mode="s").finalize().extrude(1)', 25 * PI - 16],
    ["mode='i'", 'result = cq.Workplane("XY").sketch().rect(10, 10).circle(6, mode="i").finalize().extrude(1)', 36 * PI - 4 * seg],
    ['trapezoid', 'result = cq.Workplane("XY").sketch().trapezoid(10, 4, 60).finalize().extrude(1)', (4 * (10 + 10 - 8 / sqrt(3))) / 2],
    ['slot', 'result = cq.Workplane("XY").sketch().slot(10, 4).finalize().extrude(1)', 40 + 4 * PI],
    ['regularPolygon', 'result = cq.Workplane("XY").sketch().regularPolygon(5, 6).finalize().extrude(1)', (3 * sqrt(3) / 2) * 25],
    ['ellipse', 'result = cq.Workplane("XY").sketch().ellipse(4, 2).finalize().extrude(1)', 8 * PI],
    ['polygon', 'result = cq.Workplane("XY").sketch().polygon([(0, 0), (4, 0), (4, 3), (0, 0)]).finalize().extrude(2)', 12],
    ['rarray of cut circles', 'result = cq.Workplane("XY").sketch().rect(30, 30).rarray(10, 10, 2, 2).circle(1, mode="s").finalize().extrude(1)', 900 - 4 * PI],
    ['parray', 'result = cq.Workplane("XY").sketch().circle(20).parray(10, 0, 360, 6).circle(2, mode="s").finalize().extrude(1)', 400 * PI - 24 * PI],
    ['push + reset', 'result = cq.Workplane("XY").sketch().push([(20, 0)]).rect(2, 2).reset().circle(1).finalize().extrude(1)', 4 + PI],
    ['segment/arc/close/assemble', 'result = cq.Workplane("XY").sketch().segment((0, 0), (10, 0)).arc((15, 5), (10, 10)).segment((0, 10)).close().assemble().finalize().extrude(2)', 200 + 25 * PI],
    ['arc(centre, r, angle, sweep)', 'result = cq.Workplane("XY").sketch().segment((0, 0), (10, 0)).arc((10, 5), 5, -90, 180).segment((0, 10)).close().assemble().finalize().extrude(2)', 200 + 25 * PI],
    ['sketch on a face', 'result = cq.Workplane("XY").box(20, 20, 5).faces(">Z").sketch().circle(3).finalize().extrude(4)', 2000 + 36 * PI],
    ['placeSketch + moved: loft', 's1 = cq.Sketch().circle(10)\ns2 = cq.Sketch().circle(5).moved(cq.Location(cq.Vector(0, 0, 10)))\nresult = cq.Workplane("XY").placeSketch(s1, s2).loft()', (PI * 10 / 3) * (100 + 50 + 25)],
  ])('%s', (_n, src, volume) => check(src, { volume }));

  it('CAD-Recode style: named plane with origin, sketch unions', () => {
    const src = `w0 = cq.Workplane('ZX', origin=(0, -3, 0))
w1 = cq.Workplane('XY', origin=(0, 0, 2))
r = w0.sketch().rect(4, 6).push([(1, 0)]).circle(0.5, mode='s').finalize().extrude(2).union(w1.sketch().circle(1).finalize().extrude(1))`;
    // ZX: local x is world z, local y is world x, the normal +y; the disc stands on top at z = 2.
    check(src + '\nresult = r', { volume: 48 - 0.5 * 0.5 * PI * 2 + PI, bbox: [[-3, -3, -2], [3, 1, 3]] });
  });
});

describe('3D operations', () => {
  const TOP = 10 - 2 * 5 * tan((10 * PI) / 180); // the top square's side after a 10 degree draft over 5
  it.each([
    ['extrude both', 'result = cq.Workplane("XY").rect(2, 2).extrude(3, both=True)', { volume: 24, bbox: [[-1, -1, -3], [1, 1, 3]] as Box }],
    ['extrude negative', 'result = cq.Workplane("XY").rect(2, 2).extrude(-3)', { volume: 12, bbox: [[-1, -1, -3], [1, 1, 0]] as Box }],
    ['extrude taper (frustum of a square pyramid)', 'result = cq.Workplane("XY").rect(10, 10).extrude(5, taper=10)', { volume: (5 / 3) * (100 + TOP ** 2 + 10 * TOP) }],
    ['twistExtrude (Cavalieri)', 'result = cq.Workplane("XY").rect(10, 10).twistExtrude(10, 45)', { volume: 1000 }],
    ['revolve: cylinder', 'result = cq.Workplane("XY").rect(4, 10, centered=False).revolve(360, (0, 0, 0), (0, 1, 0))', { volume: 160 * PI, area: 2 * PI * 4 * 10 + 2 * PI * 16 }],
    ['revolve 90 degrees', 'result = cq.Workplane("XY").rect(4, 10, centered=False).revolve(90, (0, 0, 0), (0, 1, 0))', { volume: 40 * PI }],
    ['revolve: torus (Pappus)', 'result = cq.Workplane("XY").moveTo(10, 0).circle(2).revolve(360, (0, 0, 0), (0, 1, 0))', { volume: 80 * PI * PI, area: 80 * PI * PI }],
    ['loft ruled squares', 'result = cq.Workplane("XY").rect(10, 10).workplane(offset=5).rect(4, 4).loft(ruled=True)', { volume: (5 / 3) * (100 + 16 + 40) }],
    ['loft circles = frustum', 'result = cq.Workplane("XY").circle(10).workplane(offset=10).circle(5).loft()', { volume: (PI * 10 / 3) * (100 + 50 + 25), bbox: [[-10, -10, 0], [10, 10, 10]] as Box }],
    ['sweep circle along a line = cylinder', 'path = cq.Workplane("XZ").lineTo(0, 50)\nresult = cq.Workplane("XY").circle(3).sweep(path)', { volume: 450 * PI, area: 2 * PI * 3 * 50 + 18 * PI }],
    ['sweep circle along a quarter arc (Pappus)', 'path = cq.Workplane("XZ").moveTo(10, 0).threePointArc((10 * math.cos(math.pi / 4), 10 * math.sin(math.pi / 4)), (0, 10))\nresult = cq.Workplane("XY").center(10, 0).circle(1).sweep(path, isFrenet=True)', { volume: 5 * PI * PI, area: 10 * PI * PI + 2 * PI }],
    ['cutBlind', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").workplane().rect(4, 4).cutBlind(-3)', { volume: 1000 - 48 }],
    ['cutThruAll', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").workplane().rect(4, 4).cutThruAll()', { volume: 1000 - 160 }],
    ['hole', 'result = cq.Workplane("XY").box(20, 20, 10).faces(">Z").workplane().hole(4)', { volume: 4000 - 40 * PI }],
    ['cboreHole', 'result = cq.Workplane("XY").box(20, 20, 10).faces(">Z").workplane().cboreHole(4, 8, 3)', { volume: 4000 - 40 * PI - 36 * PI }],
    ['cskHole', 'result = cq.Workplane("XY").box(20, 20, 10).faces(">Z").workplane().cskHole(4, 8, 90)', { volume: 4000 - (152 * PI) / 3 }],
    ['shell inward', 'result = cq.Workplane("XY").box(40, 40, 20).faces(">Z").shell(-2)', { volume: 40 * 40 * 20 - 36 * 36 * 18 }],
    ['fillet', 'result = cq.Workplane("XY").box(10, 10, 10).edges("|Z").fillet(1)', { volume: 1000 - 40 * (1 - PI / 4) }],
    ['chamfer', 'result = cq.Workplane("XY").box(10, 10, 10).edges("|Z").chamfer(1)', { volume: 980 }],
    ['chamfer(length, length2)', 'result = cq.Workplane("XY").box(10, 10, 10).edges("|Z").chamfer(1, 2)', { volume: 960 }],
    ['mirror union', 'result = cq.Workplane("XY").box(2, 2, 2, centered=False).mirror("YZ", union=True)', { volume: 16, bbox: [[-2, 0, 0], [2, 2, 2]] as Box }],
    ['cut / - operator', 'a = cq.Workplane("XY").box(10, 10, 10)\nresult = a - cq.Workplane("XY").cylinder(20, 3)', { volume: 1000 - 90 * PI }],
    ['intersect / & operator', 'a = cq.Workplane("XY").box(10, 10, 10)\nresult = a & cq.Workplane("XY").cylinder(20, 3)', { volume: 90 * PI }],
    // Six spherical caps of height 1.5 stand out of the cube: 1000 + 6 * pi h^2 (3r - h) / 3.
    ['union(toUnion=) with a sphere', 'result = cq.Workplane("XY").box(10, 10, 10).union(toUnion=cq.Workplane("XY").sphere(6.5))', { volume: 1000 + 81 * PI, bbox: [[-6.5, -6.5, -6.5], [6.5, 6.5, 6.5]] as Box }],
    ['union / + operator', 'a = cq.Workplane("XY").box(10, 10, 10)\nresult = a + cq.Workplane("XY").cylinder(20, 3)', { volume: 1000 + 90 * PI }],
    ['split keepTop', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").workplane(-3).split(keepTop=True)', { volume: 300, bbox: [[-5, -5, 2], [5, 5, 5]] as Box }],
    ['split keepBottom', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").workplane(-3).split(keepBottom=True)', { volume: 700 }],
    ['sphere', 'result = cq.Workplane("XY").sphere(5)', { volume: (4 / 3) * PI * 125, area: 100 * PI }],
    ['wedge', 'result = cq.Workplane("XY").wedge(10, 5, 10, 2, 2, 8, 8)', { volume: (5 / 3) * (100 + 36 + 60), bbox: [[-5, -2.5, -5], [5, 2.5, 5]] as Box }],
    ['Solid.makeBox', 'result = cq.Workplane("XY").add(cq.Solid.makeBox(1, 2, 3))', { volume: 6, bbox: [[0, 0, 0], [1, 2, 3]] as Box }],
    ['Solid.makeCylinder', 'result = cq.Solid.makeCylinder(2, 5)', { volume: 20 * PI }],
    ['Solid.makeCone', 'result = cq.Solid.makeCone(3, 1, 6)', { volume: (PI * 6 / 3) * (9 + 3 + 1) }],
    ['Solid.makeSphere', 'result = cq.Solid.makeSphere(2)', { volume: (32 * PI) / 3 }],
    ['Solid.makeTorus', 'result = cq.Solid.makeTorus(5, 1)', { volume: 10 * PI * PI }],
    ['rotate', 'result = cq.Workplane("XY").box(2, 4, 6).rotate((0, 0, 0), (0, 0, 1), 90)', { volume: 48, bbox: [[-2, -1, -3], [2, 1, 3]] as Box }],
    ['rotateAboutCenter', 'result = cq.Workplane("XY").box(2, 4, 6).translate((10, 0, 0)).rotateAboutCenter((1, 0, 0), 90)', { volume: 48, bbox: [[9, -3, -2], [11, 3, 2]] as Box }],
  ])('%s', (_n, src, want) => check(src, want));
});

describe('program conventions', () => {
  it.each([
    ['show_object', 'show_object(cq.Workplane("XY").box(1, 2, 3))', 6],
    ['r (CAD-Recode)', 'r = cq.Workplane("XY").box(1, 2, 3)', 6],
    ['last assigned part (SketchGraphs, DeepCAD conversions)', 'wp = cq.Workplane("XY")\nsolid0 = wp.box(1, 1, 1)\nsolid = wp.box(1, 2, 3)\nlabel = "done"', 6],
    ['from cadquery import *; exporters and show do nothing', 'from cadquery import *\nfrom cadquery.vis import show\nresult = Workplane("XY").box(1, 2, 3)\ncq.exporters.export(result, "out.stl")\nshow(result)', 6],
  ])('%s', (_n, src, volume) => check(src, { volume }));
});

describe('selectors', () => {
  // The count of selected objects becomes the box length, so the volume reads it back.
  it.each([
    ['|Z', 'edges', 4],
    ['#Z', 'edges', 8],
    ['|Z and >X', 'edges', 2],
    ['|Z or |X', 'edges', 8],
    ['>X exc |Z', 'edges', 2],
    ['>X except |Z', 'edges', 2],
    ['not |Z', 'edges', 8],
    ['(|Z or |X) and >Y', 'edges', 4],
    ['%LINE', 'edges', 12],
    ['%PLANE', 'faces', 6],
    ['+Z', 'faces', 1],
    ['-Z or +X', 'faces', 2],
    ['>Z[-2]', 'faces', 1],
    ['<Z[0]', 'faces', 1],
    ['>>Z[1]', 'faces', 4],
    ['<<Z[-1]', 'faces', 1],
    ['>(1, 1, 0)', 'edges', 1],
    ['>XY', 'vertices', 2],
    ['front', 'faces', 1],
    ['>Z', 'vertices', 4],
  ])('%s on %s of a box', (sel, kind, n) => {
    check(`n = cq.Workplane("XY").box(10, 10, 10).${kind}("${sel}").size()\nresult = cq.Workplane("XY").box(n, 1, 1)`, { volume: n });
  });

  it.each([
    ['NearestToPointSelector', 'cq.selectors.NearestToPointSelector((5, 5, 0))'],
    ['BoxSelector', 'cq.selectors.BoxSelector((4, 4, -6), (6, 6, 6))'],
    ['StringSyntaxSelector', 'cq.selectors.StringSyntaxSelector("|Z and >X and >Y")'],
  ])('%s picks one edge to fillet', (_n, sel) => {
    check(`result = cq.Workplane("XY").box(10, 10, 10).edges(${sel}).fillet(1)`, { volume: 1000 - 10 * (1 - PI / 4) });
  });

  it('>Z[-2] picks the second-highest planar face of a stepped part', () => {
    check('r = cq.Workplane("XY").rect(10, 10).extrude(2).faces(">Z").workplane().rect(4, 4).extrude(2)\nresult = r.faces(">Z[-2]").workplane().pushPoints([(4, 4)]).hole(1, 1)', { volume: 232 - 0.25 * PI });
  });
});
