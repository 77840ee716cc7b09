import type { VerifierDefinition } from '../registry.js';
import { checkLines, f1, NetworkIndex, normName, type NetworkLine } from './network.js';

interface Leg {
  line: string;
  from: string;
  to: string;
}

interface TransitRouteTruth {
  objective: 'transfers' | 'stops';
  from: string;
  to: string;
  lines: NetworkLine[];
  optimum: { transfers: number; stops: number };
  routes: Leg[][];
  weight: number;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as TransitRouteTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (x.objective !== 'transfers' && x.objective !== 'stops') return 'objective must be "transfers" or "stops"';
  const bad = checkLines(x.lines);
  if (bad) return bad;
  if (typeof x.from !== 'string' || typeof x.to !== 'string') return 'from and to must be station names';
  if (!x.optimum || !Number.isInteger(x.optimum.transfers) || !Number.isInteger(x.optimum.stops)) return 'optimum needs integer transfers and stops';
  if (!Array.isArray(x.routes) || !x.routes.length) return 'routes must list at least one optimal route';
  return undefined;
}

/** Legs "LINE: FROM -> TO" separated by semicolons or new lines; a trailing "(3 stops)" is ignored. */
export function parseLegs(answer: string): Leg[] | string {
  const parts = answer.split(/[;\n]+/).map((s) => s.trim()).filter(Boolean);
  if (!parts.length) return 'no legs found';
  if (parts.length > 30) return `${parts.length} legs; at most 30 are read`;
  const legs: Leg[] = [];
  for (const part of parts) {
    const m = /^(?:\d+[.)]\s*)?(.+?)\s*:\s*(.+?)\s*(?:->|→|=>)\s*(.+?)\s*(?:\(\s*\d+\s*stops?\s*\))?[.,]?$/i.exec(part);
    if (!m) return `"${part.slice(0, 60)}" is not of the form LINE: FROM -> TO`;
    legs.push({ line: m[1], from: m[2], to: m[3] });
  }
  return legs;
}

/**
 * A route is correct when it is a real journey from the origin to the destination (each leg rides
 * one line between two of its stations, each leg starts where the last ended) and its (transfers,
 * stops) equal the certified optimum: every optimal route scores 1, whatever its lines.
 *
 * Dense parts, each in [0, 1], for RewardMap-style rewards (see README):
 * - `valid`: the route is a real journey; `endpoints`: share of origin and destination right;
 * - `lines`: F1 of the lines ridden against the closest optimal route; `transfers`: F1 of the
 *   change stations against that route; `stops`: 1 − |stops − optimal stops| / optimal stops for a
 *   valid route; `optimal`: 1 only at the optimum. partial = 0.15 valid + 0.15 endpoints +
 *   0.25 lines + 0.25 transfers + 0.2 stops (scored for wrong answers with --partial only).
 */
export const transitRouteVerifier: VerifierDefinition<TransitRouteTruth> = {
  name: 'transit-route',
  describe: 'metro journey as legs LINE: FROM -> TO: a real route with the optimal transfers and stops; dense parts for lines, change stations, stops',
  tasks: ['transit-route'],
  checkTruth,
  judge(answer, t) {
    const legs = parseLegs(answer);
    if (typeof legs === 'string') return { correct: false, reason: legs, parts: { valid: 0, endpoints: 0, lines: 0, transfers: 0, stops: 0, optimal: 0 } };
    const net = new NetworkIndex(t.lines);
    const endpoints = (normName(legs[0].from) === normName(t.from) ? 0.5 : 0) + (normName(legs[legs.length - 1].to) === normName(t.to) ? 0.5 : 0);
    const lineNames = legs.map((l) => net.line(l.line)?.name ?? l.line);
    const changes = legs.slice(1).map((l) => l.from);
    // The optimal route the answer is closest to gives the line and change-station parts.
    let lines = 0;
    let transfers = 0;
    for (const ref of t.routes) {
      const li = f1(lineNames, ref.map((l) => l.line));
      const tr = f1(changes, ref.slice(1).map((l) => l.from));
      if (li + tr > lines + transfers) [lines, transfers] = [li, tr];
    }
    let problem: string | null = null;
    let stops = 0;
    legs.forEach((leg, i) => {
      if (problem) return;
      const line = net.line(leg.line);
      const a = net.station(leg.from);
      const b = net.station(leg.to);
      if (!line) problem = `leg ${i + 1}: there is no line "${leg.line.slice(0, 40)}"`;
      else if (!a || !b) problem = `leg ${i + 1}: no station "${(a ? leg.to : leg.from).slice(0, 40)}"`;
      else if (a === b) problem = `leg ${i + 1}: rides from ${a} to itself`;
      else if (i > 0 && normName(legs[i - 1].to) !== normName(leg.from)) problem = `leg ${i + 1} starts at ${a}, but leg ${i} ended at ${legs[i - 1].to}`;
      else {
        const h = net.hops(line, a, b);
        if (h === null) problem = `leg ${i + 1}: no ${line.name} train runs between ${a} and ${b}`;
        else stops += h;
      }
    });
    const base = { endpoints, lines, transfers };
    const partial = (valid: number, st: number) => 0.15 * valid + 0.15 * endpoints + 0.25 * lines + 0.25 * transfers + 0.2 * st;
    if (problem) return { correct: false, reason: problem, parts: { valid: 0, ...base, stops: 0, optimal: 0 }, partial: partial(0, 0), parsed: legs };
    if (endpoints < 1) {
      const reason = `the route runs from ${legs[0].from} to ${legs[legs.length - 1].to}, not from ${t.from} to ${t.to}`;
      return { correct: false, reason, parts: { valid: 0, ...base, stops: 0, optimal: 0 }, partial: partial(0, 0), parsed: legs };
    }
    const got = { transfers: legs.length - 1, stops };
    const stopPart = Math.max(0, 1 - Math.abs(stops - t.optimum.stops) / Math.max(1, t.optimum.stops));
    const optimal = got.transfers === t.optimum.transfers && got.stops === t.optimum.stops;
    const parts = { valid: 1, ...base, stops: stopPart, optimal: optimal ? 1 : 0 };
    const reason = optimal
      ? `an optimal route: ${got.transfers} transfer(s), ${got.stops} stops`
      : `a valid route with ${got.transfers} transfer(s) and ${got.stops} stops; the best has ${t.optimum.transfers} transfer(s) and ${t.optimum.stops} stops (fewest ${t.objective} first)`;
    return { correct: optimal, reason, parts, partial: partial(1, stopPart), parsed: legs };
  },
};
