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

  it('runs functions, lambdas, while, dicts, slices, f-strings and unpacking as Python does', () => {
    const env = run(`from math import pi, sin as s
def f(a, b=2, *rest, **kw):
    return a + b + len(rest) + len(kw)
g = lambda x, y=1: x * y
n = 0
while n < 10:
    n += 1
    if n == 7:
        break
d = {"a": 1, "b": [1, 2]}
d["c"] = 3
label = f"{n:.2f}-{d['a']}"
sl = ([1, 2, 3, 4, 5][1:4], [1, 2, 3, 4, 5][::-1], "hello"[1:])
pairs = [(i, j) for i in range(3) for j in range(2) if i != j]
tot = sum(x * x for x in range(4))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    last = (i, x, y)
ch = 1 < 2 < 3 and not (3 < 2 < 4)
ks = sorted(d.keys(), reverse=True)
r = (f(1, 2, 3, 4, z=5), g(3), g(3, y=4), s(0), "b" in d, 2 not in [1, 3])
def fact(k):
    return 1 if k <= 1 else k * fact(k - 1)
fa = fact(10)
z = "{} {:.2f} {name}".format(1, 2.5, name="x")
items = [k + str(v) for k, v in zip("ab", [1, 2])]`);
    expect(Object.fromEntries(env)).toMatchObject({ n: 7, label: '7.00-1', tot: 14, ch: true, fa: 3628800, z: '1 2.50 x' });
    expect(env.get('sl')).toEqual([[2, 3, 4], [5, 4, 3, 2, 1], 'ello']);
    expect(env.get('pairs')).toEqual([[0, 1], [1, 0], [2, 0], [2, 1]]);
    expect(env.get('last')).toEqual([1, 3, 4]);
    expect(env.get('ks')).toEqual(['c', 'b', 'a']);
    expect(env.get('r')).toEqual([6, 3, 12, 0, true, true]);
    expect(env.get('items')).toEqual(['a1', 'b2']);
  });

  it.each([
    ['import os', 'forbidden', /"import os" is not allowed/],
    ['from os import system', 'forbidden', /only cadquery and math may be imported/],
    ['import cadquery.occ_impl', 'forbidden', /not allowed/],
    ['import numpy as np', 'forbidden', /only cadquery and math/],
    ['x = open("/etc/passwd")', 'runtime', /name "open" is not defined/],
    ['x = __import__("os")', 'forbidden', /double underscores/],
    ['x = (1).__class__', 'forbidden', /double underscores/],
    ['f = lambda: 0\nx = f.__globals__', 'forbidden', /double underscores/],
    ['x = getattr(1, "real")', 'runtime', /name "getattr" is not defined/],
    ['eval("1")', 'runtime', /name "eval" is not defined/],
    ['class A:\n    pass', 'unsupported', /class definitions/],
    ['with x:\n    pass', 'unsupported', /with statements/],
    ['try:\n    x = 1\nexcept:\n    pass', 'unsupported', /try statements/],
    ['@d\ndef f():\n    pass', 'unsupported', /decorators/],
    ['result = cq.Workplane("XY").box(1, 1', 'syntax', /invalid Python syntax/],
    ['for i in range(10**9):\n    pass', 'limit', /exceeds the limit/],
    ['x = 0\nfor i in range(5000):\n    for j in range(5000):\n        x += 1', 'limit', /evaluation steps/],
    ['while True:\n    pass', 'limit', /evaluation steps/],
    ['def f(n):\n    return f(n + 1)\nf(0)', 'limit', /nested more than 40 deep/],
    ['f = lambda g: g(g)\nf(f)', 'limit', /nested more than/],
    ['r = 0\nfor i in range(5000):\n    r = r.union(r)', 'limit', /loop of 5000 iterations calling CAD methods/],
    ['x = [0] * 10**7', 'limit', /exceeds the limit/],
    ['x = "ab" * 10**7', 'limit', /exceeds the limit/],
    ['x = [[0] * 10000 for i in range(10000)]', 'limit', /list items in total/],
    ['x = []\nwhile True:\n    x.append(x)', 'limit', /steps|items/],
    ['x = 10.0 ** 400', 'runtime', /infinite/],
    ['return 1', 'syntax', /outside a function/],
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
