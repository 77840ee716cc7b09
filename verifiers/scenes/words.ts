// Reading a one-word scene answer: yes/no, a count (digits or a number word) or an attribute value
// with its common synonyms. A reply that names two different values is refused, not guessed.

const SYNONYMS: Record<string, string> = {
  grey: 'gray', block: 'cube', blocks: 'cube', cubes: 'cube', ball: 'sphere', balls: 'sphere', spheres: 'sphere',
  cylinders: 'cylinder', cones: 'cone', ring: 'torus', donut: 'torus', doughnut: 'torus', tori: 'torus', toruses: 'torus',
  metallic: 'metal', shiny: 'metal', rubber: 'matte', matt: 'matte', big: 'large', tiny: 'small', little: 'small',
};
export const VALUES: Record<string, readonly string[]> = {
  color: ['gray', 'red', 'blue', 'green', 'brown', 'purple', 'cyan', 'yellow'],
  shape: ['cube', 'sphere', 'cylinder', 'cone', 'torus'],
  material: ['matte', 'metal'],
  size: ['small', 'large'],
};
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The single value of `kind` named in `answer` (canonical spelling), or an error text. */
export function readWord(answer: string, kind: 'yesno' | 'count' | 'word', attr?: string): { value: string } | { error: string } {
  const tokens = answer.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/[\s-]+/).filter(Boolean).map((t) => SYNONYMS[t] ?? t);
  let allowed: readonly string[];
  if (kind === 'yesno') allowed = ['yes', 'no'];
  else if (kind === 'count') allowed = [...Array.from({ length: 11 }, (_, k) => String(k))];
  else allowed = VALUES[attr ?? ''] ?? [];
  const seen = new Set<string>();
  for (const t of tokens) {
    const v = kind === 'count' && NUMBER_WORDS.includes(t) ? String(NUMBER_WORDS.indexOf(t)) : t;
    if (allowed.includes(v)) seen.add(v);
    else if (kind === 'count' && /^\d+$/.test(v)) seen.add(String(Number(v)));
  }
  if (seen.size === 0) return { error: `no ${kind === 'word' ? attr : kind === 'count' ? 'number' : 'yes/no'} answer found in "${answer.slice(0, 40)}"` };
  if (seen.size > 1) return { error: `several answers given (${[...seen].join(', ')})` };
  return { value: [...seen][0] };
}
