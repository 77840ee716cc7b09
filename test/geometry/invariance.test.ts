// A problem is kept only when its answer follows from the givens. These tests build a deliberately
// under-determined family (two sides of a triangle given, the third asked, the included angle
// left free) and check that the invariance check throws it out, while real families pass.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { Figure, triangleSAS } from '../../generators/geometry/construct.js';
import { segId } from '../../generators/geometry/diagram.js';
import { ex } from '../../generators/geometry/exact.js';
import { FAMILIES } from '../../generators/geometry/families/index.js';
import { lengthFact } from '../../generators/geometry/families/notes.js';
import { checkInvariant, type Family } from '../../generators/geometry/family.js';

/** Two sides only: the third side depends on the free angle, so no answer follows. */
const underDetermined: Family<{ b: number; c: number }> = {
  name: 'two-sides-only',
  kind: 'length',
  unit: 'cm',
  depth: 1,
  sample: () => ({ b: 5, c: 7 }),
  setup: (g, free) => {
    const fig = new Figure();
    triangleSAS(fig, ['A', 'B', 'C'], g.c, g.b, free.float(40, 120));
    return { fig, facts: [lengthFact('A', 'B', g.c), lengthFact('C', 'A', g.b)], marks: [], measured: fig.length('B', 'C'), evidence: [segId('B', 'C')] };
  },
  // Whatever closed form is claimed (here the one for a right angle at A), re-samples disagree.
  exact: (g) => ex.sqrt(g.b * g.b + g.c * g.c),
  describe: () => 'ABC is a triangle.',
  ask: () => 'the length of BC',
  reasoning: () => [],
};

describe('invariance check', () => {
  it('rejects a deliberately under-determined problem', () => {
    const r = checkInvariant(underDetermined, { b: 5, c: 7 }, new Rng('under'));
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/re-sample \d measures/);
  });

  it('rejects a closed form that does not match the construction', () => {
    const wrong: Family = { ...FAMILIES.find((f) => f.name === 'midsegment')!, exact: (g: { bc: number }) => ex.int(g.bc) };
    expect(checkInvariant(wrong, { bc: 10, askBC: false }, new Rng('wrong')).ok).toBe(false);
  });

  it.each(FAMILIES.map((f) => [f.name, f] as const))('%s: 30 sampled problems are invariant under re-sampling', (_name, fam) => {
    for (let i = 0; i < 30; i++) {
      const rng = new Rng(`inv-${fam.name}-${i}`);
      const g = fam.sample(rng.fork('givens'));
      const r = checkInvariant(fam, g, rng.fork('invariance'), 6);
      expect(r.ok, r.reason).toBe(true);
      expect(r.values).toHaveLength(6);
    }
  });

  it('free choices really change the figure (the check is not vacuous)', () => {
    const fam = FAMILIES.find((f) => f.name === 'inscribed-angle')!;
    const g = fam.sample(new Rng('g'));
    const a = fam.setup(g, new Rng('one')).fig.p('C');
    const b = fam.setup(g, new Rng('two')).fig.p('C');
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(1e-3);
  });
});

describe('congruence under SSA', () => {
  const fam = FAMILIES.find((f) => f.name === 'congruence-relation')!;

  it('the ambiguous case (AC < AB) does not determine congruence and is rejected', () => {
    // AB = 9, AC = 7, angle B = 40°: two triangles fit, and the free choice picks one per triangle.
    const g = { criterion: 'SSA', first: [9, 7, 40], second: [9, 7, 40] };
    const results = Array.from({ length: 20 }, (_, i) => checkInvariant(fam, g, new Rng(`ssa-${i}`), 12).ok);
    expect(results.every((ok) => !ok)).toBe(true);
  });

  it('the unique case (AC ≥ AB) is kept with answer yes', () => {
    const g = { criterion: 'SSA', first: [7, 9, 40], second: [7, 9, 40] };
    expect(fam.exact(g)).toBe(true);
    expect(checkInvariant(fam, g, new Rng('ssa-unique'), 12).ok).toBe(true);
  });

  it('a changed given makes a determined "no"', () => {
    const g = { criterion: 'SAS', first: [6, 8, 50], second: [6, 8, 55] };
    expect(fam.exact(g)).toBe(false);
    expect(checkInvariant(fam, g, new Rng('sas-no'), 12).ok).toBe(true);
  });
});
