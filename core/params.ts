import { FieldError } from './errors.js';

/** One task parameter: its type, default, bounds and a one-line description. */
export type ParamField =
  | { type: 'int' | 'number'; default: number; min: number; max: number; describe: string }
  | { type: 'enum'; default: string | number; values: readonly (string | number)[]; describe: string }
  | { type: 'boolean'; default: boolean; describe: string }
  /** Free text (a file path, a column name); '' usually means "not given". */
  | { type: 'string'; default: string; maxLength: number; describe: string };

export type ParamSpec<P> = { [K in keyof P]: ParamField };

/** Human-readable allowed range of a field, used in errors and `veriforge tasks`. */
export function allowedText(f: ParamField): string {
  switch (f.type) {
    case 'int':
      return `an integer from ${f.min} to ${f.max}`;
    case 'number':
      return `a number from ${f.min} to ${f.max}`;
    case 'enum':
      return `one of ${f.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'string':
      return `a string of at most ${f.maxLength} characters`;
  }
}

function checkField(name: string, f: ParamField, v: unknown): unknown {
  switch (f.type) {
    case 'int':
    case 'number': {
      // CLI and config values may arrive as strings; accept exact numeric strings only.
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      const ok =
        typeof n === 'number' && Number.isFinite(n) && (f.type === 'number' || Number.isInteger(n)) && n >= f.min && n <= f.max;
      if (!ok) throw new FieldError(name, v, allowedText(f));
      return n;
    }
    case 'enum': {
      const hit = f.values.find((x) => x === v || String(x) === String(v));
      if (hit === undefined) throw new FieldError(name, v, allowedText(f));
      return hit;
    }
    case 'boolean':
      if (v === true || v === 'true') return true;
      if (v === false || v === 'false') return false;
      throw new FieldError(name, v, allowedText(f));
    case 'string':
      if (typeof v === 'string' && v.length <= f.maxLength) return v;
      throw new FieldError(name, v, allowedText(f));
  }
}

/**
 * Fills defaults, applies a level preset, then user params, and validates every field.
 * Unknown keys are errors (a typo must not silently fall back to a default).
 */
export function resolveParams<P>(
  spec: ParamSpec<P>,
  input: Record<string, unknown> = {},
  where = 'params',
  preset: Partial<P> = {},
): P {
  const names = Object.keys(spec) as (keyof P & string)[];
  for (const key of Object.keys(input)) {
    if (!names.includes(key as keyof P & string)) {
      throw new FieldError(`${where}.${key}`, input[key], `known parameters are ${names.join(', ') || '(none)'}`);
    }
  }
  const out = {} as P;
  for (const name of names) {
    const f = spec[name];
    const raw = name in input ? input[name] : name in preset ? preset[name] : f.default;
    out[name] = checkField(`${where}.${name}`, f, raw) as P[typeof name];
  }
  return out;
}
