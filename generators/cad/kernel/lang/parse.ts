// Parses the CadQuery-compatible Python subset with a real Python grammar (@lezer/python) and
// lowers the concrete tree to our small AST. Anything outside the subset is refused here, before
// any geometry runs: classes, with/try, decorators, dunder names, imports other than cadquery
// and math. Every refusal names the construct and its line.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { CadError, type Arg, type CompFor, type Expr, type FPart, type Param, type Program, type Stmt, type Target } from './ast.js';

export const MAX_SOURCE_CHARS = 20_000;
export const MAX_AST_NODES = 5_000;

/** Modules a program may import, and the name each binds by default. */
const IMPORTABLE: Record<string, string> = { cadquery: 'cq', math: 'math' };
/** Submodules programs import only to show or export the part (no-ops here). */
const SUBMODULES = new Set(['cadquery.vis', 'cadquery.exporters', 'cadquery.occ_impl.exporters']);

const PUNCT = new Set(['(', ')', '[', ']', ',', ':', '.', '{', '}', 'Comment']);
const COMPARE = new Set(['<', '>', '<=', '>=', '==', '!=', 'in', 'not in', 'is', 'is not']);
const BINARY = new Set(['+', '-', '*', '/', '//', '%', '**', '&', '|', 'and', 'or', ...COMPARE]);

/** Human name of a refused construct, for the error message. */
const REFUSED: Record<string, string> = {
  ClassDefinition: 'class definitions',
  WithStatement: 'with statements',
  TryStatement: 'try statements (errors end the program)',
  RaiseStatement: 'raise',
  GlobalStatement: 'global',
  NonlocalStatement: 'nonlocal',
  DeleteStatement: 'del',
  YieldStatement: 'yield',
  AwaitExpression: 'await',
  SetExpression: 'sets',
  SetComprehensionExpression: 'set comprehensions',
  ScopeStatement: 'global/nonlocal',
  DecoratedStatement: 'decorators',
  MatchStatement: 'match statements',
  AssignExpression: 'the walrus operator (:=)',
};

class Lowerer {
  size = 0;
  /** Offsets where each line starts, for line numbers in O(log n). */
  private readonly starts: number[] = [0];
  constructor(private readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  line(n: SyntaxNode): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= n.from) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  /** Children without punctuation. */
  kids(n: SyntaxNode): SyntaxNode[] {
    return this.all(n).filter((c) => !PUNCT.has(c.name));
  }

  all(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
    return out;
  }

  count(): void {
    if (++this.size > MAX_AST_NODES) throw new CadError('limit', `program has more than ${MAX_AST_NODES} syntax nodes`);
  }

  refuse(n: SyntaxNode): never {
    const what = REFUSED[n.name] ?? `the construct ${n.name} ("${this.text(n).slice(0, 30)}")`;
    throw new CadError('unsupported', `${what} is not supported by the CadQuery subset`, this.line(n));
  }

  checkName(name: string, n: SyntaxNode): string {
    if (name.includes('__')) throw new CadError('forbidden', `names with double underscores ("${name}") are not allowed`, this.line(n));
    return name;
  }

  body(n: SyntaxNode): Stmt[] {
    const out: Stmt[] = [];
    for (const c of this.kids(n)) {
      const s = this.stmt(c);
      if (s) out.push(s);
    }
    return out;
  }

  stmt(n: SyntaxNode): Stmt | null {
    this.count();
    const line = this.line(n);
    switch (n.name) {
      case 'ImportStatement':
        return this.importStmt(n);
      case 'AssignStatement': {
        const ks = this.kids(n);
        const ops = ks.map((k, i) => (k.name === 'AssignOp' ? i : -1)).filter((i) => i >= 0);
        if (ops.length === 0) throw new CadError('unsupported', 'annotated assignments are not supported', line);
        const groups: SyntaxNode[][] = [];
        let from = 0;
        for (const at of [...ops, ks.length]) {
          groups.push(ks.slice(from, at));
          from = at + 1;
        }
        const rhs = groups.pop()!;
        const value = rhs.length === 1 ? this.expr(rhs[0]) : ({ t: 'tuple', items: rhs.map((k) => this.expr(k)), line } as Expr);
        return { t: 'assign', targets: groups.map((g) => this.targetOf(g, line)), value, line };
      }
      case 'UpdateStatement': {
        const [target, op, ...rest] = this.kids(n);
        if (rest.length !== 1) throw new CadError('unsupported', 'augmented assignment of a tuple is not supported', line);
        const o = this.text(op).slice(0, -1);
        if (!['+', '-', '*', '/', '//', '%', '**'].includes(o)) throw new CadError('unsupported', `operator ${this.text(op)} is not supported`, line);
        const t = this.target(target);
        if (t.t === 'unpack') throw new CadError('unsupported', 'augmented assignment to a tuple', line);
        return { t: 'aug', target: t, op: o, value: this.expr(rest[0]), line };
      }
      case 'ExpressionStatement': {
        const ks = this.kids(n);
        return { t: 'expr', e: ks.length === 1 ? this.expr(ks[0]) : { t: 'tuple', items: ks.map((k) => this.expr(k)), line }, line };
      }
      case 'PassStatement':
        return { t: 'pass', line };
      case 'BreakStatement':
        return { t: 'break', line };
      case 'ContinueStatement':
        return { t: 'continue', line };
      case 'ReturnStatement': {
        const ks = this.kids(n).filter((k) => k.name !== 'return');
        return { t: 'return', e: ks.length === 0 ? null : ks.length === 1 ? this.expr(ks[0]) : { t: 'tuple', items: ks.map((k) => this.expr(k)), line }, line };
      }
      case 'AssertStatement': {
        const ks = this.kids(n).filter((k) => k.name !== 'assert');
        return { t: 'assert', test: this.expr(ks[0]), line };
      }
      case 'ForStatement': {
        const ks = this.kids(n);
        const inAt = ks.findIndex((k) => k.name === 'in');
        const bodyNode = ks[ks.length - 1];
        if (ks.some((k) => k.name === 'else')) throw new CadError('unsupported', 'for ... else is not supported', line);
        if (inAt < 2 || bodyNode.name !== 'Body' || inAt !== ks.length - 3) throw new CadError('unsupported', 'for loops need the form "for target in iterable:"', line);
        return { t: 'for', target: this.targetOf(ks.slice(1, inAt), line), iter: this.expr(ks[inAt + 1]), body: this.body(bodyNode), line };
      }
      case 'WhileStatement': {
        const ks = this.kids(n);
        if (ks.some((k) => k.name === 'else')) throw new CadError('unsupported', 'while ... else is not supported', line);
        return { t: 'while', test: this.expr(ks[1]), body: this.body(ks[2]), line };
      }
      case 'IfStatement':
        return this.ifStmt(this.kids(n), line);
      case 'FunctionDefinition': {
        const ks = this.kids(n);
        const name = ks.find((k) => k.name === 'VariableName');
        const params = ks.find((k) => k.name === 'ParamList');
        const body = ks.find((k) => k.name === 'Body');
        if (!name || !params || !body) return this.refuse(n);
        if (ks.some((k) => k.name === 'TypeDef')) throw new CadError('unsupported', 'return type annotations are not supported', line);
        return { t: 'def', name: this.checkName(this.text(name), name), params: this.params(params), body: this.body(body), line };
      }
      default:
        return this.refuse(n);
    }
  }

  params(n: SyntaxNode): Param[] {
    const ks = this.kids(n);
    const out: Param[] = [];
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k.name === '*' || k.name === '**') {
        const v = ks[i + 1];
        if (v?.name !== 'VariableName') throw new CadError('unsupported', 'bare * in parameters (keyword-only markers)', this.line(k));
        out.push({ name: this.checkName(this.text(v), v), def: null, star: k.name });
        i++;
      } else if (k.name === 'VariableName') {
        if (ks[i + 1]?.name === 'TypeDef') throw new CadError('unsupported', 'parameter annotations are not supported', this.line(k));
        const def = ks[i + 1]?.name === 'AssignOp' ? this.expr(ks[i + 2]) : null;
        out.push({ name: this.checkName(this.text(k), k), def });
        if (def) i += 2;
      } else throw new CadError('unsupported', `parameter "${this.text(k).slice(0, 20)}"`, this.line(k));
    }
    return out;
  }

  /** `if a: ... elif b: ... else: ...` arrives flat: keyword, test, Body, keyword, test, Body, ... */
  ifStmt(ks: SyntaxNode[], line: number): Stmt {
    const kw = ks[0].name;
    if (kw === 'else') return { t: 'if', test: { t: 'bool', v: true, line }, body: this.body(ks[1]), orelse: [], line };
    const test = this.expr(ks[1]);
    const body = this.body(ks[2]);
    const orelse: Stmt[] = [];
    if (ks.length > 3) {
      const rest = this.ifStmt(ks.slice(3), this.line(ks[3]));
      if (ks[3].name === 'else') orelse.push(...(rest as { body: Stmt[] }).body);
      else orelse.push(rest);
    }
    return { t: 'if', test, body, orelse, line };
  }

  importStmt(n: SyntaxNode): Stmt {
    const line = this.line(n);
    const ks = this.kids(n);
    const quoted = this.text(n).replace(/\s+/g, ' ').slice(0, 60);
    const refuse = (): never => {
      throw new CadError('forbidden', `"${quoted}" is not allowed; only cadquery and math may be imported`, line);
    };
    if (ks[0]?.name === 'from') {
      const at = ks.findIndex((k) => k.name === 'import');
      const module = at > 1 ? this.src.slice(ks[1].from, ks[at - 1].to).replace(/\s+/g, '') : '';
      if (!(module in IMPORTABLE) && !SUBMODULES.has(module)) refuse();
      if (ks[at + 1]?.name === '*') return { t: 'from', module, names: null, line };
      const names: [string, string][] = [];
      const rest = ks.slice(at + 1);
      for (let i = 0; i < rest.length; i++) {
        const name = this.checkName(this.text(rest[i]), rest[i]);
        if (rest[i + 1]?.name === 'as') {
          names.push([name, this.checkName(this.text(rest[i + 2]), rest[i + 2])]);
          i += 2;
        } else names.push([name, name]);
      }
      return { t: 'from', module, names, line };
    }
    if (ks.some((k) => k.name === '.')) refuse();
    const names = ks.filter((k) => k.name === 'VariableName').map((k) => this.text(k));
    const module = names[0] ?? '';
    if (!(module in IMPORTABLE) || names.length > 2 || (names.length === 2 && !ks.some((k) => k.name === 'as'))) refuse();
    return { t: 'import', module, alias: this.checkName(names[1] ?? module, n), line };
  }

  /** Assignment/loop target from its nodes (several = a bare tuple `a, b`). */
  targetOf(ns: SyntaxNode[], line: number): Target {
    if (ns.length === 0) throw new CadError('syntax', 'missing assignment target', line);
    return ns.length === 1 ? this.target(ns[0]) : { t: 'unpack', items: ns.map((k) => this.target(k)) };
  }

  target(n: SyntaxNode): Target {
    this.count();
    if (n.name === 'VariableName') return { t: 'name', n: this.checkName(this.text(n), n) };
    if (n.name === 'TupleExpression' || n.name === 'ParenthesizedExpression' || n.name === 'ArrayExpression') {
      const ks = this.kids(n);
      return n.name === 'ParenthesizedExpression' && ks.length === 1 ? this.target(ks[0]) : { t: 'unpack', items: ks.map((k) => this.target(k)) };
    }
    if (n.name === 'MemberExpression') {
      const e = this.expr(n);
      if (e.t === 'index') return { t: 'item', obj: e.obj, idx: e.idx };
      if (e.t === 'attr') return { t: 'attr', obj: e.obj, name: e.name };
    }
    throw new CadError('unsupported', `cannot assign to "${this.text(n).slice(0, 30)}"`, this.line(n));
  }

  /** Comprehension clauses after the element: `for t in it if c for t2 in it2 ...`. */
  clauses(ks: SyntaxNode[], line: number): CompFor[] {
    const fors: CompFor[] = [];
    let i = 0;
    while (i < ks.length) {
      if (ks[i].name !== 'for') throw new CadError('unsupported', `comprehension clause "${this.text(ks[i]).slice(0, 20)}"`, line);
      const inAt = ks.findIndex((k, j) => j > i && k.name === 'in');
      const target = this.targetOf(ks.slice(i + 1, inAt), line);
      const iter = this.expr(ks[inAt + 1]);
      const conds: Expr[] = [];
      i = inAt + 2;
      while (ks[i]?.name === 'if') {
        conds.push(this.expr(ks[i + 1]));
        i += 2;
      }
      fors.push({ target, iter, conds });
    }
    return fors;
  }

  expr(n: SyntaxNode): Expr {
    this.count();
    const line = this.line(n);
    switch (n.name) {
      case 'Number': {
        const raw = this.text(n).replace(/_/g, '');
        if (/[jJ]$/.test(raw)) throw new CadError('unsupported', 'complex numbers are not supported', line);
        const v = /^0[oO]/.test(raw) ? parseInt(raw.slice(2), 8) : /^0[bB]/.test(raw) ? parseInt(raw.slice(2), 2) : Number(raw);
        if (!Number.isFinite(v)) throw new CadError('syntax', `bad number ${raw}`, line);
        return { t: 'num', v, line };
      }
      case 'String':
        return { t: 'str', v: this.stringValue(n), line };
      case 'FormatString':
        return this.fstring(n);
      case 'ContinuedString': {
        const parts = this.kids(n).map((k) => (k.name === 'String' ? this.stringValue(k) : k.name === 'FormatString' ? this.fstring(k) : this.refuse(k)));
        if (parts.every((p) => typeof p === 'string')) return { t: 'str', v: parts.join(''), line };
        return { t: 'fstr', parts: parts.flatMap((p) => (typeof p === 'string' ? [p] : (p as { parts: FPart[] }).parts)), line };
      }
      case 'Boolean':
        return { t: 'bool', v: this.text(n) === 'True', line };
      case 'None':
        return { t: 'none', line };
      case 'VariableName':
        return { t: 'name', n: this.checkName(this.text(n), n), line };
      case 'ParenthesizedExpression': {
        const ks = this.kids(n);
        if (ks.length !== 1) return this.refuse(n);
        return this.expr(ks[0]);
      }
      case 'TupleExpression':
        return { t: 'tuple', items: this.kids(n).map((k) => this.expr(k)), line };
      case 'ArrayExpression':
        return { t: 'list', items: this.kids(n).map((k) => this.expr(k)), line };
      case 'DictionaryExpression': {
        const ks = this.kids(n);
        if (ks.some((k) => k.name === '**')) throw new CadError('unsupported', 'dictionary unpacking (**d) in a literal', line);
        const items: [Expr, Expr][] = [];
        for (let i = 0; i + 1 < ks.length; i += 2) items.push([this.expr(ks[i]), this.expr(ks[i + 1])]);
        return { t: 'dict', items, line };
      }
      case 'ArrayComprehensionExpression':
      case 'ComprehensionExpression': {
        const ks = this.kids(n);
        return { t: 'comp', kind: 'list', elt: this.expr(ks[0]), val: null, fors: this.clauses(ks.slice(1), line), line };
      }
      case 'DictionaryComprehensionExpression': {
        const ks = this.kids(n);
        return { t: 'comp', kind: 'dict', elt: this.expr(ks[0]), val: this.expr(ks[1]), fors: this.clauses(ks.slice(2), line), line };
      }
      case 'MemberExpression':
        return this.member(n, line);
      case 'CallExpression': {
        const [fn, argList] = this.kids(n);
        return { t: 'call', fn: this.expr(fn), args: this.args(argList, line), line };
      }
      case 'BinaryExpression': {
        const ks = this.kids(n);
        const [l, r] = [ks[0], ks[ks.length - 1]];
        const o = ks
          .slice(1, -1)
          .map((k) => this.text(k))
          .join(' ');
        if (!BINARY.has(o)) throw new CadError('unsupported', `operator "${o}" is not supported`, line);
        if (COMPARE.has(o)) {
          const left = this.expr(l);
          const right = this.expr(r);
          // Python chains comparisons: a < b < c is (a < b) and (b < c).
          if (left.t === 'cmp' && l.name === 'BinaryExpression') return { t: 'cmp', ops: [...left.ops, o], items: [...left.items, right], line };
          return { t: 'cmp', ops: [o], items: [left, right], line };
        }
        return { t: 'bin', op: o, l: this.expr(l), r: this.expr(r), line };
      }
      case 'UnaryExpression': {
        const [op, e] = this.kids(n);
        const o = op.name === 'not' ? 'not' : this.text(op);
        if (!['-', '+', 'not'].includes(o)) throw new CadError('unsupported', `operator "${o}" is not supported`, line);
        return { t: 'un', op: o, e: this.expr(e), line };
      }
      case 'ConditionalExpression': {
        const ks = this.kids(n).filter((k) => k.name !== 'if' && k.name !== 'else');
        if (ks.length !== 3) return this.refuse(n);
        return { t: 'cond', a: this.expr(ks[0]), test: this.expr(ks[1]), b: this.expr(ks[2]), line };
      }
      case 'LambdaExpression': {
        const ks = this.kids(n);
        const params = ks.find((k) => k.name === 'ParamList');
        return { t: 'lambda', params: params ? this.params(params) : [], body: this.expr(ks[ks.length - 1]), line };
      }
      default:
        return this.refuse(n);
    }
  }

  member(n: SyntaxNode, line: number): Expr {
    const ks = this.all(n);
    const obj = this.expr(ks[0]);
    if (ks[1]?.name === '.') {
      const p = ks[2];
      return { t: 'attr', obj, name: this.checkName(this.text(p), p), line };
    }
    // obj [ ... ]: an index, or a slice lo:hi:step with any part missing.
    const inner = ks.slice(2, -1);
    if (!inner.some((k) => k.name === ':')) {
      const items = inner.filter((k) => k.name !== ',');
      if (items.length !== 1) return { t: 'index', obj, idx: { t: 'tuple', items: items.map((k) => this.expr(k)), line }, line };
      return { t: 'index', obj, idx: this.expr(items[0]), line };
    }
    const parts: (Expr | null)[] = [null];
    for (const k of inner) {
      if (k.name === ':') parts.push(null);
      else if (k.name === ',') throw new CadError('unsupported', 'multi-dimensional slices', line);
      else parts[parts.length - 1] = this.expr(k);
    }
    return { t: 'slice', obj, lo: parts[0], hi: parts[1] ?? null, step: parts[2] ?? null, line };
  }

  args(argList: SyntaxNode, line: number): Arg[] {
    const aks = this.kids(argList);
    // f(x for x in xs): one generator argument.
    if (aks.some((k) => k.name === 'for')) return [{ k: 'pos', e: { t: 'comp', kind: 'list', elt: this.expr(aks[0]), val: null, fors: this.clauses(aks.slice(1), line), line } }];
    const args: Arg[] = [];
    for (let k = 0; k < aks.length; k++) {
      const a = aks[k];
      if (aks[k + 1]?.name === 'AssignOp') {
        args.push({ k: 'kw', name: this.checkName(this.text(a), a), e: this.expr(aks[k + 2]) });
        k += 2;
      } else if (a.name === '*' || a.name === '**' || (a.name === 'ArithOp' && (this.text(a) === '*' || this.text(a) === '**'))) {
        args.push({ k: this.text(a) as '*' | '**', e: this.expr(aks[k + 1]) });
        k += 1;
      } else {
        if (args.some((x) => x.k === 'kw' || x.k === '**')) throw new CadError('syntax', 'positional argument after keyword argument', line);
        args.push({ k: 'pos', e: this.expr(a) });
      }
    }
    return args;
  }

  /** f"..{expr!r:spec}..": literal text between the replacement fields is kept as is. */
  fstring(n: SyntaxNode): Expr {
    const line = this.line(n);
    const raw = this.text(n);
    const m = /^([fF][rR]?|[rR][fF])('''|"""|'|")/.exec(raw);
    if (!m) throw new CadError('unsupported', `string literal ${raw.slice(0, 20)}`, line);
    const raws = /r/i.test(m[1]);
    const bodyFrom = n.from + m[0].length;
    const bodyTo = n.to - m[2].length;
    const parts: FPart[] = [];
    let at = bodyFrom;
    const lit = (to: number) => {
      if (to <= at) return;
      const s = this.src.slice(at, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      parts.push(raws ? s : unescape(s));
    };
    for (const r of this.all(n).filter((k) => k.name === 'FormatReplacement')) {
      lit(r.from);
      const ks = this.all(r).filter((k) => k.name !== '{' && k.name !== '}');
      const spec = ks.find((k) => k.name === 'FormatSpec');
      const conv = ks.find((k) => k.name === 'FormatConversion');
      const e = ks.find((k) => k !== spec && k !== conv && k.name !== '=');
      if (!e) throw new CadError('syntax', 'empty f-string field', line);
      parts.push({ e: this.expr(e), spec: spec ? this.text(spec).slice(1) : '', conv: conv ? this.text(conv).slice(1) : '' });
      at = r.to;
    }
    lit(bodyTo);
    return { t: 'fstr', parts, line };
  }

  stringValue(n: SyntaxNode): string {
    const raw = this.text(n);
    const m = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(raw);
    if (!m) throw new CadError('unsupported', `string literal ${raw.slice(0, 20)} (byte strings are not supported)`, this.line(n));
    if (m[1].toLowerCase() === 'r') return m[3];
    return unescape(m[3]);
  }
}

function unescape(s: string): string {
  return s.replace(/\\(n|t|\\|'|"|\n)/g, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '\n': '' })[c]!);
}

/** Parses a program; throws CadError (stage syntax/unsupported/forbidden/limit) with a line number. */
export function parseProgram(src: string): Program {
  if (typeof src !== 'string') throw new CadError('syntax', 'program must be a string');
  if (src.length > MAX_SOURCE_CHARS) throw new CadError('limit', `program has ${src.length} characters; at most ${MAX_SOURCE_CHARS} are allowed`);
  const tree = parser.parse(src);
  const low = new Lowerer(src);
  let err: SyntaxNode | null = null;
  tree.iterate({
    enter: (n) => {
      if (err) return false;
      if (n.type.isError) err = n.node;
      return undefined;
    },
  });
  if (err) {
    const e = err as SyntaxNode;
    throw new CadError('syntax', `invalid Python syntax near "${src.slice(Math.max(0, e.from - 10), e.to + 10).replace(/\s+/g, ' ').trim()}"`, low.line(e));
  }
  const body = low.body(tree.topNode);
  return { body, size: low.size };
}
