import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { dictionary, ladderDistances, ladderGraph } from '../../../engines/words/index.js';
import { INK } from '../grid-scene.js';
import { checkAttempts } from '../logic-grid.js';

export interface WordLadderParams {
  letters: number;
  /** Changes in a shortest ladder (the ladder has steps + 1 words). */
  steps: number;
}

export interface WordLadderTruth {
  start: string;
  end: string;
  /** Dictionary every rung must come from (engines/words DICTIONARIES). */
  dictionary: string;
  /** Changes in a shortest ladder over that dictionary. */
  steps: number;
  /** One shortest ladder, all of its words common (scowl-20). */
  ladder: string[];
}

/** What a ladder may use, and the commoner list the endpoints and the shown ladder come from. */
export const LADDER_DICTIONARY = 'scowl-35';
const COMMON = 'scowl-20';

/**
 * A common start word, and a common end word exactly `steps` changes away both over the whole
 * dictionary and over common words alone: so a shortest ladder never needs a rare word.
 */
function generate(rng: Rng, p: WordLadderParams): Instance<WordLadderTruth> {
  const g = ladderGraph(LADDER_DICTIONARY, p.letters);
  const common = dictionary(COMMON);
  const isCommon = Uint8Array.from(g.words, (w) => (common.has(w) ? 1 : 0));
  const starts = g.words.map((_, i) => i).filter((i) => isCommon[i] && g.adj[i].length);
  for (let attempt = 1; ; attempt++) {
    checkAttempts('word-ladder', attempt, 300, p);
    const r = rng.fork(`attempt-${attempt}`);
    const from = r.pick(starts);
    const all = ladderDistances(g, from);
    const viaCommon = ladderDistances(g, from, (i) => isCommon[i] === 1);
    const ends: number[] = [];
    viaCommon.forEach((d, i) => d === p.steps && all[i] === p.steps && ends.push(i));
    if (!ends.length) continue;
    const to = r.pick(ends);
    // Walk back from the end through common words one change nearer the start, picking at random.
    const ladder = [to];
    while (ladder[ladder.length - 1] !== from) {
      const cur = ladder[ladder.length - 1];
      ladder.push(r.pick(g.adj[cur].filter((v) => viaCommon[v] === viaCommon[cur] - 1)));
    }
    const words = ladder.reverse().map((i) => g.words[i]);
    return build({ start: g.words[from], end: g.words[to], dictionary: LADDER_DICTIONARY, steps: p.steps, ladder: words }, { attempts: attempt, endChoices: ends.length, startDegree: g.adj[from].length });
  }
}

/** A word as a row of letter tiles centred on x. */
function tiles(id: string, word: string, cx: number, y: number, size: number, fill: string): Primitive {
  const x0 = cx - (word.length * size) / 2;
  return {
    type: 'group',
    id,
    children: [...word.toUpperCase()].flatMap((ch, k): Primitive[] => [
      { type: 'rect', x: x0 + k * size + 3, y, w: size - 6, h: size - 6, radius: 6, fill, stroke: INK, lineWidth: 2 },
      { type: 'text', x: x0 + (k + 0.5) * size, y: y + size / 2 - 2, text: ch, size: Math.round(size * 0.55), font: 'mono', weight: 'bold', align: 'center', baseline: 'middle', fill: INK },
    ]),
  };
}

function build(t: WordLadderTruth, effort: Record<string, number>): Instance<WordLadderTruth> {
  const size = 64;
  const width = Math.max(420, t.start.length * size + 120);
  const cx = width / 2;
  const railX = [cx - 70, cx + 70];
  // The ladder between the words always has five rungs: the drawing must not give away the step count.
  const els: Primitive[] = [
    { type: 'text', id: 'start-label', x: cx, y: 22, text: 'START', size: 16, weight: 'bold', align: 'center', baseline: 'middle', fill: '#2e7d32' },
    tiles('start-word', t.start, cx, 38, size, '#e8f5e9'),
    ...railX.map((x): Primitive => ({ type: 'line', x1: x, y1: 112, x2: x, y2: 318, stroke: '#8d6e63', lineWidth: 6 })),
    ...[0, 1, 2, 3, 4].map((k): Primitive => ({ type: 'line', x1: railX[0], y1: 132 + k * 42, x2: railX[1], y2: 132 + k * 42, stroke: '#8d6e63', lineWidth: 5 })),
    { type: 'text', x: cx, y: 196, text: '?', size: 40, weight: 'bold', align: 'center', baseline: 'middle', fill: '#555555' },
    tiles('end-word', t.end, cx, 326, size, '#ffebee'),
    { type: 'text', id: 'end-label', x: cx, y: 408, text: 'TARGET', size: 16, weight: 'bold', align: 'center', baseline: 'middle', fill: '#c62828' },
  ];
  const [a, b] = [t.start.toUpperCase(), t.end.toUpperCase()];
  const rule = `Change ${a} into ${b} one letter at a time: each step changes exactly one letter (keeping the others in place) and every word on the way must be a common English word (no proper nouns or abbreviations). Use as few steps as possible.`;
  const format = `Answer with the whole ladder from ${a} to ${b}, both included, words separated by " -> ", inside answer tags, in the form <answer>${a} -> ... -> ${b}</answer>.`;
  return {
    question: `The image shows a word ladder puzzle: the start word at the top and the target word at the bottom. ${rule} ${format}`,
    textOnly: `Word ladder: start word ${a}, target word ${b}. ${rule} ${format}`,
    scene: { kind: 'canvas', width, height: 428, background: '#ffffff', elements: els },
    answer: t.ladder.map((w) => w.toUpperCase()).join(' -> '),
    truth: t,
    evidence: ['start-word', 'end-word'],
    context: ['start-label', 'end-label'],
    features: { letters: t.start.length, steps: t.steps, ...effort },
    canonical: `word-ladder:${t.start}:${t.end}`,
  };
}

export const wordLadder: TaskDefinition<WordLadderParams, WordLadderTruth> = {
  name: 'word-ladder',
  domain: 'puzzle',
  describe: 'Word ladder: change the start word into the target one letter at a time through English words (SCOWL size 35) in the fewest steps; shortest length by BFS, any shortest ladder accepted',
  params: {
    letters: { type: 'int', min: 3, max: 6, default: 4, describe: 'word length' },
    steps: { type: 'int', min: 2, max: 8, default: 5, describe: 'changes in a shortest ladder' },
  },
  levels: {
    1: { letters: 3, steps: 3 },
    2: { letters: 4, steps: 4 },
    3: { letters: 4, steps: 5 },
    4: { letters: 5, steps: 5 },
    5: { letters: 5, steps: 7 },
  },
  generate,
  verifier: 'word-ladder',
};
