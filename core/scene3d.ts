// A 3D tabletop scene (CLEVR-like): primitives standing on a table, seen by a perspective camera.
// Generators build it, renderers/scene3d draws it with three.js, and the camera maths below is
// the one contract both sides share (the generators' visibility estimate projects with it too).
// World units: the table is the plane z = 0, z points up, x right and y away at azimuth 0.

export const SHAPES = ['cube', 'sphere', 'cylinder', 'cone', 'torus'] as const;
export type Shape3 = (typeof SHAPES)[number];

export const MATERIALS = ['matte', 'metal'] as const;
export type Material3 = (typeof MATERIALS)[number];

export const SIZES = ['small', 'large'] as const;
export type Size3 = (typeof SIZES)[number];

/** CLEVR's eight colours, slightly brightened to read well under soft light. */
export const COLORS = {
  gray: '#8a8a8a',
  red: '#c42b2b',
  blue: '#2a4bd7',
  green: '#1d8a3a',
  brown: '#8a5a2b',
  purple: '#8133c4',
  cyan: '#29c4c4',
  yellow: '#f0d032',
} as const;
export type Color3 = keyof typeof COLORS;
export const COLOR_NAMES = Object.keys(COLORS) as Color3[];

/** Footprint radius of each size: every object fits in a vertical cylinder of this radius. */
export const RADIUS: Record<Size3, number> = { small: 0.38, large: 0.7 };

export interface Object3 {
  /** Element id: evidence, boxes and masks refer to it. */
  id: string;
  shape: Shape3;
  color: Color3;
  size: Size3;
  material: Material3;
  /** Position of the footprint centre on the table. */
  x: number;
  y: number;
  /** Turn about the vertical axis, radians (cubes show it). */
  rotation: number;
}

export interface Camera3 {
  /** Degrees around the vertical axis; 0 looks along +y from the -y side. */
  azimuth: number;
  /** Degrees above the table. */
  elevation: number;
  distance: number;
  /** Vertical field of view, degrees. */
  fov: number;
  /** Point looked at. */
  target: [number, number, number];
}

// A type alias, not an interface: it must fit core/scene.ts's open `Scene` (an index signature).
export type Scene3D = {
  kind: 'scene3d';
  width: number;
  height: number;
  camera: Camera3;
  objects: Object3[];
};

/** Solid dimensions of an object (what the renderer builds and the visibility estimate rasterises). */
export interface Dims {
  /** cube: half side; sphere, cylinder, cone: radius; torus: major radius. */
  radius: number;
  /** Height of the solid above the table. */
  height: number;
  /** Torus tube radius. */
  tube: number;
}

export function dimsOf(o: Pick<Object3, 'shape' | 'size'>): Dims {
  const r = RADIUS[o.size];
  switch (o.shape) {
    case 'cube':
      return { radius: r * 0.68, height: r * 1.36, tube: 0 }; // half diagonal 0.96 r
    case 'sphere':
      return { radius: r * 0.92, height: r * 1.84, tube: 0 };
    case 'cylinder':
      return { radius: r * 0.85, height: r * 1.5, tube: 0 };
    case 'cone':
      return { radius: r * 0.9, height: r * 1.8, tube: 0 };
    case 'torus':
      return { radius: r * 0.66, height: r * 0.6, tube: r * 0.3 }; // lying flat: outer radius 0.96 r
  }
}

export type Vec3 = [number, number, number];

/** The camera's position and orthonormal frame (right, up, back), as three.js's lookAt builds it. */
export function cameraFrame(c: Camera3): { eye: Vec3; right: Vec3; up: Vec3; back: Vec3 } {
  const az = (c.azimuth * Math.PI) / 180;
  const el = (c.elevation * Math.PI) / 180;
  const [tx, ty, tz] = c.target;
  const eye: Vec3 = [tx - c.distance * Math.cos(el) * Math.sin(az), ty - c.distance * Math.cos(el) * Math.cos(az), tz + c.distance * Math.sin(el)];
  const back = norm([eye[0] - tx, eye[1] - ty, eye[2] - tz]);
  const right = norm(cross([0, 0, 1], back));
  const up = cross(back, right);
  return { eye, right, up, back };
}

/**
 * A projector from world points to image pixels (x right, y down) and view depth (distance in
 * front of the camera), with three.js's PerspectiveCamera conventions.
 */
export function projector(scene: Pick<Scene3D, 'camera' | 'width' | 'height'>): (p: Vec3) => [number, number, number] {
  const { eye, right, up, back } = cameraFrame(scene.camera);
  const f = 1 / Math.tan((scene.camera.fov * Math.PI) / 360);
  const aspect = scene.width / scene.height;
  return (p) => {
    const d: Vec3 = [p[0] - eye[0], p[1] - eye[1], p[2] - eye[2]];
    const vx = dot(d, right), vy = dot(d, up), depth = -dot(d, back);
    const nx = (f / aspect) * (vx / depth), ny = f * (vy / depth);
    return [((nx + 1) / 2) * scene.width, ((1 - ny) / 2) * scene.height, depth];
  };
}

/**
 * The camera's horizontal directions on the table, for spatial relations as CLEVR defines them:
 * "left of" compares positions along the camera's right vector, "behind" along its viewing direction.
 */
export function tableAxes(c: Camera3): { right: [number, number]; forward: [number, number] } {
  const az = (c.azimuth * Math.PI) / 180;
  return { right: [Math.cos(az), -Math.sin(az)], forward: [Math.sin(az), Math.cos(az)] };
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
function norm(a: Vec3): Vec3 {
  const l = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / l, a[1] / l, a[2] / l];
}
