import { readValue, ReadError, type ReadValue } from './parse.js';
import { preciseEqual } from './precise.js';
import { convert, KNOWN_UNITS, unitInfo, type UnitInfo } from './units.js';

export interface Tolerance {
  /** Relative tolerance, e.g. 0.02 for ±2 %. */
  rel?: number;
  /** Absolute tolerance in the truth's unit. */
  abs?: number;
  /** A decimal correctly rounded to at least this many significant digits is accepted (default 3). */
  sigFigs?: number;
}

/** Ground truth of a numeric, multiple-choice or yes/no answer: self-contained JSON. */
export interface MathTruth {
  /** The value in `unit`; a boolean for yes/no questions. */
  value: number | boolean;
  /** Exact form in mathjs syntax (e.g. "3*sqrt(2)"), recorded for readers; `value` is authoritative. */
  symbolic?: string;
  /** Unit the question asks for: one of KNOWN_UNITS; a bare number in the answer is read in it. */
  unit?: string;
  /**
   * Without a tolerance, exact answers (no decimal point) must match exactly (1e-9 relative) and
   * decimals within 0.1 % or correctly rounded to 3 significant digits. With one, every answer is
   * judged at it (readings off a chart are approximate whatever form they take).
   */
  tolerance?: Tolerance;
  /** Multiple-choice options in order A, B, C, ...; the correct one is the option equal to `value`. */
  choices?: string[];
}

export interface MathJudgement {
  correct: boolean;
  reason: string;
  parsed?: unknown;
}

const EXACT_REL = 1e-9;
/** Relative gap of equivalent closed forms evaluated in doubles (a few ulps). */
const FLOAT_NOISE = 1e-14;
const DEFAULT_REL = 1e-3;
const DEFAULT_SIG = 3;

/** Splits at top-level separators (outside brackets and braces). */
function splitTop(s: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(s);
      if (m && m.index === i) {
        parts.push(s.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const ALTERNATIVES = /,|;|\\quad|\\qquad|\s+(?:or|and)\s+|\\text\s*\{\s*(?:or|and)\s*\}|\n/iy;
const EQUALS = /=|≈|≃|\\approx|\\simeq|\\sim\b/y;
const PROSE = /^[A-Za-z][A-Za-z' ]*?(?:\bis\b|:|\bequals\b)\s*/;
/** Words that change the value that follows: a prefix holding one is not mere prose. */
const MODIFIER = /\b(half|double|twice|triple|thrice|third|quarter|fourth|negative|minus|plus|times|square|squared|cube|root|sqrt|percent|reciprocal|inverse|not|less|more|over|divided)\b/i;

/** Drops a lead-in such as "The answer is" or "Answer:", unless it modifies the value ("half of"). */
function stripProse(text: string): string {
  const m = PROSE.exec(text);
  return m && !MODIFIER.test(m[0]) ? text.slice(m[0].length) : text;
}

function cleanup(text: string): string {
  let s = text.trim();
  // Surrounding math delimiters and a final full stop are not part of the answer.
  s = s.replace(/^\$+|\$+$/g, '').replace(/^\\[([]|\\[)\]]$/g, '').trim();
  s = s.replace(/\.\s*$/, '').trim();
  // LaTeX spacing (\, \; \! \: and "\ ") would otherwise look like separators.
  s = s.replace(/\\[,;:! ]/g, ' ');
  // Thousands separators: 1,000 or 1{,}000.
  s = s.replace(/\{,\}/g, ',');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?(\s|$)/.test(s)) s = s.replace(/(\d),(?=\d{3})/g, '$1');
  return s;
}

/** The answer's alternatives, each as its numeric parts (an equality chain "AB = 3√2 ≈ 4.24" has two). */
function readAlternatives(text: string): { values: ReadValue[]; source: string }[] {
  const out: { values: ReadValue[]; source: string }[] = [];
  for (const alt of splitTop(cleanup(text), ALTERNATIVES)) {
    const values: ReadValue[] = [];
    for (const rawPart of splitTop(alt, EQUALS)) {
      const part = stripProse(rawPart).trim();
      try {
        values.push(readValue(part));
      } catch (e) {
        // A label such as "AB" or "\angle ABC" on the left of "=" carries no number; skip it.
        if (e instanceof ReadError && !/\d/.test(part)) continue;
        throw e;
      }
    }
    if (!values.length) throw new ReadError(`no number in "${alt.slice(0, 40)}"`);
    out.push({ values, source: alt });
  }
  if (!out.length) throw new ReadError('empty answer');
  return out;
}

/** Significant digits and decimals of a plain decimal literal, else null. */
function decimalShape(expr: string): { decimals: number; sig: number } | null {
  const m = /^\s*-?(\d*)\.(\d+)\s*$/.exec(expr) ?? /^\s*-?(\d+)\s*$/.exec(expr);
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  const sig = (m[1] + (m[2] ?? '')).replace(/^0+/, '').length;
  return { decimals, sig };
}

/**
 * Is the read value `a` (in its own unit) equal to `truth` (converted to that unit)? `exactForm` is
 * the truth's closed form when it is in the answer's unit: exact-looking answers that are close but
 * not within float noise of it are settled at 64 digits.
 */
function matches(a: ReadValue, v: number, tol: Tolerance | undefined, exactForm?: string): boolean {
  const diff = Math.abs(a.value - v);
  const scale = Math.max(1e-3, Math.abs(v));
  if (diff <= FLOAT_NOISE * scale) return true;
  if (diff <= EXACT_REL * scale) {
    if (a.approx || tol || !exactForm) return true;
    return preciseEqual(a.expr, exactForm) ?? true;
  }
  if (!a.approx && !tol) return false;
  const rel = tol?.rel ?? (tol?.abs !== undefined ? 0 : DEFAULT_REL);
  if (diff <= Math.max(tol?.abs ?? 0, rel * Math.abs(v))) return true;
  const shape = a.approx ? decimalShape(a.expr) : null;
  return !!shape && shape.sig >= (tol?.sigFigs ?? DEFAULT_SIG) && diff <= 0.5 * 10 ** -shape.decimals * (1 + 1e-9);
}

/** Truth `v` in `truthUnit` expressed in the answer's unit, or an error for a wrong unit. */
function truthInAnswerUnit(v: number, answerUnit: UnitInfo | undefined, truthUnit: UnitInfo | undefined): { value: number } | { error: string } {
  if (!answerUnit || (truthUnit && answerUnit.name === truthUnit.name)) return { value: v };
  const c = convert(1, answerUnit, truthUnit);
  if ('error' in c) return c;
  return { value: v / c.value };
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(6);
}

function judgeNumber(text: string, v: number, t: MathTruth): MathJudgement {
  const alts = readAlternatives(text);
  const truthUnit = t.unit ? unitInfo(t.unit) : undefined;
  const firsts: number[] = [];
  for (const a of alts) {
    const c = convert(a.values[0].value, a.values[0].unit, truthUnit);
    if ('error' in c) return { correct: false, reason: `wrong unit: ${c.error}`, parsed: a.source };
    firsts.push(c.value);
  }
  if (firsts.some((x) => Math.abs(x - firsts[0]) > EXACT_REL * Math.max(1, Math.abs(firsts[0])))) {
    return { correct: false, reason: `the answer lists ${alts.length} different values; give one`, parsed: alts.map((a) => a.source) };
  }
  for (const alt of alts) {
    for (const x of alt.values) {
      const tv = truthInAnswerUnit(v, x.unit, truthUnit);
      if ('error' in tv) return { correct: false, reason: `wrong unit: ${tv.error}`, parsed: x.expr };
      const sameUnit = !x.unit || x.unit.name === t.unit;
      if (!matches(x, tv.value, t.tolerance, sameUnit ? t.symbolic : undefined)) {
        return { correct: false, reason: `${x.expr}${x.unit ? ` ${x.unit.name}` : ''} = ${fmt(x.value)} does not equal the expected ${fmt(tv.value)}${x.unit ? ` ${x.unit.name}` : t.unit ? ` ${t.unit}` : ''}`, parsed: x.value };
      }
    }
  }
  const x = alts[0].values[alts[0].values.length - 1];
  return { correct: true, reason: `${x.approx ? 'within tolerance of' : 'equals'} ${t.symbolic ?? fmt(v)}${t.unit ? ` ${t.unit}` : ''}`, parsed: x.value };
}

const LETTER = /^(?:\\text\s*\{)?\s*(?:option|choice|answer)?\s*\(?\s*([A-Z])\s*\)?\s*\}?\s*(?:[.):]\s*(.*))?$/i;

function judgeChoice(text: string, v: number, t: MathTruth): MathJudgement {
  const options = t.choices!;
  const correctIndex = options.findIndex((o) => Math.abs(readValue(o).value - v) <= EXACT_REL * Math.max(1, Math.abs(v)));
  const letters = new Set<number>();
  for (const raw of splitTop(cleanup(text), ALTERNATIVES)) {
    const alt = stripProse(raw).trim();
    const m = LETTER.exec(alt);
    const upper = m?.[1].toUpperCase();
    // A lone lower-case letter is accepted; inside prose ("a 5") only capitals count as choices.
    const index = upper ? upper.charCodeAt(0) - 65 : -1;
    if (m && index >= 0 && index < options.length) {
      if (m[2]) {
        const rest = judgeNumber(m[2], readValue(options[index]).value, { ...t, choices: undefined, symbolic: options[index] });
        if (!rest.correct) return { correct: false, reason: `choice ${upper} does not match the value written after it`, parsed: alt };
      }
      letters.add(index);
      continue;
    }
    // No letter: the value itself must equal exactly one option.
    const hits = options.map((o, i) => (judgeNumber(alt, readValue(o).value, { ...t, choices: undefined, symbolic: o }).correct ? i : -1)).filter((i) => i >= 0);
    if (hits.length !== 1) return { correct: false, reason: `"${alt.slice(0, 40)}" is not one of the options A–${String.fromCharCode(64 + options.length)}`, parsed: alt };
    letters.add(hits[0]);
  }
  if (letters.size === 0) return { correct: false, reason: 'no choice given' };
  if (letters.size > 1) return { correct: false, reason: `the answer picks ${letters.size} different options; pick one`, parsed: [...letters].map((i) => String.fromCharCode(65 + i)) };
  const got = [...letters][0];
  const name = String.fromCharCode(65 + got);
  return got === correctIndex
    ? { correct: true, reason: `choice ${name} is correct`, parsed: name }
    : { correct: false, reason: `choice ${name} is wrong; the answer is ${String.fromCharCode(65 + correctIndex)}`, parsed: name };
}

const YES = new Set(['yes', 'true', 'y']);
const NO = new Set(['no', 'false', 'n']);

function judgeYesNo(text: string, v: boolean): MathJudgement {
  const words = cleanup(text).toLowerCase().replace(/\\text\s*\{([^{}]*)\}/g, ' $1 ').split(/[^a-z']+/).filter(Boolean);
  const said = new Set<boolean>();
  for (const w of words) {
    if (YES.has(w)) said.add(true);
    if (NO.has(w)) said.add(false);
  }
  const negated = words.some((w) => w === 'not' || w.endsWith("n't"));
  if (said.size === 0) return { correct: false, reason: 'answer yes or no' };
  if (said.size > 1 || (negated && said.has(true))) return { correct: false, reason: 'the answer says both yes and no' };
  const got = [...said][0];
  return got === v ? { correct: true, reason: `"${got ? 'yes' : 'no'}" is correct`, parsed: got } : { correct: false, reason: `"${got ? 'yes' : 'no'}" is wrong`, parsed: got };
}

/** Why `t` is not a valid MathTruth, or undefined. */
export function checkMathTruth(t: unknown): string | undefined {
  const x = t as MathTruth;
  if (!x || typeof x !== 'object' || Array.isArray(x)) return 'truth must be an object {value, symbolic?, unit?, tolerance?, choices?}';
  if (typeof x.value === 'boolean') return x.choices === undefined ? undefined : 'a yes/no truth has no choices';
  if (typeof x.value !== 'number' || !Number.isFinite(x.value)) return `value must be a finite number or a boolean, got ${JSON.stringify(x.value)}`;
  if (x.unit !== undefined && !unitInfo(x.unit)) return `unit "${String(x.unit)}" is not one of ${KNOWN_UNITS.join(', ')}`;
  if (x.symbolic !== undefined && typeof x.symbolic !== 'string') return 'symbolic must be a string';
  const tol = x.tolerance;
  if (tol !== undefined) {
    if (typeof tol !== 'object' || tol === null) return 'tolerance must be an object {rel?, abs?, sigFigs?}';
    for (const k of ['rel', 'abs', 'sigFigs'] as const) {
      const n = tol[k];
      if (n !== undefined && (typeof n !== 'number' || !(n >= 0))) return `tolerance.${k} must be a number ≥ 0`;
    }
    if ((tol.rel ?? 0) > 0.5) return 'tolerance.rel must be at most 0.5';
  }
  if (x.choices !== undefined) {
    if (!Array.isArray(x.choices) || x.choices.length < 2 || x.choices.length > 26 || !x.choices.every((c) => typeof c === 'string')) return 'choices must be 2–26 strings';
    let hits = 0;
    for (const c of x.choices) {
      try {
        if (Math.abs(readValue(c).value - x.value) <= EXACT_REL * Math.max(1, Math.abs(x.value))) hits++;
      } catch {
        return `choice "${c.slice(0, 40)}" is not a number or expression`;
      }
    }
    if (hits !== 1) return `exactly one choice must equal value ${x.value}; ${hits} do`;
  }
  return undefined;
}

/**
 * Judges an extracted answer against a math truth. Never throws: unreadable input is a wrong answer
 * with the reason. Several different answers ("3 or 4", "A, C") are always wrong.
 */
export function judgeMath(answer: string, truth: MathTruth): MathJudgement {
  try {
    if (typeof answer !== 'string') return { correct: false, reason: 'answer must be a string' };
    if (!answer.trim()) return { correct: false, reason: 'empty answer' };
    if (typeof truth.value === 'boolean') return judgeYesNo(answer, truth.value);
    if (truth.choices) return judgeChoice(answer, truth.value, truth);
    return judgeNumber(answer, truth.value, truth);
  } catch (e) {
    return { correct: false, reason: e instanceof Error ? e.message.slice(0, 200) : 'unreadable answer' };
  }
}
