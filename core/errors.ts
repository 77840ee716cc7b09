/** Errors users see. Each names what was wrong, the value given and what is allowed. */
export class VeriforgeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VeriforgeError';
  }
}

/** A bad value for a named field (task parameter, config key, CLI flag, request field). */
export class FieldError extends VeriforgeError {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`${field}: got ${describeValue(value)}; allowed: ${allowed}`);
    this.name = 'FieldError';
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    // Cyclic or too deeply nested for JSON.stringify; String() recurses into arrays too.
    s = Array.isArray(value) ? `[array of ${value.length}]` : Object.prototype.toString.call(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
