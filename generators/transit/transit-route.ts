import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { checkNetwork, networkFeatures, networkLevels, networkParams, networkText, networkTruth, shapeOf, type NetworkParams } from './common.js';
import { buildMap, labelId, stationId } from './map.js';
import { Planner, type Objective } from './routes.js';

export interface TransitRouteParams extends NetworkParams {
  objective: 'transfers' | 'stops' | 'mixed';
  /** Fewest transfers the journey needs (lowered to what the network allows). */
  minTransfers: number;
}

export interface RouteLeg {
  line: string;
  from: string;
  to: string;
}

export interface TransitRouteTruth {
  objective: Objective;
  from: string;
  to: string;
  lines: ReturnType<typeof networkTruth>;
  /** Certified optimum: (transfers, stops), compared lexicographically in the objective's order. */
  optimum: { transfers: number; stops: number };
  /** Some optimal routes (up to 8): references for the dense line and transfer parts. */
  routes: RouteLeg[][];
  /** RewardMap-style difficulty weight in [1, 2] (network size and transfers); see README. */
  weight: number;
}

export const formatRoute = (legs: RouteLeg[]) => legs.map((l) => `${l.line}: ${l.from} -> ${l.to}`).join('; ');

function generate(rng: Rng, p: TransitRouteParams): Instance<TransitRouteTruth> {
  const r = rng.fork('shape');
  const map = buildMap(rng.fork('map'), shapeOf(p, r.chance(p.loop), r.chance(p.branch)));
  const objective: Objective = p.objective === 'mixed' ? (rng.fork('objective').chance(0.5) ? 'transfers' : 'stops') : p.objective;
  const other: Objective = objective === 'transfers' ? 'stops' : 'transfers';
  const planner = new Planner(map.net);
  const n = map.net.stations.length;
  // Every ordered pair with its optimum; the pair asked about needs as many transfers as the
  // level wants (or the most the network has), and half the time the two objectives disagree.
  const pairs: { a: number; b: number; transfers: number; trap: boolean }[] = [];
  for (let a = 0; a < n; a++) {
    const mine = planner.optimaFrom(a, objective);
    const theirs = planner.optimaFrom(a, other);
    for (let b = 0; b < n; b++) {
      const o = mine[b];
      const t = theirs[b];
      if (a === b || !o || !t) continue;
      pairs.push({ a, b, transfers: o.transfers, trap: o.transfers !== t.transfers || o.stops !== t.stops });
    }
  }
  const most = Math.max(...pairs.map((x) => x.transfers));
  let pool = pairs.filter((x) => x.transfers >= Math.min(p.minTransfers, most));
  const pr = rng.fork('pair');
  if (pr.chance(0.5) && pool.some((x) => x.trap)) pool = pool.filter((x) => x.trap);
  const pick = pr.pick(pool);
  const { optimum, routes } = planner.plan(pick.a, pick.b, objective);
  const named = routes.map((legs) => legs.map((l) => ({ line: map.lineNames[l.line], from: map.stationNames[l.from], to: map.stationNames[l.to] })));
  const A = map.stationNames[pick.a];
  const B = map.stationNames[pick.b];
  const hubs = [...new Set(routes.flatMap((legs) => legs.slice(1).map((l) => l.from)))];
  const goal =
    objective === 'transfers'
      ? 'with the fewest transfers (changes of train); if several routes need equally few transfers, take one with the fewest stops'
      : 'with the fewest stops (stations the train reaches after you board, summed over all trains); if several routes have equally few stops, take one with the fewest transfers';
  const rules = 'Trains on a circle line run both ways; on a line with branches a train serves one branch, so going from one branch to the other is a change of train.';
  const [l1, l2] = rng.fork('example').shuffle(map.lineNames);
  const format = `Give the journey as one leg per train ridden, in the form LINE: FROM -> TO, legs separated by semicolons, inside answer tags, for example <answer>${l1}: Alpha -> Beta; ${l2}: Beta -> Gamma</answer> (format only).`;
  const ask = `Plan a journey from ${A} to ${B} ${goal}. ${rules} ${format}`;
  const net = networkFeatures(map);
  const features = { ...net, transfers: optimum.transfers, stops: optimum.stops, optimalRoutes: routes.length, trap: pick.trap ? 1 : 0, objective: objective === 'transfers' ? 0 : 1 };
  const weight = Math.round((1 + Math.min(1, (net.stations / 60) * 0.5 + optimum.transfers * 0.2)) * 100) / 100;
  return {
    question: `The image is a schematic map of the ${map.city} Metro. ${ask}`,
    textOnly: `${networkText(map)}\n${ask}`,
    scene: map.scene,
    answer: formatRoute(named[0]),
    truth: { objective, from: A, to: B, lines: networkTruth(map), optimum, routes: named, weight },
    evidence: [pick.a, pick.b, ...hubs].flatMap((i) => [stationId(i), labelId(i)]),
    context: ['legend:*', 'title'],
    features,
    canonical: `transit-route:${JSON.stringify(networkTruth(map))}:${objective}:${A}>${B}`,
  };
}

export const transitRoute: TaskDefinition<TransitRouteParams, TransitRouteTruth> = {
  name: 'transit-route',
  domain: 'transit',
  describe: 'Schematic metro map: plan a journey between two stations (fewest transfers or fewest stops); any optimal route is accepted, with dense parts',
  params: {
    ...networkParams,
    objective: { type: 'enum', values: ['transfers', 'stops', 'mixed'], default: 'mixed', describe: 'what the journey minimises (the other count breaks ties)' },
    minTransfers: { type: 'int', min: 0, max: 4, default: 1, describe: 'fewest transfers the journey needs (lowered to the most the network has)' },
  },
  levels: {
    1: { ...networkLevels[1], minTransfers: 0 },
    2: { ...networkLevels[2], minTransfers: 1 },
    3: { ...networkLevels[3], minTransfers: 1 },
    4: { ...networkLevels[4], minTransfers: 2 },
    5: { ...networkLevels[5], minTransfers: 2 },
  },
  check: checkNetwork,
  generate,
  verifier: 'transit-route',
};
