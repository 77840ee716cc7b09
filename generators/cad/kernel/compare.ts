// Geometric agreement between a candidate solid and the ground truth, as CAD code-generation
// pipelines score it: both meshes are aligned (bounding-box centre at the origin) and normalised
// to the unit box (largest extent 1), then volume IoU (mesh booleans with manifold) and Chamfer
// distance (surface samples) are computed. Bounding box and volume are also compared in absolute
// units, so that a part moved or scaled away from the target is not mistaken for it.
import type { ManifoldToplevel } from 'manifold-3d';
import * as R from 'replicad';
import { boolean as occBoolean } from './occ.js';
import type { Measured, MeshData } from './run.js';

export interface TruthGeometry extends Pick<Measured, 'volume' | 'area' | 'bbox'> {
  mesh: Pick<MeshData, 'positions' | 'indices'>;
  /** The truth's program: re-run for exact B-rep IoU when a mesh is not a closed manifold. */
  program?: string;
}

export interface Comparison {
  /** Volume IoU after alignment and unit-box normalisation (the pipelines' metric). */
  iou: number;
  /** Volume IoU in place, without alignment. */
  iouAbs: number;
  /** How the IoUs were computed: mesh booleans, or exact B-rep booleans as the fallback. */
  method: 'mesh' | 'brep';
  /** Symmetric mean surface distance after normalisation (unit-box units). */
  chamfer: number;
  /** IoU of the two axis-aligned bounding boxes in place. */
  bbox: number;
  /** Largest difference between corresponding bounding-box coordinates (mm). */
  bboxDev: number;
  /** Diagonal of the truth's bounding box (mm). */
  diag: number;
  /** Relative differences of exact volume and area. */
  volumeErr: number;
  areaErr: number;
}

type Box = [[number, number, number], [number, number, number]];

function boxOf(pos: ArrayLike<number>): Box {
  const lo: [number, number, number] = [Infinity, Infinity, Infinity];
  const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < pos.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k], pos[i + k]);
      hi[k] = Math.max(hi[k], pos[i + k]);
    }
  }
  return [lo, hi];
}

/** The pipelines' normalisation: box centre to the origin, largest extent scaled to 1. */
function normalisation(pos: ArrayLike<number>): Normalisation {
  const [lo, hi] = boxOf(pos);
  return { c: [0, 1, 2].map((k) => (lo[k] + hi[k]) / 2), s: 1 / Math.max(1e-9, hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]) };
}

function normalise(pos: ArrayLike<number>, n: Normalisation): Float32Array {
  const out = new Float32Array(pos.length);
  for (let i = 0; i < pos.length; i++) out[i] = (pos[i] - n.c[i % 3]) * n.s;
  return out;
}

export function boxIoU(a: Box, b: Box): number {
  let inter = 1;
  let va = 1;
  let vb = 1;
  for (let k = 0; k < 3; k++) {
    // A tiny floor keeps flat boxes comparable instead of 0/0.
    const ea = Math.max(1e-6, a[1][k] - a[0][k]);
    const eb = Math.max(1e-6, b[1][k] - b[0][k]);
    inter *= Math.max(0, Math.min(a[1][k], b[1][k]) - Math.max(a[0][k], b[0][k]));
    va *= ea;
    vb *= eb;
  }
  return inter / (va + vb - inter);
}

function manifoldOf(wasm: ManifoldToplevel, pos: Float32Array, idx: ArrayLike<number>) {
  const mesh = new wasm.Mesh({ numProp: 3, vertProperties: pos, triVerts: Uint32Array.from(idx) });
  mesh.merge();
  return new wasm.Manifold(mesh);
}

/** Volume IoU of two meshes with manifold booleans; -1 when a mesh is not a closed manifold. */
export function meshIoU(wasm: ManifoldToplevel, a: Float32Array, ai: ArrayLike<number>, b: Float32Array, bi: ArrayLike<number>): number {
  return meshIoUs(wasm, a, ai, b, bi, null).iouAbs;
}

type Normalisation = { c: number[]; s: number };

/**
 * Volume IoUs of a candidate mesh `a` and a truth mesh `b` with manifold booleans: in place, and
 * (unless `align` is null) after the unit-box normalisations `align.a` and `align.b`. IoU does not
 * change when both solids undergo one similarity, so the aligned IoU moves the candidate into the
 * truth's frame (x → (x − c_a)·s_a / s_b + c_b) and reuses the truth's manifold: two meshes are
 * built, not four. Solids whose boxes do not overlap need no boolean (intersection 0). -1 marks a
 * mesh that is not a closed manifold.
 */
export function meshIoUs(
  wasm: ManifoldToplevel,
  a: Float32Array,
  ai: ArrayLike<number>,
  b: Float32Array,
  bi: ArrayLike<number>,
  align: { a: Normalisation; b: Normalisation } | null,
): { iouAbs: number; iou: number } {
  const made: { delete(): void }[] = [];
  const keep = <T extends { delete(): void }>(x: T) => (made.push(x), x);
  const ratio = (va: number, vb: number, vi: number) => {
    const u = va + vb - vi;
    return u > 0 ? Math.max(0, Math.min(1, vi / u)) : 0;
  };
  try {
    const ma = keep(manifoldOf(wasm, a, ai));
    const mb = keep(manifoldOf(wasm, b, bi));
    if (ma.status() !== 'NoError' || mb.status() !== 'NoError') return { iouAbs: -1, iou: -1 };
    const va = ma.volume();
    const vb = mb.volume();
    const [alo, ahi] = boxOf(a);
    const [blo, bhi] = boxOf(b);
    const apart = [0, 1, 2].some((k) => alo[k] >= bhi[k] || blo[k] >= ahi[k]);
    const iouAbs = apart ? 0 : ratio(va, vb, keep(ma.intersect(mb)).volume());
    if (!align) return { iouAbs, iou: iouAbs };
    const k = align.a.s / align.b.s;
    const t = [0, 1, 2].map((i) => align.b.c[i] - k * align.a.c[i]);
    const moved = keep(ma.transform([k, 0, 0, 0, 0, k, 0, 0, 0, 0, k, 0, t[0], t[1], t[2], 1]));
    const iou = ratio(moved.volume(), vb, keep(moved.intersect(mb)).volume());
    return { iouAbs, iou };
  } catch {
    return { iouAbs: -1, iou: -1 };
  } finally {
    for (const x of made) x.delete();
  }
}

/** Area-weighted surface samples with a fixed low-discrepancy sequence (deterministic). */
export function samplePoints(pos: Float32Array, idx: ArrayLike<number>, n: number): Float32Array {
  const tris = idx.length / 3;
  const cum = new Float64Array(tris);
  let total = 0;
  for (let t = 0; t < tris; t++) {
    const [a, b, c] = [idx[3 * t] * 3, idx[3 * t + 1] * 3, idx[3 * t + 2] * 3];
    const ux = pos[b] - pos[a], uy = pos[b + 1] - pos[a + 1], uz = pos[b + 2] - pos[a + 2];
    const vx = pos[c] - pos[a], vy = pos[c + 1] - pos[a + 1], vz = pos[c + 2] - pos[a + 2];
    total += 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
    cum[t] = total;
  }
  const out = new Float32Array(3 * n);
  let t = 0;
  for (let i = 0; i < n; i++) {
    const target = ((i + 0.5) / n) * total;
    while (t < tris - 1 && cum[t] < target) t++;
    // Golden-ratio sequences spread the points inside each triangle.
    let r1 = (i * 0.6180339887498949) % 1;
    let r2 = (i * 0.7548776662466927) % 1;
    if (r1 + r2 > 1) [r1, r2] = [1 - r1, 1 - r2];
    const [a, b, c] = [idx[3 * t] * 3, idx[3 * t + 1] * 3, idx[3 * t + 2] * 3];
    for (let k = 0; k < 3; k++) out[3 * i + k] = pos[a + k] + r1 * (pos[b + k] - pos[a + k]) + r2 * (pos[c + k] - pos[a + k]);
  }
  return out;
}

/**
 * Squared distance from each point of `a` to its nearest point of `b`, exactly (the same minimum
 * a scan of every pair finds): `b` is bucketed in a uniform grid and each query searches rings of
 * cells outwards until no unvisited cell can hold a closer point.
 */
function nearestSquared(a: Float32Array, b: Float32Array): Float64Array {
  const nb = b.length / 3;
  const out = new Float64Array(a.length / 3).fill(Infinity);
  if (nb === 0) return out;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let j = 0; j < b.length; j += 3) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k], b[j + k]);
      hi[k] = Math.max(hi[k], b[j + k]);
    }
  }
  // One point per cell were the points spread through the box; surface samples fill fewer cells
  // more densely (measured: finer or coarser grids are no faster on part surfaces).
  const g = Math.max(1, Math.round(Math.cbrt(nb)));
  const size = [0, 1, 2].map((k) => Math.max(1e-12, (hi[k] - lo[k]) / g));
  const cellOf = (x: number, k: number) => Math.min(g - 1, Math.max(0, Math.floor((x - lo[k]) / size[k])));
  const cellIdx = new Int32Array(nb);
  const start = new Int32Array(g * g * g + 1);
  for (let j = 0; j < nb; j++) {
    const c = (cellOf(b[3 * j], 0) * g + cellOf(b[3 * j + 1], 1)) * g + cellOf(b[3 * j + 2], 2);
    cellIdx[j] = c;
    start[c + 1]++;
  }
  for (let c = 0; c < g * g * g; c++) start[c + 1] += start[c];
  // The points of each cell together, as float32 values: the arithmetic below is the pair scan's.
  const pts = new Float32Array(b.length);
  const fill = start.slice(0, g * g * g);
  for (let j = 0; j < nb; j++) {
    const o = 3 * fill[cellIdx[j]]++;
    pts[o] = b[3 * j];
    pts[o + 1] = b[3 * j + 1];
    pts[o + 2] = b[3 * j + 2];
  }
  for (let i = 0; i < a.length; i += 3) {
    const x = a[i], y = a[i + 1], z = a[i + 2];
    const ci = cellOf(x, 0), cj = cellOf(y, 1), ck = cellOf(z, 2);
    let best = Infinity;
    const visit = (c: number) => {
      for (let o = 3 * start[c], end = 3 * start[c + 1]; o < end; o += 3) {
        const dx = x - pts[o], dy = y - pts[o + 1], dz = z - pts[o + 2];
        const d = dx * dx + dy * dy + dz * dz;
        if (d < best) best = d;
      }
    };
    for (let r = 0; r <= g; r++) {
      // The cells of ring r (Chebyshev distance r from the query's cell) inside the grid.
      for (let di = Math.max(0, ci - r); di <= Math.min(g - 1, ci + r); di++) {
        for (let dj = Math.max(0, cj - r); dj <= Math.min(g - 1, cj + r); dj++) {
          const base = (di * g + dj) * g;
          if (Math.abs(di - ci) === r || Math.abs(dj - cj) === r) {
            for (let dk = Math.max(0, ck - r); dk <= Math.min(g - 1, ck + r); dk++) visit(base + dk);
          } else {
            if (ck - r >= 0) visit(base + ck - r);
            if (r > 0 && ck + r <= g - 1) visit(base + ck + r);
          }
        }
      }
      // Every point not yet seen lies outside the cube of rings 0..r: at least this far away.
      let bound = Infinity;
      for (let k = 0; k < 3; k++) {
        const c = k === 0 ? ci : k === 1 ? cj : ck;
        const p = k === 0 ? x : k === 1 ? y : z;
        if (c - r > 0) bound = Math.min(bound, p - (lo[k] + (c - r) * size[k]));
        if (c + r < g - 1) bound = Math.min(bound, lo[k] + (c + r + 1) * size[k] - p);
      }
      // A margin far above rounding: stopping late costs a ring, stopping early would be wrong.
      bound -= 1e-9 * (1 + Math.abs(x) + Math.abs(y) + Math.abs(z));
      if (bound === Infinity || (bound > 0 && bound * bound >= best)) break;
    }
    out[i / 3] = best;
  }
  return out;
}

/** Symmetric mean nearest-neighbour distance between two point sets (exact nearest neighbours). */
export function chamferDistance(p: Float32Array, q: Float32Array): number {
  const one = (a: Float32Array, b: Float32Array) => {
    const d = nearestSquared(a, b);
    let sum = 0;
    for (let i = 0; i < d.length; i++) sum += Math.sqrt(d[i]);
    return sum / (a.length / 3);
  };
  return (one(p, q) + one(q, p)) / 2;
}

export const CHAMFER_SAMPLES = 1024;

export function compare(wasm: ManifoldToplevel, cand: Measured & { mesh: MeshData }, truth: TruthGeometry): Comparison {
  const cp = Float32Array.from(cand.mesh.positions);
  const tp = Float32Array.from(truth.mesh.positions);
  const nc = normalisation(cp);
  const nt = normalisation(tp);
  const cn = normalise(cp, nc);
  const tn = normalise(tp, nt);
  // IoU is unchanged when both solids undergo the same similarity: when the two normalisations
  // coincide (same bounding box), the aligned IoU is the in-place one and the second boolean,
  // the costliest step, is skipped.
  const same = Math.abs(nc.s - nt.s) <= 1e-9 * nt.s && nc.c.every((x, k) => Math.abs(x - nt.c[k]) <= 1e-9 / nt.s);
  const { iou, iouAbs } = meshIoUs(wasm, cp, cand.mesh.indices, tp, truth.mesh.indices, same ? null : { a: nc, b: nt });
  const chamfer = chamferDistance(samplePoints(cn, cand.mesh.indices, CHAMFER_SAMPLES), samplePoints(tn, truth.mesh.indices, CHAMFER_SAMPLES));
  // -1 marks a mesh that manifold could not take; the worker then redoes the IoUs on B-reps.
  return {
    iou,
    iouAbs,
    method: 'mesh',
    chamfer,
    bbox: boxIoU(cand.bbox, truth.bbox),
    bboxDev: Math.max(...[0, 1].flatMap((c) => [0, 1, 2].map((k) => Math.abs(cand.bbox[c][k] - truth.bbox[c][k])))),
    diag: Math.hypot(...[0, 1, 2].map((k) => truth.bbox[1][k] - truth.bbox[0][k])),
    volumeErr: Math.abs(cand.volume - truth.volume) / Math.max(1e-9, truth.volume),
    areaErr: Math.abs(cand.area - truth.area) / Math.max(1e-9, truth.area),
  };
}

/** Volume IoU of two solids with exact OpenCascade booleans, in place and after normalisation. */
export function brepIoU(a: R.Shape3D, b: R.Shape3D, keep: <T>(v: T) => T): { iou: number; iouAbs: number } {
  const iouOf = (x: R.Shape3D, y: R.Shape3D) => {
    const vx = R.measureVolume(x);
    const vy = R.measureVolume(y);
    const vi = R.measureVolume(keep(occBoolean('intersect', x, y)));
    return Math.max(0, Math.min(1, vi / (vx + vy - vi)));
  };
  const norm = (x: R.Shape3D) => {
    const bb = x.boundingBox;
    const [lo, hi] = bb.bounds;
    bb.delete();
    const c = [0, 1, 2].map((k) => -(lo[k] + hi[k]) / 2) as [number, number, number];
    const s = 1 / Math.max(1e-9, hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
    return keep(keep(x.clone().translate(c)).scale(s, [0, 0, 0]));
  };
  return { iouAbs: iouOf(a, b), iou: iouOf(norm(a), norm(b)) };
}
