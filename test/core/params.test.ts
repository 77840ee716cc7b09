import { describe, expect, it } from 'vitest';
import { FieldError } from '../../core/errors.js';
import { resolveParams, type ParamSpec } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';

interface P {
  size: number;
  loops: number;
  kind: string;
  strict: boolean;
}
const spec: ParamSpec<P> = {
  size: { type: 'int', min: 3, max: 40, default: 12, describe: 'cells' },
  loops: { type: 'number', min: 0, max: 0.5, default: 0, describe: 'share' },
  kind: { type: 'enum', values: ['a', 'b'], default: 'a', describe: 'kind' },
  strict: { type: 'boolean', default: false, describe: 'strict' },
};

describe('resolveParams', () => {
  it('fills defaults, applies the preset, then user values (strings converted)', () => {
    expect(resolveParams(spec)).toEqual({ size: 12, loops: 0, kind: 'a', strict: false });
    expect(resolveParams(spec, { size: '20', strict: 'true' }, 'params', { size: 5, kind: 'b' })).toEqual({ size: 20, loops: 0, kind: 'b', strict: true });
  });

  it.each([
    [{ size: 2 }, 'params.size: got 2; allowed: an integer from 3 to 40'],
    [{ size: 4.5 }, 'params.size: got 4.5; allowed: an integer from 3 to 40'],
    [{ size: 'big' }, 'params.size: got "big"; allowed: an integer from 3 to 40'],
    [{ loops: 0.9 }, 'params.loops: got 0.9; allowed: a number from 0 to 0.5'],
    [{ kind: 'c' }, 'params.kind: got "c"; allowed: one of "a", "b"'],
    [{ strict: 'yes' }, 'params.strict: got "yes"; allowed: true or false'],
    [{ colour: 'red' }, 'params.colour: got "red"; allowed: known parameters are size, loops, kind, strict'],
  ])('rejects %j with an error naming field, value and allowed range', (input, message) => {
    expect(() => resolveParams(spec, input)).toThrow(FieldError);
    expect(() => resolveParams(spec, input)).toThrow(message);
  });
});

describe('seeds', () => {
  it('derives item seeds by hashing (seed, task, index): neighbours share nothing', () => {
    expect(deriveSeed(42, 'sudoku', 1)).not.toBe(deriveSeed(43, 'sudoku', 0));
    expect(deriveSeed(42, 'sudoku', 1)).not.toBe(deriveSeed(42, 'maze', 1));
    expect(deriveSeed(42, 'sudoku', 1)).toBe(deriveSeed(42, 'sudoku', 1));
  });

  it('Rng is deterministic and uniform enough for picks', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const xs = Array.from({ length: 1000 }, () => a.int(0, 9));
    expect(Array.from({ length: 1000 }, () => b.int(0, 9))).toEqual(xs);
    for (let d = 0; d <= 9; d++) expect(xs.filter((x) => x === d).length).toBeGreaterThan(60);
  });
});
