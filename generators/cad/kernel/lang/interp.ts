// Tree-walking interpreter of the Python subset. CAD objects come from a host module (`cq`)
// handed in by the caller, so this file has no kernel dependency. No I/O exists here: the only
// names a program can reach are its own, the builtins (builtins.ts), math and the host's.
// Every evaluation step is charged to the Budget; user functions nest at most MAX_CALL_DEPTH deep.
import { CadError, type Arg, type CompFor, type Expr, type Param, type Program, type Stmt, type Target } from './ast.js';
import { builtins, formatSpec, iterate, mathModule, newDict } from './builtins.js';
import { attr, binop, compare, hostOp, index, position, slice } from './operators.js';
import { Budget, dictKey, fn, isCallable, isDict, isHost, MAX_CALL_DEPTH, num, str, truthy, tuple, typeName, type Callable, type ModuleValue, type Value } from './values.js';

export { Budget, cpuMs, DEFAULT_LIMITS, fn, isCallable, isDict, isHost, num, str, truthy, typeName, tuple } from './values.js';
export type { Callable, HostObject, Limits, ModuleValue, Value, DictValue } from './values.js';

export interface Host {
  /** Modules importable by name (`cadquery`), besides math. */
  modules: Record<string, ModuleValue>;
  /** Extra global functions (show_object). */
  globals?: Record<string, Value>;
}

/** Control flow out of a loop body or a function, as exceptions caught by the construct. */
class Break {}
class Continue {}
class Return {
  constructor(readonly value: Value) {}
}

/** A function's local names, chained to the scope it was defined in (closures). */
class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent: Scope | null) {}
}

const methodCalls = new WeakMap<object, boolean>();

/** Whether statements contain a method call (`x.f(...)`): a possible CAD operation. */
function callsMethods(body: Stmt[]): boolean {
  const hit = methodCalls.get(body);
  if (hit !== undefined) return hit;
  const found = JSON.stringify(body).includes('"t":"call","fn":{"t":"attr"');
  methodCalls.set(body, found);
  return found;
}

export class Interpreter {
  private readonly globals = new Scope(null);
  /** The program's global names (the part is read from `result`). */
  readonly env = this.globals.vars;
  private readonly builtins: Record<string, Value>;
  private depth = 0;

  constructor(
    private readonly host: Host,
    readonly budget: Budget,
  ) {
    this.builtins = { ...builtins(budget), ...host.globals };
  }

  run(program: Program): void {
    try {
      this.block(program.body, this.globals);
    } catch (e) {
      if (e instanceof Return) throw new CadError('syntax', "'return' outside a function");
      if (e instanceof Break || e instanceof Continue) throw new CadError('syntax', "'break' or 'continue' outside a loop");
      throw e;
    }
  }

  private block(body: Stmt[], sc: Scope): void {
    for (const s of body) this.stmt(s, sc);
  }

  private bind(t: Target, v: Value, sc: Scope, line: number): void {
    switch (t.t) {
      case 'name':
        // Re-inserted so the globals' order is the order of last assignment (run.ts reads the
        // most recently assigned part when a program names none).
        sc.vars.delete(t.n);
        sc.vars.set(t.n, v);
        return;
      case 'unpack': {
        const items = iterate(v, line);
        if (items.length !== t.items.length) throw new CadError('runtime', `cannot unpack ${items.length} values into ${t.items.length} names`, line);
        t.items.forEach((x, i) => this.bind(x, items[i], sc, line));
        return;
      }
      case 'item': {
        const o = this.expr(t.obj, sc);
        const k = this.expr(t.idx, sc);
        if (isDict(o)) {
          this.budget.grow(o.map.size + 1, line);
          o.map.set(dictKey(k, line), [k, v]);
        } else if (Array.isArray(o) && !Object.isFrozen(o)) o[position(o, k, line)] = v;
        else throw new CadError('runtime', `${typeName(o)} does not support item assignment`, line);
        return;
      }
      case 'attr':
        throw new CadError('unsupported', `assignment to attribute "${t.name}"`, line);
    }
  }

  private stmt(s: Stmt, sc: Scope): void {
    this.budget.step(s.line);
    switch (s.t) {
      case 'import': {
        const mod = s.module === 'math' ? mathModule : this.host.modules[s.module];
        if (!mod) throw new CadError('forbidden', `module ${s.module} is not available`, s.line);
        sc.vars.set(s.alias, mod);
        return;
      }
      case 'from': {
        const mod = s.module === 'math' ? mathModule : this.host.modules[s.module] ?? this.submodule(s.module);
        if (!mod) throw new CadError('forbidden', `module ${s.module} is not available`, s.line);
        for (const [name, alias] of s.names ?? Object.keys(mod.attrs).map((k) => [k, k])) {
          if (!(name in mod.attrs)) throw new CadError('unsupported', `${s.module} has no supported name "${name}"`, s.line);
          sc.vars.set(alias, mod.attrs[name]);
        }
        return;
      }
      case 'assign': {
        const v = this.expr(s.value, sc);
        for (const t of s.targets) this.bind(t, v, sc, s.line);
        return;
      }
      case 'aug': {
        const cur = this.targetValue(s.target, sc, s.line);
        this.bind(s.target, binop(this.budget, s.op, cur, this.expr(s.value, sc), s.line, true), sc, s.line);
        return;
      }
      case 'expr':
        this.expr(s.e, sc);
        return;
      case 'pass':
        return;
      case 'assert':
        if (!truthy(this.expr(s.test, sc))) throw new CadError('runtime', 'assertion failed', s.line);
        return;
      case 'if':
        this.block(truthy(this.expr(s.test, sc)) ? s.body : s.orelse, sc);
        return;
      case 'for': {
        const it = iterate(this.expr(s.iter, sc), s.line);
        // A loop that calls methods (CAD operations) more times than the operation budget allows
        // is refused before it starts, instead of after seconds of kernel work.
        if (it.length > this.budget.limits.maxOps && callsMethods(s.body)) {
          throw new CadError('limit', `a loop of ${it.length} iterations calling CAD methods exceeds the limit of ${this.budget.limits.maxOps} operations`, s.line);
        }
        for (const v of it) {
          this.budget.step(s.line);
          this.bind(s.target, v, sc, s.line);
          if (this.loopBody(s.body, sc)) break;
        }
        return;
      }
      case 'while':
        // Bounded by the step budget: every test and iteration is charged.
        while (truthy(this.expr(s.test, sc))) {
          this.budget.step(s.line);
          if (this.loopBody(s.body, sc)) break;
        }
        return;
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'return':
        throw new Return(s.e ? this.expr(s.e, sc) : null);
      case 'def':
        sc.vars.set(s.name, this.makeFunction(s.name, s.params, sc, s.line, (local) => {
          try {
            this.block(s.body, local);
          } catch (e) {
            if (e instanceof Return) return e.value;
            throw e;
          }
          return null;
        }));
        return;
    }
  }

  /** `cadquery.vis` / `cadquery.exporters`: a host module's attribute of that name. */
  private submodule(name: string): ModuleValue | undefined {
    const [root, ...path] = name.split('.');
    let m: Value | undefined = this.host.modules[root];
    for (const p of path) m = m && typeof m === 'object' && !Array.isArray(m) && m.kind === 'module' ? m.attrs[p] : undefined;
    return m && typeof m === 'object' && !Array.isArray(m) && m.kind === 'module' ? m : undefined;
  }

  /** Runs a loop body; true when it broke out of the loop. */
  private loopBody(body: Stmt[], sc: Scope): boolean {
    try {
      this.block(body, sc);
    } catch (e) {
      if (e instanceof Break) return true;
      if (e instanceof Continue) return false;
      throw e;
    }
    return false;
  }

  private makeFunction(name: string, params: Param[], closure: Scope, line: number, run: (local: Scope) => Value): Callable {
    // Defaults are evaluated once, where the function is defined (as Python does).
    const defaults = params.map((p) => (p.def ? this.expr(p.def, closure) : undefined));
    return fn(name, (args, kw, callLine) => {
      if (++this.depth > MAX_CALL_DEPTH) {
        this.depth = 0;
        throw new CadError('limit', `function calls nested more than ${MAX_CALL_DEPTH} deep (recursion) in ${name}()`, callLine);
      }
      try {
        const local = new Scope(closure);
        let i = 0;
        const extra: Record<string, Value> = { ...kw };
        for (const [k, p] of params.entries()) {
          if (p.star === '*') {
            local.vars.set(p.name, tuple(args.slice(i)));
            i = args.length;
          } else if (p.star === '**') {
            local.vars.set(p.name, newDict(Object.entries(extra), callLine));
            for (const key of Object.keys(extra)) delete extra[key];
          } else if (i < args.length) {
            if (p.name in extra) throw new CadError('runtime', `${name}() got two values for "${p.name}"`, callLine);
            local.vars.set(p.name, args[i++]);
          } else if (p.name in extra) {
            local.vars.set(p.name, extra[p.name]);
            delete extra[p.name];
          } else if (defaults[k] !== undefined) local.vars.set(p.name, defaults[k]!);
          else throw new CadError('runtime', `${name}() is missing the argument "${p.name}"`, callLine);
        }
        if (i < args.length) throw new CadError('runtime', `${name}() takes ${params.length} arguments (${args.length} given)`, callLine);
        const unknown = Object.keys(extra).filter((k) => !params.some((p) => p.name === k && !p.star));
        if (unknown.length) throw new CadError('runtime', `${name}() got an unexpected keyword "${unknown[0]}"`, callLine);
        return run(local);
      } finally {
        this.depth = Math.max(0, this.depth - 1);
      }
    });
    void line;
  }

  private lookup(name: string, sc: Scope, line: number): Value {
    for (let s: Scope | null = sc; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined || s.vars.has(name)) return v!;
    }
    if (name in this.builtins) return this.builtins[name];
    throw new CadError('runtime', `name "${name}" is not defined (the subset has no I/O, eval or other modules)`, line);
  }

  private targetValue(t: Target, sc: Scope, line: number): Value {
    if (t.t === 'name') return this.lookup(t.n, sc, line);
    if (t.t === 'item') return index(this.expr(t.obj, sc), this.expr(t.idx, sc), line);
    throw new CadError('unsupported', 'augmented assignment to this target', line);
  }

  private comprehension(fors: CompFor[], sc: Scope, line: number, each: () => void): void {
    const go = (k: number) => {
      if (k === fors.length) return each();
      const f = fors[k];
      for (const v of iterate(this.expr(f.iter, sc), line)) {
        this.budget.step(line);
        this.bind(f.target, v, sc, line);
        if (f.conds.every((c) => truthy(this.expr(c, sc)))) go(k + 1);
      }
    };
    go(0);
  }

  private callArgs(args: Arg[], sc: Scope, line: number): [Value[], Record<string, Value>] {
    const pos: Value[] = [];
    const kw: Record<string, Value> = {};
    for (const a of args) {
      const v = this.expr(a.e, sc);
      if (a.k === 'pos') pos.push(v);
      else if (a.k === 'kw') kw[a.name] = v;
      else if (a.k === '*') pos.push(...iterate(v, line));
      else {
        if (!isDict(v)) throw new CadError('runtime', `**argument must be a dict, got ${typeName(v)}`, line);
        for (const [k, x] of v.map.values()) {
          if (typeof k !== 'string' || k.includes('__')) throw new CadError('runtime', 'keyword names must be plain strings', line);
          kw[k] = x;
        }
      }
    }
    return [pos, kw];
  }

  expr(e: Expr, sc: Scope = this.globals): Value {
    this.budget.step(e.line);
    switch (e.t) {
      case 'num':
      case 'str':
      case 'bool':
        return e.v;
      case 'none':
        return null;
      case 'name':
        return this.lookup(e.n, sc, e.line);
      case 'tuple':
        this.budget.items(e.items.length, e.line);
        return tuple(e.items.map((x) => this.expr(x, sc)));
      case 'list':
        this.budget.items(e.items.length, e.line);
        return e.items.map((x) => this.expr(x, sc));
      case 'dict':
        this.budget.items(e.items.length, e.line);
        return newDict(
          e.items.map(([k, v]) => [this.expr(k, sc), this.expr(v, sc)]),
          e.line,
        );
      case 'comp': {
        // Comprehension variables live in their own scope, as in Python 3.
        const inner = new Scope(sc);
        const out: Value[] = [];
        const pairs: [Value, Value][] = [];
        this.comprehension(e.fors, inner, e.line, () => {
          if (e.kind === 'dict') pairs.push([this.expr(e.elt, inner), this.expr(e.val!, inner)]);
          else out.push(this.expr(e.elt, inner));
          this.budget.grow(out.length + pairs.length, e.line);
        });
        return e.kind === 'dict' ? newDict(pairs, e.line) : out;
      }
      case 'cond':
        return truthy(this.expr(e.test, sc)) ? this.expr(e.a, sc) : this.expr(e.b, sc);
      case 'un': {
        const v = this.expr(e.e, sc);
        if (e.op === 'not') return !truthy(v);
        if (isHost(v) && e.op === '-') return hostOp(v, '__neg__', [], e.line) ?? null;
        const x = num(v, `operand of unary ${e.op}`, e.line);
        return e.op === '-' ? -x : x;
      }
      case 'bin': {
        if (e.op === 'and') {
          const l = this.expr(e.l, sc);
          return truthy(l) ? this.expr(e.r, sc) : l;
        }
        if (e.op === 'or') {
          const l = this.expr(e.l, sc);
          return truthy(l) ? l : this.expr(e.r, sc);
        }
        return binop(this.budget, e.op, this.expr(e.l, sc), this.expr(e.r, sc), e.line);
      }
      case 'cmp': {
        let l = this.expr(e.items[0], sc);
        for (let i = 0; i < e.ops.length; i++) {
          const r = this.expr(e.items[i + 1], sc);
          if (!compare(e.ops[i], l, r, e.line)) return false;
          l = r;
        }
        return true;
      }
      case 'attr':
        return attr(this.budget, this.expr(e.obj, sc), e.name, e.line);
      case 'index':
        return index(this.expr(e.obj, sc), this.expr(e.idx, sc), e.line);
      case 'slice':
        return slice(this.budget, 
          this.expr(e.obj, sc),
          e.lo && this.expr(e.lo, sc),
          e.hi && this.expr(e.hi, sc),
          e.step && this.expr(e.step, sc),
          e.line,
        );
      case 'call': {
        const f = this.expr(e.fn, sc);
        if (!isCallable(f)) throw new CadError('runtime', `${typeName(f)} is not callable`, e.line);
        const [args, kw] = this.callArgs(e.args, sc, e.line);
        return f.call(args, kw, e.line);
      }
      case 'lambda':
        return this.makeFunction('<lambda>', e.params, sc, e.line, (local) => this.expr(e.body, local));
      case 'fstr': {
        const s = e.parts
          .map((p) => {
            if (typeof p === 'string') return p;
            const v = this.expr(p.e, sc);
            return p.conv === 'r' ? str(v, true) : formatSpec(v, p.spec, e.line);
          })
          .join('');
        this.budget.items(s.length, e.line);
        return s;
      }
    }
  }

}
