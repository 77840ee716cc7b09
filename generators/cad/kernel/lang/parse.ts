// Parses the CadQuery-compatible Python subset with a real Python grammar (@lezer/python) and
// lowers the concrete tree to our small AST. Anything outside the subset is refused here, before
// any geometry runs: `def`, `class`, `lambda`, `while`, `with`, `try`, f-strings, dunder names,
// imports other than cadquery and math.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { CadError, type Expr, type Program, type Stmt } from './ast.js';

export const MAX_SOURCE_CHARS = 20_000;
export const MAX_AST_NODES = 5_000;

/** Modules a program may import, and the name each binds by default. */
const IMPORTABLE: Record<string, string> = { cadquery: 'cq', math: 'math' };

const PUNCT = new Set(['(', ')', '[', ']', ',', ':', '.', '{', '}', 'Comment']);

/** Human name of a refused construct, for the error message. */
const REFUSED: Record<string, string> = {
  FunctionDefinition: 'function definitions (def)',
  ClassDefinition: 'class definitions',
  LambdaExpression: 'lambda expressions',
  WhileStatement: 'while loops (use for ... in range(n))',
  WithStatement: 'with statements',
  TryStatement: 'try statements',
  RaiseStatement: 'raise',
  GlobalStatement: 'global',
  NonlocalStatement: 'nonlocal',
  DeleteStatement: 'del',
  ReturnStatement: 'return outside a function',
  YieldStatement: 'yield',
  AwaitExpression: 'await',
  FormatString: 'f-strings',
  DictionaryExpression: 'dictionaries',
  DictionaryComprehensionExpression: 'dictionary comprehensions',
  SetExpression: 'sets',
  SetComprehensionExpression: 'set comprehensions',
  ComprehensionExpression: 'generator expressions',
  AssertStatement: 'assert',
  ScopeStatement: 'global/nonlocal',
  DecoratedStatement: 'decorators',
  MatchStatement: 'match statements',
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

  kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (!PUNCT.has(c.name)) out.push(c);
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
        const ops = ks.filter((k) => k.name === 'AssignOp');
        if (ops.length !== 1) throw new CadError('unsupported', 'chained assignment (a = b = ...) is not supported', line);
        const at = ks.indexOf(ops[0]);
        const lhs = ks.slice(0, at);
        const rhs = ks.slice(at + 1);
        const targets = lhs.flatMap((k) => this.targetNames(k));
        const value = rhs.length === 1 ? this.expr(rhs[0]) : ({ t: 'tuple', items: rhs.map((k) => this.expr(k)), line } as Expr);
        return { t: 'assign', targets, value, line };
      }
      case 'UpdateStatement': {
        const [target, op, ...rest] = this.kids(n);
        if (target.name !== 'VariableName') throw new CadError('unsupported', 'augmented assignment is only supported to a plain name', line);
        if (rest.length !== 1) throw new CadError('unsupported', 'augmented assignment of a tuple is not supported', line);
        const o = this.text(op).slice(0, -1);
        if (!['+', '-', '*', '/', '//', '%', '**'].includes(o)) throw new CadError('unsupported', `operator ${this.text(op)} is not supported`, line);
        return { t: 'aug', name: this.checkName(this.text(target), target), op: o, value: this.expr(rest[0]), line };
      }
      case 'ExpressionStatement': {
        const ks = this.kids(n);
        return { t: 'expr', e: ks.length === 1 ? this.expr(ks[0]) : { t: 'tuple', items: ks.map((k) => this.expr(k)), line }, line };
      }
      case 'PassStatement':
        return { t: 'pass', line };
      case 'ForStatement': {
        const ks = this.kids(n).filter((k) => k.name !== 'for' && k.name !== 'in');
        const bodyNode = ks.find((k) => k.name === 'Body');
        if (!bodyNode || ks.length !== 3 || ks[2] !== bodyNode) throw new CadError('unsupported', 'for loops need the form "for name in iterable:" (no else)', line);
        return { t: 'for', target: this.targetNames(ks[0]), iter: this.expr(ks[1]), body: this.body(bodyNode), line };
      }
      case 'IfStatement':
        return this.ifStmt(this.kids(n), line);
      default:
        return this.refuse(n);
    }
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
    if (ks[0]?.name !== 'import') {
      throw new CadError('forbidden', `only "import cadquery as cq" and "import math" are allowed, not "${this.text(n).slice(0, 60)}"`, line);
    }
    const names = ks.filter((k) => k.name === 'VariableName').map((k) => this.text(k));
    const dotted = ks.some((k) => k.name === '.');
    const module = names[0] ?? '';
    if (!(module in IMPORTABLE) || dotted || names.length > 2 || (names.length === 2 && !ks.some((k) => k.name === 'as'))) {
      throw new CadError('forbidden', `import of "${this.text(n).replace(/^import\s+/, '').slice(0, 40)}" is not allowed; only cadquery and math may be imported`, line);
    }
    return { t: 'import', module, alias: this.checkName(names[1] ?? module, n), line };
  }

  targetNames(n: SyntaxNode): string[] {
    if (n.name === 'VariableName') return [this.checkName(this.text(n), n)];
    if (n.name === 'TupleExpression' || n.name === 'ParenthesizedExpression' || n.name === 'ArrayExpression') {
      return this.kids(n).flatMap((k) => this.targetNames(k));
    }
    throw new CadError('unsupported', `cannot assign to "${this.text(n).slice(0, 30)}"; assign to plain names only`, this.line(n));
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
      case 'ContinuedString':
        return { t: 'str', v: this.kids(n).map((k) => (k.name === 'String' ? this.stringValue(k) : this.refuse(k))).join(''), line };
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
      case 'ArrayComprehensionExpression': {
        const ks = this.kids(n);
        // [elt for target in iter (if cond)?]
        const f = ks.findIndex((k) => k.name === 'for');
        const i = ks.findIndex((k) => k.name === 'in');
        const ifs = ks.findIndex((k) => k.name === 'if');
        if (f !== 1 || i < 0 || ks.filter((k) => k.name === 'for').length !== 1) {
          throw new CadError('unsupported', 'only single-for list comprehensions are supported', line);
        }
        const target = ks.slice(2, i).flatMap((k) => this.targetNames(k));
        const iter = this.expr(ks[i + 1]);
        const cond = ifs > 0 ? this.expr(ks[ifs + 1]) : null;
        return { t: 'comp', elt: this.expr(ks[0]), target, iter, cond, line };
      }
      case 'MemberExpression': {
        const ks = this.kids(n);
        const obj = this.expr(ks[0]);
        if (ks[1]?.name === 'PropertyName') return { t: 'attr', obj, name: this.checkName(this.text(ks[1]), ks[1]), line };
        if (ks.length === 2) return { t: 'index', obj, idx: this.expr(ks[1]), line };
        throw new CadError('unsupported', 'slices are not supported', line);
      }
      case 'CallExpression': {
        const [fn, argList] = this.kids(n);
        const args: Expr[] = [];
        const kw: [string, Expr][] = [];
        const aks = this.kids(argList);
        for (let k = 0; k < aks.length; k++) {
          const a = aks[k];
          if (aks[k + 1]?.name === 'AssignOp') {
            kw.push([this.checkName(this.text(a), a), this.expr(aks[k + 2])]);
            k += 2;
          } else if (a.name === '*' || a.name === '**' || a.name === 'ArithOp') {
            throw new CadError('unsupported', 'argument unpacking (*args, **kwargs) is not supported', line);
          } else {
            if (kw.length) throw new CadError('syntax', 'positional argument after keyword argument', line);
            args.push(this.expr(a));
          }
        }
        return { t: 'call', fn: this.expr(fn), args, kw, line };
      }
      case 'BinaryExpression': {
        const [l, op, r] = this.kids(n);
        const o = op.name === 'and' || op.name === 'or' ? op.name : this.text(op);
        if (!['+', '-', '*', '/', '//', '%', '**', '<', '>', '<=', '>=', '==', '!=', 'and', 'or'].includes(o)) {
          throw new CadError('unsupported', `operator "${o}" is not supported`, line);
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
      default:
        return this.refuse(n);
    }
  }

  stringValue(n: SyntaxNode): string {
    const raw = this.text(n);
    const m = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(raw);
    if (!m) throw new CadError('unsupported', `string literal ${raw.slice(0, 20)} (byte and format strings are not supported)`, this.line(n));
    if (m[1].toLowerCase() === 'r') return m[3];
    return m[3].replace(/\\(n|t|\\|'|"|\n)/g, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '\n': '' })[c]!);
  }
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
