import { VeriforgeError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import type { CanvasScene, Point, Primitive } from '../../core/scene.js';
import { candidates, LEADING, overlaps, placeLabels, segmentHits, textWidth, type Placement, type Rect } from './labels.js';
import { cityName, lineName, PALETTE, stationNames, type NameScheme } from './names.js';
import { droppable, growNetwork, linesAt, withoutStations, type GridPoint, type Network, type NetworkShape } from './network.js';

/** A laid-out, named and drawn metro map: the model every transit question is asked about. */
export interface TransitMap {
  net: Network;
  city: string;
  stationNames: string[];
  lineNames: string[];
  colours: string[];
  scene: CanvasScene;
  /** Lines stopping at each station. */
  linesAt: number[][];
}

export const stationId = (i: number) => `station:${i}`;
export const labelId = (i: number) => `label:${i}`;
export const lineId = (k: number) => `line:${k}`;
export const legendId = (k: number) => `legend:${k}`;

const SPACING = 68;
const MARGIN = 78;
const TITLE = 58;
const LABEL_SIZE = 12;
const LINE_WIDTH = 7;
const INK = '#1d1d1b';
const PAPER = '#fbfaf6';
const LAYOUTS = 40;

/** Draws networks until one can be labelled without any overlap (or fails with a clear error). */
export function buildMap(rng: Rng, shape: NetworkShape): TransitMap {
  for (let k = 0; k < LAYOUTS; k++) {
    const r = rng.fork(`layout-${k}`);
    let net = growNetwork(r.fork('network'), shape);
    // Stations whose names find no room become plain track (at most twice), else a new network.
    for (let pass = 0; net && pass < 3; pass++) {
      const out = drawMap(r, net);
      if (!out || 'scene' in out) {
        if (out) return out;
        break;
      }
      net = pass < 2 ? withoutStations(net, new Set(out.drop)) : null;
    }
  }
  throw new VeriforgeError(`transit map (${shape.lines} lines on a ${shape.cols}×${shape.rows} grid): no network could be labelled without overlaps in ${LAYOUTS} layouts; use a larger grid or fewer lines`);
}

function drawMap(rng: Rng, net: Network): TransitMap | { drop: number[] } | null {
  const names = stationNames(rng.fork('names'), net.stations.length);
  const scheme = rng.fork('scheme').pick<NameScheme>(['number', 'number', 'letter', 'colour']);
  const colours = rng.fork('colours').shuffle(PALETTE).slice(0, net.lines.length);
  const lines = colours.map((c, k) => lineName(scheme, k, c.name));
  const at = net.stations.map((_, i) => linesAt(net, i));
  const legendRows = Math.ceil(net.lines.length / 4);
  const width = 2 * MARGIN + (net.cols - 1) * SPACING;
  const mapBottom = TITLE + 2 * MARGIN + (net.rows - 1) * SPACING - 20;
  const height = mapBottom + 24 + legendRows * 26;
  const px = (p: GridPoint): Point => [MARGIN + p[0] * SPACING, TITLE + MARGIN - 20 + p[1] * SPACING];
  const frame: Rect = [6, TITLE + 4, width - 6, mapBottom - 4];
  const radius = (i: number) => (at[i].length > 1 ? 7 : 5);

  const segs: [Point, Point][] = net.lines.flatMap((l) => l.paths.flatMap((path) => path.slice(1).map((q, i): [Point, Point] => [px(path[i]), px(q)])));
  const markers: Rect[] = net.stations.map((p, i) => {
    const [x, y] = px(p);
    const r = radius(i) + 2;
    return [x - r, y - r, x + r, y + r];
  });
  const inside = (b: Rect) => b[0] >= frame[0] && b[1] >= frame[1] && b[2] <= frame[2] && b[3] <= frame[3];
  const reach = LINE_WIDTH / 2 + 2;
  const segBoxes: Rect[] = segs.map(([a, c]) => [Math.min(a[0], c[0]) - reach, Math.min(a[1], c[1]) - reach, Math.max(a[0], c[0]) + reach, Math.max(a[1], c[1]) + reach]);
  const free = (b: Rect, extra: Rect[]) => inside(b) && !segs.some(([a, c], k) => overlaps(b, segBoxes[k]) && segmentHits(b, a, c, reach)) && !markers.some((m) => overlaps(b, m, 1)) && !extra.some((m) => overlaps(b, m, 3));

  // A two-word name may wrap onto two lines where one line does not fit, as on printed maps.
  const texts = names.map((name) => [[name], ...(name.includes(' ') ? [name.split(' ')] : [])]);
  const options: (Placement & { text: string[] })[][] = names.map((_, i) => {
    const [x, y] = px(net.stations[i]);
    const bold = at[i].length > 1;
    return texts[i].flatMap((text) =>
      // A second ring further out clears lines leaving the station diagonally.
      [5, 15].flatMap((gap) => candidates(x, y, Math.max(...text.map((t) => textWidth(t, LABEL_SIZE, bold))), LABEL_SIZE, radius(i) + gap, text.length)).map((p) => ({ ...p, text })),
    ).filter((p) => free(p.box, []));
  });
  const crowded = (ids: number[]) => (ids.every((i) => droppable(net, i)) ? { drop: ids } : null);
  const empty = options.map((o, i) => (o.length ? -1 : i)).filter((i) => i >= 0);
  if (empty.length) return crowded(empty);
  const { chosen, unplaced } = placeLabels(rng.fork('labels'), options, 3);
  if (unplaced.length) return crowded(unplaced);
  const labelBoxes = chosen.map((c, i) => options[i][c].box);

  // Line badges beyond each terminus, where labels left room (the legend names every line anyway).
  const badges: { k: number; box: Rect; text: string }[] = [];
  net.lines.forEach((line, k) => {
    if (!lines[k].badge || line.loop) return;
    const ends = [line.paths[0].slice(0, 2).reverse(), ...line.paths.map((p) => p.slice(-2))];
    for (const [prev, end] of ends) {
      const [ex, ey] = px(end);
      const [qx, qy] = px(prev);
      const len = Math.hypot(ex - qx, ey - qy);
      const w = Math.max(22, textWidth(lines[k].badge, 11, true) + 12);
      const cx = ex + ((ex - qx) / len) * 26;
      const cy = ey + ((ey - qy) / len) * 26;
      const box: Rect = [cx - w / 2, cy - 10, cx + w / 2, cy + 10];
      if (free(box, [...labelBoxes, ...badges.map((b) => b.box)])) badges.push({ k, box, text: lines[k].badge });
    }
  });

  const city = cityName(rng.fork('city'));
  const els: Primitive[] = [];
  if (rng.fork('river').chance(0.5)) els.push(river(rng.fork('river-path'), width, frame));
  els.push({ type: 'text', id: 'title', x: MARGIN - 40, y: 38, text: `${city} Metro`, size: 24, weight: 'bold', fill: INK });
  els.push({ type: 'text', id: 'subtitle', x: width - 24, y: 38, text: 'Schematic map, not to scale', size: 12, fill: '#6b6b66', align: 'right' });
  els.push({ type: 'line', x1: 24, y1: TITLE - 4, x2: width - 24, y2: TITLE - 4, stroke: '#d8d5cc', lineWidth: 1 });
  // Each line over a thin paper-coloured casing: where a later line crosses an earlier one without
  // a station, it is drawn as a bridge over it, as printed maps show a crossing with no interchange.
  const stroke = (p: GridPoint[], colour: string, w: number): Primitive => ({ type: 'polygon', points: p.map(px), closed: false, stroke: colour, lineWidth: w });
  net.lines.forEach((line, k) =>
    els.push({ type: 'group', id: lineId(k), children: [...line.paths.map((p) => stroke(p, PAPER, LINE_WIDTH + 4)), ...line.paths.map((p) => stroke(p, colours[k].hex, LINE_WIDTH))] }),
  );
  net.stations.forEach((p, i) => {
    const [cx, cy] = px(p);
    const hub = at[i].length > 1;
    els.push({ type: 'circle', id: stationId(i), cx, cy, r: radius(i), fill: '#ffffff', stroke: hub ? INK : colours[at[i][0]].hex, lineWidth: hub ? 2.5 : 3 });
  });
  names.forEach((_, i) => {
    const p = options[i][chosen[i]];
    const weight = at[i].length > 1 ? 'bold' : 'normal';
    const rows = p.text.map((text, r): Primitive => ({ type: 'text', x: p.x, y: p.y + r * LEADING * LABEL_SIZE, text, size: LABEL_SIZE, weight, align: p.align, fill: INK }));
    els.push({ type: 'group', id: labelId(i), children: rows });
  });
  for (const b of badges) {
    const c = colours[b.k];
    els.push({
      type: 'group',
      id: `badge:${b.k}:${badges.filter((x) => x.k === b.k).indexOf(b)}`,
      children: [
        { type: 'rect', x: b.box[0], y: b.box[1], w: b.box[2] - b.box[0], h: b.box[3] - b.box[1], radius: 10, fill: c.hex },
        { type: 'text', x: (b.box[0] + b.box[2]) / 2, y: b.box[1] + 14.5, text: b.text, size: 11, weight: 'bold', align: 'center', fill: c.dark ? '#ffffff' : INK },
      ],
    });
  }
  els.push({ type: 'line', x1: 24, y1: mapBottom, x2: width - 24, y2: mapBottom, stroke: '#d8d5cc', lineWidth: 1 });
  const colWidth = (width - 48) / 4;
  lines.forEach((l, k) => {
    const x = 30 + (k % 4) * colWidth;
    const y = mapBottom + 24 + Math.floor(k / 4) * 26;
    els.push({
      type: 'group',
      id: legendId(k),
      children: [
        { type: 'line', x1: x, y1: y - 4, x2: x + 30, y2: y - 4, stroke: colours[k].hex, lineWidth: LINE_WIDTH, cap: 'round' },
        { type: 'text', x: x + 40, y, text: l.name, size: 13, fill: INK },
      ],
    });
  });
  return {
    net,
    city,
    stationNames: names,
    lineNames: lines.map((l) => l.name),
    colours: colours.map((c) => c.hex),
    linesAt: at,
    scene: { kind: 'canvas', width, height, background: PAPER, elements: els },
  };
}

/** A broad river across the map, drawn under the lines as on many real maps (decoration only). */
function river(rng: Rng, width: number, frame: Rect): Primitive {
  const pts: Point[] = [];
  let y = rng.float(frame[1] + 80, frame[3] - 80);
  // Long straight reaches with an occasional 45° bend, like a river on a schematic map.
  for (let x = -20; x <= width + 90; x += 90) {
    pts.push([x, y]);
    y = Math.max(frame[1] + 40, Math.min(frame[3] - 40, y + rng.pick([-90, 0, 0, 0, 90])));
  }
  return { type: 'polygon', id: 'river', points: pts, closed: false, stroke: '#d3e7f3', lineWidth: 26 };
}
