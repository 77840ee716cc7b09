import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { ex } from '../../generators/geometry/exact.js';

describe('exact values', () => {
  it('reduces surds and keeps canonical forms', () => {
    expect(ex.sqrt(18).toMath()).toBe('3*sqrt(2)');
    expect(ex.sqrt(18).toText()).toBe('3√2');
    expect(ex.sqrt(ex.rat(1, 2)).toMath()).toBe('sqrt(2)/2');
    expect(ex.sqrt(144).toMath()).toBe('12');
    expect(ex.rat(6, 4).toMath()).toBe('3/2');
    expect(ex.pi.mul(ex.rat(10, 3)).toText()).toBe('10π/3');
  });

  it('adds, multiplies and divides like terms exactly', () => {
    expect(ex.sqrt(2).add(ex.sqrt(8)).toMath()).toBe('3*sqrt(2)');
    expect(ex.sqrt(6).mul(ex.sqrt(3)).toMath()).toBe('3*sqrt(2)');
    expect(ex.int(6).div(ex.sqrt(3)).toMath()).toBe('2*sqrt(3)');
    expect(ex.int(121).sub(ex.pi.mul(ex.rat(121, 4))).toText()).toBe('121 − 121π/4');
    expect(ex.sqrt(2).sub(ex.sqrt(2)).toMath()).toBe('0');
  });

  it('its mathjs form evaluates to its numeric value', () => {
    const samples = [ex.sqrt(50).mul(ex.rat(3, 7)), ex.pi.mul(ex.rat(49, 12)).sub(ex.sqrt(3).mul(ex.rat(49, 4))), ex.int(8).add(ex.sqrt(65).mul(ex.int(2))), ex.rat(-5, 3)];
    for (const x of samples) expect(evaluate(x.toMath())).toBeCloseTo(x.toNumber(), 12);
  });

  it('refuses what has no closed form here instead of guessing', () => {
    expect(() => ex.sqrt(ex.sqrt(2))).toThrow(/no closed form/);
    expect(() => ex.int(1).div(ex.int(1).add(ex.sqrt(2)))).toThrow(/not supported/);
  });
});
