// Reading a one-word scene answer: yes/no, a count (digits or a number word) or an attribute value
// with its common synonyms. A reply that names two different values is refused, not guessed.

const SYNONYMS = new Map<string, string>(Object.entries({
  grey: 'gray', block: 'cube', blocks: 'cube', cubes: 'cube', ball: 'sphere', balls: 'sphere', spheres: 'sphere',
  cylinders: 'cylinder', cones: 'cone', ring: 'torus', donut: 'torus', doughnut: 'torus', tori: 'torus', toruses: 'torus',
  metallic: 'metal', shiny: 'metal', rubber: 'matte', matt: 'matte', big: 'large', tiny: 'small', little: 'small',
}));
export const VALUES: Record<string, readonly string[]> = {
  color: ['gray', 'red', 'blue', 'green', 'brown', 'purple', 'cyan', 'yellow'],
  shape: ['cube', 'sphere', 'cylinder', 'cone', 'torus'],
  material: ['matte', 'metal'],
  size: ['small', 'large'],
};
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNT_WORDS = new Map<string, string>([...NUMBER_WORDS.map((w, k) => [w, String(k)] as [string, string])]);
const YES_NO = new Set(['yes', 'no']);
const VALUE_SETS = new Map(Object.entries(VALUES).map(([a, vs]) => [a, new Set(vs)]));

/** The single value of `kind` named in `answer` (canonical spelling), or an error text. */
export function readWord(answer: string, kind: 'yesno' | 'count' | 'word', attr?: string): { value: string } | { error: string } {
  const allowed = kind === 'yesno' ? YES_NO : kind === 'word' ? VALUE_SETS.get(attr ?? '') : undefined;
  let found: string | undefined;
  for (const raw of answer.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    const t = SYNONYMS.get(raw) ?? raw;
    const v = kind === 'count' ? (COUNT_WORDS.get(t) ?? (/^\d+$/.test(t) ? String(Number(t)) : undefined)) : allowed?.has(t) ? t : undefined;
    if (v === undefined || v === found) continue;
    if (found !== undefined) return { error: `several answers given (${found}, ${v})` };
    found = v;
  }
  if (found === undefined) return { error: `no ${kind === 'word' ? attr : kind === 'count' ? 'number' : 'yes/no'} answer found in "${answer.slice(0, 40)}"` };
  return { value: found };
}
