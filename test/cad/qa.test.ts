// cad-qa judging: exact counts, tolerant measurements, exact view names; one answer only.
import { describe, expect, it } from 'vitest';
import { verify } from '../../verifiers/index.js';

const v = (answer: string, truth: object) => verify('cad-qa', `<answer>${answer}</answer>`, truth);

describe('cad-qa verifier', () => {
  it('counts exactly', () => {
    const t = { kind: 'count', value: 4 };
    expect(v('4', t).score).toBe(1);
    expect(v(' 4 ', t).score).toBe(1);
    for (const bad of ['5', '3', '4 or 5', '4, 5', 'four', '4.5', '']) expect(v(bad, t).score, bad).toBe(0);
  });

  it('accepts a measurement within its tolerance, with or without its unit', () => {
    const t = { kind: 'number', value: 80, tolerance: 0.1, unit: 'mm' };
    for (const ok of ['80', '74', '87.5', '80 mm', 'Ø80', '8e1']) expect(v(ok, t).score, ok).toBe(1);
    for (const bad of ['71', '89', '80 inches', '80 or 90', '80mm 90mm']) expect(v(bad, t).score, bad).toBe(0);
    const vol = { kind: 'number', value: 34712, tolerance: 0.02, unit: 'mm³' };
    expect(v('34,712 mm³', vol).score).toBe(1);
    expect(v('34100', vol).score).toBe(1);
    expect(v('33000', vol).score).toBe(0);
  });

  it('takes one view name', () => {
    const t = { kind: 'choice', value: 'top', choices: ['front', 'top', 'right'] };
    expect(v('top', t).score).toBe(1);
    expect(v('Top view', t).score).toBe(1);
    for (const bad of ['front', 'top or front', 'iso', 'top, front']) expect(v(bad, t).score, bad).toBe(0);
  });

  it('refuses malformed truths', () => {
    expect(v('1', { kind: 'count', value: 1.5 }).score).toBe(0);
    expect(v('top', { kind: 'choice', value: 'up', choices: ['top'] }).score).toBe(0);
  });
});
