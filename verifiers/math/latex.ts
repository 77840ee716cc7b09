/**
 * Translates the LaTeX that answers actually use (\frac, \sqrt, \pi, \cdot, braces, \left/\right)
 * into mathjs syntax with a small brace-aware recursive-descent reader. Anything it does not know
 * makes it return null, and the caller falls back to @cortex-js/compute-engine's full LaTeX parser:
 * this keeps the common case ~50× faster than the full parser without guessing at the rest.
 */

const FRACS = new Set(['frac', 'dfrac', 'tfrac', 'cfrac']);
const TIMES = new Set(['cdot', 'times', 'ast']);
const SPACES = new Set([',', ';', ':', '!', ' ', 'quad', 'qquad', 'displaystyle', 'textstyle']);
const TEXTS = new Set(['text', 'mathrm', 'textrm', 'mbox', 'operatorname', 'textnormal']);
const FUNCS = new Set(['sin', 'cos', 'tan', 'log', 'exp']);

class Unknown extends Error {}

export function latexToMath(src: string): string | null {
  let i = 0;

  const skipSpace = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };

  const command = (): string => {
    // At a backslash: a command is a run of letters, or one non-letter character.
    i++;
    let name = '';
    if (i < src.length && /[A-Za-z]/.test(src[i])) while (i < src.length && /[A-Za-z]/.test(src[i])) name += src[i++];
    else name = src[i++] ?? '';
    return name;
  };

  /** One argument: a {group}, a command, or a single character. */
  const arg = (): string => {
    skipSpace();
    if (i >= src.length) throw new Unknown('missing argument');
    if (src[i] === '{') {
      i++;
      const inner = seq('}');
      i++;
      return inner;
    }
    if (src[i] === '\\') return translate(command());
    return src[i++];
  };

  const translate = (name: string): string => {
    if (FRACS.has(name)) {
      const a = arg();
      const b = arg();
      return `((${a})/(${b}))`;
    }
    if (name === 'sqrt') {
      skipSpace();
      if (src[i] === '[') {
        i++;
        const n = seq(']');
        i++;
        return `nthRoot(${arg()}, ${n})`;
      }
      return `sqrt(${arg()})`;
    }
    if (name === 'pi') return ' pi ';
    if (TIMES.has(name)) return '*';
    if (name === 'div') return '/';
    if (name === 'left' || name === 'right') {
      skipSpace();
      const d = src[i++];
      if (d === '(' || d === '[') return '(';
      if (d === ')' || d === ']') return ')';
      if (d === '.') return '';
      throw new Unknown(`\\${name}${d}`);
    }
    if (SPACES.has(name)) return ' ';
    if (TEXTS.has(name)) {
      skipSpace();
      if (src[i] !== '{') throw new Unknown(name);
      const start = ++i;
      let depth = 1;
      while (i < src.length && depth) depth += src[i] === '{' ? 1 : src[i] === '}' ? -1 : 0, i++;
      return ` ${src.slice(start, i - 1)} `;
    }
    if (FUNCS.has(name)) return ` ${name} `;
    if (name === '{') return '(';
    if (name === '}') return ')';
    if (name === '%') return '%';
    throw new Unknown(`\\${name}`);
  };

  const seq = (stop: string | null): string => {
    let out = '';
    while (i < src.length && src[i] !== stop) {
      const c = src[i];
      if (c === '\\') out += translate(command());
      else if (c === '{') {
        i++;
        out += `(${seq('}')})`;
        i++;
      } else if (c === '}' || c === ']') throw new Unknown(`unbalanced ${c}`);
      else if (c === '^') {
        i++;
        out += `^(${arg()})`;
      } else {
        out += c;
        i++;
      }
    }
    if (stop !== null && i >= src.length) throw new Unknown(`missing ${stop}`);
    return out;
  };

  try {
    return seq(null);
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}
