// scene-transform: transformation-driven visual reasoning in the style of STAR-R1's TVR. Image 1
// shows a tabletop scene, the next one or two images show it after some objects changed colour,
// size, material, shape or position, were removed, or a new object was added, possibly from other
// viewpoints. The answer is the set of (object, change) pairs; the verifier gives partial credit.
// Certified: every object looks unlike every other (before and after), each changes at most once,
// and every object of each image is in frame and visible, so no change hides and none is imagined.
import { stableStringify } from '../../core/canonical.js';
import type { ParamSpec } from '../../core/params.js';
import type { Rng } from '../../core/rng.js';
import { COLOR_NAMES, MATERIALS, SHAPES, SIZES, type Object3 } from '../../core/scene3d.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { describe, distinct, IMAGE_PARAMS, type ImageParams } from './common.js';
import { describeObjects, fits, freeSpot, placeObjects, randomAttributes, randomView, retry, sceneOf, visibleEnough, type View } from './layout.js';

export const CHANGES = ['color', 'size', 'material', 'shape', 'position', 'removed', 'added'] as const;
export type Change = (typeof CHANGES)[number];

export interface TransformTruth {
  /** Sorted pairs "o3 color", "o5 removed", "new added". */
  pairs: string[];
  /** Ids of the objects of image 1 (what an answer may name, besides "new"). */
  objects: string[];
}

interface TransformParams extends ImageParams {
  objects: number;
  changes: number;
  viewpoint: 'same' | 'different';
  afterImages: number;
}

const params: ParamSpec<TransformParams> = {
  objects: { type: 'int', default: 6, min: 3, max: 10, describe: 'objects in the first image' },
  changes: { type: 'int', default: 2, min: 1, max: 4, describe: 'objects that change (one of them may be a new object)' },
  viewpoint: { type: 'enum', default: 'different', values: ['same', 'different'], describe: 'whether the after images are taken from other camera positions' },
  afterImages: { type: 'int', default: 1, min: 1, max: 2, describe: 'images of the changed scene (2: two viewpoints, three images in all)' },
  ...IMAGE_PARAMS,
};

/** Applies `change` to `o` in place among `others`; false when it cannot (no free spot, a look-alike). */
function applyChange(rng: Rng, change: Change, o: Object3, others: Object3[]): boolean {
  const other = <T>(values: readonly T[], now: T) => rng.pick(values.filter((v) => v !== now));
  switch (change) {
    case 'color':
      o.color = other(COLOR_NAMES, o.color);
      return true;
    case 'material':
      o.material = other(MATERIALS, o.material);
      return true;
    case 'shape':
      o.shape = other(SHAPES, o.shape);
      return true;
    case 'size':
      o.size = other(SIZES, o.size);
      return fits(o, others);
    case 'position': {
      // Far enough to read as a move, not a nudge.
      for (let t = 0; t < 30; t++) {
        const spot = freeSpot(rng, o.size, others.filter((p) => p.id !== o.id));
        if (spot && Math.hypot(spot.x - o.x, spot.y - o.y) >= 1.2) {
          Object.assign(o, spot);
          return true;
        }
      }
      return false;
    }
    default:
      return true;
  }
}

function generate(rng: Rng, p: TransformParams): Instance<TransformTruth> {
  return retry('scene-transform', 400, (attempt) => {
    const r = rng.fork(`attempt/${attempt}`);
    const before = placeObjects(r, p.objects);
    if (!before || !distinct(before)) return null;
    const views: View[] = [randomView(r, p)];
    for (let k = 0; k < p.afterImages; k++) {
      if (p.viewpoint === 'same' && k === 0) views.push(views[0]);
      else views.push({ ...views[0], azimuth: views[0].azimuth + (r.chance(0.5) ? 1 : -1) * r.float(35, 110) * (k + 1), elevation: r.float(28, 50) });
    }
    const first = sceneOf(views[0], before);
    if (!visibleEnough(first)) return null;

    // Which objects change and how: at most one new object, each object changes once.
    const after: Object3[] = before.map((o) => ({ ...o }));
    const changed = r.shuffle(after).slice(0, p.changes);
    const pairs: string[] = [];
    let added: Object3 | null = null;
    for (const o of changed) {
      const change = r.pick(CHANGES.filter((c) => c !== 'added' || !added));
      if (change === 'added') {
        const attrs = randomAttributes(r);
        const spot = freeSpot(r, attrs.size, after);
        if (!spot) return null;
        added = { id: `o${p.objects + 1}`, ...attrs, ...spot, rotation: Number(r.float(0, Math.PI / 2).toFixed(3)) };
        pairs.push('new added');
        continue;
      }
      if (!applyChange(r, change, o, after)) return null;
      pairs.push(`${o.id} ${change}`);
    }
    const removed = new Set(pairs.filter((x) => x.endsWith(' removed')).map((x) => x.split(' ')[0]));
    const final = [...after.filter((o) => !removed.has(o.id)), ...(added ? [added] : [])];
    // A changed object must not look like any object of either image: a look-alike would make a
    // colour change read as a move, or a new object as an old one.
    const newLooks = final.filter((o) => o === added || pairs.some((x) => x.startsWith(`${o.id} `) && !x.endsWith(' position')));
    if (!distinct(final) || !distinct([...before, ...newLooks])) return null;
    const afterScenes = views.slice(1).map((v) => sceneOf(v, final));
    if (afterScenes.some((s) => !visibleEnough(s))) return null;

    pairs.sort();
    const ids = (x: string) => x.split(' ')[0];
    const evidence = [
      ...pairs.filter((x) => ids(x) !== 'new').map((x) => `${ids(x)}@0`),
      ...afterScenes.flatMap((_, k) => pairs.filter((x) => !x.endsWith(' removed')).map((x) => `${ids(x) === 'new' ? added!.id : ids(x)}@${k + 1}`)),
    ];
    const listing = before.map((o) => `${o.id} = ${describe(o)}`).join('; ');
    const afterText = p.afterImages === 1 ? 'Image 2 shows the same table afterwards' : 'Images 2 and 3 show the same table afterwards';
    const viewText = p.afterImages === 2 ? ', from other camera positions' : p.viewpoint === 'same' ? ', from the same camera' : ', from another camera position';
    const question =
      `Image 1 shows objects on a table. ${afterText}${viewText}. The objects in image 1 are: ${listing}. ` +
      `Some objects changed color, size, material, shape or position, or were removed, and a new object may have been added. ` +
      `List every change as "object change" pairs separated by commas: the object is its id above (or "new" for an added object) and the change is one of color, size, material, shape, position, removed, added. ` +
      `Example of the form (made-up ids): <answer>o${p.objects + 4} color, o${p.objects + 7} removed, new added</answer>`;
    return {
      question,
      textOnly: `Objects before (JSON): ${describeObjects(before)}\nObjects after, in no particular order (JSON): ${describeObjects(final).replace(/"id":"o\d+",/g, '')}\n\n${question}`,
      scene: [first, ...afterScenes],
      answer: pairs.join(', '),
      truth: { pairs, objects: before.map((o) => o.id) },
      evidence,
      features: {
        objects: p.objects,
        changes: pairs.length,
        images: 1 + p.afterImages,
        viewShift: Math.round(Math.max(...views.slice(1).map((v) => Math.abs(((v.azimuth - views[0].azimuth + 540) % 360) - 180)))),
        moved: pairs.filter((x) => x.endsWith(' position')).length,
        added: added ? 1 : 0,
      },
      canonical: `scene-transform:${stableStringify({ before, final, views: views.map((v) => [v.azimuth.toFixed(1), v.elevation.toFixed(1)]) })}`,
    };
  });
}

export const sceneTransform: TaskDefinition<TransformParams, TransformTruth> = {
  name: 'scene-transform',
  domain: 'scene',
  describe: 'which objects changed (colour, size, material, shape, position, removed, added) between 3D scene images from one or more viewpoints; STAR-R1-style partial credit',
  params,
  levels: {
    1: { objects: 4, changes: 1, viewpoint: 'same', afterImages: 1 },
    2: { objects: 5, changes: 2, viewpoint: 'same', afterImages: 1 },
    3: { objects: 6, changes: 2, viewpoint: 'different', afterImages: 1 },
    4: { objects: 7, changes: 3, viewpoint: 'different', afterImages: 2 },
    5: { objects: 9, changes: 4, viewpoint: 'different', afterImages: 2 },
  },
  verifier: 'scene-transform',
  generate,
};
