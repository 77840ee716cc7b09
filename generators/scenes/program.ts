// CLEVR-like functional programs over a tabletop scene: filters, unique, spatial relations seen
// from the camera, count, exist, query and the two comparisons. A program is a list of nodes, each
// reading earlier nodes by index; the last node is the answer. The executor refuses what CLEVR's
// generator calls degenerate: unique() on anything but one object, and relations where some
// object lies too close to the dividing line to tell (test/scenes recomputes every answer with a
// separate executor).
import { tableAxes, type Camera3, type Object3 } from '../../core/scene3d.js';

export const ATTRS = ['size', 'color', 'material', 'shape'] as const;
export type Attr = (typeof ATTRS)[number];
export const RELATIONS = ['left', 'right', 'front', 'behind'] as const;
export type Relation = (typeof RELATIONS)[number];

export type Filters = Partial<Record<Attr, string>>;

export type Node =
  | { fn: 'scene' }
  | { fn: 'filter'; filters: Filters; in: number }
  | { fn: 'unique'; in: number }
  | { fn: 'relate'; rel: Relation; in: number }
  | { fn: 'count'; in: number }
  | { fn: 'exist'; in: number }
  | { fn: 'query'; attr: Attr; in: number }
  | { fn: 'same'; attr: Attr; in: [number, number] }
  | { fn: 'compare'; op: 'more' | 'fewer' | 'equal'; in: [number, number] };

export type Value = string[] | string | number | boolean;

/** Objects nearer than this to the line through the anchor (along the axis) make a relation ambiguous. */
export const RELATION_MARGIN = 0.3;

export class Degenerate extends Error {}

/** Ids of the objects in relation `rel` to `anchor`, as seen from the camera. */
export function relate(objects: Object3[], camera: Camera3, anchor: Object3, rel: Relation): string[] {
  const { right, forward } = tableAxes(camera);
  const axis = rel === 'left' || rel === 'right' ? right : forward;
  const sign = rel === 'right' || rel === 'behind' ? 1 : -1;
  const out: string[] = [];
  for (const o of objects) {
    if (o.id === anchor.id) continue;
    const d = sign * ((o.x - anchor.x) * axis[0] + (o.y - anchor.y) * axis[1]);
    if (Math.abs(d) < RELATION_MARGIN) throw new Degenerate(`${o.id} is too close to ${anchor.id} along the ${rel} axis`);
    if (d > 0) out.push(o.id);
  }
  return out;
}

/** Runs a program; throws Degenerate when a step is ill-posed. */
export function execute(program: Node[], objects: Object3[], camera: Camera3): Value {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const vals: Value[] = [];
  const set = (i: number) => vals[i] as string[];
  for (const n of program) {
    switch (n.fn) {
      case 'scene':
        vals.push(objects.map((o) => o.id));
        break;
      case 'filter':
        vals.push(set(n.in).filter((id) => Object.entries(n.filters).every(([a, v]) => byId.get(id)![a as Attr] === v)));
        break;
      case 'unique': {
        const s = set(n.in);
        if (s.length !== 1) throw new Degenerate(`unique() over ${s.length} objects`);
        vals.push(s[0]);
        break;
      }
      case 'relate':
        vals.push(relate(objects, camera, byId.get(vals[n.in] as string)!, n.rel));
        break;
      case 'count':
        vals.push(set(n.in).length);
        break;
      case 'exist':
        vals.push(set(n.in).length > 0);
        break;
      case 'query':
        vals.push(byId.get(vals[n.in] as string)![n.attr]);
        break;
      case 'same': {
        const [a, b] = n.in.map((i) => vals[i] as string);
        if (a === b) throw new Degenerate('an object compared with itself');
        vals.push(byId.get(a)![n.attr] === byId.get(b)![n.attr]);
        break;
      }
      case 'compare': {
        const [a, b] = n.in.map((i) => vals[i] as number);
        vals.push(n.op === 'more' ? a > b : n.op === 'fewer' ? a < b : a === b);
        break;
      }
    }
  }
  return vals[vals.length - 1];
}

/** The object ids a program looks at: every object that passes a filter or a unique() (evidence). */
export function touched(program: Node[], objects: Object3[], camera: Camera3): string[] {
  const ids = new Set<string>();
  for (let k = 1; k <= program.length; k++) {
    const n = program[k - 1];
    if (n.fn !== 'filter' && n.fn !== 'unique') continue;
    const v = execute(program.slice(0, k), objects, camera);
    for (const id of Array.isArray(v) ? v : [v as string]) ids.add(id);
  }
  return objects.map((o) => o.id).filter((id) => ids.has(id));
}
