import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { checkNetwork, networkFeatures, networkLevels, networkParams, networkText, shapeOf, type NetworkParams } from './common.js';
import { buildMap, labelId, legendId, lineId, stationId, type TransitMap } from './map.js';

/** Perception questions for the warm-up stage (as in ReasonMap-Plus): read the map, no planning. */
export type QaKind = 'lines-at' | 'stops-between' | 'interchange' | 'line-stations';
const KINDS: QaKind[] = ['lines-at', 'stops-between', 'interchange', 'line-stations'];

export interface TransitQaParams extends NetworkParams {
  kind: QaKind | 'mixed';
}

export interface TransitQaTruth {
  kind: QaKind;
  /** Line names (lines-at), a count (stops-between, line-stations) or yes/no (interchange). */
  value: string[] | number | boolean;
  /** Every line name on the map, to read an answer's list. */
  lineNames: string[];
}

interface Asked {
  ask: string;
  value: TransitQaTruth['value'];
  answer: string;
  evidence: string[];
  features?: Record<string, number>;
}

// Formats name no example value inside answer tags: an echoed question must never hold a right answer.
const listFormat = (map: TransitMap) => `List the line names, spelled as in the legend (such as ${map.lineNames[0]}), separated by commas inside <answer></answer>.`;
const numberFormat = 'Answer with a number inside <answer></answer>.';
const yesNoFormat = 'Answer yes or no inside <answer></answer>.';
const stationMarks = (i: number) => [stationId(i), labelId(i)];

function ask(kind: QaKind, rng: Rng, map: TransitMap): Asked {
  const names = map.stationNames;
  const n = names.length;
  if (kind === 'lines-at') {
    const hubs = map.linesAt.map((l, i) => (l.length > 1 ? i : -1)).filter((i) => i >= 0);
    const s = hubs.length && rng.chance(0.6) ? rng.pick(hubs) : rng.int(0, n - 1);
    const lines = map.linesAt[s].map((k) => map.lineNames[k]);
    return { ask: `Which lines stop at ${names[s]}? ${listFormat(map)}`, value: lines, answer: lines.join(', '), evidence: stationMarks(s), features: { answerSize: lines.length } };
  }
  if (kind === 'interchange') {
    const want = rng.chance(0.5);
    const pool = map.linesAt.map((l, i) => ((l.length > 1) === want ? i : -1)).filter((i) => i >= 0);
    const s = rng.pick(pool.length ? pool : names.map((_, i) => i));
    const yes = map.linesAt[s].length > 1;
    return { ask: `Is ${names[s]} an interchange station, where two or more lines stop? ${yesNoFormat}`, value: yes, answer: yes ? 'yes' : 'no', evidence: stationMarks(s) };
  }
  if (kind === 'line-stations') {
    const k = rng.int(0, map.net.lines.length - 1);
    const count = new Set(map.net.lines[k].services.flatMap((s) => s.stations)).size;
    return { ask: `How many stations does ${map.lineNames[k]} have, counting both ends (and every branch)? ${numberFormat}`, value: count, answer: String(count), evidence: [lineId(k), legendId(k)] };
  }
  // stops-between: two stations of one service, at least two hops apart.
  const k = rng.int(0, map.net.lines.length - 1);
  const svc = rng.pick(map.net.lines[k].services);
  const m = svc.stations.length;
  const i = rng.int(0, m - 1);
  const far = svc.stations.map((_, j) => j).filter((j) => Math.abs(j - i) >= 2 && (!svc.loop || m - Math.abs(j - i) >= 2));
  const j = far.length ? rng.pick(far) : (i + 1) % m;
  const hops = svc.loop ? Math.min(Math.abs(i - j), m - Math.abs(i - j)) : Math.abs(i - j);
  const [a, b] = [svc.stations[i], svc.stations[j]];
  const way = svc.loop ? ' going the shorter way round' : '';
  return {
    ask: `Riding ${map.lineNames[k]} from ${names[a]} to ${names[b]}${way}, how many stops does the train make, counting ${names[b]} but not ${names[a]}? ${numberFormat}`,
    value: hops,
    answer: String(hops),
    evidence: [...stationMarks(a), ...stationMarks(b)],
  };
}

function generate(rng: Rng, p: TransitQaParams): Instance<TransitQaTruth> {
  const r = rng.fork('shape');
  const map = buildMap(rng.fork('map'), shapeOf(p, r.chance(p.loop), r.chance(p.branch)));
  const kind = p.kind === 'mixed' ? rng.fork('kind').pick(KINDS) : p.kind;
  const q = ask(kind, rng.fork('question'), map);
  return {
    question: `The image is a schematic map of the ${map.city} Metro. ${q.ask}`,
    textOnly: `${networkText(map)}\n${q.ask}`,
    scene: map.scene,
    answer: q.answer,
    truth: { kind, value: q.value, lineNames: map.lineNames },
    evidence: q.evidence,
    context: ['legend:*', 'title'],
    features: { ...networkFeatures(map), kind: KINDS.indexOf(kind), ...q.features },
    canonical: `transit-qa:${networkText(map)}:${q.ask}`,
  };
}

export const transitQa: TaskDefinition<TransitQaParams, TransitQaTruth> = {
  name: 'transit-qa',
  domain: 'transit',
  describe: 'Schematic metro map perception: which lines stop at a station, stops between two stations, interchanges, stations on a line',
  params: {
    ...networkParams,
    kind: { type: 'enum', values: ['mixed', ...KINDS], default: 'mixed', describe: 'question type' },
  },
  levels: { 1: networkLevels[1], 2: networkLevels[2], 3: networkLevels[3], 4: networkLevels[4], 5: networkLevels[5] },
  check: checkNetwork,
  generate,
  verifier: 'transit-qa',
};
