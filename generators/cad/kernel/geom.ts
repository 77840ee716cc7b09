// Small vector and plane helpers shared by the Workplane interpreter and the measurements.
export type V3 = [number, number, number];

export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const mul = (a: V3, k: number): V3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const len = (a: V3): number => Math.hypot(a[0], a[1], a[2]);
export function unit(a: V3): V3 {
  const l = len(a);
  return l === 0 ? [0, 0, 0] : mul(a, 1 / l);
}

/** A CadQuery workplane: origin, x direction and normal (y = normal × x). */
export interface PlaneT {
  o: V3;
  x: V3;
  z: V3;
}

export function yDir(p: PlaneT): V3 {
  return cross(p.z, p.x);
}

/** Local (x, y, z) on the plane to world coordinates. */
export function toWorld(p: PlaneT, l: [number, number, number?]): V3 {
  return add(add(add(p.o, mul(p.x, l[0])), mul(yDir(p), l[1])), mul(p.z, l[2] ?? 0));
}

/** CadQuery's named planes (Plane.named): x direction and normal. */
export const NAMED_PLANES: Record<string, { x: V3; z: V3 }> = {
  XY: { x: [1, 0, 0], z: [0, 0, 1] },
  YZ: { x: [0, 1, 0], z: [1, 0, 0] },
  ZX: { x: [0, 0, 1], z: [0, 1, 0] },
  XZ: { x: [1, 0, 0], z: [0, -1, 0] },
  YX: { x: [0, 1, 0], z: [0, 0, -1] },
  ZY: { x: [0, 0, 1], z: [-1, 0, 0] },
};

/** CadQuery's Workplane._computeXdir: global x for faces parallel to XY, else Z × normal. */
export function computeXDir(n: V3): V3 {
  const xd = cross([0, 0, 1], n);
  return len(xd) < 1e-4 ? [1, 0, 0] : unit(xd);
}

/**
 * The workplane CadQuery puts on a planar face (centerOption "ProjectedOrigin", the default):
 * the previous origin projected onto the face plane, x from computeXDir, the face normal as z.
 */
export function faceWorkplane(prev: PlaneT, faceCenter: V3, n: V3): PlaneT {
  const d = dot(sub(prev.o, faceCenter), n);
  return { o: sub(prev.o, mul(n, d)), x: computeXDir(n), z: n };
}
