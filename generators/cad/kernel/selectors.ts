// CadQuery's string selectors, parsed and applied as selectors.py defines them:
//   >Z <Z (extreme centre, ties within 1e-4), >Z[i] <Z[i] (i-th cluster among planar faces /
//   straight edges parallel to the axis), >>Z[i] <<Z[i] (i-th cluster of all items), |Z #Z +Z -Z
//   (parallel, perpendicular, same / opposite direction), %TYPE, named views (front, top, ...),
//   axes X Y Z XY XZ YZ or (x, y, z), combined with and / or / exc(ept) / not and parentheses.
// `not` has the lowest precedence at the front of an expression, as in CadQuery's grammar.
import type * as R from 'replicad';
import { cross, dot, len, mul, unit, type V3 } from './geom.js';
import { CadError } from './lang/ast.js';
import { fn, num, type HostObject, type ModuleValue, type Value } from './lang/interp.js';
import { bounds, edgeEnds, faceNormal, geomType, kindOf, shapeCenter } from './shapes.js';

type Node =
  | { t: 'type'; name: string }
  | { t: 'minmax'; dir: V3; max: boolean; index: number | null; nth: boolean }
  | { t: 'dir'; op: '|' | '#' | '+' | '-'; dir: V3 }
  | { t: 'and' | 'or' | 'exc'; l: Node; r: Node }
  | { t: 'not'; e: Node };

const AXES: Record<string, V3> = { X: [1, 0, 0], Y: [0, 1, 0], Z: [0, 0, 1], XY: [1, 1, 0], YZ: [0, 1, 1], XZ: [1, 0, 1] };
const VIEWS: Record<string, [V3, boolean]> = {
  front: [[0, 0, 1], true],
  back: [[0, 0, 1], false],
  left: [[1, 0, 0], false],
  right: [[1, 0, 0], true],
  top: [[0, 1, 0], true],
  bottom: [[0, 1, 0], false],
};
const TOL = 1e-4;

const NUM = String.raw`\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*`;
const DIR = String.raw`(XY|XZ|YZ|X|Y|Z|\(${NUM},${NUM},${NUM}\))`;
const TOKEN = new RegExp(
  String.raw`^\s*(?:(and|or|except|exc|not)\b|(%\s*[A-Za-z]+)|(>>|<<|[<>|#+-])?\s*${DIR}(?:\s*\[\s*(-?\d+)\s*\])?|(front|back|left|right|top|bottom)\b|([()]))`,
);

type Tok = { k: 'kw'; v: string } | { k: 'atom'; node: Node } | { k: 'paren'; v: string };

function tokenize(src: string, line: number): Tok[] {
  const out: Tok[] = [];
  let s = src;
  while (s.trim()) {
    const m = TOKEN.exec(s);
    if (!m) throw new CadError('unsupported', `selector ${JSON.stringify(src)}: cannot read "${s.trim().slice(0, 20)}"`, line);
    s = s.slice(m[0].length);
    if (m[1]) out.push({ k: 'kw', v: m[1] === 'except' ? 'exc' : m[1] });
    else if (m[2]) out.push({ k: 'atom', node: { t: 'type', name: m[2].slice(1).trim().toUpperCase() } });
    else if (m[4]) {
      const d = m[4].startsWith('(') ? (m[4].slice(1, -1).split(',').map(Number) as V3) : AXES[m[4]];
      const op = m[3] ?? '+';
      const index = m[5] === undefined ? null : Number(m[5]);
      if (op === '>' || op === '<' || op === '>>' || op === '<<') out.push({ k: 'atom', node: { t: 'minmax', dir: d, max: op[0] === '>', index, nth: op.length === 2 } });
      else {
        if (index !== null) throw new CadError('unsupported', `selector ${JSON.stringify(src)}: an index needs > < >> or <<`, line);
        out.push({ k: 'atom', node: { t: 'dir', op: op as '|' | '#' | '+' | '-', dir: d } });
      }
    } else if (m[6]) out.push({ k: 'atom', node: { t: 'minmax', dir: VIEWS[m[6]][0], max: VIEWS[m[6]][1], index: null, nth: false } });
    else out.push({ k: 'paren', v: m[7] });
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly src: string,
    private readonly line: number,
  ) {}
  fail(): never {
    throw new CadError('unsupported', `selector ${JSON.stringify(this.src)} is not valid selector syntax`, this.line);
  }
  kw(v: string): boolean {
    const t = this.toks[this.i];
    if (t?.k === 'kw' && t.v === v) {
      this.i++;
      return true;
    }
    return false;
  }
  parse(): Node {
    const n = this.top();
    if (this.i !== this.toks.length) this.fail();
    return n;
  }
  top(): Node {
    return this.kw('not') ? { t: 'not', e: this.top() } : this.exc();
  }
  exc(): Node {
    let l = this.or();
    while (this.kw('exc')) l = { t: 'exc', l, r: this.or() };
    return l;
  }
  or(): Node {
    let l = this.and();
    while (this.kw('or')) l = { t: 'or', l, r: this.and() };
    return l;
  }
  and(): Node {
    let l = this.atom();
    while (this.kw('and')) l = { t: 'and', l, r: this.atom() };
    return l;
  }
  atom(): Node {
    const t = this.toks[this.i++];
    if (!t) this.fail();
    if (t.k === 'atom') return t.node;
    if (t.k === 'kw' && t.v === 'not') return { t: 'not', e: this.atom() };
    if (t.k === 'paren' && t.v === '(') {
      const n = this.top();
      const close = this.toks[this.i++];
      if (close?.k !== 'paren' || close.v !== ')') this.fail();
      return n;
    }
    return this.fail();
  }
}

const cache = new Map<string, Node>();

export function parseSelector(src: string, line: number): Node {
  let n = cache.get(src);
  if (!n) {
    if (src.length > 200) throw new CadError('limit', 'selector longer than 200 characters', line);
    n = new Parser(tokenize(src, line), src, line).parse();
    if (cache.size > 500) cache.clear();
    cache.set(src, n);
  }
  return n;
}

/** Direction a selector compares against: planar face normal or straight edge direction. */
function direction(s: R.AnyShape): V3 | null {
  const k = kindOf(s);
  if (k === 'Face' && geomType(s) === 'PLANE') return unit(faceNormal(s as R.Face));
  if (k === 'Edge' && geomType(s) === 'LINE') {
    const [a, b] = edgeEnds(s as R.Edge);
    return unit([b[0] - a[0], b[1] - a[1], b[2] - a[2]]);
  }
  return null;
}

function angle(a: V3, b: V3): number {
  return Math.acos(Math.max(-1, Math.min(1, dot(unit(a), unit(b)))));
}

/** Clusters of items by key (ascending), ties within the tolerance from each cluster's first key. */
function clusters<T>(items: T[], key: (x: T) => number): T[][] {
  const keyed = items.map((x) => [key(x), x] as const).sort((p, q) => p[0] - q[0]);
  const out: T[][] = [];
  let start = -Infinity;
  for (const [k, x] of keyed) {
    if (out.length && Math.abs(k - start) <= TOL) out[out.length - 1].push(x);
    else {
      out.push([x]);
      start = k;
    }
  }
  return out;
}

/** Applies a parsed selector; results keep the order of `items`. */
export function applySelector<T extends R.AnyShape>(items: T[], node: Node, src: string, line: number): T[] {
  const centers = new Map<T, V3>();
  const dirs = new Map<T, V3 | null>();
  const center = (x: T) => centers.get(x) ?? (centers.set(x, shapeCenter(x)), centers.get(x)!);
  const dirOf = (x: T) => (dirs.has(x) ? dirs.get(x)! : (dirs.set(x, direction(x)), dirs.get(x)!));
  const parallel = (d: V3) => (x: T) => {
    const v = dirOf(x);
    return v !== null && len(cross(d, v)) < TOL;
  };
  const run = (n: Node, pool: T[]): T[] => {
    switch (n.t) {
      case 'type':
        return pool.filter((x) => geomType(x) === n.name);
      case 'dir': {
        const d = n.op === '-' ? mul(n.dir, -1) : n.dir;
        if (n.op === '|') return pool.filter(parallel(d));
        return pool.filter((x) => {
          const v = dirOf(x);
          if (!v) return false;
          return n.op === '#' ? Math.abs(angle(d, v) - Math.PI / 2) < TOL : angle(d, v) < TOL;
        });
      }
      case 'minmax': {
        const cands = n.index !== null && !n.nth ? pool.filter(parallel(n.dir)) : pool;
        if (cands.length === 0) return [];
        const cl = clusters(cands, (x) => dot(center(x), n.dir));
        if (!n.max) cl.reverse();
        const i = n.index ?? -1;
        const pick = cl[i < 0 ? cl.length + i : i];
        if (!pick) throw new CadError('geometry', `selector ${JSON.stringify(src)}: index ${i} is out of range for ${cl.length} groups`, line);
        return pick;
      }
      case 'not': {
        const drop = new Set(run(n.e, pool));
        return pool.filter((x) => !drop.has(x));
      }
      case 'and': {
        const r = new Set(run(n.r, pool));
        return run(n.l, pool).filter((x) => r.has(x));
      }
      case 'or': {
        const hit = new Set([...run(n.l, pool), ...run(n.r, pool)]);
        return pool.filter((x) => hit.has(x));
      }
      case 'exc': {
        const r = new Set(run(n.r, pool));
        return run(n.l, pool).filter((x) => !r.has(x));
      }
    }
  };
  return run(node, items);
}

/** A selector object (cq.selectors.*), accepted wherever a selector string is. */
export class SelectorValue implements HostObject {
  readonly kind = 'obj' as const;
  readonly typeName = 'Selector';
  constructor(readonly pick: <T extends R.AnyShape>(items: T[], line: number) => T[]) {}
  getAttr(): undefined {
    return undefined;
  }
}

/** Filters `items` by a selector string or object (null keeps all). */
export function selectBy<T extends R.AnyShape>(items: T[], sel: Value, what: string, line: number): T[] {
  if (sel === null) return items;
  if (sel instanceof SelectorValue) return sel.pick(items, line);
  if (typeof sel !== 'string') throw new CadError('unsupported', `${what}() selector must be a string like ">Z" or a cq.selectors object`, line);
  return applySelector(items, parseSelector(sel, line), sel, line);
}

/** cq.selectors: the selector classes programs construct directly. */
export function selectorsModule(): ModuleValue {
  const point = (v: Value, line: number): V3 => {
    if (!Array.isArray(v) || v.length !== 3) throw new CadError('runtime', 'selector points are (x, y, z) tuples', line);
    return v.map((x) => num(x, 'coordinate', line)) as V3;
  };
  return {
    kind: 'module',
    name: 'selectors',
    attrs: {
      NearestToPointSelector: fn('NearestToPointSelector', (a, _k, line) => {
        const p = point(a[0], line);
        return new SelectorValue((items) => {
          let best = items[0];
          let bd = Infinity;
          for (const x of items) {
            const c = shapeCenter(x);
            const d = Math.hypot(c[0] - p[0], c[1] - p[1], c[2] - p[2]);
            if (d < bd) [best, bd] = [x, d];
          }
          return best ? [best] : [];
        });
      }),
      BoxSelector: fn('BoxSelector', (a, kw, line) => {
        const [p0, p1] = [point(a[0], line), point(a[1], line)];
        const useBox = (a[2] ?? kw.boundingbox) === true;
        const inBox = (q: V3) => [0, 1, 2].every((i) => q[i] < p0[i] !== q[i] < p1[i]);
        return new SelectorValue((items) =>
          items.filter((x) => {
            if (!useBox) return inBox(shapeCenter(x));
            const b = bounds(x);
            return inBox(b[0]) && inBox(b[1]);
          }),
        );
      }),
      StringSyntaxSelector: fn('StringSyntaxSelector', (a, _k, line) => {
        if (typeof a[0] !== 'string') throw new CadError('runtime', 'StringSyntaxSelector needs a string', line);
        const src = a[0];
        const node = parseSelector(src, line);
        return new SelectorValue((items, l) => applySelector(items, node, src, l));
      }),
    },
  };
}
