/** The verifier's model of a metro map (from the truth): lines, services, station names. */
export interface NetworkLine {
  name: string;
  services: { stations: string[]; loop: boolean }[];
}

/** Names compare without case, punctuation or repeated spaces ("king st." is not "King Street"). */
export const normName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function checkLines(x: unknown): string | undefined {
  if (!Array.isArray(x) || !x.length) return 'lines must be a non-empty list';
  for (const l of x as NetworkLine[]) {
    if (!l || typeof l.name !== 'string' || !Array.isArray(l.services) || !l.services.length) return 'each line needs a name and services';
    for (const s of l.services) if (!s || !Array.isArray(s.stations) || s.stations.length < 2 || s.stations.some((n) => typeof n !== 'string')) return `line ${l.name}: each service needs 2+ station names`;
  }
  return undefined;
}

export class NetworkIndex {
  private readonly lines = new Map<string, NetworkLine>();
  readonly stations = new Map<string, string>();

  constructor(lines: NetworkLine[]) {
    for (const l of lines) {
      this.lines.set(normName(l.name), l);
      for (const s of l.services) for (const st of s.stations) this.stations.set(normName(st), st);
    }
  }

  line(name: string): NetworkLine | undefined {
    return this.lines.get(normName(name)) ?? this.lines.get(normName(`line ${name}`));
  }

  station(name: string): string | undefined {
    return this.stations.get(normName(name));
  }

  /** Fewest hops from a to b on one service of the line (both ways round a circle); null if no service has both. */
  hops(line: NetworkLine, a: string, b: string): number | null {
    let best: number | null = null;
    for (const s of line.services) {
      const i = s.stations.indexOf(a);
      const j = s.stations.indexOf(b);
      if (i < 0 || j < 0) continue;
      const d = Math.abs(i - j);
      const h = s.loop ? Math.min(d, s.stations.length - d) : d;
      if (best === null || h < best) best = h;
    }
    return best;
  }

  /** Lines with a service stopping at the station. */
  linesAt(station: string): string[] {
    return [...this.lines.values()].filter((l) => l.services.some((s) => s.stations.includes(station))).map((l) => l.name);
  }
}

/** F1 of two sets of normalised strings (1 when both are empty). */
export function f1(got: string[], want: string[]): number {
  const g = new Set(got.map(normName));
  const w = new Set(want.map(normName));
  if (!g.size && !w.size) return 1;
  const hit = [...g].filter((x) => w.has(x)).length;
  return hit ? (2 * hit) / (g.size + w.size) : 0;
}
