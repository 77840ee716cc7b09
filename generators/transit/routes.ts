import type { Network } from './network.js';

/**
 * Journey planning on a network: a search over (service, position) states where riding one hop
 * and changing trains have costs ordered by the objective (lexicographic: the primary count
 * first, the other as a tie-break). The optimum is certified by the search; every optimal route
 * (up to a cap) is enumerated from the tight edges of two searches, one from each end.
 */

export type Objective = 'transfers' | 'stops';

export interface Leg {
  line: number;
  from: number;
  to: number;
}

export interface Optimum {
  transfers: number;
  stops: number;
}

/** Larger than any possible count of the tie-break: costs are primary × BIG + secondary. */
const BIG = 100_000;

interface States {
  /** Line, station and neighbours (state index, is it a ride?) of each state. */
  line: number[];
  station: number[];
  next: [number, boolean][][];
  /** States at each station. */
  at: number[][];
}

function buildStates(net: Network): States {
  const s: States = { line: [], station: [], next: [], at: net.stations.map(() => []) };
  for (const [k, line] of net.lines.entries()) {
    for (const svc of line.services) {
      const base = s.line.length;
      const n = svc.stations.length;
      svc.stations.forEach((st, i) => {
        s.line.push(k);
        s.station.push(st);
        const nb: [number, boolean][] = [];
        if (i > 0 || svc.loop) nb.push([base + ((i - 1 + n) % n), true]);
        if (i < n - 1 || svc.loop) nb.push([base + ((i + 1) % n), true]);
        s.next.push(nb);
        s.at[st].push(base + i);
      });
    }
  }
  // Changing trains: any other service at the same station.
  for (const group of s.at) for (const u of group) for (const v of group) if (u !== v) s.next[u].push([v, false]);
  return s;
}

function search(s: States, sources: number[], objective: Objective): number[] {
  const ride = objective === 'transfers' ? 1 : BIG;
  const change = objective === 'transfers' ? BIG : 1;
  const dist = new Array<number>(s.line.length).fill(Infinity);
  const done = new Array<boolean>(s.line.length).fill(false);
  for (const u of sources) dist[u] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < dist.length; v++) if (!done[v] && dist[v] < Infinity && (u < 0 || dist[v] < dist[u])) u = v;
    if (u < 0) return dist;
    done[u] = true;
    for (const [v, isRide] of s.next[u]) {
      const d = dist[u] + (isRide ? ride : change);
      if (d < dist[v]) dist[v] = d;
    }
  }
}

const decode = (cost: number, objective: Objective): Optimum =>
  objective === 'transfers' ? { transfers: Math.floor(cost / BIG), stops: cost % BIG } : { stops: Math.floor(cost / BIG), transfers: cost % BIG };

export class Planner {
  private readonly s: States;
  constructor(readonly net: Network) {
    this.s = buildStates(net);
  }

  /** Optimum from `from` to every station under `objective` (null where unreachable). */
  optimaFrom(from: number, objective: Objective): (Optimum | null)[] {
    const dist = search(this.s, this.s.at[from], objective);
    return this.s.at.map((group) => {
      const c = Math.min(...group.map((u) => dist[u]));
      return Number.isFinite(c) ? decode(c, objective) : null;
    });
  }

  /** The optimum and up to `cap` distinct optimal routes (as legs) from `from` to `to`. */
  plan(from: number, to: number, objective: Objective, cap = 8): { optimum: Optimum; routes: Leg[][] } {
    const { s } = this;
    const ride = objective === 'transfers' ? 1 : BIG;
    const change = objective === 'transfers' ? BIG : 1;
    const dS = search(s, s.at[from], objective);
    const dT = search(s, s.at[to], objective);
    const best = Math.min(...s.at[to].map((u) => dS[u]));
    const routes = new Map<string, Leg[]>();
    const walk = (u: number, legs: Leg[], boarded: number) => {
      if (routes.size >= cap) return;
      if (s.station[u] === to) {
        const all = [...legs, { line: s.line[u], from: boarded, to }];
        routes.set(all.map((l) => `${l.line}:${l.from}>${l.to}`).join(';'), all);
        return;
      }
      for (const [v, isRide] of s.next[u]) {
        if (dS[u] + (isRide ? ride : change) + dT[v] !== best) continue;
        if (isRide) walk(v, legs, boarded);
        else walk(v, [...legs, { line: s.line[u], from: boarded, to: s.station[u] }], s.station[u]);
      }
    };
    for (const u of s.at[from]) if (dT[u] === best) walk(u, [], from);
    return { optimum: decode(best, objective), routes: [...routes.values()] };
  }
}
