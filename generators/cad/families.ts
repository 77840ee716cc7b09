// Part families. Each draws its dimensions from the rng, writes a CadQuery program whose number of
// solid operations grows with the level (1: one or two, 5: six or more), and records the features
// it made. Dimensions are whole millimetres (half for small ones) so that annotated views and
// questions have exact answers; features are kept clear of each other and of the edges.
import type { Rng } from '../../core/rng.js';
import type { Level } from '../../core/task.js';
import type { V3 } from './kernel/geom.js';
import { Chain, fmt, pts, rim, type Feature } from './program.js';

export interface Dim {
  id: string;
  from: V3;
  to: V3;
  text: string;
  /** Views in which the dimension is drawn (where its line is not seen end-on). */
  views: ('iso' | 'front' | 'top' | 'right')[];
}

export interface Part {
  family: string;
  program: string;
  description: string;
  /** Holes bored or cut through or into the part (each counted once). */
  holes: number;
  features: Feature[];
  dims: Dim[];
  ops: number;
  outerDiameter?: number;
  /** Orthographic view that looks straight into the pocket opening. */
  pocketView?: 'top' | 'front' | 'right';
  /** Volume computable from the annotated dimensions (mm³), when the part allows it. */
  annotatedVolume?: number;
}

const HEADER = 'import cadquery as cq\n\n';
const half = (x: number) => Math.round(x * 2) / 2;

function holeFeatures(prefix: string, start: number, centers: V3[], axis: V3, r: number): Feature[] {
  return centers.map((c, i) => ({ id: `${prefix}-${start + i}`, kind: 'hole' as const, points: rim(c, axis, r) }));
}

/** A plate with corner holes, then fillets, a pocket, chamfers and a centre hole as the level rises. */
function plate(rng: Rng, level: Level): Part {
  const L = rng.int(50, 110);
  const W = rng.int(36, 80);
  const T = rng.int(5, 12);
  const d = rng.pick([3, 4, 5, 6, 8]);
  const m = d + rng.int(3, 6);
  const c = new Chain('XY');
  c.add(`.box(${L}, ${W}, ${T})`, true);
  c.onFace('>Z', [0, 0, T / 2], [0, 0, 1]);
  c.add(`.rect(${fmt(L - 2 * m)}, ${fmt(W - 2 * m)}, forConstruction=True)`).add('.vertices()').add(`.hole(${d})`, true);
  const corners: V3[] = [-1, 1].flatMap((sx) => [-1, 1].map((sy): V3 => [sx * (L / 2 - m), sy * (W / 2 - m), T / 2]));
  const features: Feature[] = holeFeatures('hole', 1, corners, [0, 0, 1], d / 2);
  let holes = 4;
  const rf = Math.min(m - d / 2 - 1, rng.int(2, 6));
  if (level >= 2) c.add(`.edges("|Z").fillet(${fmt(rf)})`, true);
  let pocket: { pw: number; ph: number; pd: number } | null = null;
  if (level >= 3) {
    const pw = half((L - 2 * m - d) * rng.float(0.4, 0.7));
    const ph = half((W - 2 * m - d) * rng.float(0.4, 0.7));
    const pd = Math.max(1, Math.min(T - 2, rng.int(2, 5)));
    c.onFace('>Z', [0, 0, T / 2], [0, 0, 1]).add(`.rect(${fmt(pw)}, ${fmt(ph)})`).add(`.cutBlind(-${pd})`, true);
    features.push({ id: 'pocket', kind: 'pocket', points: [-1, 1].flatMap((sx) => [-1, 1].flatMap((sy) => [(sx * pw) / 2, (sy * ph) / 2, T / 2])) });
    pocket = { pw, ph, pd };
  }
  if (level >= 4) c.add(`.edges("<Z").chamfer(${rng.pick([0.5, 1])})`, true);
  if (level >= 5 && pocket) {
    const dc = Math.min(pocket.pw, pocket.ph) / 2;
    const dcr = Math.max(3, Math.floor(dc));
    // The pocket floor is not the top face: go to the top face and bore straight through.
    c.onFace('>Z', [0, 0, T / 2], [0, 0, 1]).add(`.hole(${dcr})`, true);
    features.push(...holeFeatures('hole', 5, [[0, 0, T / 2 - pocket.pd]], [0, 0, 1], dcr / 2));
    holes++;
  }
  const dims: Dim[] = [
    { id: 'dim-length', from: [-L / 2, -W / 2, T / 2], to: [L / 2, -W / 2, T / 2], text: `${L}`, views: ['top', 'front'] },
    { id: 'dim-width', from: [L / 2, -W / 2, T / 2], to: [L / 2, W / 2, T / 2], text: `${W}`, views: ['top', 'right'] },
    { id: 'dim-thickness', from: [L / 2, -W / 2, -T / 2], to: [L / 2, -W / 2, T / 2], text: `${T}`, views: ['front', 'right'] },
    { id: 'dim-hole', from: [corners[0][0] - d / 2, corners[0][1], T / 2], to: [corners[0][0] + d / 2, corners[0][1], T / 2], text: `4× Ø${d}`, views: ['top'] },
  ];
  return {
    family: 'plate',
    program: HEADER + c.text(),
    description: `a ${L} × ${W} × ${T} mm plate with four Ø${d} mm corner holes ${m} mm in from each edge${level >= 2 ? `, vertical corners filleted R${fmt(rf)}` : ''}${pocket ? `, a centred ${fmt(pocket.pw)} × ${fmt(pocket.ph)} mm pocket ${pocket.pd} mm deep in the top face` : ''}${level >= 4 ? ', bottom edges chamfered' : ''}${level >= 5 ? ', and a through hole in the pocket floor' : ''}`,
    holes,
    features,
    dims,
    ops: c.ops,
    pocketView: pocket ? 'top' : undefined,
    annotatedVolume: level === 1 ? L * W * T - 4 * Math.PI * (d / 2) ** 2 * T : undefined,
  };
}

/** L or U bracket: a bent-sheet profile extruded, with holes in the base and the walls. */
function bracket(rng: Rng, level: Level, shape: 'L' | 'U'): Part {
  const L = rng.int(shape === 'U' ? 50 : 36, 90);
  const H = rng.int(25, 60);
  const W = rng.int(24, 50);
  const T = rng.int(4, 8);
  const d = rng.pick([4, 5, 6]);
  const x0 = shape === 'U' ? -L / 2 : 0;
  const profile: [number, number][] =
    shape === 'L'
      ? [[0, 0], [L, 0], [L, T], [T, T], [T, H], [0, H]]
      : [[x0, 0], [x0 + L, 0], [x0 + L, H], [x0 + L - T, H], [x0 + L - T, T], [x0 + T, T], [x0 + T, H], [x0, H]];
  const c = new Chain('XZ');
  c.add(`.polyline(${pts(profile)})`).add('.close()').add(`.extrude(${fmt(W / 2)}, both=True)`, true);
  // Base holes, bored from the underside.
  const inner = shape === 'L' ? [T + (L - T) * 0.35, T + (L - T) * 0.75] : [-(L / 2 - T) * 0.5, (L / 2 - T) * 0.5];
  const bx = inner.map((x) => Math.round(x));
  c.onFace('<Z', [x0 + L / 2, 0, 0], [0, 0, -1]);
  const baseLocal = bx.map((x) => c.local([x, 0, 0]));
  const useCbore = level >= 5;
  c.add(`.pushPoints(${pts(baseLocal)})`).add(useCbore ? `.cboreHole(${d}, ${d + 4}, 2)` : `.hole(${d})`, true);
  const features = holeFeatures('hole', 1, bx.map((x): V3 => [x, 0, T]), [0, 0, 1], d / 2);
  let holes = 2;
  if (level >= 2) {
    // A hole in each wall, from the outside face.
    const zc = Math.round(T + (H - T) * 0.6);
    const walls: { sel: string; x: number; n: V3 }[] = shape === 'L' ? [{ sel: '<X', x: 0, n: [-1, 0, 0] }] : [{ sel: '<X', x: x0, n: [-1, 0, 0] }, { sel: '>X', x: x0 + L, n: [1, 0, 0] }];
    for (const w of walls) {
      c.onFace(w.sel, [w.x, 0, H / 2], w.n);
      const world: V3 = [w.x, 0, zc];
      c.add(`.pushPoints(${pts([c.local(world)])})`).add(`.hole(${d})`, true);
      features.push(...holeFeatures('hole', holes + 1, [world], w.n, d / 2));
      holes++;
    }
  }
  const rf = Math.min(T - 1, rng.pick([1, 1.5, 2]));
  if (level >= 3) c.add(`.edges("|Y").fillet(${fmt(rf)})`, true);
  if (level >= 4) c.add(`.edges(">Z").chamfer(0.5)`, true);
  const dims: Dim[] = [
    { id: 'dim-length', from: [x0, -W / 2, 0], to: [x0 + L, -W / 2, 0], text: `${L}`, views: ['front', 'top'] },
    { id: 'dim-height', from: [x0, -W / 2, 0], to: [x0, -W / 2, H], text: `${H}`, views: ['front', 'right'] },
    { id: 'dim-width', from: [x0 + L, -W / 2, 0], to: [x0 + L, W / 2, 0], text: `${W}`, views: ['top', 'right'] },
  ];
  return {
    family: shape === 'L' ? 'bracket-L' : 'bracket-U',
    program: HEADER + c.text(),
    description: `${shape === 'L' ? 'an L' : 'a U'}-bracket bent from ${T} mm stock, ${L} mm long, ${H} mm high, ${W} mm wide, with ${holes} Ø${d} mm holes${useCbore ? ' (base holes counterbored)' : ''}${level >= 3 ? `, bend edges filleted R${fmt(rf)}` : ''}${level >= 4 ? ', top edges chamfered' : ''}`,
    holes,
    features,
    dims,
    ops: c.ops,
  };
}

/** A flange: disc, hub, bore and a bolt circle, with chamfers and counterbores at higher levels. */
function flange(rng: Rng, level: Level): Part {
  const R = rng.int(25, 50);
  const T = rng.int(6, 12);
  const rh = Math.round(R * rng.float(0.4, 0.55));
  const Hh = rng.int(6, 16);
  const db = Math.round(rh * rng.float(0.6, 1.1));
  const n = rng.pick([3, 4, 5, 6, 8]);
  const rb = Math.round((R + rh) / 2);
  const d = Math.max(3, Math.min(rng.pick([4, 5, 6, 8]), Math.floor(R - rh - 4), Math.floor(2 * rb * Math.sin(Math.PI / n) - 4)));
  const c = new Chain('XY');
  c.add(`.circle(${R})`).add(`.extrude(${T})`, true);
  let top = T;
  if (level >= 2) {
    c.onFace('>Z', [0, 0, T], [0, 0, 1]).add(`.circle(${rh})`).add(`.extrude(${Hh})`, true);
    top = T + Hh;
  }
  c.onFace('>Z', [0, 0, top], [0, 0, 1]).add(`.hole(${db})`, true);
  c.onFace('<Z', [0, 0, 0], [0, 0, -1]).add(`.polarArray(${rb}, 0, 360, ${n})`).add(level >= 5 ? `.cboreHole(${d}, ${d + 4}, 2)` : `.hole(${d})`, true);
  if (level >= 3) c.add(`.edges(">Z").chamfer(${rng.pick([0.5, 1])})`, true);
  if (level >= 4) c.add(`.faces("<Z").edges("%CIRCLE").chamfer(0.5)`, true);
  const bolts: V3[] = Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    // The bottom workplane's y axis points along −Y: the pattern is mirrored.
    return [rb * Math.cos(t), -rb * Math.sin(t), T];
  });
  const features: Feature[] = [
    { id: 'bore', kind: 'hole', points: rim([0, 0, top], [0, 0, 1], db / 2) },
    ...holeFeatures('hole', 1, bolts, [0, 0, 1], d / 2),
    { id: 'outline', kind: 'outline', points: rim([0, 0, 0], [0, 0, 1], R) },
  ];
  if (level >= 2) features.push({ id: 'boss', kind: 'boss', points: rim([0, 0, top], [0, 0, 1], rh) });
  const dims: Dim[] = [
    { id: 'dim-diameter', from: [-R, 0, 0], to: [R, 0, 0], text: `Ø${2 * R}`, views: ['front'] },
    { id: 'dim-thickness', from: [R, 0, 0], to: [R, 0, T], text: `${T}`, views: ['front'] },
  ];
  return {
    family: 'flange',
    program: HEADER + c.text(),
    description: `a flange Ø${2 * R} × ${T} mm${level >= 2 ? ` with a Ø${2 * rh} × ${Hh} mm hub` : ''}, a Ø${db} mm bore and ${n} Ø${d} mm bolt holes on a Ø${2 * rb} mm circle${level >= 5 ? ' (counterbored)' : ''}${level >= 3 ? ', top edges chamfered' : ''}`,
    holes: n + 1,
    features,
    dims,
    ops: c.ops,
    outerDiameter: 2 * R,
  };
}

/** A stepped shaft revolved from its half profile, with end chamfers, a cross hole and a centre hole. */
function shaft(rng: Rng, level: Level): Part {
  const steps = Math.min(4, 1 + Math.ceil(level / 2));
  const radii: number[] = [];
  const lens: number[] = [];
  let r = rng.int(8, 16);
  for (let i = 0; i < steps; i++) {
    radii.push(r);
    lens.push(rng.int(12, 30));
    r = Math.max(4, r - rng.int(2, 4));
  }
  const total = lens.reduce((s, x) => s + x, 0);
  const profile: [number, number][] = [[0, 0]];
  let y = 0;
  radii.forEach((ri, i) => {
    profile.push([ri, y]);
    y += lens[i];
    profile.push([ri, y]);
  });
  profile.push([0, y]);
  const c = new Chain('XY');
  c.add(`.polyline(${pts(profile)})`).add('.close()').add('.revolve(360, (0, 0, 0), (0, 1, 0))', true);
  const features: Feature[] = [{ id: 'outline', kind: 'outline', points: rim([0, lens[0] / 2, 0], [0, 1, 0], radii[0]) }];
  let holes = 0;
  if (level >= 2) c.add(`.faces("<Y").chamfer(1)`, true);
  if (level >= 3) c.add(`.faces(">Y").chamfer(0.5)`, true);
  let body = c.text('body');
  if (level >= 4) {
    const dh = Math.max(3, Math.round(radii[0] * 0.5));
    const yc = Math.round(lens[0] / 2);
    body += `\ncross = cq.Workplane("YZ").workplane(offset=-${radii[0] + 1}).center(${yc}, 0).circle(${fmt(dh / 2)}).extrude(${2 * radii[0] + 2})`;
    body += '\nbody = body.cut(cross)';
    features.push({ id: 'hole-1', kind: 'hole', points: rim([radii[0], yc, 0], [1, 0, 0], dh / 2) });
    holes++;
  }
  if (level >= 5) {
    const dc = Math.max(2, Math.round(radii[steps - 1] * 0.6));
    body += `\nbody = body.faces(">Y").workplane().hole(${dc}, ${Math.round(lens[steps - 1] / 2)})`;
    features.push({ id: `hole-${holes + 1}`, kind: 'hole', points: rim([0, total, 0], [0, 1, 0], dc / 2) });
    holes++;
  }
  const dims: Dim[] = [
    { id: 'dim-length', from: [radii[0], 0, 0], to: [radii[0], total, 0], text: `${total}`, views: ['top'] },
    { id: 'dim-diameter', from: [-radii[0], 0, 0], to: [radii[0], 0, 0], text: `Ø${2 * radii[0]}`, views: ['front', 'top'] },
  ];
  return {
    family: 'shaft',
    program: `${HEADER}${body}\nresult = body`,
    description: `a stepped shaft along Y with ${steps} sections (diameters ${radii.map((x) => 2 * x).join(', ')} mm; lengths ${lens.join(', ')} mm)${level >= 2 ? ', chamfered ends' : ''}${level >= 4 ? ', a radial cross hole' : ''}${level >= 5 ? ' and a blind centre hole in the small end' : ''}`,
    holes,
    features,
    dims,
    ops: c.ops + (level >= 4 ? 2 : 0) + (level >= 5 ? 1 : 0),
    outerDiameter: 2 * radii[0],
  };
}

/** An open box (shell) with rounded corners, floor mounting holes and a side cut-out. */
function enclosure(rng: Rng, level: Level): Part {
  const L = rng.int(50, 100);
  const W = rng.int(40, 80);
  const H = rng.int(20, 45);
  const t = rng.pick([2, 2.5, 3]);
  const c = new Chain('XY');
  c.add(`.box(${L}, ${W}, ${H})`, true);
  const rf = rng.int(3, 8);
  if (level >= 2) c.add(`.edges("|Z").fillet(${rf})`, true);
  c.add(`.faces(">Z").shell(-${fmt(t)})`, true);
  const features: Feature[] = [{ id: 'outline', kind: 'outline', points: [-1, 1].flatMap((sx) => [-1, 1].flatMap((sy) => [(sx * L) / 2, (sy * W) / 2, H / 2])) }];
  let holes = 0;
  let pocketView: Part['pocketView'];
  if (level >= 3) {
    const d = rng.pick([3, 4]);
    const a = L - 2 * (t + 6);
    const b = W - 2 * (t + 6);
    c.onFace('<Z', [0, 0, -H / 2], [0, 0, -1]).add(`.rect(${fmt(a)}, ${fmt(b)}, forConstruction=True)`).add('.vertices()').add(`.hole(${d})`, true);
    const cs: V3[] = [-1, 1].flatMap((sx) => [-1, 1].map((sy): V3 => [(sx * a) / 2, (sy * b) / 2, -H / 2]));
    features.push(...holeFeatures('hole', 1, cs, [0, 0, -1], d / 2));
    holes = 4;
  }
  if (level >= 4) {
    const ow = Math.round(L * rng.float(0.25, 0.45));
    const oh = Math.round((H - t) * rng.float(0.3, 0.5));
    c.onFace('<Y', [0, -W / 2, 0], [0, -1, 0]);
    // Centre the opening on the wall (local y is world z on this face).
    const [u0, v0] = c.local([0, -W / 2, 0]);
    c.center(u0, v0).add(`.rect(${ow}, ${oh})`).add(`.cutBlind(-${fmt(t)})`, true);
    features.push({ id: 'pocket', kind: 'pocket', points: [-1, 1].flatMap((sx) => [-1, 1].flatMap((sy) => [(sx * ow) / 2, -W / 2, (sy * oh) / 2])) });
    pocketView = 'front';
  }
  if (level >= 5) c.add(`.faces(">Z").chamfer(0.5)`, true);
  const dims: Dim[] = [
    { id: 'dim-length', from: [-L / 2, -W / 2, -H / 2], to: [L / 2, -W / 2, -H / 2], text: `${L}`, views: ['front', 'top'] },
    { id: 'dim-width', from: [L / 2, -W / 2, -H / 2], to: [L / 2, W / 2, -H / 2], text: `${W}`, views: ['top', 'right'] },
    { id: 'dim-height', from: [L / 2, -W / 2, -H / 2], to: [L / 2, -W / 2, H / 2], text: `${H}`, views: ['front', 'right'] },
  ];
  return {
    family: 'enclosure',
    program: HEADER + c.text(),
    description: `an open-top enclosure ${L} × ${W} × ${H} mm with ${fmt(t)} mm walls${level >= 2 ? `, vertical corners rounded R${rf}` : ''}${level >= 3 ? ', four floor mounting holes' : ''}${level >= 4 ? ', a rectangular opening in the front wall' : ''}${level >= 5 ? ', chamfered rim' : ''}`,
    holes,
    features,
    dims,
    ops: c.ops,
    pocketView,
  };
}

/** A gear-like toothed disc (trapezoid teeth), bore, hub, keyway and lightening holes. */
function gear(rng: Rng, level: Level): Part {
  const n = rng.int(8, 18);
  const Ro = rng.int(25, 45);
  const depth = rng.int(3, 5);
  const Ri = Ro - depth;
  const T = rng.int(6, 12);
  const pitch = (2 * Math.PI) / n;
  const profile: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = i * pitch;
    for (const [f, rr] of [[0, Ri], [0.2, Ro], [0.5, Ro], [0.7, Ri]] as const) {
      const t = a + f * pitch;
      profile.push([Math.round(rr * Math.cos(t) * 1000) / 1000, Math.round(rr * Math.sin(t) * 1000) / 1000]);
    }
  }
  const db = rng.int(8, Math.max(9, Math.round(Ri * 0.35)));
  const c = new Chain('XY');
  c.add(`.polyline(${pts(profile)})`).add('.close()').add(`.extrude(${T})`, true);
  let top = T;
  const rh = Math.round(db / 2 + rng.int(4, 8));
  if (level >= 2) {
    const hh = rng.int(4, 10);
    c.onFace('>Z', [0, 0, T], [0, 0, 1]).add(`.circle(${rh})`).add(`.extrude(${hh})`, true);
    top += hh;
  }
  c.onFace('>Z', [0, 0, top], [0, 0, 1]).add(`.hole(${db})`, true);
  const features: Feature[] = [
    { id: 'bore', kind: 'hole', points: rim([0, 0, top], [0, 0, 1], db / 2) },
    { id: 'outline', kind: 'outline', points: rim([0, 0, 0], [0, 0, 1], Ro) },
  ];
  if (level >= 2) features.push({ id: 'boss', kind: 'boss', points: rim([0, 0, top], [0, 0, 1], rh) });
  let holes = 1;
  if (level >= 3) {
    const kw = Math.max(2, Math.round(db / 4));
    c.center(0, db / 2).add(`.rect(${kw}, ${kw})`).add('.cutThruAll()', true);
  }
  if (level >= 4) {
    const k = rng.pick([4, 5, 6]);
    const rl = Math.round((rh + Ri) / 2);
    const dl = Math.max(3, Math.min(Math.floor(Ri - rh - 4), Math.floor(2 * rl * Math.sin(Math.PI / k) - 4), 10));
    if (dl >= 3 && rl - dl / 2 > rh + 1 && rl + dl / 2 < Ri - 1.5) {
      c.onFace('<Z', [0, 0, 0], [0, 0, -1]).add(`.polarArray(${rl}, 0, 360, ${k})`).add(`.hole(${dl})`, true);
      const cs: V3[] = Array.from({ length: k }, (_, i) => [rl * Math.cos((2 * Math.PI * i) / k), -rl * Math.sin((2 * Math.PI * i) / k), T]);
      features.push(...holeFeatures('hole', 1, cs, [0, 0, 1], dl / 2));
      holes += k;
    }
  }
  if (level >= 5) c.add(`.faces(">Z").edges("%CIRCLE").chamfer(0.5)`, true);
  const dims: Dim[] = [
    { id: 'dim-diameter', from: [-Ro, 0, 0], to: [Ro, 0, 0], text: `Ø${2 * Ro}`, views: ['front'] },
    { id: 'dim-thickness', from: [Ro, 0, 0], to: [Ro, 0, T], text: `${T}`, views: ['front'] },
  ];
  return {
    family: 'gear',
    program: HEADER + c.text(),
    description: `a ${n}-tooth gear-like disc, tip diameter ${2 * Ro} mm, root diameter ${2 * Ri} mm, ${T} mm thick, Ø${db} mm bore${level >= 2 ? ' with a hub' : ''}${level >= 3 ? ' and a keyway' : ''}${holes > 1 ? `, ${holes - 1} lightening holes` : ''}`,
    holes,
    features,
    dims,
    ops: c.ops,
    outerDiameter: 2 * Ro,
  };
}

/** A block with a pocket on one face, bosses on the top, holes through the bosses and fillets. */
function block(rng: Rng, level: Level): Part {
  const L = rng.int(50, 100);
  const W = rng.int(40, 80);
  const H = rng.int(20, 40);
  const face = rng.pick(['>Z', '<Y', '>X'] as const);
  const view = ({ '>Z': 'top', '<Y': 'front', '>X': 'right' } as const)[face];
  const c = new Chain('XY');
  c.add(`.box(${L}, ${W}, ${H})`, true);
  const features: Feature[] = [];
  // Pocket on the chosen face, in the half away from the bosses (bosses sit at x < 0 on top).
  const geo = {
    '>Z': { center: [0, 0, H / 2] as V3, n: [0, 0, 1] as V3, span: [L / 2, W] },
    '<Y': { center: [0, -W / 2, 0] as V3, n: [0, -1, 0] as V3, span: [L, H] },
    '>X': { center: [L / 2, 0, 0] as V3, n: [1, 0, 0] as V3, span: [W, H] },
  }[face];
  const pw = Math.round(geo.span[0] * rng.float(0.3, 0.5));
  const ph = Math.round(geo.span[1] * rng.float(0.3, 0.5));
  const pd = rng.int(3, Math.max(4, Math.round(Math.min(H, W, L) * 0.3)));
  c.onFace(face, geo.center, geo.n);
  // Pocket centre in world coordinates; on the top face it goes in the +x half.
  const pc: V3 = face === '>Z' ? [L / 4, 0, H / 2] : geo.center;
  const pl = c.plane;
  const yv: V3 = [pl.z[1] * pl.x[2] - pl.z[2] * pl.x[1], pl.z[2] * pl.x[0] - pl.z[0] * pl.x[2], pl.z[0] * pl.x[1] - pl.z[1] * pl.x[0]];
  const [u, v] = c.local(pc);
  c.center(u, v).add(`.rect(${pw}, ${ph})`).add(`.cutBlind(-${pd})`, true);
  const corner = (a: number, b: number): number[] => {
    const w: V3 = [pc[0] + (a * pw) / 2 * pl.x[0] + (b * ph) / 2 * yv[0], pc[1] + (a * pw) / 2 * pl.x[1] + (b * ph) / 2 * yv[1], pc[2] + (a * pw) / 2 * pl.x[2] + (b * ph) / 2 * yv[2]];
    return w;
  };
  features.push({ id: 'pocket', kind: 'pocket', points: [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)].flat() });
  let holes = 0;
  const rb = rng.int(5, Math.max(6, Math.min(10, Math.floor(W / 6))));
  const hb = rng.int(5, 12);
  const bossPts: [number, number][] = [
    [-L / 4, -W / 4],
    [-L / 4, W / 4],
  ].map(([x, y]) => [Math.round(x), Math.round(y)]);
  if (level >= 2) {
    c.onFace('>Z', [0, 0, H / 2], [0, 0, 1]);
    c.add(`.pushPoints(${pts(bossPts.map(([x, y]) => c.local([x, y, H / 2])))})`).add(`.circle(${rb})`).add(`.extrude(${hb})`, true);
    bossPts.forEach(([x, y], i) => features.push({ id: `boss-${i + 1}`, kind: 'boss', points: rim([x, y, H / 2 + hb], [0, 0, 1], rb) }));
  }
  if (level >= 3) {
    const dh = Math.max(3, Math.round(rb * 0.8));
    c.onFace('>Z', [0, 0, H / 2 + hb], [0, 0, 1]);
    c.add(`.pushPoints(${pts(bossPts.map(([x, y]) => c.local([x, y, H / 2 + hb])))})`).add(`.hole(${dh})`, true);
    features.push(...holeFeatures('hole', 1, bossPts.map(([x, y]): V3 => [x, y, H / 2 + hb]), [0, 0, 1], dh / 2));
    holes = 2;
  }
  if (level >= 4) c.add(`.edges("|Z").fillet(${rng.pick([1, 2])})`, true);
  if (level >= 5) c.add(`.edges("<Z").chamfer(1)`, true);
  const dims: Dim[] = [
    { id: 'dim-length', from: [-L / 2, -W / 2, -H / 2], to: [L / 2, -W / 2, -H / 2], text: `${L}`, views: ['front', 'top'] },
    { id: 'dim-width', from: [L / 2, -W / 2, -H / 2], to: [L / 2, W / 2, -H / 2], text: `${W}`, views: ['top', 'right'] },
    { id: 'dim-height', from: [L / 2, -W / 2, -H / 2], to: [L / 2, -W / 2, H / 2], text: `${H}`, views: ['front', 'right'] },
  ];
  return {
    family: 'block',
    program: HEADER + c.text(),
    description: `a ${L} × ${W} × ${H} mm block with a ${pw} × ${ph} mm pocket ${pd} mm deep in its ${view === 'top' ? 'top' : view === 'front' ? 'front (−Y)' : 'right (+X)'} face${level >= 2 ? `, two Ø${2 * rb} × ${hb} mm bosses on the top` : ''}${level >= 3 ? ' drilled through' : ''}${level >= 4 ? ', vertical edges filleted' : ''}${level >= 5 ? ', bottom edges chamfered' : ''}`,
    holes,
    features,
    dims,
    ops: c.ops,
    pocketView: view,
  };
}

export const FAMILIES = {
  plate,
  'bracket-L': (rng: Rng, level: Level) => bracket(rng, level, 'L'),
  'bracket-U': (rng: Rng, level: Level) => bracket(rng, level, 'U'),
  flange,
  shaft,
  enclosure,
  gear,
  block,
} as const;

export type FamilyName = keyof typeof FAMILIES;
export const FAMILY_NAMES = Object.keys(FAMILIES) as FamilyName[];
