// scene-view: viewpoint reasoning. `layout`: image 1 is a top-down map of the table; which of the
// next images (3D views from unknown camera positions) shows that table? The others show the
// same objects mirrored or with two objects swapped, which no camera turn can produce. `camera`:
// two views of one table; which way (seen from above) and how far did the camera orbit?
import { stableStringify } from '../../core/canonical.js';
import type { ParamSpec } from '../../core/params.js';
import type { Rng } from '../../core/rng.js';
import type { CanvasScene, Primitive } from '../../core/scene.js';
import { COLORS, RADIUS, type Object3 } from '../../core/scene3d.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { distinct, IMAGE_PARAMS, type ImageParams } from './common.js';
import { describeObjects, fits, placeObjects, randomView, retry, sceneOf, TABLE, visibleEnough, type View } from './layout.js';

export interface ViewTruth {
  /** Labels a reply may give, in order. */
  choices: string[];
  value: string;
}

interface ViewParams extends ImageParams {
  mode: 'layout' | 'camera';
  objects: number;
  candidates: number;
}

const params: ParamSpec<ViewParams> = {
  mode: { type: 'enum', default: 'layout', values: ['layout', 'camera'], describe: 'layout: match a top-down map to one of several views; camera: how the camera orbited between two views' },
  objects: { type: 'int', default: 5, min: 3, max: 9, describe: 'objects on the table' },
  candidates: { type: 'int', default: 3, min: 2, max: 4, describe: 'layout mode: 3D views to choose from' },
  ...IMAGE_PARAMS,
};

/** Top-down map: the table as a square, each object as a coloured glyph of its shape (cone: apex dot, torus: ring). */
function mapScene(objects: Object3[], size: number): CanvasScene {
  const s = (size * 0.44) / TABLE;
  const c = size / 2;
  const at = (o: Object3): [number, number] => [c + o.x * s, c - o.y * s];
  const glyph = (o: Object3): Primitive[] => {
    const [x, y] = at(o);
    const r = RADIUS[o.size] * s * 0.92;
    const fill = COLORS[o.color];
    const stroke = o.material === 'metal' ? '#ffffff' : '#222222';
    const id = o.id;
    switch (o.shape) {
      case 'cube': {
        const a = r * 0.72, cs = Math.cos(o.rotation), sn = Math.sin(o.rotation);
        const pts = [[-a, -a], [a, -a], [a, a], [-a, a]].map(([u, v]) => [x + u * cs - v * sn, y - (u * sn + v * cs)] as [number, number]);
        return [{ type: 'polygon', id, points: pts, closed: true, fill, stroke, lineWidth: 2 }];
      }
      case 'torus':
        return [{ type: 'circle', id, cx: x, cy: y, r: r * 0.8, stroke: fill, lineWidth: r * 0.5 }];
      case 'cone':
        return [{ type: 'group', id, children: [{ type: 'circle', cx: x, cy: y, r, fill, stroke, lineWidth: 2 }, { type: 'circle', cx: x, cy: y, r: 2.5, fill: stroke }] }];
      case 'cylinder':
        return [{ type: 'group', id, children: [{ type: 'circle', cx: x, cy: y, r: r * 0.92, fill, stroke, lineWidth: 2 }, { type: 'circle', cx: x, cy: y, r: r * 0.6, stroke, lineWidth: 1 }] }];
      default:
        return [{ type: 'circle', id, cx: x, cy: y, r, fill, stroke, lineWidth: 2 }];
    }
  };
  return {
    kind: 'canvas',
    width: size,
    height: size,
    background: '#ffffff',
    elements: [{ type: 'rect', id: 'table', x: c - TABLE * s, y: c - TABLE * s, w: 2 * TABLE * s, h: 2 * TABLE * s, fill: '#d9dadc', stroke: '#888888', lineWidth: 1 }, ...objects.flatMap(glyph)],
  };
}

/** A layout no camera turn turns into `objects`: mirrored, or two unlike objects swapped. */
function distractor(r: Rng, objects: Object3[], kind: 'mirror' | 'swap'): Object3[] {
  if (kind === 'mirror') return objects.map((o) => ({ ...o, x: -o.x, rotation: -o.rotation }));
  const [a, b] = r.shuffle(objects).slice(0, 2);
  return objects.map((o) => (o.id === a.id ? { ...o, x: b.x, y: b.y } : o.id === b.id ? { ...o, x: a.x, y: a.y } : o));
}

function layoutItem(rng: Rng, p: ViewParams): Instance<ViewTruth> {
  return retry('scene-view (layout)', 300, (attempt) => {
    const r = rng.fork(`attempt/${attempt}`);
    const objects = placeObjects(r, p.objects);
    // Unlike objects only, so that a swap always changes what the table shows.
    if (!objects || !distinct(objects)) return null;
    const kinds = r.shuffle(['mirror', 'swap', 'swap'] as const).slice(0, p.candidates - 1);
    const layouts = [objects, ...kinds.map((k) => distractor(r, objects, k))];
    // A swap may put a large object where a small one stood: every layout must still be free of contact.
    if (layouts.some((l) => !l.every((o) => fits(o, l)))) return null;
    const order = r.shuffle(layouts.map((_, k) => k));
    const scenes = order.map((k) => sceneOf(randomView(r, p), layouts[k]));
    if (scenes.some((s) => !visibleEnough(s))) return null;
    const truthImage = order.indexOf(0) + 2;
    const choices = order.map((_, k) => String(k + 2));
    const question =
      `Image 1 is a top-down map of a table (seen from above; glyphs: square = cube, circle = sphere, circle with a ring = cylinder, circle with a dot = cone, ring = torus; white outline = metal). ` +
      `Images 2 to ${order.length + 1} are photographs of tables taken from unknown camera positions. Which image shows exactly the table of the map? Answer with the image number, e.g. <answer>${choices[0]}</answer>.`;
    return {
      question,
      textOnly: `Map (JSON): ${describeObjects(objects)}\n${order.map((k, i) => `Image ${i + 2}: camera azimuth ${scenes[i].camera.azimuth.toFixed(0)}°, objects ${describeObjects(layouts[k])}`).join('\n')}\n\n${question}`,
      scene: [mapScene(objects, p.height), ...scenes],
      answer: String(truthImage),
      truth: { choices, value: String(truthImage) },
      evidence: objects.map((o) => `${o.id}@${truthImage - 1}`),
      features: { objects: p.objects, candidates: order.length, mirror: kinds.includes('mirror') ? 1 : 0 },
      canonical: `scene-view:layout:${stableStringify({ layouts, order, views: scenes.map((s) => s.camera) })}`,
    };
  });
}

const TURNS = [45, 90, 135];
const turnLabel = (d: number) => `${d > 0 ? 'counterclockwise' : 'clockwise'} by about ${Math.abs(d)}°`;

function cameraItem(rng: Rng, p: ViewParams): Instance<ViewTruth> {
  return retry('scene-view (camera)', 300, (attempt) => {
    const r = rng.fork(`attempt/${attempt}`);
    const objects = placeObjects(r, p.objects);
    if (!objects || !distinct(objects)) return null;
    const first: View = randomView(r, p);
    const turn = r.pick(TURNS) * (r.chance(0.5) ? 1 : -1);
    // Azimuth grows clockwise seen from above (the camera moves from -y towards -x at +90°).
    const second: View = { ...first, azimuth: first.azimuth - turn };
    const scenes = [sceneOf(first, objects), sceneOf(second, objects)];
    if (scenes.some((s) => !visibleEnough(s))) return null;
    const all = TURNS.flatMap((t) => [t, -t]);
    const options = r.shuffle([turn, ...r.shuffle(all.filter((t) => t !== turn)).slice(0, 3)]);
    const letters = ['A', 'B', 'C', 'D'];
    const value = letters[options.indexOf(turn)];
    const question =
      `Both images show the same table; between image 1 and image 2 the camera moved around the table (same height, still looking at its centre). ` +
      `Seen from above, how did it move? ${options.map((t, k) => `${letters[k]}) ${turnLabel(t)}`).join('; ')}. Answer with the letter, e.g. <answer>A</answer>.`;
    return {
      question,
      textOnly: `Objects (JSON): ${describeObjects(objects)}; image 1 camera azimuth ${first.azimuth.toFixed(0)}°, image 2 unknown.\n\n${question}`,
      scene: scenes,
      answer: value,
      truth: { choices: letters, value },
      evidence: objects.flatMap((o) => [`${o.id}@0`, `${o.id}@1`]),
      unmaskable: 'every object shows the turn; masking some leaves the others',
      features: { objects: p.objects, turn: Math.abs(turn) },
      canonical: `scene-view:camera:${stableStringify({ objects, first, turn })}`,
    };
  });
}

export const sceneView: TaskDefinition<ViewParams, ViewTruth> = {
  name: 'scene-view',
  domain: 'scene',
  describe: 'viewpoint reasoning on 3D scenes: which view matches a top-down map, or how the camera orbited between two views',
  params,
  levels: {
    1: { mode: 'camera', objects: 4 },
    2: { mode: 'layout', objects: 4, candidates: 2 },
    3: { mode: 'camera', objects: 6 },
    4: { mode: 'layout', objects: 5, candidates: 3 },
    5: { mode: 'layout', objects: 7, candidates: 4 },
  },
  verifier: 'scene-view',
  generate: (rng, p) => (p.mode === 'layout' ? layoutItem(rng, p) : cameraItem(rng, p)),
};
