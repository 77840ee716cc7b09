import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../core/canonical.js';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { FAMILIES, FAMILY_NAMES } from '../../generators/geometry/families/index.js';
import { geometry, type GeometryParams } from '../../generators/geometry/task.js';
import { verify } from '../../verifiers/index.js';

function item(params: Partial<GeometryParams>, i: number) {
  const p = resolveParams(geometry.params, params as Record<string, unknown>);
  return geometry.generate(new Rng(deriveSeed('task-test', stableStringify(params), i)), p);
}

describe('geometry task', () => {
  it.each(FAMILY_NAMES)('%s: open answers verify, stuffing two answers does not, trace and text-only are complete', (family) => {
    const fam = FAMILIES.find((f) => f.name === family)!;
    for (let i = 0; i < 15; i++) {
      const inst = item({ family, format: 'open' }, i);
      const truth = JSON.parse(JSON.stringify(inst.truth));
      expect(verify('math', `<answer>${inst.answer}</answer>`, truth).score).toBe(1);
      expect(verify('math', `\\boxed{${inst.answer}}`, truth).score).toBe(1);
      if (fam.kind === 'relation') {
        expect(['yes', 'no']).toContain(inst.answer);
        expect(verify('math', '<answer>yes or no</answer>', truth).score).toBe(0);
        expect(verify('math', `<answer>${inst.answer === 'yes' ? 'no' : 'yes'}</answer>`, truth).score).toBe(0);
      } else {
        expect(verify('math', `<answer>${inst.answer}, ${inst.truth.value as number + 1}</answer>`, truth).score).toBe(0);
        expect(verify('math', `<answer>2*(${inst.truth.symbolic})</answer>`, truth).score).toBe(0);
        expect(verify('math', `<answer>${(inst.truth.value as number).toFixed(4)}</answer>`, truth).score).toBe(1);
      }
      // The solution trace holds the construction steps followed by the deduction.
      expect(inst.features.constructionSteps).toBeGreaterThan(0);
      expect(inst.truth.solution.length).toBeGreaterThan(inst.features.constructionSteps);
      // Every given number appears in the text-only version.
      for (const n of inst.question.match(/= \d+(\.\d+)?/g) ?? []) expect(inst.textOnly).toContain(n);
    }
  });

  it('multiple choice: the answer is a letter, the options are distinct, only that letter scores', () => {
    let seen = 0;
    for (let i = 0; i < 40; i++) {
      const inst = item({ tier: (i % 5) + 1, format: 'choice' }, i);
      if (typeof inst.truth.value === 'boolean') continue;
      seen++;
      const letters = inst.truth.choices!.map((_, k) => String.fromCharCode(65 + k));
      expect(letters).toContain(inst.answer);
      expect(new Set(inst.truth.choices).size).toBe(inst.truth.choices!.length);
      for (const l of letters) expect(verify('math', `<answer>${l}</answer>`, inst.truth).score).toBe(l === inst.answer ? 1 : 0);
      const other = letters.find((l) => l !== inst.answer)!;
      expect(verify('math', `<answer>${inst.answer}, ${other}</answer>`, inst.truth).score).toBe(0);
      expect(inst.question).toMatch(/\(A\) .*\(B\) /);
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('text-dominant and vision-dominant forms of the same problem share the canonical form', () => {
    const make = (givens: string) => geometry.generate(new Rng('same-seed'), resolveParams(geometry.params, { family: 'tangent-length', givens, format: 'open' }));
    const a = make('text');
    const b = make('diagram');
    expect(a.canonical).toBe(b.canonical);
    expect(a.question).toMatch(/Given: OT = \d+ cm, OP = \d+ cm/);
    expect(b.question).not.toMatch(/OT = \d/);
  });

  it('each tier draws from its own families, with deeper deductions at higher tiers', () => {
    const depth = (tier: number) => {
      let s = 0;
      for (let i = 0; i < 40; i++) s += item({ tier }, i).features.deductionDepth;
      return s / 40;
    };
    const d1 = depth(1);
    const d3 = depth(3);
    const d5 = depth(5);
    expect(d1).toBeLessThan(d3);
    expect(d3).toBeLessThan(d5);
  });

  it('names the field, the value and the allowed values on a bad parameter', () => {
    expect(() => resolveParams(geometry.params, { family: 'hexagon-volume' })).toThrow(/params\.family: got "hexagon-volume"; allowed: one of "any", "triangle-angle-sum"/);
    expect(() => resolveParams(geometry.params, { tier: 9 })).toThrow(/params\.tier: got 9; allowed: an integer from 1 to 5/);
  });
});
