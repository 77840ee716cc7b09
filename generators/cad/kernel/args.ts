// Argument binding for kernel methods, CadQuery-style: positional then keyword, defaults,
// and a refusal that names the method and the unsupported keyword.
import { CadError } from './lang/ast.js';
import { num, type Value } from './lang/interp.js';

/** Bounds on sizes so that a single kernel call stays cheap (limits work, not valid CAD). */
export const MAX_DIM = 1e4;
export const MAX_SIDES = 64;
/** Points of one spline or polyline: more would be hostile, not a part. */
export const MAX_POINTS = 500;

/** Resolves positional and keyword arguments against a signature. `undefined` default = required. */
export function bind(name: string, spec: [string, Value | undefined][], args: Value[], kw: Record<string, Value>, line: number): Record<string, Value> {
  if (args.length > spec.length) throw new CadError('runtime', `${name}() takes at most ${spec.length} arguments (${args.length} given)`, line);
  const out: Record<string, Value> = {};
  spec.forEach(([k, d], i) => {
    if (i < args.length) {
      if (k in kw) throw new CadError('runtime', `${name}() got two values for "${k}"`, line);
      out[k] = args[i];
    } else if (k in kw) out[k] = kw[k];
    else if (d === undefined) throw new CadError('runtime', `${name}() is missing the argument "${k}"`, line);
    else out[k] = d;
  });
  for (const k of Object.keys(kw)) {
    if (!spec.some(([s]) => s === k)) {
      throw new CadError('unsupported', `${name}() has no supported keyword "${k}"; allowed: ${spec.map(([s]) => s).join(', ')}`, line);
    }
  }
  return out;
}

export function bool3(v: Value, what: string, line: number): [boolean, boolean, boolean] {
  if (typeof v === 'boolean') return [v, v, v];
  if (Array.isArray(v) && v.length === 3 && v.every((b) => typeof b === 'boolean')) return v as [boolean, boolean, boolean];
  throw new CadError('runtime', `${what} must be True, False or a tuple of three booleans`, line);
}

export function bool2(v: Value, what: string, line: number): [boolean, boolean] {
  if (typeof v === 'boolean') return [v, v];
  if (Array.isArray(v) && v.length === 2 && v.every((b) => typeof b === 'boolean')) return v as [boolean, boolean];
  throw new CadError('runtime', `${what} must be True, False or a tuple of two booleans`, line);
}

export function positive(v: Value, what: string, line: number, max = MAX_DIM): number {
  const x = num(v, what, line);
  if (!(x > 0) || x > max) throw new CadError('geometry', `${what} must be > 0 and at most ${max}, got ${x}`, line);
  return x;
}

/** A non-zero length within MAX_DIM (negative allowed: direction). */
export function length(v: Value, what: string, line: number): number {
  const x = num(v, what, line);
  if (!(Math.abs(x) > 1e-9) || Math.abs(x) > MAX_DIM) throw new CadError('geometry', `${what} must be non-zero and at most ${MAX_DIM} in size, got ${x}`, line);
  return x;
}

export function int(v: Value, what: string, line: number, min: number, max: number): number {
  const x = num(v, what, line);
  if (!Number.isInteger(x) || x < min || x > max) throw new CadError('runtime', `${what} must be an integer from ${min} to ${max}, got ${x}`, line);
  return x;
}

/** CadQuery combine modes: True/"a" fuse, "s"/"cut" cut, False keep apart. */
export function combineMode(v: Value, line: number): 'fuse' | 'cut' | false {
  if (v === true || v === 'a') return 'fuse';
  if (v === false) return false;
  if (v === 's' || v === 'cut') return 'cut';
  throw new CadError('unsupported', `combine=${JSON.stringify(v)}; use True, False, "a", "s" or "cut"`, line);
}
