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

/** CadQuery's remaining named planes (Plane.named): the view names. */
Object.assign(NAMED_PLANES, {
  front: { x: [1, 0, 0], z: [0, 0, 1] },
  back: { x: [-1, 0, 0], z: [0, 0, -1] },
  left: { x: [0, 0, 1], z: [-1, 0, 0] },
  right: { x: [0, 0, -1], z: [1, 0, 0] },
  top: { x: [1, 0, 0], z: [0, 1, 0] },
  bottom: { x: [1, 0, 0], z: [0, -1, 0] },
} satisfies Record<string, { x: V3; z: V3 }>);

/** Local coordinates of a world point on a plane. */
export function toLocal(p: PlaneT, w: V3): V3 {
  const d = sub(w, p.o);
  return [dot(d, p.x), dot(d, yDir(p)), dot(d, p.z)];
}

/** OpenCascade's default x direction for a normal (gp_Ax2(P, V)), used by cq.Plane(origin, None, normal). */
export function defaultXDir(n: V3): V3 {
  const [a, b, c] = n;
  const [aa, ba, ca] = [Math.abs(a), Math.abs(b), Math.abs(c)];
  let x: V3;
  if (ba <= aa && ba <= ca) x = aa > ca ? [-c, 0, a] : [c, 0, -a];
  else if (aa <= ba && aa <= ca) x = ba > ca ? [0, -c, b] : [0, c, -b];
  else x = aa > ba ? [-b, a, 0] : [b, -a, 0];
  return unit(x);
}

/** A plane from origin, x direction (null: OpenCascade's default) and normal; x must be perpendicular to the normal. */
export function makePlane(o: V3, xDir: V3 | null, normal: V3): PlaneT {
  const z = unit(normal);
  if (len(z) === 0) throw new Error('plane normal must not be zero');
  if (!xDir) return { o, x: defaultXDir(z), z };
  const x = unit(xDir);
  if (len(x) === 0) throw new Error('plane x direction must not be zero');
  if (Math.abs(dot(x, z)) > 1e-6) throw new Error('plane x direction must be perpendicular to the normal');
  return { o, x: unit(sub(x, mul(z, dot(x, z)))), z };
}

/** Rotation of v about the unit axis k by angle a (radians), Rodrigues' formula. */
export function rotateVec(v: V3, k: V3, a: number): V3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return add(add(mul(v, c), mul(cross(k, v), s)), mul(k, dot(k, v) * (1 - c)));
}

/**
 * CadQuery's Plane.rotated((rx, ry, rz)) in degrees: the rotation T1·T2·T3 about the plane's own
 * x, y and z axes (z applied first), all three taken from the unrotated plane.
 */
export function rotatePlane(p: PlaneT, deg: V3): PlaneT {
  const [ax, ay, az] = deg.map((d) => (d * Math.PI) / 180);
  const y = yDir(p);
  const t = (v: V3) => rotateVec(rotateVec(rotateVec(v, p.z, az), y, ay), p.x, ax);
  return { o: p.o, x: unit(t(p.x)), z: unit(t(p.z)) };
}

/** A rigid transform: rotation matrix rows and translation (a cq.Location). */
export interface Frame {
  r: [V3, V3, V3];
  t: V3;
}

export const IDENTITY: Frame = {
  r: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  t: [0, 0, 0],
};

export function applyFrame(f: Frame, v: V3, point = true): V3 {
  const r: V3 = [dot(f.r[0], v), dot(f.r[1], v), dot(f.r[2], v)];
  return point ? add(r, f.t) : r;
}

/** a ∘ b: b applied first, then a (CadQuery's Location a * b). */
export function compose(a: Frame, b: Frame): Frame {
  const cols = [0, 1, 2].map((j) => applyFrame(a, [b.r[0][j], b.r[1][j], b.r[2][j]], false));
  return { r: [0, 1, 2].map((i) => [cols[0][i], cols[1][i], cols[2][i]]) as [V3, V3, V3], t: applyFrame(a, b.t) };
}

export function invertFrame(f: Frame): Frame {
  const rt: [V3, V3, V3] = [0, 1, 2].map((i) => [f.r[0][i], f.r[1][i], f.r[2][i]]) as [V3, V3, V3];
  const inv = { r: rt, t: [0, 0, 0] as V3 };
  return { r: rt, t: mul(applyFrame(inv, f.t, false), -1) };
}

/** The frame that maps plane-local coordinates to world coordinates. */
export function planeFrame(p: PlaneT): Frame {
  const y = yDir(p);
  return {
    r: [
      [p.x[0], y[0], p.z[0]],
      [p.x[1], y[1], p.z[1]],
      [p.x[2], y[2], p.z[2]],
    ],
    t: p.o,
  };
}

/** Rotation about an axis through the origin by an angle in degrees. */
export function axisRotation(axis: V3, deg: number): Frame {
  const k = unit(axis);
  const a = (deg * Math.PI) / 180;
  const cols = ([[1, 0, 0], [0, 1, 0], [0, 0, 1]] as V3[]).map((e) => rotateVec(e, k, a));
  return { r: [0, 1, 2].map((i) => [cols[0][i], cols[1][i], cols[2][i]]) as [V3, V3, V3], t: [0, 0, 0] };
}
