// cad-code's `style` and `align` parameters: the default items are what they were (Workplane
// chains, no align field), style=recode writes CAD-Recode-like programs that execute and verify.
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { cadCode } from '../../generators/cad/index.js';
import { FAMILY_NAMES } from '../../generators/cad/families.js';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';
import { buildPart } from '../../generators/cad/part.js';
import { verify } from '../../verifiers/index.js';

afterAll(() => closeKernel());

const params = (extra: object = {}) => ({ family: 'any', complexity: 2, size: 192, annotate: false, describe: true, style: 'workplane', align: 'absolute', ...extra }) as never;

describe('cad-code style and align', () => {
  it('defaults to Workplane chains with no align field (existing seeds unchanged)', () => {
    const a = cadCode.generate(new Rng('style-default'), params());
    expect(a.answer).toMatch(/^import cadquery as cq\n\n(result|body) = \(\n    cq\.Workplane\("(XY|XZ)"\)/);
    expect(a.answer).not.toMatch(/sketch\(\)/);
    expect('align' in a.truth).toBe(false);
    expect(a.question).toContain('in the same position and orientation. Use `import cadquery as cq` (and `math` if needed), no other imports, and assign the final solid to `result`.');
    expect(a.question).toContain('<answer>import cadquery as cq\nresult = cq.Workplane("XY").box(40, 20, 5)</answer>');
    // Same seed, same item: the parameters added did not change the default draw.
    expect(JSON.stringify(cadCode.generate(new Rng('style-default'), params()))).toBe(JSON.stringify(a));
  });

  it('style=recode writes named workplanes with origins, Sketch API profiles and unions into r, for every family', () => {
    for (const [i, family] of FAMILY_NAMES.entries()) {
      for (const level of [i % 2 ? 3 : 5] as const) {
        const p = buildPart(new Rng(`recode-${family}-${level}`), family, level, 'recode');
        expect(p.program, `${family} ${level}`).toMatch(/^import cadquery as cq\nw0=cq\.Workplane\('(XY|YZ|ZX|XZ)',origin=\(-?\d+,-?\d+,-?\d+\)\)\n/);
        expect(p.program).toMatch(/\nr=w0\.sketch\(\)\..*\.finalize\(\)\.extrude\(-?\d+\)/);
        // Integer coordinates only, as CAD-Recode quantises them.
        expect(p.program).not.toMatch(/\d\.\d/);
        expect(p.run.solids).toBe(1);
        if (level === 5) expect(p.program, family).toMatch(/\.union\(w\d\.sketch\(\)|mode='s'/);
      }
    }
  });

  it('a recode item verifies its own answer 1, is byte-identical across runs and asks for r', () => {
    const a = cadCode.generate(new Rng('recode-item'), params({ style: 'recode', complexity: 4 }));
    const b = cadCode.generate(new Rng('recode-item'), params({ style: 'recode', complexity: 4 }));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.question).toContain('assign the final solid to `r`');
    expect(a.question).toContain("w0=cq.Workplane('XY',origin=(0,0,0))");
    const run = runCad(a.answer);
    expect(run.ok && run.volume).toBeCloseTo(a.truth.volume, 6);
    const v = verify('cad-code', `<answer>${a.answer}</answer>`, a.truth);
    expect(v.score, v.reason).toBe(1);
  });

  it('align=normalized is written into the truth and scores a scaled answer 1', () => {
    const a = cadCode.generate(new Rng('norm-item'), params({ family: 'flange', align: 'normalized', complexity: 1 }));
    expect(a.truth.align).toBe('normalized');
    expect(a.question).toContain('position and overall scale are not scored');
    // The same part moved: in the unit cube it is the target.
    const scaled = a.answer.replace(/\n\)$/, '\n)\nresult = result.translate((3, -2, 1))');
    const v = verify('cad-code', `<answer>${scaled}</answer>`, a.truth);
    expect(v.score, v.reason).toBe(1);
    const abs = verify('cad-code', `<answer>${scaled}</answer>`, { ...a.truth, align: undefined });
    expect(abs.score).toBeLessThanOrEqual(0.9);
  });
});
