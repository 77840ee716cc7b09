// A small software rasteriser for CAD views: orthographic camera, z-buffered flat-shaded
// triangles, then B-rep edges drawn only where they are not hidden. Pure JavaScript arithmetic,
// so the same scene gives the same pixels on every machine (no GPU, no driver differences).
import type { MeshScene, MeshView, Vec3 } from '../../core/mesh-scene.js';

export interface Camera {
  /** Screen right, screen up and viewing direction (into the scene), unit vectors. */
  r: Vec3;
  u: Vec3;
  f: Vec3;
  center: Vec3;
  /** Pixels per millimetre. */
  scale: number;
  width: number;
  height: number;
}

const S2 = Math.SQRT1_2;
const S3 = 1 / Math.sqrt(3);
const S6 = 1 / Math.sqrt(6);

/** Engineering views: front looks along +Y, top down −Z, right along −X; iso from (+X, −Y, +Z). */
const VIEWS: Record<MeshView, { r: Vec3; u: Vec3; f: Vec3 }> = {
  front: { r: [1, 0, 0], u: [0, 0, 1], f: [0, 1, 0] },
  top: { r: [1, 0, 0], u: [0, 1, 0], f: [0, 0, -1] },
  right: { r: [0, 1, 0], u: [0, 0, 1], f: [-1, 0, 0] },
  iso: { r: [S2, S2, 0], u: [-S6, S6, 2 * S6], f: [-S3, S3, -S3] },
};

/** Fraction of the shorter image side that the frame span fills. */
const FILL = 0.86;

export function cameraFor(scene: MeshScene): Camera {
  const v = VIEWS[scene.view];
  return { ...v, center: scene.frame.center, scale: (FILL * Math.min(scene.width, scene.height)) / scene.frame.span, width: scene.width, height: scene.height };
}

/** World point to [screen x, screen y, depth] (depth grows away from the viewer). */
export function project(cam: Camera, x: number, y: number, z: number): [number, number, number] {
  const dx = x - cam.center[0];
  const dy = y - cam.center[1];
  const dz = z - cam.center[2];
  return [
    cam.width / 2 + (dx * cam.r[0] + dy * cam.r[1] + dz * cam.r[2]) * cam.scale,
    cam.height / 2 - (dx * cam.u[0] + dy * cam.u[1] + dz * cam.u[2]) * cam.scale,
    (dx * cam.f[0] + dy * cam.f[1] + dz * cam.f[2]) * cam.scale,
  ];
}

const BASE: Vec3 = [150, 178, 210];
const EDGE: Vec3 = [20, 28, 40];
/** Light from the upper left, slightly towards the viewer, in camera coordinates (r, u, -f). */
const LIGHT: Vec3 = (() => {
  const l: Vec3 = [-0.45, 0.65, 0.62];
  const n = Math.hypot(...l);
  return [l[0] / n, l[1] / n, l[2] / n];
})();

/** Depth buffer kept between calls (one view after another): no 600 kB allocation per view. */
let depthBuf = new Float32Array(0);

/**
 * Rasterises the scene into an RGBA buffer on a white background: `out` (W·H·4 bytes, e.g. the
 * canvas ImageData the view is drawn on) or a new buffer.
 */
export function rasterise(scene: MeshScene, cam: Camera, out?: Uint8ClampedArray): Uint8ClampedArray {
  const { width: W, height: H } = scene;
  const rgba = out ?? new Uint8ClampedArray(W * H * 4);
  rgba.fill(255);
  if (depthBuf.length < W * H) depthBuf = new Float32Array(W * H);
  const depth = depthBuf.length === W * H ? depthBuf : depthBuf.subarray(0, W * H);
  depth.fill(Infinity);
  const P = scene.mesh.positions;
  const I = scene.mesh.indices;
  const sp = new Float64Array(P.length);
  for (let i = 0; i < P.length; i += 3) {
    const [sx, sy, sz] = project(cam, P[i], P[i + 1], P[i + 2]);
    sp[i] = sx;
    sp[i + 1] = sy;
    sp[i + 2] = sz;
  }
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t] * 3;
    const b = I[t + 1] * 3;
    const c = I[t + 2] * 3;
    // World normal → camera frame for two-sided Lambert shading.
    const ux = P[b] - P[a], uy = P[b + 1] - P[a + 1], uz = P[b + 2] - P[a + 2];
    const vx = P[c] - P[a], vy = P[c + 1] - P[a + 1], vz = P[c + 2] - P[a + 2];
    let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const nl = Math.hypot(nx, ny, nz) || 1;
    nx /= nl;
    ny /= nl;
    nz /= nl;
    const cr = nx * cam.r[0] + ny * cam.r[1] + nz * cam.r[2];
    const cu = nx * cam.u[0] + ny * cam.u[1] + nz * cam.u[2];
    let cf = -(nx * cam.f[0] + ny * cam.f[1] + nz * cam.f[2]);
    const flip = cf < 0 ? -1 : 1;
    cf *= flip;
    const lam = Math.max(0, flip * (cr * LIGHT[0] + cu * LIGHT[1]) + cf * LIGHT[2]);
    const shade = 0.42 + 0.58 * lam;
    fillTriangle(rgba, depth, W, H, sp, a, b, c, [BASE[0] * shade, BASE[1] * shade, BASE[2] * shade]);
  }
  drawEdges(rgba, depth, W, H, scene.mesh.edges.length ? scene.mesh.edges : creasesOf(scene.mesh), cam);
  return rgba;
}

/** Crease edges per mesh object: the four views of a part share one mesh and its edges. */
const creaseCache = new WeakMap<object, { P: number[]; I: number[]; edges: number[] }>();

function creasesOf(mesh: MeshScene['mesh']): number[] {
  const hit = creaseCache.get(mesh);
  if (hit && hit.P === mesh.positions && hit.I === mesh.indices) return hit.edges;
  const edges = creaseEdges(mesh.positions, mesh.indices);
  creaseCache.set(mesh, { P: mesh.positions, I: mesh.indices, edges });
  return edges;
}

/** cos of the dihedral angle above which a mesh edge is drawn (25°): sharp edges, not facets. */
const CREASE_COS = Math.cos((25 * Math.PI) / 180);

/**
 * Sharp and boundary edges of an indexed triangle mesh as segments: what a CAD view draws as
 * visible edges (tangent fillet seams and tessellation facets of curved faces are not drawn).
 */
export function creaseEdges(P: number[], I: number[]): number[] {
  const normals = new Float64Array(I.length);
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t] * 3, b = I[t + 1] * 3, c = I[t + 2] * 3;
    const ux = P[b] - P[a], uy = P[b + 1] - P[a + 1], uz = P[b + 2] - P[a + 2];
    const vx = P[c] - P[a], vy = P[c + 1] - P[a + 1], vz = P[c + 2] - P[a + 2];
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const l = Math.hypot(nx, ny, nz) || 1;
    normals[t] = nx / l;
    normals[t + 1] = ny / l;
    normals[t + 2] = nz / l;
  }
  // Edge (lo, hi) → first triangle seen; a second triangle decides whether it is sharp.
  const first = new Map<number, number>();
  const done = new Set<number>();
  const out: number[] = [];
  const nv = P.length / 3;
  const push = (i: number, j: number) => out.push(P[3 * i], P[3 * i + 1], P[3 * i + 2], P[3 * j], P[3 * j + 1], P[3 * j + 2]);
  for (let t = 0; t < I.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const i = I[t + k];
      const j = I[t + ((k + 1) % 3)];
      const key = Math.min(i, j) * nv + Math.max(i, j);
      const o = first.get(key);
      if (o === undefined) {
        first.set(key, t);
        continue;
      }
      done.add(key);
      const d = normals[o] * normals[t] + normals[o + 1] * normals[t + 1] + normals[o + 2] * normals[t + 2];
      if (d < CREASE_COS) push(i, j);
    }
  }
  // Edges with a single triangle are open boundaries: always drawn.
  for (const [key] of first) if (!done.has(key)) push(Math.floor(key / nv), key % nv);
  return out;
}

/** Narrows the pixel-centre interval `span` to where a·px + b ≥ −slack (in place). */
function rowSpan(a: number, b: number, span: [number, number], slack: number): [number, number] {
  if (a > 0) span[0] = Math.max(span[0], (-slack - b) / a);
  else if (a < 0) span[1] = Math.min(span[1], (-slack - b) / a);
  else if (b < -slack) span[1] = -Infinity;
  return span;
}

function fillTriangle(rgba: Uint8ClampedArray, depth: Float32Array, W: number, H: number, sp: Float64Array, a: number, b: number, c: number, col: number[]): void {
  const x0 = sp[a], y0 = sp[a + 1], z0 = sp[a + 2];
  const x1 = sp[b], y1 = sp[b + 1], z1 = sp[b + 2];
  const x2 = sp[c], y2 = sp[c + 1], z2 = sp[c + 2];
  const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (Math.abs(area) < 1e-9) return;
  const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
  const maxX = Math.min(W - 1, Math.ceil(Math.max(x0, x1, x2)));
  const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
  const maxY = Math.min(H - 1, Math.ceil(Math.max(y0, y1, y2)));
  const inv = 1 / area;
  // Each barycentric weight is linear along a row: w = a·px + b. The columns where all three can
  // pass the test below bound the loop (long thin triangles cover a small part of their box); the
  // bound is widened well past rounding, and every pixel still takes the exact test.
  const a0 = -(y2 - y1) * inv;
  const a1 = -(y0 - y2) * inv;
  const slack = 1e-9 + 1e-12 * (Math.abs(x0) + Math.abs(x1) + Math.abs(x2) + W) * (Math.abs(y0) + Math.abs(y1) + Math.abs(y2) + H) * Math.abs(inv);
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5;
    const b0 = (x1 * (y2 - py) - x2 * (y1 - py)) * inv;
    const b1 = (x2 * (y0 - py) - x0 * (y2 - py)) * inv;
    const span = rowSpan(a0, b0, rowSpan(a1, b1, rowSpan(-a0 - a1, 1 - b0 - b1, [minX + 0.5, maxX + 0.5], slack), slack), slack);
    const xs = Math.max(minX, Math.floor(span[0] - 0.5) - 1);
    const xe = Math.min(maxX, Math.ceil(span[1] - 0.5) + 1);
    for (let x = xs; x <= xe; x++) {
      const px = x + 0.5;
      const w0 = ((x1 - px) * (y2 - py) - (x2 - px) * (y1 - py)) * inv;
      const w1 = ((x2 - px) * (y0 - py) - (x0 - px) * (y2 - py)) * inv;
      const w2 = 1 - w0 - w1;
      if (w0 < -1e-9 || w1 < -1e-9 || w2 < -1e-9) continue;
      const z = w0 * z0 + w1 * z1 + w2 * z2;
      const k = y * W + x;
      if (z >= depth[k]) continue;
      depth[k] = z;
      const o = 4 * k;
      rgba[o] = col[0];
      rgba[o + 1] = col[1];
      rgba[o + 2] = col[2];
      rgba[o + 3] = 255;
    }
  }
}

/** Edges are drawn where they are at most a little behind the nearest surface (visible). */
function drawEdges(rgba: Uint8ClampedArray, depth: Float32Array, W: number, H: number, E: number[], cam: Camera): void {
  const bias = 1.5;
  for (let i = 0; i < E.length; i += 6) {
    const [ax, ay, az] = project(cam, E[i], E[i + 1], E[i + 2]);
    const [bx, by, bz] = project(cam, E[i + 3], E[i + 4], E[i + 5]);
    const n = Math.max(1, Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) * 2));
    for (let s = 0; s <= n; s++) {
      const t = s / n;
      const x = Math.floor(ax + (bx - ax) * t);
      const y = Math.floor(ay + (by - ay) * t);
      const z = az + (bz - az) * t;
      for (const [ox, oy] of [[0, 0], [1, 0], [0, 1]] as const) {
        const px = x + ox;
        const py = y + oy;
        if (px < 0 || py < 0 || px >= W || py >= H) continue;
        const k = py * W + px;
        // Hidden when a surface lies in front of it by more than the bias (an edge lies on its
        // own faces, which must not hide it).
        if (z > depth[k] + bias) continue;
        const o = 4 * k;
        rgba[o] = EDGE[0];
        rgba[o + 1] = EDGE[1];
        rgba[o + 2] = EDGE[2];
        rgba[o + 3] = 255;
      }
    }
  }
}
