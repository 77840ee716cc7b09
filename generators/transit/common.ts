import type { ParamSpec } from '../../core/params.js';
import type { Level } from '../../core/task.js';
import type { TransitMap } from './map.js';
import { crossings, type NetworkShape } from './network.js';

/** Parameters shared by the transit tasks: the size and shape of the network. */
export interface NetworkParams {
  lines: number;
  minStations: number;
  maxStations: number;
  /** Chance that the first line is a circle line. */
  loop: number;
  /** Chance that the last line has a branch. */
  branch: number;
}

export const networkParams: ParamSpec<NetworkParams> = {
  lines: { type: 'int', min: 2, max: 9, default: 5, describe: 'number of metro lines' },
  minStations: { type: 'int', min: 3, max: 12, default: 5, describe: 'fewest stations on a line (trunk)' },
  maxStations: { type: 'int', min: 3, max: 14, default: 8, describe: 'most stations on a line (trunk)' },
  loop: { type: 'number', min: 0, max: 1, default: 0.5, describe: 'chance that one line is a circle line' },
  branch: { type: 'number', min: 0, max: 1, default: 0.5, describe: 'chance that one line has a branch (two services sharing a trunk)' },
};

/** Levels grow the network: more lines, longer lines, a circle line and branches. */
export const networkLevels: Record<Level, NetworkParams> = {
  1: { lines: 3, minStations: 4, maxStations: 6, loop: 0, branch: 0 },
  2: { lines: 4, minStations: 5, maxStations: 7, loop: 0.2, branch: 0.3 },
  3: { lines: 5, minStations: 5, maxStations: 8, loop: 0.5, branch: 0.5 },
  4: { lines: 6, minStations: 6, maxStations: 9, loop: 0.7, branch: 0.7 },
  5: { lines: 8, minStations: 6, maxStations: 10, loop: 1, branch: 1 },
};

export const checkNetwork = (p: NetworkParams) =>
  p.minStations > p.maxStations ? `params.minStations: got ${p.minStations}; allowed: at most maxStations (${p.maxStations})` : undefined;

/** Grid large enough for the lines asked for (measured: labels fit on ≥ 96 % of first layouts). */
export function shapeOf(p: NetworkParams, loop: boolean, branch: boolean): NetworkShape {
  const cols = Math.min(20, Math.max(10, 5 + 2 * p.lines + Math.floor(p.maxStations / 3)));
  const rows = Math.min(14, Math.max(7, 4 + Math.round(1.5 * p.lines)));
  return { cols, rows, lines: p.lines, minStations: p.minStations, maxStations: p.maxStations, loop, branch };
}

/** The network as text, for text-only baselines and as the verifier's model of the map. */
export function networkTruth(map: TransitMap): { name: string; services: { stations: string[]; loop: boolean }[] }[] {
  return map.net.lines.map((l, k) => ({
    name: map.lineNames[k],
    services: l.services.map((s) => ({ stations: s.stations.map((i) => map.stationNames[i]), loop: s.loop })),
  }));
}

export function networkText(map: TransitMap): string {
  const lines = networkTruth(map).map((l) =>
    l.services.map((s, i) => `${l.name}${l.services.length > 1 ? ` (service ${i + 1})` : ''}${s.loop ? ' (circle, trains run both ways, back to the start)' : ''}: ${s.stations.join(' - ')}`).join('\n'),
  );
  return `The ${map.city} Metro has these lines, stations listed in order:\n${lines.join('\n')}`;
}

/** Features of the network every transit item reports. */
export function networkFeatures(map: TransitMap): Record<string, number> {
  return {
    lines: map.net.lines.length,
    stations: map.net.stations.length,
    interchanges: map.linesAt.filter((l) => l.length > 1).length,
    loop: map.net.lines.some((l) => l.loop) ? 1 : 0,
    branch: map.net.lines.some((l) => l.services.length > 1) ? 1 : 0,
    crossings: crossings(map.net),
    width: map.scene.width,
  };
}
