/**
 * Units an answer may carry. A unit converts to its dimension's base (metre, square metre, degree);
 * the abstract "units" of textbook figures match only themselves (or no unit at all).
 */
export type Dimension = 'length' | 'area' | 'angle';

export interface UnitInfo {
  name: string;
  dim: Dimension;
  /** Multiplier to the base of the dimension; NaN for abstract "units". */
  factor: number;
}

const LENGTHS: Record<string, number> = { mm: 1e-3, cm: 1e-2, dm: 0.1, m: 1, km: 1e3, in: 0.0254, ft: 0.3048 };
/** Spelled-out names of the units above. */
const WORDS: Record<string, string[]> = {
  mm: ['millimeter', 'millimeters', 'millimetre', 'millimetres'],
  cm: ['centimeter', 'centimeters', 'centimetre', 'centimetres'],
  m: ['meter', 'meters', 'metre', 'metres'],
  km: ['kilometer', 'kilometers', 'kilometre', 'kilometres'],
  in: ['inch', 'inches'],
  ft: ['foot', 'feet'],
};

const TABLE = new Map<string, UnitInfo>();
function add(aliases: string[], info: Omit<UnitInfo, 'name'>, name = aliases[0]): void {
  for (const a of aliases) TABLE.set(a, { name, ...info });
}
for (const [u, f] of Object.entries(LENGTHS)) {
  const words = WORDS[u] ?? [];
  add([u, ...words], { dim: 'length', factor: f });
  add([`${u}^2`, `${u}²`, `sq ${u}`, `square ${u}`, ...words.map((w) => `square ${w}`), ...words.map((w) => `sq ${w}`)], { dim: 'area', factor: f * f }, `${u}^2`);
}
add(['units', 'unit'], { dim: 'length', factor: NaN }, 'units');
add(['units^2', 'units²', 'unit^2', 'square units', 'sq units', 'square unit'], { dim: 'area', factor: NaN }, 'units^2');
add(['deg', 'degree', 'degrees'], { dim: 'angle', factor: 1 }, 'deg');
add(['rad', 'radian', 'radians'], { dim: 'angle', factor: 180 / Math.PI }, 'rad');

/** Longest aliases first so that "cm^2" wins over "cm" and "square units" over "units". */
const ALIASES = [...TABLE.keys()].sort((a, b) => b.length - a.length);

export function unitInfo(name: string): UnitInfo | undefined {
  return TABLE.get(name);
}

export const KNOWN_UNITS = [...new Set([...TABLE.values()].map((u) => u.name))];

/**
 * Splits a trailing unit off a plain-text answer ("12 cm^2" → ["12", cm^2]). A word unit must
 * not be glued to a letter before it ("3cm" splits; "sum" does not end with the unit "m").
 */
export function splitUnit(text: string): [string, UnitInfo | undefined] {
  const s = text.trimEnd();
  const lower = s.toLowerCase();
  for (const a of ALIASES) {
    if (!lower.endsWith(a)) continue;
    const before = s.slice(0, s.length - a.length);
    if (/[A-Za-z_]$/.test(before) && /^[a-z]/.test(a)) continue;
    if (!before.trim()) continue;
    return [before.trim(), TABLE.get(a)];
  }
  return [s, undefined];
}

/**
 * Converts `value` given in `from` into the truth's unit `to`. Returns null with a reason when the
 * dimensions differ or an abstract unit meets a concrete one (a wrong unit is a wrong answer).
 */
export function convert(value: number, from: UnitInfo | undefined, to: UnitInfo | undefined): { value: number } | { error: string } {
  if (!from) return { value };
  if (!to) return { error: `the answer is a pure number; got unit ${from.name}` };
  if (from.dim !== to.dim) return { error: `unit ${from.name} is ${from.dim}; expected ${to.dim} (${to.name})` };
  if (from.name === to.name) return { value };
  if (Number.isNaN(from.factor) || Number.isNaN(to.factor)) return { error: `unit ${from.name} cannot be compared with ${to.name}` };
  return { value: (value * from.factor) / to.factor };
}
