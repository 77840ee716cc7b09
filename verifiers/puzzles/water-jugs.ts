import type { VerifierDefinition } from '../registry.js';

interface WaterJugsTruth {
  capacities: number[];
  target: number;
  optimal: number;
}

type Step = { op: 'fill' | 'empty'; jug: number } | { op: 'pour'; from: number; to: number };

const NAMES = 'abc';
const JUG = String.raw`(?:the\s+)?(?:jug\s+)?([a-c])(?:\s+jug)?`;
const FILL = new RegExp(String.raw`^(fill(?:\s+up)?|refill|empty|drain|dump)\s+${JUG}(?:\s+(?:completely|fully|to the top|from the tap))?$`);
const POUR = new RegExp(String.raw`^(?:pour\s+)?${JUG}\s*(?:->|→|=>|>|into|to|onto|in)\s*${JUG}$`);
const POUR_BARE = new RegExp(String.raw`^pour\s+${JUG}\s+${JUG}$`);

/** "fill A, A->B, empty B", "1. Fill jug A\n2. Pour A into B", "fill(A); pour A B" → steps; anything else is an error. */
export function parseJugSteps(text: string, jugs: number, maxSteps: number): Step[] {
  const steps: Step[] = [];
  const chunks = text
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/[,;\n]+|\bthen\b|\.\s+|\.$/)
    .map((c) => c.replace(/^\s*(?:step\s*)?\d+\s*[.):-]?\s*/, '').trim())
    .filter(Boolean);
  for (const chunk of chunks) {
    let m: RegExpMatchArray | null;
    let step: Step;
    if ((m = chunk.match(FILL))) step = { op: /fill/.test(m[1]) ? 'fill' : 'empty', jug: NAMES.indexOf(m[2]) };
    else if ((m = chunk.match(POUR) ?? chunk.match(POUR_BARE))) step = { op: 'pour', from: NAMES.indexOf(m[1]), to: NAMES.indexOf(m[2]) };
    else throw new Error(`cannot read step "${chunk.slice(0, 30)}"; write "fill A", "empty A" or "A->B"`);
    const used = step.op === 'pour' ? [step.from, step.to] : [step.jug];
    if (used.some((j) => j >= jugs)) throw new Error(`step "${chunk.slice(0, 30)}" names a jug that does not exist`);
    if (step.op === 'pour' && step.from === step.to) throw new Error(`step "${chunk.slice(0, 30)}" pours a jug into itself`);
    if (steps.length >= maxSteps) throw new Error(`more than ${maxSteps} steps`);
    steps.push(step);
  }
  return steps;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as WaterJugsTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Array.isArray(x.capacities) || x.capacities.length < 1 || x.capacities.length > 3 || !x.capacities.every((c) => Number.isInteger(c) && c > 0)) return 'capacities must be 1–3 positive integers';
  if (!Number.isInteger(x.target) || x.target < 1) return 'target must be a positive integer';
  if (!Number.isInteger(x.optimal)) return 'optimal must be an integer';
  return undefined;
}

/** Replays the steps; correct when some jug holds exactly the target after the last step. */
export const waterJugsVerifier: VerifierDefinition<WaterJugsTruth> = {
  name: 'water-jugs',
  describe: 'water-jug steps: replayed; correct when a jug holds the target at the end; parts.closeness for partial credit',
  tasks: ['water-jugs'],
  checkTruth,
  judge(answer, t) {
    let steps: Step[];
    try {
      steps = parseJugSteps(answer, t.capacities.length, 1000);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { reached: 0, closeness: 0 } };
    }
    if (!steps.length) return { correct: false, reason: 'no steps given', parts: { reached: 0, closeness: 0 } };
    // Every step is legal by construction (a pour moves what fits); only the end state matters.
    const s = t.capacities.map(() => 0);
    for (const st of steps) {
      if (st.op !== 'pour') s[st.jug] = st.op === 'fill' ? t.capacities[st.jug] : 0;
      else {
        const amount = Math.min(s[st.from], t.capacities[st.to] - s[st.to]);
        s[st.from] -= amount;
        s[st.to] += amount;
      }
    }
    const miss = Math.min(...s.map((v) => Math.abs(v - t.target)));
    const parts = { reached: miss === 0 ? 1 : 0, closeness: 1 - Math.min(1, miss / t.target), length: steps.length / Math.max(1, t.optimal) };
    const state = s.map((v, i) => `${NAMES[i].toUpperCase()}=${v}`).join(', ');
    if (miss) return { correct: false, reason: `after ${steps.length} steps the jugs hold ${state}; none holds ${t.target}`, parts, partial: 0.5 * parts.closeness, parsed: state };
    return { correct: true, reason: `after ${steps.length} steps (optimal ${t.optimal}) the jugs hold ${state}`, parts, parsed: state };
  },
};
