// Hostile programs end with a clean refusal and a reason, in bounded CPU time, and the kernel
// worker keeps answering afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';
import { cpuMs } from '../../generators/cad/kernel/lang/interp.js';

afterAll(() => closeKernel());

const HOSTILE: [string, string, RegExp][] = [
  ['infinite loop', 'while True:\n    pass', /evaluation steps/],
  ['infinite loop of CAD calls', 'r = cq.Workplane("XY").box(1, 1, 1)\nwhile True:\n    r = r.union(cq.Workplane("XY").box(1, 1, 1))', /CAD operations|CPU time/],
  ['huge array', 'x = [0] * 10**8', /exceeds the limit/],
  ['huge nested arrays', 'x = [[i] * 5000 for i in range(5000)]', /list items in total/],
  ['deep recursion', 'def f(n):\n    return f(n + 1) + 1\nresult = f(0)', /nested more than/],
  ['mutual recursion through lambdas', 'f = lambda g: g(g)\nresult = f(f)', /nested more than/],
  ['dunder attribute', 'x = cq.Workplane.__dict__', /double underscores/],
  ['dunder in an f-string', 'x = f"{cq.__class__}"', /double underscores/],
  ['dunder through str.format', 'x = "{0.__class__}".format(1)', /format field/],
  ['getattr / eval / open', 'x = getattr(cq, "Workplane")', /not defined/],
  ['import of os', 'import os\nos.system("true")', /not allowed/],
  ['10^6-point spline', 'pts = [(i, math.sin(i)) for i in range(10**6)]\nresult = cq.Workplane("XY").spline(pts).close().extrude(1)', /exceeds the limit/],
  ['5000-point spline', 'pts = [(i * 0.01, math.sin(i * 0.01)) for i in range(5000)]\nresult = cq.Workplane("XY").spline(pts).close().extrude(1)', /more than 500 points/],
  ['self-intersecting polyline', 'result = cq.Workplane("XY").polyline([(0, 0), (10, 10), (10, 0), (0, 10)]).close().extrude(1)', /crosses itself/],
  ['self-intersecting sketch polygon', 'result = cq.Workplane("XY").sketch().polygon([(0, 0), (10, 10), (10, 0), (0, 10)]).finalize().extrude(1)', /crosses itself/],
  ['self-intersecting sketch edges', 'result = cq.Workplane("XY").sketch().segment((0, 0), (10, 10)).segment((10, 0)).segment((0, 10)).close().assemble().finalize().extrude(1)', /crosses itself/],
  ['zero-thickness shell', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").shell(0)', /non-zero/],
  ['shell thicker than the part', 'result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").shell(-6)', /shell|no volume|not a closed solid|failed/],
  ['fillet larger than the part', 'result = cq.Workplane("XY").box(2, 2, 2).edges().fillet(5)', /fillet/],
  ['zero extrusion', 'result = cq.Workplane("XY").rect(1, 1).extrude(0)', /non-zero/],
  ['enormous box', 'result = cq.Workplane("XY").box(1e9, 1, 1)', /at most/],
  ['open outline extruded', 'result = cq.Workplane("XY").lineTo(1, 0).lineTo(1, 1).extrude(1)', /close\(\)/],
  ['text from a font file (reads the disk)', 'result = cq.Workplane("XY").text("hi", 10, 2, fontPath="/etc/passwd")', /no files are read/],
  ['assemblies', 'a = cq.Assembly()', /assemblies are left out/],
  ['no part', 'x = 1', /must assign the final part/],
];

describe('hostile CAD programs', () => {
  it.each(HOSTILE)('%s: refused with a reason', (_n, src, why) => {
    const t0 = cpuMs();
    const r = runCad(`import cadquery as cq\nimport math\n${src}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(why);
    // CPU of this thread plus the kernel worker: bounded well under the 4 s budget + slack.
    expect(cpuMs() - t0).toBeLessThan(7000);
  });

  it('the worker stays healthy: a normal part runs after all of them', () => {
    const r = runCad('import cadquery as cq\nresult = cq.Workplane("XY").box(10, 10, 10).faces(">Z").workplane().hole(2)');
    expect(r.ok && r.volume).toBeCloseTo(1000 - Math.PI * 10, 6);
  });
});
