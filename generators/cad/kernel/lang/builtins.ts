// Python builtins, the math module and the methods of lists, dicts and strings that CAD
// programs use. Each one checks its arguments and charges the sequences it creates to the budget.
import { CadError } from './ast.js';
import { type Budget, type Callable, dictKey, type DictValue, equal, finite, fn, isCallable, isDict, num, str, truthy, tuple, typeName, type ModuleValue, type Value } from './values.js';

/** The items a for loop, list() or a comprehension walks: sequences, strings, dict keys. */
export function iterate(v: Value, line: number): Value[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [...v];
  if (isDict(v)) return [...v.map.values()].map(([k]) => k);
  throw new CadError('runtime', `cannot iterate over ${typeName(v)}`, line);
}

function cmp(a: Value, b: Value, line: number): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmp(a[i], b[i], line);
      if (c) return c;
    }
    return a.length - b.length;
  }
  return num(a, 'compared value', line) - num(b, 'compared value', line);
}
export { cmp as compareValues };

/** Python's round(): half to even. */
function pyRound(x: number, d: number): number {
  const f = 10 ** d;
  const y = x * f;
  const r = Math.round(y);
  return (Math.abs(y % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r) / f;
}

/** format(value, spec) for the specs CAD programs use: [width][.precision][f|g|e|d|%]. */
export function formatSpec(v: Value, spec: string, line: number): string {
  if (!spec) return str(v);
  const m = /^([<>^]?)(\d*)(?:\.(\d+))?([fgeEd%s]?)$/.exec(spec);
  if (!m) throw new CadError('unsupported', `format spec "${spec}"`, line);
  const [, align, width, prec, type] = m;
  let s: string;
  if (type === 's' || typeof v === 'string') s = str(v);
  else {
    const x = num(v, 'formatted value', line);
    const p = prec === undefined ? 6 : Number(prec);
    s = type === 'f' ? x.toFixed(p) : type === '%' ? `${(x * 100).toFixed(p)}%` : type === 'e' || type === 'E' ? x.toExponential(p) : type === 'd' ? String(Math.trunc(x)) : prec !== undefined ? String(Number(x.toPrecision(Math.max(1, p)))) : str(x);
  }
  const w = Number(width || 0);
  if (s.length >= w) return s;
  const pad = ' '.repeat(w - s.length);
  return align === '<' || (!align && typeof v === 'string') ? s + pad : align === '^' ? pad.slice(0, pad.length >> 1) + s + pad.slice(pad.length >> 1) : pad + s;
}

const MATH1 = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'sqrt', 'exp', 'log10', 'log2', 'trunc'] as const;

export const mathModule: ModuleValue = {
  kind: 'module',
  name: 'math',
  attrs: {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: Infinity,
    ...Object.fromEntries(MATH1.map((n) => [n, fn(`math.${n}`, (a, _k, line) => finite(Math[n](num(a[0], `math.${n}() argument`, line)), line))])),
    fabs: fn('math.fabs', (a, _k, line) => Math.abs(num(a[0], 'math.fabs() argument', line))),
    floor: fn('math.floor', (a, _k, line) => Math.floor(num(a[0], 'math.floor() argument', line))),
    ceil: fn('math.ceil', (a, _k, line) => Math.ceil(num(a[0], 'math.ceil() argument', line))),
    log: fn('math.log', (a, _k, line) => finite(Math.log(num(a[0], 'math.log() argument', line)) / (a.length > 1 ? Math.log(num(a[1], 'base', line)) : 1), line)),
    pow: fn('math.pow', (a, _k, line) => finite(num(a[0], 'base', line) ** num(a[1], 'exponent', line), line)),
    atan2: fn('math.atan2', (a, _k, line) => Math.atan2(num(a[0], 'y', line), num(a[1], 'x', line))),
    hypot: fn('math.hypot', (a, _k, line) => Math.hypot(...a.map((x) => num(x, 'argument', line)))),
    radians: fn('math.radians', (a, _k, line) => (num(a[0], 'angle', line) * Math.PI) / 180),
    degrees: fn('math.degrees', (a, _k, line) => (num(a[0], 'angle', line) * 180) / Math.PI),
    copysign: fn('math.copysign', (a, _k, line) => Math.abs(num(a[0], 'x', line)) * (Object.is(num(a[1], 'y', line), -0) || num(a[1], 'y', line) < 0 ? -1 : 1)),
    isclose: fn('math.isclose', (a, k, line) => {
      const [x, y] = [num(a[0], 'a', line), num(a[1], 'b', line)];
      const rel = k.rel_tol === undefined ? 1e-9 : num(k.rel_tol, 'rel_tol', line);
      const abs = k.abs_tol === undefined ? 0 : num(k.abs_tol, 'abs_tol', line);
      return Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
    }),
  },
};

/** Calls a Python callable given as `key=` or to map(): one argument. */
function apply1(f: Value, x: Value, line: number): Value {
  if (!isCallable(f)) throw new CadError('runtime', `${typeName(f)} is not callable`, line);
  return f.call([x], {}, line);
}

function minmax(which: 'min' | 'max', a: Value[], k: Record<string, Value>, line: number): Value {
  const items = a.length === 1 ? iterate(a[0], line) : a;
  if (items.length === 0) {
    if ('default' in k) return k.default;
    throw new CadError('runtime', `${which}() of an empty sequence`, line);
  }
  const keyOf = (x: Value) => (k.key ? apply1(k.key, x, line) : x);
  let best = items[0];
  let bestKey = keyOf(best);
  for (const x of items.slice(1)) {
    const kx = keyOf(x);
    const c = cmp(kx, bestKey, line);
    if (which === 'min' ? c < 0 : c > 0) [best, bestKey] = [x, kx];
  }
  return best;
}

function sortValues(items: Value[], k: Record<string, Value>, line: number): Value[] {
  const keyed = items.map((x) => [k.key && k.key !== null ? apply1(k.key, x, line) : x, x] as const);
  keyed.sort((p, q) => cmp(p[0], q[0], line));
  const out = keyed.map((p) => p[1]);
  return truthy(k.reverse ?? false) ? out.reverse() : out;
}

export function newDict(entries: [Value, Value][], line: number): DictValue {
  const map = new Map<string, [Value, Value]>();
  for (const [key, v] of entries) map.set(dictKey(key, line), [key, v]);
  return { kind: 'dict', map };
}

export function builtins(b: Budget): Record<string, Value> {
  const seq = (v: Value, line: number) => {
    const items = iterate(v, line);
    b.items(items.length, line);
    return items;
  };
  return {
    True: true,
    False: false,
    None: null,
    range: fn('range', (args, _kw, line) => {
      const ns = args.map((a) => num(a, 'range() argument', line));
      if (ns.length === 0 || ns.some((x) => !Number.isInteger(x))) throw new CadError('runtime', 'range() needs 1 to 3 integer arguments', line);
      const [start, stop, stepN] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? 1];
      if (stepN === 0) throw new CadError('runtime', 'range() step must not be zero', line);
      const n = Math.max(0, Math.ceil((stop - start) / stepN));
      b.items(n, line);
      return Array.from({ length: n }, (_, i) => start + i * stepN);
    }),
    len: fn('len', (a, _k, line) => {
      const v = a[0];
      if (Array.isArray(v) || typeof v === 'string') return v.length;
      if (isDict(v)) return v.map.size;
      throw new CadError('runtime', `len() of ${typeName(v)}`, line);
    }),
    abs: fn('abs', (a, _k, line) => Math.abs(num(a[0], 'abs() argument', line))),
    min: fn('min', (a, k, line) => minmax('min', a, k, line)),
    max: fn('max', (a, k, line) => minmax('max', a, k, line)),
    sum: fn('sum', (a, _k, line) => iterate(a[0], line).reduce<number>((s, x) => s + num(x, 'sum() item', line), a.length > 1 ? num(a[1], 'start', line) : 0)),
    round: fn('round', (a, _k, line) => pyRound(num(a[0], 'round() argument', line), a.length > 1 && a[1] !== null ? num(a[1], 'ndigits', line) : 0)),
    int: fn('int', (a, _k, line) => {
      if (typeof a[0] === 'string' && /^\s*[-+]?\d+\s*$/.test(a[0])) return Number(a[0]);
      return Math.trunc(num(a[0] ?? 0, 'int() argument', line));
    }),
    float: fn('float', (a, _k, line) => {
      if (typeof a[0] === 'string' && a[0].trim() !== '' && Number.isFinite(Number(a[0]))) return Number(a[0]);
      return num(a[0] ?? 0, 'float() argument', line);
    }),
    bool: fn('bool', (a) => truthy(a[0] ?? false)),
    str: fn('str', (a, _k, line) => {
      const s = str(a[0] ?? '');
      b.items(s.length, line);
      return s;
    }),
    pow: fn('pow', (a, _k, line) => finite(num(a[0], 'base', line) ** num(a[1], 'exponent', line), line)),
    divmod: fn('divmod', (a, _k, line) => {
      const [x, y] = [num(a[0], 'x', line), num(a[1], 'y', line)];
      if (y === 0) throw new CadError('runtime', 'division by zero', line);
      return tuple([Math.floor(x / y), x - y * Math.floor(x / y)]);
    }),
    list: fn('list', (a, _k, line) => (a.length ? [...seq(a[0], line)] : [])),
    tuple: fn('tuple', (a, _k, line) => tuple(a.length ? [...seq(a[0], line)] : [])),
    dict: fn('dict', (a, k, line) => {
      const from = a.length ? seq(a[0], line).map((p) => (Array.isArray(p) && p.length === 2 ? ([p[0], p[1]] as [Value, Value]) : (() => { throw new CadError('runtime', 'dict() needs (key, value) pairs', line); })())) : [];
      if (a.length && isDict(a[0])) return newDict([...a[0].map.values()], line);
      return newDict([...from, ...Object.entries(k)], line);
    }),
    enumerate: fn('enumerate', (a, _k, line) => seq(a[0], line).map((x, i) => tuple([i + (a.length > 1 ? num(a[1], 'start', line) : 0), x]))),
    zip: fn('zip', (a, _k, line) => {
      const lists = a.map((x) => iterate(x, line));
      const n = lists.length ? Math.min(...lists.map((l) => l.length)) : 0;
      b.items(n, line);
      return Array.from({ length: n }, (_, i) => tuple(lists.map((l) => l[i])));
    }),
    sorted: fn('sorted', (a, k, line) => sortValues(seq(a[0], line), k, line)),
    reversed: fn('reversed', (a, _k, line) => [...seq(a[0], line)].reverse()),
    any: fn('any', (a, _k, line) => iterate(a[0], line).some(truthy)),
    all: fn('all', (a, _k, line) => iterate(a[0], line).every(truthy)),
    map: fn('map', (a, _k, line) => {
      if (a.length !== 2) throw new CadError('unsupported', 'map() with one function and one sequence only', line);
      return seq(a[1], line).map((x) => apply1(a[0], x, line));
    }),
    filter: fn('filter', (a, _k, line) => seq(a[1], line).filter((x) => (a[0] === null ? truthy(x) : truthy(apply1(a[0], x, line))))),
    isinstance: fn('isinstance', (a, _k, line) => {
      const names = (Array.isArray(a[1]) ? a[1] : [a[1]]).map((t) => (isCallable(t) ? t.name : ''));
      const tn = typeName(a[0]);
      return names.some((n) => n === tn || (n === 'int' && typeof a[0] === 'number' && Number.isInteger(a[0])) || (n === 'float' && typeof a[0] === 'number'));
    }),
    format: fn('format', (a, _k, line) => formatSpec(a[0], typeof a[1] === 'string' ? a[1] : '', line)),
    print: fn('print', () => null),
  };
}

/** Methods of built-in values (`pts.append`, `d.items`, `"{}".format`), or undefined. */
export function builtinMethod(o: Value, name: string, b: Budget): Callable | undefined {
  if (Array.isArray(o)) {
    const frozen = Object.isFrozen(o);
    const m: Record<string, Callable['call']> = {
      index: (a, _k, line) => {
        const i = o.findIndex((x) => equal(x, a[0]));
        if (i < 0) throw new CadError('runtime', `${str(a[0], true)} is not in the ${typeName(o)}`, line);
        return i;
      },
      count: (a) => o.filter((x) => equal(x, a[0])).length,
    };
    if (!frozen) {
      Object.assign(m, {
        append: (a: Value[], _k: unknown, line: number) => (b.grow(o.length + 1, line), o.push(a[0]), null),
        extend: (a: Value[], _k: unknown, line: number) => {
          const more = iterate(a[0], line);
          b.items(o.length + more.length, line);
          o.push(...more);
          return null;
        },
        insert: (a: Value[], _k: unknown, line: number) => (b.grow(o.length + 1, line), o.splice(num(a[0], 'index', line), 0, a[1]), null),
        pop: (a: Value[], _k: unknown, line: number) => {
          if (o.length === 0) throw new CadError('runtime', 'pop from an empty list', line);
          const i = a.length ? num(a[0], 'index', line) : -1;
          return o.splice(i < 0 ? o.length + i : i, 1)[0];
        },
        reverse: () => (o.reverse(), null),
        sort: (_a: Value[], k: Record<string, Value>, line: number) => {
          const s = sortValues(o, k, line);
          o.splice(0, o.length, ...s);
          return null;
        },
      });
    }
    return m[name] && fn(`${typeName(o)}.${name}`, m[name]);
  }
  if (isDict(o)) {
    const m: Record<string, Callable['call']> = {
      get: (a, _k, line) => o.map.get(dictKey(a[0], line))?.[1] ?? (a.length > 1 ? a[1] : null),
      keys: () => [...o.map.values()].map(([k]) => k),
      values: () => [...o.map.values()].map(([, v]) => v),
      items: () => [...o.map.values()].map(([k, v]) => tuple([k, v])),
      update: (a, k, line) => {
        for (const [key, v] of [...(isDict(a[0]) ? o.map.values() : []), ...Object.entries(k)]) o.map.set(dictKey(key, line), [key, v]);
        return null;
      },
    };
    return m[name] && fn(`dict.${name}`, m[name]);
  }
  if (typeof o === 'string') {
    const m: Record<string, Callable['call']> = {
      upper: () => o.toUpperCase(),
      lower: () => o.toLowerCase(),
      strip: () => o.trim(),
      startswith: (a) => typeof a[0] === 'string' && o.startsWith(a[0]),
      endswith: (a) => typeof a[0] === 'string' && o.endsWith(a[0]),
      replace: (a, _k, line) => {
        const r = o.split(String(a[0])).join(String(a[1]));
        b.items(r.length, line);
        return r;
      },
      split: (a, _k, line) => seqOf(a[0] === undefined || a[0] === null ? o.trim().split(/\s+/) : o.split(String(a[0])), b, line),
      join: (a, _k, line) => {
        const parts = iterate(a[0], line).map((x) => (typeof x === 'string' ? x : (() => { throw new CadError('runtime', `join() of ${typeName(x)}`, line); })()));
        const r = parts.join(o);
        b.items(r.length, line);
        return r;
      },
      format: (a, k, line) => {
        let auto = 0;
        const r = o.replace(/\{\{|\}\}|\{([^{}:!]*)(?::([^{}]*))?\}/g, (whole, field: string | undefined, spec: string | undefined) => {
          if (whole === '{{') return '{';
          if (whole === '}}') return '}';
          const f = field ?? '';
          const v = f === '' ? a[auto++] : /^\d+$/.test(f) ? a[Number(f)] : k[f];
          if (v === undefined) throw new CadError('runtime', `format field {${f}} has no value`, line);
          return formatSpec(v, spec ?? '', line);
        });
        b.items(r.length, line);
        return r;
      },
    };
    return m[name] && fn(`str.${name}`, m[name]);
  }
  return undefined;
}

function seqOf(items: string[], b: Budget, line: number): Value[] {
  b.items(items.length, line);
  return items;
}

export { isDict };
