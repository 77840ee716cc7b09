// Tree-walking interpreter of the Python subset. It knows numbers, strings, booleans, None,
// lists, tuples, a few builtins and the `math` module; CAD objects come from a host module
// (`cq`) handed in by the caller, so this file has no kernel dependency. No I/O exists here:
// the only names a program can reach are the ones defined below.
import { CadError, type Expr, type Program, type Stmt } from './ast.js';

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

export interface Callable {
  kind: 'fn';
  name: string;
  call(args: Value[], kw: Record<string, Value>, line: number): Value;
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
export type Value = number | string | boolean | null | Value[] | Callable | ModuleValue | HostObject;

export function isCallable(v: Value): v is Callable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'fn';
}

export function typeName(v: Value): string {
  if (v === null) return 'None';
  if (Array.isArray(v)) return Object.isFrozen(v) ? 'tuple' : 'list';
  if (typeof v === 'object') return v.kind === 'obj' ? v.typeName : v.kind === 'fn' ? 'function' : 'module';
  return ({ number: 'float', string: 'str', boolean: 'bool' } as Record<string, string>)[typeof v] ?? typeof v;
}

export function fn(name: string, call: Callable['call']): Callable {
  return { kind: 'fn', name, call };
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
  allocated = 0;
  /** Charges a new sequence of n items: bounded alone (maxItems) and in total (maxAlloc). */
  items(n: number, line: number): void {
    if (n > this.limits.maxItems) throw new CadError('limit', `a sequence of ${n} items exceeds the limit of ${this.limits.maxItems}`, line);
    this.allocated += Math.max(0, n);
    if (this.allocated > this.limits.maxAlloc) throw new CadError('limit', `program created more than ${this.limits.maxAlloc} list items in total`, line);
  }
}

export function num(v: Value, what: string, line: number): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') throw new CadError('runtime', `${what} must be a number, got ${typeName(v)}`, line);
  return v;
}

function finite(v: number, line: number): number {
  if (!Number.isFinite(v)) throw new CadError('runtime', 'arithmetic produced an infinite or undefined number', line);
  return v;
}

function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && v !== null) return true;
  return Boolean(v);
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  return a === b;
}

const math: ModuleValue = {
  kind: 'module',
  name: 'math',
  attrs: {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    ...Object.fromEntries(
      (['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sqrt', 'floor', 'ceil', 'fabs', 'exp', 'log'] as const).map((n) => [
        n,
        fn(`math.${n}`, (args, _kw, line) => {
          const x = num(args[0], `math.${n}() argument`, line);
          const f = n === 'fabs' ? Math.abs : Math[n];
          return finite(f(x), line);
        }),
      ]),
    ),
    atan2: fn('math.atan2', (a, _k, line) => Math.atan2(num(a[0], 'y', line), num(a[1], 'x', line))),
    hypot: fn('math.hypot', (a, _k, line) => Math.hypot(...a.map((x) => num(x, 'argument', line)))),
    radians: fn('math.radians', (a, _k, line) => (num(a[0], 'angle', line) * Math.PI) / 180),
    degrees: fn('math.degrees', (a, _k, line) => (num(a[0], 'angle', line) * 180) / Math.PI),
  },
};

const methodCalls = new WeakMap<object, boolean>();

/** Whether statements contain a method call (`x.f(...)`): a possible CAD operation. */
function callsMethods(body: Stmt[]): boolean {
  const hit = methodCalls.get(body);
  if (hit !== undefined) return hit;
  const found = JSON.stringify(body).includes('"t":"call","fn":{"t":"attr"');
  methodCalls.set(body, found);
  return found;
}

export interface Host {
  /** Modules importable by name (`cadquery`), besides math. */
  modules: Record<string, ModuleValue>;
  /** Extra global functions (show_object). */
  globals?: Record<string, Value>;
}

export class Interpreter {
  readonly env = new Map<string, Value>();
  private readonly builtins: Record<string, Value>;

  constructor(
    private readonly host: Host,
    readonly budget: Budget,
  ) {
    const b = budget;
    this.builtins = {
      True: true,
      False: false,
      None: null,
      range: fn('range', (args, _kw, line) => {
        const ns = args.map((a) => num(a, 'range() argument', line));
        if (ns.some((x) => !Number.isInteger(x))) throw new CadError('runtime', 'range() arguments must be integers', line);
        const [start, stop, stepN] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? 1];
        if (stepN === 0) throw new CadError('runtime', 'range() step must not be zero', line);
        const n = Math.max(0, Math.ceil((stop - start) / stepN));
        b.items(n, line);
        return Array.from({ length: n }, (_, i) => start + i * stepN);
      }),
      len: fn('len', (a, _k, line) => {
        if (Array.isArray(a[0]) || typeof a[0] === 'string') return a[0].length;
        throw new CadError('runtime', `len() of ${typeName(a[0])}`, line);
      }),
      abs: fn('abs', (a, _k, line) => Math.abs(num(a[0], 'abs() argument', line))),
      min: fn('min', (a, _k, line) => Math.min(...(a.length === 1 && Array.isArray(a[0]) ? a[0] : a).map((x) => num(x, 'min() argument', line)))),
      max: fn('max', (a, _k, line) => Math.max(...(a.length === 1 && Array.isArray(a[0]) ? a[0] : a).map((x) => num(x, 'max() argument', line)))),
      sum: fn('sum', (a, _k, line) => (Array.isArray(a[0]) ? a[0] : []).reduce<number>((s, x) => s + num(x, 'sum() item', line), 0)),
      round: fn('round', (a, _k, line) => {
        const x = num(a[0], 'round() argument', line);
        const d = a.length > 1 ? num(a[1], 'ndigits', line) : 0;
        const f = 10 ** d;
        // Python rounds half to even.
        const y = x * f;
        const r = Math.round(y);
        return (Math.abs(y % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r) / f;
      }),
      int: fn('int', (a, _k, line) => Math.trunc(num(a[0], 'int() argument', line))),
      float: fn('float', (a, _k, line) => num(a[0], 'float() argument', line)),
      list: fn('list', (a, _k, line) => {
        if (!Array.isArray(a[0])) throw new CadError('runtime', `list() of ${typeName(a[0])}`, line);
        b.items(a[0].length, line);
        return [...a[0]];
      }),
      tuple: fn('tuple', (a, _k, line) => {
        if (!Array.isArray(a[0])) throw new CadError('runtime', `tuple() of ${typeName(a[0])}`, line);
        b.items(a[0].length, line);
        return Object.freeze([...a[0]]) as Value[];
      }),
      print: fn('print', () => null),
      ...host.globals,
    };
  }

  run(program: Program): void {
    this.block(program.body);
  }

  private block(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private assign(targets: string[], v: Value, line: number): void {
    if (targets.length === 1) {
      this.env.set(targets[0], v);
      return;
    }
    if (!Array.isArray(v) || v.length !== targets.length) {
      throw new CadError('runtime', `cannot unpack ${typeName(v)} into ${targets.length} names`, line);
    }
    targets.forEach((t, i) => this.env.set(t, v[i]));
  }

  private stmt(s: Stmt): void {
    this.budget.step(s.line);
    switch (s.t) {
      case 'import': {
        const mod = s.module === 'math' ? math : this.host.modules[s.module];
        if (!mod) throw new CadError('forbidden', `module ${s.module} is not available`, s.line);
        this.env.set(s.alias, mod);
        return;
      }
      case 'assign':
        this.assign(s.targets, this.expr(s.value), s.line);
        return;
      case 'aug': {
        const cur = this.lookup(s.name, s.line);
        this.env.set(s.name, this.binop(s.op, cur, this.expr(s.value), s.line));
        return;
      }
      case 'expr':
        this.expr(s.e);
        return;
      case 'pass':
        return;
      case 'if':
        this.block(truthy(this.expr(s.test)) ? s.body : s.orelse);
        return;
      case 'for': {
        const it = this.expr(s.iter);
        if (!Array.isArray(it)) throw new CadError('runtime', `cannot iterate over ${typeName(it)}`, s.line);
        // A loop that calls methods (CAD operations) more times than the operation budget allows
        // is refused before it starts, instead of after seconds of kernel work.
        if (it.length > this.budget.limits.maxOps && callsMethods(s.body)) {
          throw new CadError('limit', `a loop of ${it.length} iterations calling CAD methods exceeds the limit of ${this.budget.limits.maxOps} operations`, s.line);
        }
        for (const v of it) {
          this.budget.step(s.line);
          this.assign(s.target, v, s.line);
          this.block(s.body);
        }
        return;
      }
    }
  }

  private lookup(name: string, line: number): Value {
    if (this.env.has(name)) return this.env.get(name)!;
    if (name in this.builtins) return this.builtins[name];
    throw new CadError('runtime', `name "${name}" is not defined (the subset has no I/O, eval or other modules)`, line);
  }

  expr(e: Expr): Value {
    this.budget.step(e.line);
    switch (e.t) {
      case 'num':
      case 'str':
      case 'bool':
        return e.v;
      case 'none':
        return null;
      case 'name':
        return this.lookup(e.n, e.line);
      case 'tuple':
        this.budget.items(e.items.length, e.line);
        return Object.freeze(e.items.map((x) => this.expr(x))) as Value[];
      case 'list':
        this.budget.items(e.items.length, e.line);
        return e.items.map((x) => this.expr(x));
      case 'comp': {
        const it = this.expr(e.iter);
        if (!Array.isArray(it)) throw new CadError('runtime', `cannot iterate over ${typeName(it)}`, e.line);
        const out: Value[] = [];
        for (const v of it) {
          this.assign(e.target, v, e.line);
          if (e.cond && !truthy(this.expr(e.cond))) continue;
          out.push(this.expr(e.elt));
        }
        this.budget.items(out.length, e.line);
        return out;
      }
      case 'cond':
        return truthy(this.expr(e.test)) ? this.expr(e.a) : this.expr(e.b);
      case 'un': {
        const v = this.expr(e.e);
        if (e.op === 'not') return !truthy(v);
        const x = num(v, `operand of unary ${e.op}`, e.line);
        return e.op === '-' ? -x : x;
      }
      case 'bin': {
        if (e.op === 'and') {
          const l = this.expr(e.l);
          return truthy(l) ? this.expr(e.r) : l;
        }
        if (e.op === 'or') {
          const l = this.expr(e.l);
          return truthy(l) ? l : this.expr(e.r);
        }
        return this.binop(e.op, this.expr(e.l), this.expr(e.r), e.line);
      }
      case 'attr':
        return this.attr(this.expr(e.obj), e.name, e.line);
      case 'index': {
        const o = this.expr(e.obj);
        const i = num(this.expr(e.idx), 'index', e.line);
        if (!Array.isArray(o) || !Number.isInteger(i)) throw new CadError('runtime', `cannot index ${typeName(o)} with ${i}`, e.line);
        const k = i < 0 ? o.length + i : i;
        if (k < 0 || k >= o.length) throw new CadError('runtime', `index ${i} out of range for a sequence of ${o.length}`, e.line);
        return o[k];
      }
      case 'call': {
        const f = this.expr(e.fn);
        if (!isCallable(f)) throw new CadError('runtime', `${typeName(f)} is not callable`, e.line);
        const args = e.args.map((a) => this.expr(a));
        const kw: Record<string, Value> = {};
        for (const [k, v] of e.kw) kw[k] = this.expr(v);
        return f.call(args, kw, e.line);
      }
    }
  }

  private attr(o: Value, name: string, line: number): Value {
    if (typeof o === 'object' && o !== null && !Array.isArray(o)) {
      if (o.kind === 'module' && name in o.attrs) return o.attrs[name];
      if (o.kind === 'obj') {
        const v = o.getAttr(name, line);
        if (v !== undefined) return v;
      }
    }
    if (Array.isArray(o) && name === 'append' && !Object.isFrozen(o)) {
      return fn('list.append', (a, _k, l) => {
        this.budget.items(o.length + 1, l);
        o.push(a[0]);
        return null;
      });
    }
    throw new CadError('unsupported', `${typeName(o)} has no supported attribute "${name}"`, line);
  }

  private binop(op: string, l: Value, r: Value, line: number): Value {
    if (op === '==') return equal(l, r);
    if (op === '!=') return !equal(l, r);
    if (op === '+' && Array.isArray(l) && Array.isArray(r)) {
      this.budget.items(l.length + r.length, line);
      const out = [...l, ...r];
      return Object.isFrozen(l) ? (Object.freeze(out) as Value[]) : out;
    }
    if (op === '+' && typeof l === 'string' && typeof r === 'string') {
      this.budget.items(l.length + r.length, line);
      return l + r;
    }
    if (op === '*' && Array.isArray(l) && typeof r === 'number') {
      this.budget.items(l.length * Math.max(0, r), line);
      const n = Math.max(0, Math.trunc(r));
      const out: Value[] = new Array(n * l.length);
      for (let k = 0; k < out.length; k++) out[k] = l[k % l.length];
      return Object.isFrozen(l) ? (Object.freeze(out) as Value[]) : out;
    }
    // Workplane arithmetic (a + b, a - b) is delegated to the host object.
    if (typeof l === 'object' && l !== null && !Array.isArray(l) && l.kind === 'obj') {
      const m = l.getAttr(op === '+' ? 'union' : op === '-' ? 'cut' : '', line);
      if (m && isCallable(m)) return m.call([r], {}, line);
    }
    const a = num(l, `left operand of ${op}`, line);
    const b = num(r, `right operand of ${op}`, line);
    switch (op) {
      case '+':
        return finite(a + b, line);
      case '-':
        return finite(a - b, line);
      case '*':
        return finite(a * b, line);
      case '/':
        if (b === 0) throw new CadError('runtime', 'division by zero', line);
        return finite(a / b, line);
      case '//':
        if (b === 0) throw new CadError('runtime', 'division by zero', line);
        return Math.floor(a / b);
      case '%':
        if (b === 0) throw new CadError('runtime', 'modulo by zero', line);
        return a - b * Math.floor(a / b);
      case '**':
        return finite(a ** b, line);
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '<=':
        return a <= b;
      case '>=':
        return a >= b;
    }
    throw new CadError('unsupported', `operator ${op}`, line);
  }
}
