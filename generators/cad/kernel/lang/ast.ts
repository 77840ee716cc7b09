// The AST of the CadQuery-compatible Python subset. Plain JSON objects so that a parsed program
// can be posted to the kernel worker as is. Every node carries its 1-based source line for errors.

/** A parameter of a `def` or `lambda`: name, default value, or `*args` / `**kwargs` collector. */
export interface Param {
  name: string;
  def: Expr | null;
  star?: '*' | '**';
}

/** One `for target in iter (if cond)*` clause of a comprehension. */
export interface CompFor {
  target: Target;
  iter: Expr;
  conds: Expr[];
}

/** A call argument: positional, `name=value`, `*seq` or `**mapping`. */
export type Arg = { k: 'pos'; e: Expr } | { k: 'kw'; name: string; e: Expr } | { k: '*'; e: Expr } | { k: '**'; e: Expr };

/** A part of an f-string: literal text, or an expression with an optional format spec. */
export type FPart = string | { e: Expr; spec: string; conv: string };

export type Expr =
  | { t: 'num'; v: number; line: number }
  | { t: 'str'; v: string; line: number }
  | { t: 'bool'; v: boolean; line: number }
  | { t: 'none'; line: number }
  | { t: 'name'; n: string; line: number }
  | { t: 'attr'; obj: Expr; name: string; line: number }
  | { t: 'index'; obj: Expr; idx: Expr; line: number }
  | { t: 'slice'; obj: Expr; lo: Expr | null; hi: Expr | null; step: Expr | null; line: number }
  | { t: 'call'; fn: Expr; args: Arg[]; line: number }
  | { t: 'bin'; op: string; l: Expr; r: Expr; line: number }
  /** Chained comparison `a < b <= c`: operands and the operators between them. */
  | { t: 'cmp'; ops: string[]; items: Expr[]; line: number }
  | { t: 'un'; op: string; e: Expr; line: number }
  | { t: 'tuple'; items: Expr[]; line: number }
  | { t: 'list'; items: Expr[]; line: number }
  | { t: 'dict'; items: [Expr, Expr][]; line: number }
  /** List comprehension / generator expression (both build a list) or dict comprehension. */
  | { t: 'comp'; kind: 'list' | 'dict'; elt: Expr; val: Expr | null; fors: CompFor[]; line: number }
  | { t: 'cond'; test: Expr; a: Expr; b: Expr; line: number }
  | { t: 'lambda'; params: Param[]; body: Expr; line: number }
  | { t: 'fstr'; parts: FPart[]; line: number };

/** What an assignment or a for loop binds: a name, an item, or nested unpacking. */
export type Target =
  | { t: 'name'; n: string }
  | { t: 'unpack'; items: Target[] }
  | { t: 'item'; obj: Expr; idx: Expr }
  | { t: 'attr'; obj: Expr; name: string };

export type Stmt =
  | { t: 'assign'; targets: Target[]; value: Expr; line: number }
  | { t: 'aug'; target: Target; op: string; value: Expr; line: number }
  | { t: 'expr'; e: Expr; line: number }
  | { t: 'for'; target: Target; iter: Expr; body: Stmt[]; line: number }
  | { t: 'while'; test: Expr; body: Stmt[]; line: number }
  | { t: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[]; line: number }
  | { t: 'def'; name: string; params: Param[]; body: Stmt[]; line: number }
  | { t: 'return'; e: Expr | null; line: number }
  | { t: 'break'; line: number }
  | { t: 'continue'; line: number }
  | { t: 'pass'; line: number }
  | { t: 'assert'; test: Expr; line: number }
  /** `import cadquery as cq`, `import math`: binds a module name; nothing is loaded. */
  | { t: 'import'; module: string; alias: string; line: number }
  /** `from cadquery import *`, `from math import pi, sin as s`; names null = `*`. */
  | { t: 'from'; module: string; names: [string, string][] | null; line: number };

export interface Program {
  body: Stmt[];
  /** Number of AST nodes: bounds the work of a single pass over the program. */
  size: number;
}

/** A refusal or failure of a CAD program, with the stage that refused it. */
export class CadError extends Error {
  constructor(
    readonly stage: 'syntax' | 'unsupported' | 'forbidden' | 'limit' | 'runtime' | 'geometry',
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
    this.name = 'CadError';
  }
}

/** The message of anything a kernel call threw (OpenCascade throws bare wasm exceptions). */
export function errText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  return 'OpenCascade raised an exception';
}
