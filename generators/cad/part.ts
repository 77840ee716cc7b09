// A generated part: its program executed on the kernel, measured, and turned into four views.
// Generators call this; it draws nothing (the scenes are meshes for renderers/mesh).
import { VeriforgeError } from '../../core/errors.js';
import type { MeshScene, MeshView } from '../../core/mesh-scene.js';
import type { Rng } from '../../core/rng.js';
import type { Level } from '../../core/task.js';
import { FAMILIES, FAMILY_NAMES, type FamilyName, type Part } from './families.js';
import { runCad, type MeshData, type RunResult } from './kernel/index.js';
import { recodePart } from './recode.js';

/** How programs are written: Workplane chains (families.ts) or CAD-Recode's sketches and unions (recode.ts). */
export const CAD_STYLES = ['workplane', 'recode'] as const;
export type CadStyle = (typeof CAD_STYLES)[number];

export const VIEWS: MeshView[] = ['iso', 'front', 'top', 'right'];
const TITLES: Record<MeshView, string> = { iso: 'ISO', front: 'FRONT', top: 'TOP', right: 'RIGHT' };

/** World size spanned by every view (mm): the same for every part, so sizes compare across items. */
export const FRAME_SPAN = 150;

export interface BuiltPart extends Part {
  run: Extract<RunResult, { ok: true }>;
  mesh: MeshData;
}

/**
 * Draws a part of `family` ('any' picks one) and executes its program. A draw whose program the
 * kernel rejects (rare dimension clashes) is redrawn from a derived stream: deterministic.
 */
export function buildPart(rng: Rng, family: FamilyName | 'any', level: Level, style: CadStyle = 'workplane'): BuiltPart {
  let last = '';
  for (let attempt = 0; attempt < 6; attempt++) {
    const r = attempt === 0 ? rng : rng.fork(`retry-${attempt}`);
    const fam = family === 'any' ? r.pick(FAMILY_NAMES) : family;
    const part = style === 'recode' ? recodePart(fam, r, level) : FAMILIES[fam](r, level);
    // No B-rep edge tessellation: the renderer draws the mesh's sharp edges (cheaper, same look).
    const run = runCad(part.program, { mesh: { relTolerance: 0.002, angularTolerance: 0.3, edges: false } });
    if (run.ok && run.mesh && run.solids === 1) return { ...part, run, mesh: run.mesh };
    last = run.ok ? `${run.solids} solids` : `${run.stage}: ${run.error}`;
  }
  throw new VeriforgeError(`cad: could not build a ${family} part${style === 'recode' ? ' in recode style' : ''} at level ${level}: ${last}`);
}

/** The four views of a part; `dims` adds the annotations that belong to each view. */
export function partScenes(p: BuiltPart, size: number, dims: boolean): MeshScene[] {
  return meshScenes(p.mesh, p.run.bbox, size, FRAME_SPAN, (view) => ({
    features: p.features.map((f) => ({ id: f.id, points: f.points })),
    dims: dims ? p.dims.filter((d) => d.views.includes(view)).map(({ id, from, to, text }) => ({ id: `${id}@${view}`, from, to, text })) : [],
  }));
}

/**
 * The four views of any solid's mesh, centred on its bounding box; `span` is the world size (mm)
 * each view spans (default: the box's diagonal with a margin, so the part fills every view).
 */
export function meshScenes(
  mesh: MeshData,
  bbox: [[number, number, number], [number, number, number]],
  size: number,
  span?: number,
  extra: (view: MeshView) => Pick<MeshScene, 'features' | 'dims'> = () => ({ features: [], dims: [] }),
): MeshScene[] {
  const [lo, hi] = bbox;
  const center: [number, number, number] = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2];
  const fit = 1.1 * Math.hypot(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
  return VIEWS.map((view) => ({ kind: 'mesh', view, width: size, height: size, mesh, frame: { center, span: span ?? fit }, ...extra(view), title: TITLES[view] }));
}
