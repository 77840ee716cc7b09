// Operators, subscripts and attribute access of the Python subset, as Python defines them on
// our values: arithmetic with Python's floor division and modulo, sequence concatenation and
// repetition (charged to the budget), `%` formatting, comparisons and `in`, indexing and slices
// (negative indices, steps), and host objects' operator methods (`__add__` ...) for `Workplane +
// Workplane` or `Vector * 2`. The tree walker (interp.ts) calls these for every expression.
import { CadError } from './ast.js';
import { builtinMethod, compareValues, formatSpec, iterate } from './builtins.js';
import { Budget, dictKey, equal, finite, isCallable, isDict, isHost, num, str, tuple, typeName, type Value } from './values.js';

export function position(o: Value[] | string, k: Value, line: number): number {
  const i = num(k, 'index', line);
  if (!Number.isInteger(i)) throw new CadError('runtime', `index ${i} is not an integer`, line);
  const at = i < 0 ? o.length + i : i;
  if (at < 0 || at >= o.length) throw new CadError('runtime', `index ${i} out of range for a sequence of ${o.length}`, line);
  return at;
}

export function index(o: Value, k: Value, line: number): Value {
  if (isDict(o)) {
    const hit = o.map.get(dictKey(k, line));
    if (!hit) throw new CadError('runtime', `key ${str(k, true)} is not in the dict`, line);
    return hit[1];
  }
  if (Array.isArray(o) || typeof o === 'string') return o[position(o, k, line)];
  if (isHost(o)) {
    const get = o.getAttr('__getitem__', line);
    if (get && isCallable(get)) return get.call([k], {}, line);
  }
  throw new CadError('runtime', `cannot index ${typeName(o)}`, line);
}

export function slice(budget: Budget, o: Value, lo: Value, hi: Value, stepV: Value, line: number): Value {
  if (!Array.isArray(o) && typeof o !== 'string') throw new CadError('runtime', `cannot slice ${typeName(o)}`, line);
  const n = o.length;
  const step = stepV === null ? 1 : num(stepV, 'slice step', line);
  if (step === 0 || !Number.isInteger(step)) throw new CadError('runtime', 'slice step must be a non-zero integer', line);
  const clamp = (v: Value, dflt: number) => {
    if (v === null) return dflt;
    const i = Math.trunc(num(v, 'slice bound', line));
    const j = i < 0 ? i + n : i;
    return step > 0 ? Math.min(Math.max(j, 0), n) : Math.min(Math.max(j, -1), n - 1);
  };
  const start = clamp(lo, step > 0 ? 0 : n - 1);
  const stop = clamp(hi, step > 0 ? n : -1);
  const idx: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) idx.push(i);
  budget.items(idx.length, line);
  if (typeof o === 'string') return idx.map((i) => o[i]).join('');
  const out = idx.map((i) => o[i]);
  return Object.isFrozen(o) ? tuple(out) : out;
}

export function attr(budget: Budget, o: Value, name: string, line: number): Value {
  if (typeof o === 'object' && o !== null && !Array.isArray(o)) {
    if ((o.kind === 'module' || o.kind === 'fn') && o.attrs && Object.prototype.hasOwnProperty.call(o.attrs, name)) return o.attrs[name];
    if (o.kind === 'obj') {
      const v = o.getAttr(name, line);
      if (v !== undefined) return v;
    }
  }
  const m = builtinMethod(o, name, budget);
  if (m) return m;
  throw new CadError('unsupported', `${typeName(o)} has no supported attribute "${name}"`, line);
}

/** A host object's operator method (`__add__` ...), as Python dispatches `a + b`. */
export function hostOp(o: Value, name: string, args: Value[], line: number): Value | undefined {
  if (!isHost(o)) return undefined;
  const m = o.getAttr(name, line);
  return m && isCallable(m) ? m.call(args, {}, line) : undefined;
}

export function compare(op: string, l: Value, r: Value, line: number): boolean {
  switch (op) {
    case '==':
      return equal(l, r);
    case '!=':
      return !equal(l, r);
    case 'is':
      return l === r || (l === null && r === null);
    case 'is not':
      return !(l === r || (l === null && r === null));
    case 'in':
    case 'not in': {
      const hit = isDict(r) ? r.map.has(dictKey(l, line)) : typeof r === 'string' && typeof l === 'string' ? r.includes(l) : iterate(r, line).some((x) => equal(x, l));
      return op === 'in' ? hit : !hit;
    }
  }
  const c = compareValues(l, r, line);
  return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
}

const DUNDER: Record<string, string> = { '+': '__add__', '-': '__sub__', '*': '__mul__', '/': '__truediv__', '&': '__and__', '|': '__or__' };

export function binop(budget: Budget, op: string, l: Value, r: Value, line: number, inPlace = false): Value {
  if (op === '+' && Array.isArray(l) && Array.isArray(r)) {
    budget.items(l.length + r.length, line);
    if (inPlace && !Object.isFrozen(l)) {
      l.push(...r);
      return l;
    }
    const out = [...l, ...r];
    return Object.isFrozen(l) ? tuple(out) : out;
  }
  if (op === '+' && typeof l === 'string' && typeof r === 'string') {
    budget.items(l.length + r.length, line);
    return l + r;
  }
  if (op === '*' && (Array.isArray(l) || typeof l === 'string') && typeof r === 'number') {
    const n = Math.max(0, Math.trunc(r));
    budget.items(l.length * n, line);
    if (typeof l === 'string') return l.repeat(n);
    const out: Value[] = new Array(n * l.length);
    for (let k = 0; k < out.length; k++) out[k] = l[k % l.length];
    return Object.isFrozen(l) ? tuple(out) : out;
  }
  if (op === '%' && typeof l === 'string') {
    const vals = Array.isArray(r) ? r : [r];
    let i = 0;
    return l.replace(/%(\.\d+)?([dfsg%])/g, (w, p: string | undefined, t: string) => (t === '%' ? '%' : formatSpec(vals[i++] ?? null, (p ?? '') + (t === 's' ? '' : t), line)));
  }
  // Host objects (Workplane + Workplane, Vector * 2, ...) implement the operator themselves.
  const dunder = DUNDER[op];
  if (dunder) {
    const v = hostOp(l, dunder, [r], line) ?? (op === '*' ? hostOp(r, '__rmul__', [l], line) : undefined);
    if (v !== undefined) return v;
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
  }
  throw new CadError('unsupported', `operator ${op}`, line);
}
