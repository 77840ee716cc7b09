import { FieldError } from '../core/errors.js';

/** A whole-number flag value within [min, max], or a FieldError naming the flag, the value and the range. */
export function intFlag(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new FieldError(flag, v, `an integer from ${min} to ${max}`);
  return n;
}
