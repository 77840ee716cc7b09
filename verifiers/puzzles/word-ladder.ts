import { DICTIONARIES, dictionary, ladderDistances, ladderGraph, oneLetterApart } from '../../engines/words/index.js';
import { AnswerError } from '../graphs/parse.js';
import type { VerifierDefinition } from '../registry.js';

interface WordLadderTruth {
  start: string;
  end: string;
  dictionary: string;
  steps: number;
}

/** Shortest ladder lengths already searched (a reward server sees each item many times); bounded. */
const known = new Map<string, number>();

function shortestSteps(dict: string, start: string, end: string): number {
  const key = `${dict}:${start}:${end}`;
  let d = known.get(key);
  if (d === undefined) {
    const g = ladderGraph(dict, start.length);
    d = ladderDistances(g, g.index.get(start)!)[g.index.get(end)!];
    if (known.size >= 50_000) known.clear();
    known.set(key, d);
  }
  return d;
}

/** The shortest ladder's length, recomputed here by BFS: a truth whose stored steps disagree is refused. */
function checkTruth(t: unknown): string | undefined {
  const x = t as WordLadderTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (typeof x.dictionary !== 'string' || !Object.hasOwn(DICTIONARIES, x.dictionary)) return `dictionary must be one of ${Object.keys(DICTIONARIES).join(', ')}`;
  const words = dictionary(x.dictionary);
  if (typeof x.start !== 'string' || typeof x.end !== 'string' || !words.has(x.start) || !words.has(x.end) || x.start.length !== x.end.length) return 'start and end must be dictionary words of one length';
  if (!Number.isInteger(x.steps) || x.steps < 1) return 'steps must be a positive integer';
  const shortest = shortestSteps(x.dictionary, x.start, x.end);
  if (shortest !== x.steps) return `steps is ${x.steps} but the shortest ladder has ${shortest} changes`;
  return undefined;
}

/** "COLD -> CORD -> WARD", "cold, cord, ward", one word a line: every token must be a word of the ladder's length. */
function parseLadder(text: string, t: WordLadderTruth): string[] {
  const len = t.start.length;
  const body = text.toLowerCase().replace(/^\s*[a-z ]{2,20}:\s*/, (m) => (m.trim().length - 1 === len ? m : ''));
  const words = body.split(/[^a-z]+/).filter(Boolean);
  if (!words.length) throw new AnswerError('no words given');
  if (words.length > 4 * t.steps + 4) throw new AnswerError(`${words.length} words: far more than a shortest ladder needs`);
  const odd = words.find((w) => w.length !== len);
  if (odd) throw new AnswerError(`"${odd.slice(0, 20)}" is not a ${len}-letter word`);
  return words;
}

/**
 * Walks the ladder: it must run from start to end, every rung a dictionary word one letter from the
 * last, in exactly the shortest number of changes. parts.valid = share of changes that are legal;
 * parts.length = shortest / used changes when the ladder is legal but long.
 */
export const wordLadderVerifier: VerifierDefinition<WordLadderTruth> = {
  name: 'word-ladder',
  describe: 'word ladder: from start to end, each rung a dictionary word one letter from the last, shortest length (recomputed by BFS)',
  tasks: ['word-ladder'],
  checkTruth,
  judge(answer, t) {
    let words: string[];
    try {
      words = parseLadder(answer, t);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { valid: 0, length: 0 } };
      throw e;
    }
    const dict = dictionary(t.dictionary);
    const changes = words.length - 1;
    let legal = 0;
    let broken = '';
    for (let k = 1; k < words.length; k++) {
      const ok = dict.has(words[k]) && oneLetterApart(words[k - 1], words[k]);
      if (ok) legal++;
      else if (!broken) broken = !dict.has(words[k]) ? `${words[k].toUpperCase()} is not in the dictionary` : `${words[k - 1].toUpperCase()} -> ${words[k].toUpperCase()} does not change exactly one letter`;
    }
    const parts = { valid: changes ? legal / changes : 0, length: changes ? Math.min(1, t.steps / changes) : 0 };
    const parsed = words.map((w) => w.toUpperCase()).join(' -> ');
    const fail = (reason: string, partial = 0) => ({ correct: false, reason, parts, partial, parsed });
    if (words[0] !== t.start) return fail(`the ladder must start at ${t.start.toUpperCase()}`);
    if (words[words.length - 1] !== t.end) return fail(`the ladder must end at ${t.end.toUpperCase()}`);
    if (broken) return fail(broken);
    if (changes !== t.steps) return fail(`a legal ladder of ${changes} changes; the shortest has ${t.steps}`, parts.length);
    return { correct: true, reason: `a shortest ladder of ${changes} changes`, parts, parsed };
  },
};
