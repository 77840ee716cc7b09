import type { Rng } from '../../core/rng.js';

/**
 * A metro network grown on an octilinear grid, the way schematic maps are drawn: every segment runs
 * horizontally, vertically or at 45°. Lines never share a track segment. Where two lines meet they
 * either share a station (an interchange, drawn with an interchange marker) or, as on real maps,
 * cross without one: straight through each other's plain track, or two diagonals crossing inside
 * a grid square. A crossing is never a station, so riders cannot change there; reading the
 * markers, not the mere meeting of two lines, is part of the task.
 */

export type GridPoint = [number, number];

/** One way through a line: the stations in riding order. A branched line has two services. */
export interface Service {
  stations: number[];
  loop: boolean;
}

export interface Line {
  /** Drawn polylines in grid points (trunk, branch); a loop's polyline is closed. */
  paths: GridPoint[][];
  services: Service[];
  loop: boolean;
}

export interface Network {
  cols: number;
  rows: number;
  /** Grid position of every station. */
  stations: GridPoint[];
  lines: Line[];
}

export interface NetworkShape {
  cols: number;
  rows: number;
  lines: number;
  /** Stations per line (trunk), drawn from this range. */
  minStations: number;
  maxStations: number;
  loop: boolean;
  branch: boolean;
}

const DIRS: GridPoint[] = [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]];
const key = (p: GridPoint) => `${p[0]},${p[1]}`;
const edgeKey = (a: GridPoint, b: GridPoint) => (key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`);

/** What occupies a grid point: a station (shared by the lines listed) or a bend point of one line. */
interface Cell {
  station: number;
  lines: Set<number>;
}

class Grid {
  readonly cells = new Map<string, Cell>();
  /** Track between neighbouring grid points, and the line it belongs to. */
  readonly edges = new Map<string, number>();
  readonly stations: GridPoint[] = [];

  constructor(readonly cols: number, readonly rows: number) {}

  inside(p: GridPoint): boolean {
    return p[0] >= 0 && p[1] >= 0 && p[0] < this.cols && p[1] < this.rows;
  }

  /**
   * Can line `line` run from p to q? q may be a station of another line (an interchange), or plain
   * track that another line runs straight through (a crossing without interchange; the caller keeps
   * going straight there). A diagonal may cross another diagonal inside a grid square.
   */
  canStep(p: GridPoint, q: GridPoint, line: number, own: Set<string>): boolean {
    if (!this.inside(q) || own.has(key(q)) || this.edges.has(edgeKey(p, q))) return false;
    // A line never crosses itself.
    if (p[0] !== q[0] && p[1] !== q[1] && this.edges.get(edgeKey([q[0], p[1]], [p[0], q[1]])) === line) return false;
    const c = this.cells.get(key(q));
    if (!c) return true;
    if (c.lines.has(line) || c.lines.size >= 2) return false;
    return c.station >= 0 || this.straightThrough(q);
  }

  /** Does the one line at plain-track point q run straight through it (no bend, no end)? */
  private straightThrough(q: GridPoint): boolean {
    const ends = DIRS.filter((d) => this.edges.has(edgeKey(q, [q[0] + d[0], q[1] + d[1]])));
    return ends.length === 2 && ends[0][0] === -ends[1][0] && ends[0][1] === -ends[1][1];
  }

  /** Commits a point of `line`; returns its station index or -1 for a bend point. */
  occupy(p: GridPoint, line: number, station: boolean): number {
    const c = this.cells.get(key(p));
    if (c) {
      c.lines.add(line);
      return c.station;
    }
    const idx = station ? this.stations.push([p[0], p[1]]) - 1 : -1;
    this.cells.set(key(p), { station: idx, lines: new Set([line]) });
    return idx;
  }
}

/** A walk of up to `steps` points from `start` heading `dir`, turning by 45° now and then. */
function walk(grid: Grid, rng: Rng, start: GridPoint, dir: number, steps: number, line: number, own: Set<string>): GridPoint[] {
  const out: GridPoint[] = [];
  let p = start;
  let d = dir;
  let run = 0;
  for (let s = 0; s < steps; s++) {
    const turn = run >= 2 && rng.chance(0.22) ? (rng.chance(0.5) ? 1 : 7) : 0;
    // Lines run straight through interchanges, as drawn on real maps; it also leaves room for names.
    const hub = s > 0 && grid.cells.has(key(p)); // an interchange or a crossing
    const tries = hub ? [d] : [(d + turn) % 8, d, (d + 1) % 8, (d + 7) % 8].filter((x, i, a) => a.indexOf(x) === i);
    const nd = tries.find((t) => grid.canStep(p, [p[0] + DIRS[t][0], p[1] + DIRS[t][1]], line, own));
    if (nd === undefined) break;
    run = nd === d ? run + 1 : 0;
    d = nd;
    const q: GridPoint = [p[0] + DIRS[d][0], p[1] + DIRS[d][1]];
    // Mark the edge at once so the walk cannot fold back over itself.
    own.add(key(q));
    grid.edges.set(edgeKey(p, q), line);
    out.push(q);
    p = q;
  }
  // A line never ends on a crossing: that point is plain track of another line.
  while (out.length && grid.cells.get(key(out[out.length - 1]))?.station === -1) {
    const q = out.pop()!;
    own.delete(key(q));
    grid.edges.delete(edgeKey(q, out[out.length - 1] ?? start));
  }
  return out;
}

/** Commits a polyline's points: existing stations are shared, new points become stations or bends. */
function commit(grid: Grid, rng: Rng, path: GridPoint[], line: number, stationChance: number): number[] {
  const stations: number[] = [];
  path.forEach((p, i) => {
    const end = i === 0 || i === path.length - 1;
    const s = grid.occupy(p, line, end || rng.chance(stationChance));
    if (s >= 0) stations.push(s);
  });
  return stations;
}

/** A closed octagonal ring around the centre; every grid point on it is a station or a bend. */
function ringPath(grid: Grid, rng: Rng): GridPoint[] {
  const cx = Math.floor(grid.cols / 2) + rng.int(-1, 1);
  const cy = Math.floor(grid.rows / 2);
  const a = Math.max(2, Math.floor(grid.cols / 4) + rng.int(0, 1));
  const b = Math.max(2, Math.floor(grid.rows / 4));
  const c = Math.min(a, b) - 1;
  const corners: GridPoint[] = [
    [cx - a + c, cy - b], [cx + a - c, cy - b], [cx + a, cy - b + c], [cx + a, cy + b - c],
    [cx + a - c, cy + b], [cx - a + c, cy + b], [cx - a, cy + b - c], [cx - a, cy - b + c],
  ];
  const pts: GridPoint[] = [];
  corners.forEach((p, i) => {
    const q = corners[(i + 1) % corners.length];
    const n = Math.max(Math.abs(q[0] - p[0]), Math.abs(q[1] - p[1]));
    for (let t = 0; t < n; t++) pts.push([p[0] + Math.sign(q[0] - p[0]) * t, p[1] + Math.sign(q[1] - p[1]) * t]);
  });
  return pts;
}

/** Grows a network; null when the random geometry gave too small or too disconnected a picture. */
export function growNetwork(rng: Rng, shape: NetworkShape): Network | null {
  const grid = new Grid(shape.cols, shape.rows);
  const lines: Line[] = [];
  let k = 0;
  if (shape.loop) {
    const ring = ringPath(grid, rng.fork('ring'));
    ring.forEach((p, i) => grid.edges.set(edgeKey(p, ring[(i + 1) % ring.length]), k));
    const stations = commit(grid, rng.fork('ring-stations'), ring, k, 0.6);
    if (stations.length < shape.minStations) return null;
    lines.push({ paths: [[...ring, ring[0]]], services: [{ stations, loop: true }], loop: true });
    k++;
  }
  for (; k < shape.lines; k++) {
    const r = rng.fork(`line-${k}`);
    const want = r.int(shape.minStations, shape.maxStations);
    // Steps ≈ stations / 0.75: about one grid point in four is a bend point between stations.
    const steps = Math.round(want / 0.75);
    let start: GridPoint;
    if (k === 0) start = [Math.floor(shape.cols / 2) + r.int(-2, 2), Math.floor(shape.rows / 2) + r.int(-1, 1)];
    else {
      // Every later line starts at an existing station: the network is connected by construction.
      const free = grid.stations.filter((p) => (grid.cells.get(key(p))!.lines.size ?? 0) < 2);
      if (!free.length) return null;
      start = r.pick(free);
    }
    const own = new Set([key(start)]);
    const dir = r.int(0, 7);
    const a = walk(grid, r, start, dir, Math.ceil(steps / 2), k, own);
    const b = walk(grid, r, start, (dir + 4) % 8, steps - a.length, k, own);
    const path = [...b.reverse(), start, ...a];
    const stations = commit(grid, r, path, k, 0.75);
    if (stations.length < shape.minStations) return null;
    const line: Line = { paths: [path], services: [{ stations, loop: false }], loop: false };
    if (shape.branch && k === shape.lines - 1) addBranch(grid, r.fork('branch'), line, k, shape.minStations);
    lines.push(line);
  }
  return { cols: shape.cols, rows: shape.rows, stations: grid.stations, lines };
}

/**
 * A branch from a middle station of the line. Its service continues the trunk from the side it
 * leaves smoothly (no reversal); the trunk's other side remains the first service.
 */
function addBranch(grid: Grid, rng: Rng, line: Line, k: number, minStations: number): void {
  const trunk = line.paths[0];
  const stationAt = (p: GridPoint) => grid.cells.get(key(p))!.station;
  const forks = trunk.map((_, i) => i).filter((i) => i >= 2 && i <= trunk.length - 3 && stationAt(trunk[i]) >= 0);
  for (const f of rng.shuffle(forks).slice(0, 4)) {
    const at = trunk[f];
    const inDir = DIRS.findIndex((d) => d[0] === at[0] - trunk[f - 1][0] && d[1] === at[1] - trunk[f - 1][1]);
    for (const turn of rng.shuffle([1, 7])) {
      const own = new Set(trunk.map(key));
      own.delete(key(at));
      const arm = walk(grid, rng, at, (inDir + turn) % 8, Math.max(3, Math.round(minStations / 0.75)), k, own);
      if (arm.length < 3) {
        // Release the edges the failed arm reserved.
        [at, ...arm].slice(0, -1).forEach((p, i) => grid.edges.delete(edgeKey(p, arm[i])));
        continue;
      }
      const path = [at, ...arm];
      const branchStations = commit(grid, rng, path, k, 0.75).slice(1);
      const head = line.services[0].stations.slice(0, line.services[0].stations.indexOf(stationAt(at)) + 1);
      line.paths.push(path);
      line.services.push({ stations: [...head, ...branchStations], loop: false });
      return;
    }
  }
}

/** Indices of the lines that stop at `station`. */
export function linesAt(net: Network, station: number): number[] {
  return net.lines.map((l, i) => (l.services.some((s) => s.stations.includes(station)) ? i : -1)).filter((i) => i >= 0);
}

/**
 * The network with some stations turned into plain track (their grid points stay on the drawn
 * lines). Used for stations whose name finds no room on the map; never for interchanges or termini.
 */
export function withoutStations(net: Network, drop: Set<number>): Network {
  const index = new Map<number, number>();
  const stations = net.stations.filter((_, i) => !drop.has(i) && index.set(i, index.size));
  const lines = net.lines.map((l) => ({ ...l, services: l.services.map((s) => ({ loop: s.loop, stations: s.stations.filter((i) => !drop.has(i)).map((i) => index.get(i)!) })) }));
  return { cols: net.cols, rows: net.rows, stations, lines };
}

/** May the station become plain track? Only a one-line station that ends no service. */
export function droppable(net: Network, station: number): boolean {
  const ends = net.lines.flatMap((l) => l.services.flatMap((s) => (s.loop ? [] : [s.stations[0], s.stations[s.stations.length - 1]])));
  return linesAt(net, station).length === 1 && !ends.includes(station);
}

/**
 * Places where two lines cross without an interchange: a grid point on track of two lines that is
 * no station, or two diagonals crossing inside a grid square (a difficulty feature: a reader who
 * takes every meeting of two lines for a change of trains gets routes wrong there).
 */
export function crossings(net: Network): number {
  const stations = new Set(net.stations.map(key));
  const owner = new Map<string, number>();
  const diagonals = new Map<string, number>();
  let n = 0;
  net.lines.forEach((l, k) =>
    l.paths.forEach((path) =>
      path.forEach((p, i) => {
        const at = key(p);
        if (!stations.has(at) && owner.has(at) && owner.get(at) !== k) n++;
        if (!owner.has(at)) owner.set(at, k);
        const q = path[i + 1];
        if (!q || p[0] === q[0] || p[1] === q[1]) return;
        // A diagonal is named by its grid square; the other diagonal of the same square crosses it.
        const square = `${Math.min(p[0], q[0])},${Math.min(p[1], q[1])}`;
        const slope = (q[0] - p[0]) * (q[1] - p[1]) > 0 ? '\\' : '/';
        if (diagonals.has(square + (slope === '/' ? '\\' : '/'))) n++;
        diagonals.set(square + slope, k);
      }),
    ),
  );
  return n;
}
