// A second, independent reading of the scene tasks' ground truth, written apart from
// generators/scenes: CLEVR programs evaluated recursively from the answer node backwards, the
// camera's right/forward directions derived from the eye position, transformations found by
// diffing the two object lists. Tests compare every generated answer with these.
import type { Object3, Scene3D } from '../../core/scene3d.js';

type Obj = Object3;
type Prog = { fn: string; [k: string]: any }[];

/** Camera right and forward on the table, from the eye position (not from the azimuth formula). */
function axes(scene: Pick<Scene3D, 'camera'>): { right: [number, number]; fwd: [number, number] } {
  const c = scene.camera;
  const az = (c.azimuth * Math.PI) / 180;
  // The eye sits behind the target, opposite to the view direction on the table.
  const eye = [c.target[0] - Math.sin(az), c.target[1] - Math.cos(az)];
  const f = [c.target[0] - eye[0], c.target[1] - eye[1]];
  const n = Math.hypot(f[0], f[1]);
  const fwd: [number, number] = [f[0] / n, f[1] / n];
  return { fwd, right: [fwd[1], -fwd[0]] }; // right-hand turn of forward, seen from above
}

export const MARGIN = 0.3;

/** Evaluates node `k` of `prog`; throws on anything degenerate. */
export function evaluate(prog: Prog, objects: Obj[], scene: Pick<Scene3D, 'camera'>, k = prog.length - 1): any {
  const n = prog[k];
  const sub = (i: number) => evaluate(prog, objects, scene, i);
  switch (n.fn) {
    case 'scene':
      return objects;
    case 'filter':
      return (sub(n.in) as Obj[]).filter((o) => Object.keys(n.filters).every((a) => (o as any)[a] === n.filters[a]));
    case 'unique': {
      const s = sub(n.in) as Obj[];
      if (s.length !== 1) throw new Error(`unique over ${s.length}`);
      return s[0];
    }
    case 'relate': {
      const a = sub(n.in) as Obj;
      const { right, fwd } = axes(scene);
      const dir = { left: [-right[0], -right[1]], right, front: [-fwd[0], -fwd[1]], behind: fwd }[n.rel as string]!;
      const out: Obj[] = [];
      for (const o of objects) {
        if (o === a || o.id === a.id) continue;
        const d = (o.x - a.x) * dir[0] + (o.y - a.y) * dir[1];
        if (Math.abs(d) < MARGIN) throw new Error('ambiguous relation');
        if (d > 0) out.push(o);
      }
      return out;
    }
    case 'count':
      return (sub(n.in) as Obj[]).length;
    case 'exist':
      return (sub(n.in) as Obj[]).length > 0 ? 'yes' : 'no';
    case 'query':
      return (sub(n.in) as any)[n.attr];
    case 'same': {
      const [a, b] = n.in.map(sub);
      if (a.id === b.id) throw new Error('self comparison');
      return a[n.attr] === b[n.attr] ? 'yes' : 'no';
    }
    case 'compare': {
      const [a, b] = n.in.map(sub) as number[];
      return (n.op === 'more' ? a > b : n.op === 'fewer' ? a < b : a === b) ? 'yes' : 'no';
    }
  }
  throw new Error(`unknown node ${n.fn}`);
}

const look = (o: Obj) => [o.shape, o.color, o.size, o.material].join('|');

/** (object, change) pairs between two object lists, found by diffing: ids stay, looks and places change. */
export function diffScenes(before: Obj[], after: Obj[]): string[] {
  const out: string[] = [];
  const afterById = new Map(after.map((o) => [o.id, o]));
  for (const b of before) {
    const a = afterById.get(b.id);
    if (!a) {
      out.push(`${b.id} removed`);
      continue;
    }
    for (const attr of ['color', 'size', 'material', 'shape'] as const) if (a[attr] !== b[attr]) out.push(`${b.id} ${attr}`);
    if (a.x !== b.x || a.y !== b.y) out.push(`${b.id} position`);
  }
  for (const a of after) if (!before.some((b) => b.id === a.id)) out.push('new added');
  return out.sort();
}

/** Whether two layouts are the same table (same objects at the same places), ignoring order. */
export const sameLayout = (a: Obj[], b: Obj[]) => a.length === b.length && a.every((o) => b.some((p) => look(p) === look(o) && p.x === o.x && p.y === o.y));

export { look };
