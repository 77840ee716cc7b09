// Parts written the way CAD-Recode and cadrille programs are (style=recode): named workplanes
// with origins (`w0=cq.Workplane('XY',origin=(0,0,-8))`), each body a Sketch API profile
// (`segment`/`arc`/`close`/`assemble`, `rect`/`circle`, holes pushed with mode='s'), finalized
// and extruded, bodies joined with `.union(...)` into `r`. Integer millimetres, like the
// dataset's quantised coordinates. The same families as the Workplane-chain style (families.ts),
// so a family names the same kind of part in both styles.
import type { Rng } from '../../core/rng.js';
import type { Level } from '../../core/task.js';
import type { Dim, FamilyName, Part } from './families.js';
import { NAMED_PLANES, toWorld, type PlaneT, type V3 } from './kernel/geom.js';
import { rim, type Feature } from './program.js';

type P2 = [number, number];
const p = ([x, y]: P2) => `(${x},${y})`;

/** One body: a named plane at an origin, a sketch and an extrusion. */
interface Body {
  plane: 'XY' | 'ZX' | 'YZ' | 'XZ';
  origin: V3;
  sketch: string;
  h: number;
}

/** The program text: one `wN` per distinct workplane, bodies unioned in order. */
function programOf(bodies: Body[]): string {
  const planes: string[] = [];
  const names = bodies.map((b) => {
    const decl = `cq.Workplane('${b.plane}',origin=(${b.origin.join(',')}))`;
    let i = planes.indexOf(decl);
    if (i < 0) i = planes.push(decl) - 1;
    return `w${i}`;
  });
  const solids = bodies.map((b, i) => `${names[i]}.sketch()${b.sketch}.finalize().extrude(${b.h})`);
  return ['import cadquery as cq', ...planes.map((d, i) => `w${i}=${d}`), `r=${solids[0]}${solids.slice(1).map((s) => `.union(${s})`).join('')}`].join('\n');
}

const planeOf = (b: Pick<Body, 'plane' | 'origin'>): PlaneT => ({ o: b.origin, x: NAMED_PLANES[b.plane].x, z: NAMED_PLANES[b.plane].z });

/** Holes cut through a body: `push([...]).circle(r,mode='s')`, with their world rims as features. */
function holes(b: Pick<Body, 'plane' | 'origin' | 'h'>, pts: P2[], r: number, first: number): { text: string; features: Feature[] } {
  const pl = planeOf(b);
  const features = pts.map((q, i) => ({ id: `hole-${first + i}`, kind: 'hole' as const, points: rim(toWorld(pl, [q[0], q[1], b.h]), pl.z, r) }));
  return { text: pts.length ? `.push([${pts.map(p).join(',')}]).circle(${r},mode='s')` : '', features };
}

/** A closed outline of segments; corners listed in order. */
const outline = (pts: P2[]) => `.segment(${p(pts[0])},${p(pts[1])})${pts.slice(2).map((q) => `.segment(${p(q)})`).join('')}.close().assemble()`;

/** A rectangle from segments with its four corners replaced by 3-point arcs of radius r. */
function roundedRect(w: number, h: number, r: number): string {
  const [a, b] = [w / 2, h / 2];
  const k = Math.round(r * (1 - Math.SQRT1_2));
  return `.segment(${p([-a + r, -b])},${p([a - r, -b])}).arc(${p([a - k, -b + k])},${p([a, -b + r])}).segment(${p([a, b - r])}).arc(${p([a - k, b - k])},${p([a - r, b])})` +
    `.segment(${p([-a + r, b])}).arc(${p([-a + k, b - k])},${p([-a, b - r])}).segment(${p([-a, -b + r])}).arc(${p([-a + k, -b + k])},${p([-a + r, -b])}).close().assemble()`;
}

interface Built {
  bodies: Body[];
  features: Feature[];
  dims: Dim[];
  description: string;
}

const box = (id: string, from: V3, to: V3, text: string, views: Dim['views']): Dim => ({ id, from, to, text, views });

/** Plate: outline (rounded from level 3), corner holes from level 2, a boss from level 4, a second boss at 5. */
function plate(rng: Rng, level: Level): Built {
  const [L, W, T] = [2 * rng.int(25, 55), 2 * rng.int(18, 40), rng.int(4, 12)];
  const base: Body = { plane: 'XY', origin: [0, 0, 0], sketch: level >= 3 ? roundedRect(L, W, rng.int(4, 8)) : `.rect(${L},${W})`, h: T };
  const m = rng.int(7, 10);
  const d = rng.int(2, 4);
  const hl = level >= 2 ? holes(base, [[-L / 2 + m, -W / 2 + m], [L / 2 - m, -W / 2 + m], [-L / 2 + m, W / 2 - m], [L / 2 - m, W / 2 - m]], d, 1) : holes(base, [], d, 1);
  base.sketch += hl.text;
  const bodies = [base];
  const features = [...hl.features];
  if (level >= 4) {
    const R = rng.int(6, Math.min(14, W / 2 - 4));
    const H = rng.int(5, 15);
    const boss: Body = { plane: 'XY', origin: [0, 0, T], sketch: `.circle(${R})`, h: H };
    if (level >= 5) boss.sketch += `.circle(${Math.max(2, R - rng.int(3, 5))},mode='s')`;
    bodies.push(boss);
    features.push({ id: 'boss', kind: 'boss', points: rim([0, 0, T + H], [0, 0, 1], R) });
  }
  const dims = [box('dim-length', [-L / 2, -W / 2, T], [L / 2, -W / 2, T], `${L}`, ['top', 'front']), box('dim-width', [L / 2, -W / 2, T], [L / 2, W / 2, T], `${W}`, ['top', 'right'])];
  return { bodies, features, dims, description: `a ${L} × ${W} × ${T} mm plate${level >= 3 ? ' with rounded corners' : ''}${level >= 2 ? `, four Ø${2 * d} mm holes ${m} mm in from the edges` : ''}${level >= 4 ? `, a round boss${level >= 5 ? ' with a bore' : ''} on top` : ''}` };
}

/**
 * L or U bracket: the base on XY (holes pushed into its sketch from level 2), each wall a body on
 * YZ extruded along +X (a hole from level 3), a triangular gusset on ZX for the L from level 4.
 */
function bracket(rng: Rng, level: Level, u: boolean): Built {
  const [L, H, W, T] = [2 * rng.int(20, 40), 2 * rng.int(13, 30), 2 * rng.int(10, 20), rng.int(4, 8)];
  const x0 = u ? -L / 2 : 0;
  const base: Body = { plane: 'XY', origin: [0, 0, 0], sketch: `.push([${p([x0 + L / 2, 0])}]).rect(${L},${W})`, h: T };
  const d = rng.int(2, 3);
  const xs = u ? [-Math.round(L / 4), Math.round(L / 4)] : [Math.round(T + (L - T) * 0.6)];
  const hl = holes(base, level >= 2 ? xs.map((x): P2 => [x, 0]) : [], d, 1);
  base.sketch += hl.text;
  const features = [...hl.features];
  const walls = (u ? [x0, x0 + L - T] : [x0]).map((x): Body => ({ plane: 'YZ', origin: [x, 0, 0], sketch: `.push([${p([0, H / 2])}]).rect(${W},${H})`, h: T }));
  if (level >= 3) {
    const z = Math.round(T + (H - T) * 0.6);
    walls.forEach((w) => {
      const hw = holes(w, [[0, z]], d, features.length + 1);
      w.sketch += hw.text;
      features.push(...hw.features);
    });
  }
  const bodies = [base, ...walls];
  const g = Math.round(Math.min(L, H) / 2);
  // On ZX the sketch's x is world Z and its y is world X.
  if (level >= 4 && !u) bodies.push({ plane: 'ZX', origin: [0, -Math.round(T / 2), 0], sketch: outline([[T, T], [T, T + g], [T + g, T]]), h: T });
  const dims = [box('dim-height', [x0, -W / 2, 0], [x0, -W / 2, H], `${H}`, ['front', 'right']), box('dim-width', [x0 + L, -W / 2, 0], [x0 + L, W / 2, 0], `${W}`, ['top', 'right'])];
  return { bodies, features, dims, description: `${u ? 'a U' : 'an L'}-bracket ${L} mm long, ${H} mm high, ${W} mm wide from ${T} mm stock${level >= 2 ? `, ${xs.length} Ø${2 * d} mm hole${xs.length > 1 ? 's' : ''} in the base` : ''}${level >= 3 ? ', a hole in each wall' : ''}${level >= 4 && !u ? ' and a triangular gusset' : ''}` };
}

/** Flange: disc with a bore, bolt circle from level 2, hub from level 3 (drilled at 4), second step at 5. */
function flange(rng: Rng, level: Level): Built {
  const [R, T] = [rng.int(25, 50), rng.int(5, 10)];
  const rb = Math.round(R * 0.7);
  const n = rng.pick([3, 4, 6]);
  const d = rng.int(2, 4);
  const bore = rng.int(4, Math.round(R / 3));
  const disc: Body = { plane: 'XY', origin: [0, 0, 0], sketch: `.circle(${R}).circle(${bore},mode='s')`, h: T };
  const bolt: P2[] = Array.from({ length: n }, (_, i) => [Math.round(rb * Math.cos((2 * Math.PI * i) / n)), Math.round(rb * Math.sin((2 * Math.PI * i) / n))]);
  const hl = holes(disc, level >= 2 ? bolt : [], d, 1);
  disc.sketch += hl.text;
  const bodies = [disc];
  const rh = Math.round((R * 0.7 - d) * 0.8);
  if (level >= 3) bodies.push({ plane: 'XY', origin: [0, 0, T], sketch: `.circle(${rh})${level >= 4 ? `.circle(${bore},mode='s')` : ''}`, h: rng.int(6, 14) });
  if (level >= 5) bodies.push({ plane: 'XY', origin: [0, 0, 0], sketch: `.circle(${Math.round(rh * 0.8)}).circle(${bore},mode='s')`, h: -rng.int(3, 8) });
  const features: Feature[] = [...hl.features, { id: 'outline', kind: 'outline', points: rim([0, 0, 0], [0, 0, 1], R) }];
  return { bodies, features, dims: [box('dim-diameter', [-R, 0, 0], [R, 0, 0], `Ø${2 * R}`, ['front'])], description: `a flange Ø${2 * R} × ${T} mm with a Ø${2 * bore} mm bore${level >= 2 ? `, ${n} Ø${2 * d} mm bolt holes on a Ø${2 * rb} mm circle` : ''}${level >= 3 ? ', a raised hub' : ''}${level >= 5 ? ' and a spigot underneath' : ''}` };
}

/** Stepped shaft along X: discs on the YZ plane stacked with growing origins. */
function shaft(rng: Rng, level: Level): Built {
  const steps = Math.min(4, 1 + Math.ceil(level / 2));
  let x = 0;
  let r = rng.int(8, 16);
  const bodies: Body[] = [];
  const radii: number[] = [];
  for (let i = 0; i < steps; i++) {
    const len = rng.int(10, 30);
    bodies.push({ plane: 'YZ', origin: [x, 0, 0], sketch: `.circle(${r})${level >= 4 && i === steps - 1 ? `.circle(${Math.max(2, Math.round(r / 3))},mode='s')` : ''}`, h: len });
    radii.push(r);
    x += len;
    r = Math.max(4, r - rng.int(2, 4));
  }
  return { bodies, features: [{ id: 'outline', kind: 'outline', points: rim([0, 0, 0], [1, 0, 0], radii[0]) }], dims: [box('dim-length', [0, -radii[0], 0], [x, -radii[0], 0], `${x}`, ['top', 'front'])], description: `a stepped shaft along X, ${x} mm long, diameters ${radii.map((q) => 2 * q).join(', ')} mm${level >= 4 ? ', the small end bored' : ''}` };
}

/** Tray: a floor and a wall ring (outer outline minus inner) on top; ribs from level 4. */
function enclosure(rng: Rng, level: Level): Built {
  const [L, W, H, t] = [2 * rng.int(25, 50), 2 * rng.int(20, 40), rng.int(15, 35), rng.int(2, 4)];
  const floor: Body = { plane: 'XY', origin: [0, 0, 0], sketch: `.rect(${L},${W})`, h: t };
  const wall: Body = { plane: 'XY', origin: [0, 0, t], sketch: `.rect(${L},${W}).rect(${L - 2 * t},${W - 2 * t},mode='s')`, h: H - t };
  const bodies = [floor, wall];
  if (level >= 3) floor.sketch = roundedRect(L, W, 2 * t), (wall.sketch = `${roundedRect(L, W, 2 * t)}.reset().rect(${L - 2 * t},${W - 2 * t},mode='s')`);
  if (level >= 4) bodies.push({ plane: 'XY', origin: [0, 0, t], sketch: `.rect(${t},${W - 2 * t})`, h: Math.round((H - t) / 2) });
  return { bodies, features: [{ id: 'outline', kind: 'outline', points: [-1, 1].flatMap((sx) => [-1, 1].flatMap((sy) => [(sx * L) / 2, (sy * W) / 2, H])) }], dims: [box('dim-length', [-L / 2, -W / 2, 0], [L / 2, -W / 2, 0], `${L}`, ['front', 'top'])], description: `an open tray ${L} × ${W} × ${H} mm with ${t} mm walls${level >= 3 ? ' and rounded corners' : ''}${level >= 4 ? ', a middle rib' : ''}` };
}

/** Gear-like disc: a toothed outline of segments, bore, hub from level 3. */
function gear(rng: Rng, level: Level): Built {
  const n = rng.int(8, 14);
  const [Ro, depth, T] = [rng.int(25, 45), rng.int(3, 5), rng.int(5, 10)];
  const pts: P2[] = [];
  for (let i = 0; i < n; i++) {
    for (const [f, rr] of [[0, Ro - depth], [0.2, Ro], [0.5, Ro], [0.7, Ro - depth]] as const) {
      const a = ((i + f) * 2 * Math.PI) / n;
      pts.push([Math.round(rr * Math.cos(a)), Math.round(rr * Math.sin(a))]);
    }
  }
  const bore = rng.int(4, 8);
  const bodies: Body[] = [{ plane: 'XY', origin: [0, 0, 0], sketch: `${outline(pts)}.reset().circle(${bore},mode='s')`, h: T }];
  if (level >= 3) bodies.push({ plane: 'XY', origin: [0, 0, T], sketch: `.circle(${bore + rng.int(4, 8)}).circle(${bore},mode='s')`, h: rng.int(4, 10) });
  return { bodies, features: [{ id: 'outline', kind: 'outline', points: rim([0, 0, 0], [0, 0, 1], Ro) }], dims: [box('dim-diameter', [-Ro, 0, 0], [Ro, 0, 0], `Ø${2 * Ro}`, ['front'])], description: `${n === 8 || n === 11 ? "an" : "a"} ${n}-tooth gear-like disc, tip diameter ${2 * Ro} mm, ${T} mm thick, Ø${2 * bore} mm bore${level >= 3 ? ', with a hub' : ''}` };
}

/** Block with bodies stacked on it: a box, a boss per level on top, a side lug from level 3. */
function block(rng: Rng, level: Level): Built {
  const [L, W, H] = [2 * rng.int(20, 45), 2 * rng.int(15, 35), rng.int(15, 35)];
  const bodies: Body[] = [{ plane: 'XY', origin: [0, 0, -Math.round(H / 2)], sketch: `.rect(${L},${W})`, h: H }];
  const top = H - Math.round(H / 2);
  const features: Feature[] = [];
  const k = Math.min(level, 3);
  for (let i = 0; i < k - 1; i++) {
    const c: P2 = [Math.round(-L / 2 + ((i + 1) * L) / k), Math.round(W / 4)];
    const R = rng.int(4, Math.max(5, Math.min(12, Math.floor(L / (2 * k)) - 2, Math.floor(W / 4) - 1)));
    bodies.push({ plane: 'XY', origin: [0, 0, top], sketch: `.push([${p(c)}]).circle(${R})`, h: rng.int(5, 12) });
    features.push({ id: `boss-${i + 1}`, kind: 'boss', points: rim([c[0], c[1], top], [0, 0, 1], R) });
  }
  if (level >= 3) bodies.push({ plane: 'XZ', origin: [0, -Math.round(W / 2), 0], sketch: `.push([(0,0)]).rect(${Math.round(L / 3)},${Math.round(H / 2)})`, h: rng.int(5, 12) });
  if (level >= 5) bodies[0].sketch += `.push([${p([0, -Math.round(W / 4)])}]).rect(${Math.round(L / 4)},${Math.round(W / 5)},mode='s')`;
  return { bodies, features, dims: [box('dim-length', [-L / 2, -W / 2, -H / 2], [L / 2, -W / 2, -H / 2], `${L}`, ['front', 'top'])], description: `a ${L} × ${W} × ${H} mm block${k > 1 ? ` with ${k - 1} round boss${k > 2 ? 'es' : ''} on top` : ''}${level >= 3 ? ', a lug on the front face' : ''}${level >= 5 ? ' and a rectangular through opening' : ''}` };
}

const RECODE: Record<FamilyName, (rng: Rng, level: Level) => Built> = {
  plate,
  'bracket-L': (rng, level) => bracket(rng, level, false),
  'bracket-U': (rng, level) => bracket(rng, level, true),
  flange,
  shaft,
  enclosure,
  gear,
  block,
};

/** A part of `family` in CAD-Recode style; `ops` counts the extruded bodies and subtractions. */
export function recodePart(family: FamilyName, rng: Rng, level: Level): Part {
  const b = RECODE[family](rng, level);
  const program = programOf(b.bodies);
  const holes = b.features.filter((f) => f.kind === 'hole').length;
  return { family, program, description: b.description, holes, features: b.features, dims: b.dims, ops: b.bodies.length + (program.match(/mode='s'/g)?.length ?? 0) };
}
