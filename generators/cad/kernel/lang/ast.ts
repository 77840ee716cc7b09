// The AST of the CadQuery-compatible Python subset. Plain JSON objects so that a parsed program
// can be posted to the kernel worker as is. Every node carries its 1-based source line for errors.

export type Expr =
  | { t: 'num'; v: number; line: number }
  | { t: 'str'; v: string; line: number }
  | { t: 'bool'; v: boolean; line: number }
  | { t: 'none'; line: number }
  | { t: 'name'; n: string; line: number }
  | { t: 'attr'; obj: Expr; name: string; line: number }
  | { t: 'index'; obj: Expr; idx: Expr; line: number }
  | { t: 'call'; fn: Expr; args: Expr[]; kw: [string, Expr][]; line: number }
  | { t: 'bin'; op: string; l: Expr; r: Expr; line: number }
  | { t: 'un'; op: string; e: Expr; line: number }
  | { t: 'tuple'; items: Expr[]; line: number }
  | { t: 'list'; items: Expr[]; line: number }
  | { t: 'comp'; elt: Expr; target: string[]; iter: Expr; cond: Expr | null; line: number }
  | { t: 'cond'; test: Expr; a: Expr; b: Expr; line: number };

export type Stmt =
  | { t: 'assign'; targets: string[]; value: Expr; line: number }
  | { t: 'aug'; name: string; op: string; value: Expr; line: number }
  | { t: 'expr'; e: Expr; line: number }
  | { t: 'for'; target: string[]; iter: Expr; body: Stmt[]; line: number }
  | { t: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[]; line: number }
  | { t: 'pass'; line: number }
  /** `import cadquery as cq`, `import math`: binds a module name; nothing is loaded. */
  | { t: 'import'; module: string; alias: string; line: number };

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
