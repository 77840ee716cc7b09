// Random tabletop scenes: objects with CLEVR's attributes placed without touching, a camera that
// frames the table, and the checks every scene task relies on: no object cut by the image border
// and every object the task needs visible by at least a minimum share of pixels.
import { VeriforgeError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import { COLOR_NAMES, MATERIALS, RADIUS, SHAPES, SIZES, type Camera3, type Object3, type Scene3D } from '../../core/scene3d.js';
import { visibility, type Visibility } from './visibility.js';

/** Half side of the square of the table where objects stand. */
export const TABLE = 3;
/** Gap kept between the footprints of two objects (world units). */
const GAP = 0.12;

export interface View {
  width: number;
  height: number;
  azimuth: number;
  elevation: number;
}

export function cameraAt(azimuth: number, elevation: number): Camera3 {
  return { azimuth: Number(azimuth.toFixed(2)), elevation: Number(elevation.toFixed(2)), distance: 9.6, fov: 36, target: [0, 0.2, 0.2] };
}

export const sceneOf = (view: View, objects: Object3[]): Scene3D => ({ kind: 'scene3d', width: view.width, height: view.height, camera: cameraAt(view.azimuth, view.elevation), objects });

/** Visible pixels an object needs, scaled with the image area (120 at 480×320). */
export const minPixels = (view: Pick<View, 'width' | 'height'>) => Math.round((120 * view.width * view.height) / (480 * 320));

export function randomAttributes(rng: Rng): Pick<Object3, 'shape' | 'color' | 'size' | 'material'> {
  return { shape: rng.pick(SHAPES), color: rng.pick(COLOR_NAMES), size: rng.pick(SIZES), material: rng.pick(MATERIALS) };
}

/** Whether `o` keeps its gap to every other object and stays on the table. */
export function fits(o: Object3, others: Object3[]): boolean {
  const r = RADIUS[o.size];
  if (Math.abs(o.x) > TABLE - r || Math.abs(o.y) > TABLE - r) return false;
  return others.every((p) => p.id === o.id || Math.hypot(p.x - o.x, p.y - o.y) >= r + RADIUS[p.size] + GAP);
}

/** A free position for an object of `size` among `others`, or null after 200 tries. */
export function freeSpot(rng: Rng, size: Object3['size'], others: Object3[]): { x: number; y: number } | null {
  for (let t = 0; t < 200; t++) {
    const x = Number(rng.float(-TABLE, TABLE).toFixed(3));
    const y = Number(rng.float(-TABLE, TABLE).toFixed(3));
    if (fits({ id: '', shape: 'cube', color: 'gray', material: 'matte', size, x, y, rotation: 0 }, others)) return { x, y };
  }
  return null;
}

/** `count` objects with random attributes at free spots, ids o1..on, or null when the table is full. */
export function placeObjects(rng: Rng, count: number): Object3[] | null {
  const objects: Object3[] = [];
  for (let i = 0; i < count; i++) {
    const attrs = randomAttributes(rng);
    const spot = freeSpot(rng, attrs.size, objects);
    if (!spot) return null;
    objects.push({ id: `o${i + 1}`, ...attrs, ...spot, rotation: Number(rng.float(0, Math.PI / 2).toFixed(3)) });
  }
  return objects;
}

/**
 * Whether every object of `needed` (default: all) is inside the image and shows at least
 * minPixels; returns the visibility measured, or null when the scene fails.
 */
export function visibleEnough(scene: Scene3D, needed?: string[], scale = 0.5): Visibility | null {
  const v = visibility(scene, scale);
  const min = minPixels(scene);
  for (const o of scene.objects) if (v.clipped[o.id]) return null; // nothing may be cut by the border
  // The estimate is held to twice the bound the rendered masks must meet: its silhouettes differ
  // from the renderer's by a pixel, which matters on small, half-hidden objects.
  for (const id of needed ?? scene.objects.map((o) => o.id)) if (!((v.pixels[id] ?? 0) >= 2 * min)) return null;
  return v;
}

/** Tries `make` until it returns a value: the rejection loop every scene task runs. */
export function retry<T>(what: string, tries: number, make: (attempt: number) => T | null): T {
  for (let a = 0; a < tries; a++) {
    const got = make(a);
    if (got !== null) return got;
  }
  throw new VeriforgeError(`${what}: no valid scene after ${tries} tries; loosen the parameters (fewer objects, larger images)`);
}

/** A camera view drawn for a level: azimuth anywhere, elevation within the band. */
export function randomView(rng: Rng, p: { width: number; height: number }, elevation: [number, number] = [28, 50]): View {
  return { width: p.width, height: p.height, azimuth: rng.float(-180, 180), elevation: rng.float(elevation[0], elevation[1]) };
}

/** The scene as the JSON object list text-only baselines read (positions rounded, no ids hidden). */
export function describeObjects(objects: Object3[]): string {
  return JSON.stringify(objects.map((o) => ({ id: o.id, shape: o.shape, color: o.color, size: o.size, material: o.material, x: Number(o.x.toFixed(2)), y: Number(o.y.toFixed(2)) })));
}
