// Question families over a scene: each builds a random program of its family and words it the
// way CLEVR's templates do. Families draw their parts at random; the tasks keep drawing until the
// program's answer is the target they were given (answer balancing by rejection) and the
// executor finds nothing degenerate.
import type { Rng } from '../../core/rng.js';
import { COLOR_NAMES, MATERIALS, SHAPES, SIZES, type Camera3, type Object3 } from '../../core/scene3d.js';
import { ATTRS, Degenerate, execute, relate, RELATIONS, type Attr, type Filters, type Node, type Relation } from './program.js';

export const FAMILIES = ['count', 'exist', 'query', 'same', 'compare-count', 'relate-query', 'relate-count'] as const;
export type Family = (typeof FAMILIES)[number];

export const VALUES: Record<Attr, readonly string[]> = { size: SIZES, color: COLOR_NAMES, material: MATERIALS, shape: SHAPES };

/** Every answer a family can give (yes/no, counts up to `maxCount`, or an attribute's values). */
export function answersOf(family: Family, attr: Attr, maxCount: number): string[] {
  if (family === 'exist' || family === 'same' || family === 'compare-count') return ['yes', 'no'];
  if (family === 'count' || family === 'relate-count') return Array.from({ length: maxCount + 1 }, (_, k) => String(k));
  return [...VALUES[attr]];
}
/** Families whose answer is an attribute value (the queried attribute is drawn too). */
export const asksAttribute = (f: Family) => f === 'query' || f === 'relate-query' || f === 'same';

const PLURAL: Record<string, string> = { cube: 'cubes', sphere: 'spheres', cylinder: 'cylinders', cone: 'cones', torus: 'tori' };
const REL_TEXT: Record<Relation, string> = { left: 'left of', right: 'right of', front: 'in front of', behind: 'behind' };

/** "large red metal cube" / "small things": filters in CLEVR's word order. */
export function words(f: Filters, plural = false): string {
  const head = f.shape ? (plural ? PLURAL[f.shape] : f.shape) : plural ? 'things' : 'thing';
  return [f.size, f.color, f.material, head].filter(Boolean).join(' ');
}

export interface Question {
  program: Node[];
  text: string;
  /** The object the question is about, when it names one (scene-ground boxes it). */
  target?: string;
}

const pick = <T>(r: Rng, xs: readonly T[]) => r.pick(xs);

/** Random filters: 1–2 attributes, taken from a real object or (sometimes) drawn freely. */
function someFilters(r: Rng, objects: Object3[]): Filters {
  const n = r.int(1, 2);
  const attrs = r.shuffle(ATTRS).slice(0, n);
  const from = r.chance(0.7) ? pick(r, objects) : null;
  return Object.fromEntries(attrs.map((a) => [a, from ? from[a] : pick(r, VALUES[a])]));
}

/**
 * The shortest description (fewest attributes, `skip` never used) that picks `o` alone out of
 * `pool`; null when none does. Minimal, so no filter is redundant (CLEVR's degeneracy rule).
 */
export function uniqueWords(r: Rng, o: Object3, pool: Object3[], skip?: Attr): Filters | null {
  const attrs = ATTRS.filter((a) => a !== skip);
  const subsets: Attr[][] = [[]];
  for (const a of attrs) for (const s of subsets.slice()) subsets.push([...s, a]);
  const bySize = r.shuffle(subsets).sort((a, b) => a.length - b.length);
  for (const s of bySize) {
    const hits = pool.filter((p) => s.every((a) => p[a] === o[a]));
    if (hits.length === 1 && hits[0].id === o.id) return Object.fromEntries(s.map((a) => [a, o[a]]));
  }
  return null;
}

/** One random question of `family` (null when this draw cannot make one). */
export function drawQuestion(r: Rng, family: Family, attr: Attr, objects: Object3[], camera: Camera3): Question | null {
  const anchorOf = (skip?: Attr) => {
    const a = pick(r, objects);
    const f = uniqueWords(r, a, objects, skip);
    return f ? { a, f } : null;
  };
  switch (family) {
    case 'count':
    case 'exist': {
      const f = someFilters(r, objects);
      const program: Node[] = [{ fn: 'scene' }, { fn: 'filter', filters: f, in: 0 }, { fn: family, in: 1 }];
      return { program, text: family === 'count' ? `How many ${words(f, true)} are there?` : `Are there any ${words(f, true)}?` };
    }
    case 'query': {
      const x = anchorOf(attr);
      if (!x || !Object.keys(x.f).length) return null;
      const program: Node[] = [{ fn: 'scene' }, { fn: 'filter', filters: x.f, in: 0 }, { fn: 'unique', in: 1 }, { fn: 'query', attr, in: 2 }];
      return { program, text: `What is the ${attr} of the ${words(x.f)}?`, target: x.a.id };
    }
    case 'same': {
      const x = anchorOf(attr), y = anchorOf(attr);
      if (!x || !y || x.a.id === y.a.id || !Object.keys(x.f).length || !Object.keys(y.f).length) return null;
      const program: Node[] = [
        { fn: 'scene' }, { fn: 'filter', filters: x.f, in: 0 }, { fn: 'unique', in: 1 },
        { fn: 'filter', filters: y.f, in: 0 }, { fn: 'unique', in: 3 }, { fn: 'same', attr, in: [2, 4] },
      ];
      return { program, text: `Does the ${words(x.f)} have the same ${attr} as the ${words(y.f)}?` };
    }
    case 'compare-count': {
      const f = someFilters(r, objects), g = someFilters(r, objects);
      if (words(f) === words(g)) return null;
      const op = pick(r, ['more', 'fewer', 'equal'] as const);
      const program: Node[] = [
        { fn: 'scene' }, { fn: 'filter', filters: f, in: 0 }, { fn: 'count', in: 1 },
        { fn: 'filter', filters: g, in: 0 }, { fn: 'count', in: 3 }, { fn: 'compare', op, in: [2, 4] },
      ];
      const [a, b] = [words(f, true), words(g, true)];
      const text = op === 'equal' ? `Are there as many ${a} as ${b}?` : `Are there ${op} ${a} than ${b}?`;
      return { program, text };
    }
    case 'relate-query':
    case 'relate-count': {
      const x = anchorOf();
      if (!x || !Object.keys(x.f).length) return null;
      const rel = pick(r, RELATIONS);
      let ids: string[];
      try {
        ids = relate(objects, camera, x.a, rel);
      } catch (e) {
        if (e instanceof Degenerate) return null;
        throw e;
      }
      const head: Node[] = [{ fn: 'scene' }, { fn: 'filter', filters: x.f, in: 0 }, { fn: 'unique', in: 1 }, { fn: 'relate', rel, in: 2 }];
      const where = `${REL_TEXT[rel]} the ${words(x.f)}`;
      if (family === 'relate-count') {
        const a = pick(r, ATTRS);
        const f: Filters = r.chance(0.5) ? {} : { [a]: pick(r, objects)[a] };
        return { program: [...head, { fn: 'filter', filters: f, in: 3 }, { fn: 'count', in: 4 }], text: `How many ${words(f, true)} are ${where}?` };
      }
      const pool = objects.filter((o) => ids.includes(o.id));
      if (!pool.length) return null;
      const o = pick(r, pool);
      const f = uniqueWords(r, o, pool, attr);
      if (!f) return null;
      return { program: [...head, { fn: 'filter', filters: f, in: 3 }, { fn: 'unique', in: 4 }, { fn: 'query', attr, in: 5 }], text: `What is the ${attr} of the ${words(f)} that is ${where}?`, target: o.id };
    }
  }
}

/** The program's answer as a word, or null when it is degenerate. */
export function answerOf(q: Question, objects: Object3[], camera: Camera3): string | null {
  try {
    const v = execute(q.program, objects, camera);
    return typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  } catch (e) {
    if (e instanceof Degenerate) return null;
    throw e;
  }
}
