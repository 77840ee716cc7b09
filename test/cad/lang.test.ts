// The CadQuery-subset parser refuses everything outside the subset before any geometry runs.
import { describe, expect, it } from 'vitest';
import { CadError } from '../../generators/cad/kernel/lang/ast.js';
import { Budget, cpuMs, DEFAULT_LIMITS, Interpreter } from '../../generators/cad/kernel/lang/interp.js';
import { parseProgram } from '../../generators/cad/kernel/lang/parse.js';

function refusal(src: string): CadError {
  try {
    const prog = parseProgram(src);
    new Interpreter({ modules: {} }, new Budget(DEFAULT_LIMITS)).run(prog);
  } catch (e) {
    expect(e).toBeInstanceOf(CadError);
    return e as CadError;
  }
  throw new Error(`not refused: ${src}`);
}

function run(src: string): Map<string, unknown> {
  const i = new Interpreter({ modules: {} }, new Budget(DEFAULT_LIMITS));
  i.run(parseProgram(src));
  return i.env as Map<string, unknown>;
}

describe('CadQuery subset: Python semantics', () => {
  it('evaluates arithmetic, comprehensions, loops, conditionals and math like Python', () => {
    const env = run(`import math
a = 7 // 2
b = -7 // 2
c = -7 % 3
d = 2 ** 10
e = [i * i for i in range(5) if i % 2 == 0]
t = 0
for i in range(4):
    t += i
if t > 5 and not False:
    f = "big"
else:
    f = "small"
g = round(2.5) + round(3.5)
h = math.sqrt(16) + math.pi * 0
x, y = (1, 2)
pts = []
pts.append((x, y))
k = 3 if len(pts) == 1 else 4`);
    expect(Object.fromEntries(env)).toMatchObject({ a: 3, b: -4, c: 2, d: 1024, e: [0, 4, 16], t: 6, f: 'big', g: 6, h: 4, x: 1, y: 2, k: 3 });
    expect(env.get('pts')).toEqual([[1, 2]]);
  });

  it.each([
    ['import os', 'forbidden', /import of "os" is not allowed/],
    ['from os import system', 'forbidden', /only "import cadquery as cq"/],
    ['import cadquery.occ_impl', 'forbidden', /not allowed/],
    ['x = open("/etc/passwd")', 'runtime', /name "open" is not defined/],
    ['x = __import__("os")', 'forbidden', /double underscores/],
    ['x = (1).__class__', 'forbidden', /double underscores/],
    ['eval("1")', 'runtime', /name "eval" is not defined/],
    ['def f():\n    pass', 'unsupported', /function definitions/],
    ['f = lambda x: x', 'unsupported', /lambda/],
    ['while True:\n    pass', 'unsupported', /while loops/],
    ['class A:\n    pass', 'unsupported', /class definitions/],
    ['x = f"{1}"', 'unsupported', /f-strings|string literal/],
    ['result = cq.Workplane("XY").box(1, 1', 'syntax', /invalid Python syntax/],
    ['for i in range(10**9):\n    pass', 'limit', /exceeds the limit/],
    ['x = 0\nfor i in range(5000):\n    for j in range(5000):\n        x += 1', 'limit', /evaluation steps/],
    ['r = 0\nfor i in range(5000):\n    r = r.union(r)', 'limit', /loop of 5000 iterations calling CAD methods/],
    ['x = [0] * 10**7', 'limit', /exceeds the limit/],
    ['x = [[0] * 10000 for i in range(10000)]', 'limit', /list items in total/],
    ['x = 10.0 ** 400', 'runtime', /infinite/],
  ])('refuses %j quickly with a reason', (src, stage, msg) => {
    // CPU time, not wall time: the suite may share a loaded machine.
    const t0 = cpuMs();
    const e = refusal(src);
    expect(cpuMs() - t0).toBeLessThan(1000);
    expect(e.stage).toBe(stage);
    expect(e.message).toMatch(msg);
  });

  it('names the line of a refusal', () => {
    expect(refusal('a = 1\nb = 2\nimport subprocess').message).toMatch(/^line 3:/);
  });
});
