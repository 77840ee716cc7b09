import { describe, expect, it } from 'vitest';
import { judgeMath, type MathTruth } from '../../verifiers/math/index.js';
import { verify } from '../../verifiers/index.js';
import { TABLE } from './forms.js';

/** Near-misses derived from each numeric row: a wrong factor, a shifted value, two answers, a wrong unit, a coarse rounding. */
function derivedMisses(t: MathTruth): string[] {
  if (typeof t.value !== 'number' || t.choices) return [];
  const e = t.symbolic ?? String(t.value);
  const v = t.value;
  const out = [`2*(${e})`, `(${e})/2`, `sqrt(2)*(${e})`, `(${e}) + 1`, `(${e}) - 1`, `${e}, ${v * 2}`, `${e} or ${v + 1}`, `${(v * 10).toPrecision(3)}`];
  if (Math.abs(Math.abs(v) - 1) > 0.1) out.push(`(${e})^2`);
  // Off by 1 % is beyond the default tolerance (0.1 %, or 3 correctly rounded digits), not beyond a chart's ±2 %.
  if (!t.tolerance) out.push((v * 1.01).toFixed(4), (v * 0.99).toFixed(4));
  const coarse = Number(v.toPrecision(1));
  if (Math.abs(coarse - v) > 0.05 * Math.abs(v)) out.push(v.toPrecision(1));
  if (t.unit === 'cm') out.push(`${e} m`, `${e} cm^2`, `${e} deg`);
  if (t.unit === 'cm^2') out.push(`${e} cm`, `${e} mm^2`);
  if (t.unit === 'deg') out.push(`${e} rad`);
  return out;
}

const accepted = TABLE.flatMap((r) => r.accept.map((a) => [r.name, a, r.truth] as const));
const rejected = TABLE.flatMap((r) => [...r.reject, ...derivedMisses(r.truth)].map((a) => [r.name, a, r.truth] as const));

describe('math verifier: equivalent forms', () => {
  it('the table holds at least 300 equivalent forms', () => expect(accepted.length).toBeGreaterThanOrEqual(300));

  it.each(accepted)('%s: accepts %j', (_name, answer, truth) => {
    const j = judgeMath(answer, truth);
    expect(j.correct, j.reason).toBe(true);
  });

  it('accepts the forms through the verify wrapper in <answer>, \\boxed{} and $…$', () => {
    for (const [, a, truth] of accepted.filter((_, i) => i % 3 === 0)) {
      expect(verify('math', `Reasoning... <answer>${a}</answer>`, truth).score, a).toBe(1);
      if (!a.includes('}') || a.split('{').length === a.split('}').length) expect(verify('math', `So the result is \\boxed{${a}}.`, truth).score, a).toBe(1);
    }
  });
});

describe('math verifier: near-misses', () => {
  it('the table holds at least 300 near-misses', () => expect(rejected.length).toBeGreaterThanOrEqual(300));

  it.each(rejected)('%s: rejects %j', (_name, answer, truth) => {
    const j = judgeMath(answer, truth);
    expect(j.correct, `${answer} was accepted: ${j.reason}`).toBe(false);
    expect(j.reason.length).toBeGreaterThan(0);
    expect(verify('math', `<answer>${answer}</answer>`, truth).score).toBe(0);
  });
});
