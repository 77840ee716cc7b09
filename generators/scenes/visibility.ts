// What the camera sees of each object, estimated without drawing: every object is tessellated and
// rasterised into an id buffer with a depth test (the renderer's id pass, done on the CPU). Tasks
// reject scenes where an object they need is hidden or cut by the image border before any pixel
// is drawn; the renderer's exact masks confirm it (test/scenes), and scene-ground takes its target
// boxes from here. Tessellations are our own and close to the renderer's, so counts agree to a
// few per cent and boxes to about a pixel.
import type { Box } from '../../core/scene.js';
import { dimsOf, projector, type Object3, type Scene3D, type Vec3 } from '../../core/scene3d.js';

/** Triangles of an object in world coordinates, 9 numbers each. */
export function tessellate(o: Object3): number[] {
  const d = dimsOf(o);
  const out: number[] = [];
  const c = Math.cos(o.rotation), s = Math.sin(o.rotation);
  // Local (u, v, h) → world: counter-clockwise seen from above, as three's rotation.y turns it.
  const P = (u: number, v: number, h: number): Vec3 => [o.x + u * c - v * s, o.y + u * s + v * c, h];
  const tri = (a: Vec3, b: Vec3, e: Vec3) => out.push(...a, ...b, ...e);
  const quad = (a: Vec3, b: Vec3, e: Vec3, f: Vec3) => (tri(a, b, e), tri(a, e, f));
  const N = 32;
  const ring = (r: number, h: number, k: number) => P(r * Math.cos((2 * Math.PI * k) / N), r * Math.sin((2 * Math.PI * k) / N), h);
  switch (o.shape) {
    case 'cube': {
      const a = d.radius, h = d.height;
      const v = [P(-a, -a, 0), P(a, -a, 0), P(a, a, 0), P(-a, a, 0), P(-a, -a, h), P(a, -a, h), P(a, a, h), P(-a, a, h)];
      for (const [i, j, k, l] of [[0, 1, 2, 3], [4, 5, 6, 7], [0, 1, 5, 4], [1, 2, 6, 5], [2, 3, 7, 6], [3, 0, 4, 7]]) quad(v[i], v[j], v[k], v[l]);
      break;
    }
    case 'cylinder':
    case 'cone': {
      const top = o.shape === 'cone' ? 0 : d.radius;
      for (let k = 0; k < N; k++) {
        quad(ring(d.radius, 0, k), ring(d.radius, 0, k + 1), ring(top, d.height, k + 1), ring(top, d.height, k));
        tri(P(0, 0, d.height), ring(top, d.height, k), ring(top, d.height, k + 1));
      }
      break;
    }
    case 'sphere': {
      const r = d.radius, M = 16;
      const pt = (i: number, k: number) => {
        const phi = (Math.PI * i) / M, th = (2 * Math.PI * k) / N;
        return P(r * Math.sin(phi) * Math.cos(th), r * Math.sin(phi) * Math.sin(th), r + r * Math.cos(phi));
      };
      for (let i = 0; i < M; i++) for (let k = 0; k < N; k++) quad(pt(i, k), pt(i, k + 1), pt(i + 1, k + 1), pt(i + 1, k));
      break;
    }
    case 'torus': {
      const M = 16;
      const pt = (k: number, j: number) => {
        const th = (2 * Math.PI * k) / N, ph = (2 * Math.PI * j) / M;
        const rr = d.radius + d.tube * Math.cos(ph);
        return P(rr * Math.cos(th), rr * Math.sin(th), d.tube + d.tube * Math.sin(ph));
      };
      for (let k = 0; k < N; k++) for (let j = 0; j < M; j++) quad(pt(k, j), pt(k + 1, j), pt(k + 1, j + 1), pt(k, j + 1));
      break;
    }
  }
  return out;
}

export interface Visibility {
  /** Visible pixels per object, in full-resolution pixels. */
  pixels: Record<string, number>;
  /** Visible pixel box per visible object, full-resolution pixels. */
  boxes: Record<string, Box>;
  /** Whether some part of the object falls outside the image (it would be cut by the border). */
  clipped: Record<string, boolean>;
}

/**
 * Rasterises the scene's objects at `scale` of its resolution (1: exact size; 0.5: four times
 * faster, counts scaled back) and measures what each shows.
 */
export function visibility(scene: Scene3D, scale = 0.5, margin = 3): Visibility {
  const W = Math.max(1, Math.round(scene.width * scale)), H = Math.max(1, Math.round(scene.height * scale));
  const project = projector(scene);
  const ids = new Uint8Array(W * H);
  const depth = new Float32Array(W * H); // 1/z, larger is nearer; 0 = empty
  const clipped: Record<string, boolean> = {};
  scene.objects.forEach((o, i) => {
    const t = tessellate(o);
    let cut = false;
    const q: number[] = [];
    for (let k = 0; k < t.length; k += 3) {
      const [x, y, z] = project([t[k], t[k + 1], t[k + 2]]);
      if (z <= 0.1 || x < margin || y < margin || x > scene.width - margin || y > scene.height - margin) cut = true;
      q.push(x * scale, y * scale, 1 / z);
    }
    clipped[o.id] = cut;
    for (let k = 0; k < q.length; k += 9) fill(q, k, i + 1, W, H, ids, depth);
  });
  const n = scene.objects.length;
  const count = new Array<number>(n + 1).fill(0);
  const bx = scene.objects.map(() => [Infinity, Infinity, -Infinity, -Infinity]);
  for (let y = 0, p = 0; y < H; y++) {
    for (let x = 0; x < W; x++, p++) {
      const k = ids[p];
      if (!k) continue;
      count[k]++;
      const b = bx[k - 1];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x + 1 > b[2]) b[2] = x + 1;
      if (y + 1 > b[3]) b[3] = y + 1;
    }
  }
  const pixels: Record<string, number> = {};
  const boxes: Record<string, Box> = {};
  scene.objects.forEach((o, i) => {
    pixels[o.id] = Math.round(count[i + 1] / (scale * scale));
    const b = bx[i];
    if (count[i + 1]) boxes[o.id] = [Math.floor(b[0] / scale), Math.floor(b[1] / scale), Math.min(scene.width, Math.ceil(b[2] / scale)), Math.min(scene.height, Math.ceil(b[3] / scale))];
  });
  return { pixels, boxes, clipped };
}

/** One triangle into the id buffer: pixel centres inside it (edge functions), nearest 1/z wins. */
function fill(q: number[], k: number, id: number, W: number, H: number, ids: Uint8Array, depth: Float32Array): void {
  const x0 = q[k], y0 = q[k + 1], w0 = q[k + 2], x1 = q[k + 3], y1 = q[k + 4], w1 = q[k + 5], x2 = q[k + 6], y2 = q[k + 7], w2 = q[k + 8];
  const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (Math.abs(area) < 1e-12) return;
  const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2))), maxX = Math.min(W - 1, Math.ceil(Math.max(x0, x1, x2)));
  const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2))), maxY = Math.min(H - 1, Math.ceil(Math.max(y0, y1, y2)));
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5;
    for (let x = minX; x <= maxX; x++) {
      const px = x + 0.5;
      const a = ((x1 - px) * (y2 - py) - (x2 - px) * (y1 - py)) / area;
      const b = ((x2 - px) * (y0 - py) - (x0 - px) * (y2 - py)) / area;
      const c = 1 - a - b;
      if (a < 0 || b < 0 || c < 0) continue;
      const w = a * w0 + b * w1 + c * w2; // 1/z is affine in screen space
      const p = y * W + x;
      if (w > depth[p]) {
        depth[p] = w;
        ids[p] = id;
      }
    }
  }
}
