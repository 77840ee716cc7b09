import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { checkMathTruth, judgeMath, type MathTruth } from '../../verifiers/math/index.js';
import { verify } from '../../verifiers/index.js';

const truth: MathTruth = { value: 3 * Math.SQRT2, symbolic: '3*sqrt(2)', unit: 'cm' };

describe('math verifier robustness', () => {
  it('never throws and never accepts random junk', () => {
    const rng = new Rng('junk');
    const alphabet = '0123456789+-*/^()[]{}\\.,;: √π°abcdefxyzABCsqrtfracpi=≈%$<>\n\u0000';
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = rng.int(0, 40);
      for (let k = 0; k < n; k++) s += alphabet[rng.int(0, alphabet.length - 1)];
      const j = judgeMath(s, truth);
      expect(typeof j.reason).toBe('string');
      // Random text can only be right if it really evaluates to 3√2.
      if (j.correct) expect(Math.abs((j.parsed as number) - (truth.value as number))).toBeLessThan(0.01);
    }
  });

  it('rejects adversarial answers: stuffing, echo, unknown names, assignments, huge inputs', () => {
    const bad = [
      '1, 2, 3, 4, 5, 4.2426, 6',
      '3√2 3√3',
      'x = 3√2; y = 5',
      'sqrt(2)*3 == 5',
      'import("fs")',
      'evaluate("3*sqrt(2)")',
      '3*sqrt(2) to cm',
      '[3*sqrt(2), 5]',
      '"3*sqrt(2)"',
      '9^9^9^9',
      '1/0',
      'sqrt(-18)',
      '\\sqrt{18} \\text{ or } \\sqrt{8}',
      '\\begin{pmatrix} 3 \\end{pmatrix}',
      '('.repeat(500) + '3' + ')'.repeat(500),
      '3√2'.repeat(200),
      'Given: OT = 7 cm, OP = 16 cm. Find the length of PT in cm.',
      // A lead-in that changes the value is not prose: "half of 6√2" is 3√2, not 6√2.
      'The answer is half of 3√2 is',
      'twice the answer is 3√2',
      'minus: 3√2',
    ];
    for (const b of bad) {
      const j = judgeMath(b, truth);
      expect(j.correct, `${b.slice(0, 40)}: ${j.reason}`).toBe(false);
      expect(verify('math', `<answer>${b}</answer>`, truth).score).toBe(0);
    }
  });

  it('rejects malformed truths with a reason naming the field', () => {
    expect(checkMathTruth(null)).toMatch(/object/);
    expect(checkMathTruth({ value: 'x' })).toMatch(/value must be a finite number or a boolean/);
    expect(checkMathTruth({ value: 2, unit: 'parsec' })).toMatch(/unit "parsec" is not one of/);
    expect(checkMathTruth({ value: 2, tolerance: { rel: 0.9 } })).toMatch(/tolerance.rel/);
    expect(checkMathTruth({ value: 2, choices: ['1', '3'] })).toMatch(/exactly one choice must equal value 2; 0 do/);
    expect(checkMathTruth({ value: 2, choices: ['2', '4/2'] })).toMatch(/2 do/);
    expect(checkMathTruth({ value: 2, choices: ['2', 'two'] })).toMatch(/not a number/);
    expect(checkMathTruth({ value: 2, choices: ['1', '2', '3'] })).toBeUndefined();
    expect(verify('math', '<answer>2</answer>', { value: 2, unit: 'parsec' }).score).toBe(0);
  });

  it('modifiers in a lead-in are not dropped as prose', () => {
    const t: MathTruth = { value: 6 * Math.SQRT2, symbolic: '6*sqrt(2)' };
    expect(judgeMath('The answer is 6√2', t).correct).toBe(true);
    expect(judgeMath('Answer: 6√2', t).correct).toBe(true);
    expect(judgeMath('half of 6√2', t).correct).toBe(false);
    expect(judgeMath('Half the answer is 6√2', t).correct).toBe(false);
    expect(judgeMath('not 6√2', t).correct).toBe(false);
  });

  it('exact-looking answers within 1e-9 but not equal are settled at 64 digits', () => {
    const r2: MathTruth = { value: Math.SQRT2, symbolic: 'sqrt(2)' };
    expect(judgeMath('3880899/2744210', r2).correct).toBe(false);
    expect(judgeMath('665857/470832', r2).correct).toBe(false);
    expect(judgeMath('sqrt(2) + 10^-12', r2).correct).toBe(false);
    expect(judgeMath('2/sqrt(2)', r2).correct).toBe(true);
    expect(judgeMath('sqrt(8)/2', r2).correct).toBe(true);
    expect(judgeMath('\\frac{\\sqrt{6}}{\\sqrt{3}}', r2).correct).toBe(true);
    // As a decimal the same closeness is a fine approximation.
    expect(judgeMath('1.41421356237', r2).correct).toBe(true);
    const seg: MathTruth = { value: (16 * Math.PI) / 3 - 4 * Math.sqrt(3), symbolic: '16*pi/3 - 4*sqrt(3)' };
    expect(judgeMath('(16π - 12√3)/3', seg).correct).toBe(true);
    expect(judgeMath('16π/3 - 4√3 + 10^-11', seg).correct).toBe(false);
  });

  it('a degree question read in radians is wrong unless the answer says rad', () => {
    const deg: MathTruth = { value: 30, unit: 'deg' };
    expect(judgeMath('π/6', deg).correct).toBe(false);
    expect(judgeMath('π/6 rad', deg).correct).toBe(true);
    const rad: MathTruth = { value: Math.PI / 6, unit: 'rad' };
    expect(judgeMath('30', rad).correct).toBe(false);
    expect(judgeMath('30°', rad).correct).toBe(true);
  });
});
