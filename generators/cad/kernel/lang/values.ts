// Values of the Python subset and the budget that bounds a run. Numbers, strings, booleans,
// None, lists (mutable arrays), tuples (frozen arrays), dicts, functions, modules and host
// objects (Workplanes, Sketches, Vectors...). Nothing here can reach I/O.
import { CadError } from './ast.js';

export interface Limits {
  /** Expression evaluations, loop iterations included. */
  maxSteps: number;
  /** Items in one range() or list. */
  maxItems: number;
  /** Items created over the whole run (lists, ranges, strings): bounds memory. */
  maxAlloc: number;
  /** Kernel operations (each solid-building call). */
  maxOps: number;
  /**
   * CPU-time budget in ms, checked between steps and operations (the worker host also enforces a
   * hard one). CPU time, not wall time: a loaded machine must not fail a program that fits.
   */
  maxMs: number;
}

export const DEFAULT_LIMITS: Limits = { maxSteps: 100_000, maxItems: 10_000, maxAlloc: 1_000_000, maxOps: 100, maxMs: 4_000 };

/** Nested user-function calls allowed (recursion depth). */
export const MAX_CALL_DEPTH = 40;

export interface Callable {
  kind: 'fn';
  name: string;
  call(args: Value[], kw: Record<string, Value>, line: number): Value;
  /** Attributes of a callable namespace (cq.Plane(...) and cq.Plane.named(...)). */
  attrs?: Record<string, Value>;
}
export interface ModuleValue {
  kind: 'module';
  name: string;
  attrs: Record<string, Value>;
}
/** An object of the host (a Workplane): attributes are looked up by name. */
export interface HostObject {
  kind: 'obj';
  typeName: string;
  getAttr(name: string, line: number): Value | undefined;
}
/** A Python dict; keys are numbers, strings, booleans, None or tuples of those. */
export interface DictValue {
  kind: 'dict';
  map: Map<string, [Value, Value]>;
}
export type Value = number | string | boolean | null | Value[] | Callable | ModuleValue | HostObject | DictValue;

export function isCallable(v: Value): v is Callable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'fn';
}
export function isHost(v: Value): v is HostObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'obj';
}
export function isDict(v: Value): v is DictValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'dict';
}

export function typeName(v: Value): string {
  if (v === null) return 'None';
  if (Array.isArray(v)) return Object.isFrozen(v) ? 'tuple' : 'list';
  if (typeof v === 'object') return v.kind === 'obj' ? v.typeName : v.kind === 'fn' ? 'function' : v.kind;
  return ({ number: 'float', string: 'str', boolean: 'bool' } as Record<string, string>)[typeof v] ?? typeof v;
}

export function fn(name: string, call: Callable['call']): Callable {
  return { kind: 'fn', name, call };
}

export function tuple(items: Value[]): Value[] {
  return Object.freeze(items) as Value[];
}

/** Key of a dict entry: equal Python keys give equal strings (1 and 1.0 and True alike). */
export function dictKey(k: Value, line: number): string {
  if (typeof k === 'boolean') return `n${k ? 1 : 0}`;
  if (typeof k === 'number') return `n${k}`;
  if (typeof k === 'string') return `s${k}`;
  if (k === null) return 'N';
  if (Array.isArray(k) && Object.isFrozen(k)) return `t(${k.map((x) => dictKey(x, line)).join(',')})`;
  throw new CadError('runtime', `unhashable dict key of type ${typeName(k)}`, line);
}

export function num(v: Value, what: string, line: number): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') throw new CadError('runtime', `${what} must be a number, got ${typeName(v)}`, line);
  return v;
}

export function finite(v: number, line: number): number {
  if (!Number.isFinite(v)) throw new CadError('runtime', 'arithmetic produced an infinite or undefined number', line);
  return v;
}

export function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return v.map.size > 0;
  if (typeof v === 'object' && v !== null) return true;
  return Boolean(v);
}

export function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (typeof a === 'boolean' || typeof b === 'boolean') return (typeof a === 'boolean' ? +a : a) === (typeof b === 'boolean' ? +b : b);
  if (isDict(a) && isDict(b)) return a.map.size === b.map.size && [...a.map].every(([k, [, v]]) => b.map.has(k) && equal(v, b.map.get(k)![1]));
  return a === b;
}

/** Python's str() of a value (repr for items inside containers). */
export function str(v: Value, repr = false): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e16 ? String(v) : String(v).replace(/e\+?/, 'e+').replace('e+-', 'e-');
  if (typeof v === 'string') return repr ? `'${v}'` : v;
  if (Array.isArray(v)) {
    const inner = v.map((x) => str(x, true)).join(', ');
    return Object.isFrozen(v) ? `(${inner}${v.length === 1 ? ',' : ''})` : `[${inner}]`;
  }
  if (isDict(v)) return `{${[...v.map.values()].map(([k, x]) => `${str(k, true)}: ${str(x, true)}`).join(', ')}}`;
  return `<${typeName(v)}>`;
}

/** CPU milliseconds used by this process so far (the program runs in its only busy thread). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Shared step/time accounting; the host charges kernel operations through `op`. */
export class Budget {
  steps = 0;
  ops = 0;
  allocated = 0;
  private readonly deadline: number;
  constructor(readonly limits: Limits) {
    this.deadline = cpuMs() + limits.maxMs;
  }
  private checkTime(line: number): void {
    if (cpuMs() > this.deadline) throw new CadError('limit', `program exceeded ${this.limits.maxMs} ms of CPU time`, line);
  }
  step(line: number): void {
    if (++this.steps > this.limits.maxSteps) throw new CadError('limit', `program exceeded ${this.limits.maxSteps} evaluation steps`, line);
    if ((this.steps & 255) === 0) this.checkTime(line);
  }
  op(name: string, line: number): void {
    if (++this.ops > this.limits.maxOps) throw new CadError('limit', `program exceeded ${this.limits.maxOps} CAD operations (at ${name})`, line);
    this.checkTime(line);
  }
  /** Charges one item appended to a sequence now `len` long (comprehensions, append). */
  grow(len: number, line: number): void {
    if (len > this.limits.maxItems) throw new CadError('limit', `a sequence of ${len} items exceeds the limit of ${this.limits.maxItems}`, line);
    if (++this.allocated > this.limits.maxAlloc) throw new CadError('limit', `program created more than ${this.limits.maxAlloc} list items in total`, line);
  }
  /** Charges a new sequence of n items: bounded alone (maxItems) and in total (maxAlloc). */
  items(n: number, line: number): void {
    if (n > this.limits.maxItems) throw new CadError('limit', `a sequence of ${n} items exceeds the limit of ${this.limits.maxItems}`, line);
    this.allocated += Math.max(0, n);
    if (this.allocated > this.limits.maxAlloc) throw new CadError('limit', `program created more than ${this.limits.maxAlloc} list items in total`, line);
  }
}
