// cad-qa: integer counts exactly, measurements within a relative tolerance, view names exactly.
// One answer only: a response listing several numbers or several views is refused.
import type { VerifierDefinition } from '../registry.js';

export type CadQaTruth =
  | { kind: 'count'; value: number }
  | { kind: 'number'; value: number; tolerance: number; unit: string }
  | { kind: 'choice'; value: string; choices: string[] };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
/** Units a measurement may carry; anything else is refused rather than guessed. */
const UNITS = new Set(['', 'mm', 'mm3', 'mm^3', 'mm³', 'cubic mm', 'cubic millimetres', 'cubic millimeters', 'millimetres', 'millimeters']);

function readNumber(answer: string): number | string {
  const s = answer.trim().replace(/^[Øø⌀]\s*/, '').replace(/,(?=\d{3}\b)/g, '');
  const m = /^(\S+)\s*(.*)$/.exec(s);
  if (!m || !NUMBER.test(m[1])) return `"${answer.slice(0, 40)}" is not a single number`;
  if (!UNITS.has(m[2].trim().toLowerCase().replace(/\.$/, ''))) return `unexpected text after the number: "${m[2].slice(0, 30)}"`;
  return Number(m[1]);
}

export const cadQaVerifier: VerifierDefinition<CadQaTruth> = {
  name: 'cad-qa',
  describe: 'checks answers about CAD part views: counts, measurements with tolerance, view names',
  tasks: ['cad-qa'],
  checkTruth(t) {
    const o = t as Partial<CadQaTruth> & Record<string, unknown>;
    if (!o || typeof o !== 'object') return 'truth must be an object';
    if (o.kind === 'count') return Number.isInteger(o.value) ? undefined : 'count truth needs an integer value';
    if (o.kind === 'number') return typeof o.value === 'number' && typeof o.tolerance === 'number' && o.tolerance >= 0 && o.tolerance < 1 ? undefined : 'number truth needs value and tolerance in [0, 1)';
    if (o.kind === 'choice') return typeof o.value === 'string' && Array.isArray(o.choices) && o.choices.includes(o.value) ? undefined : 'choice truth needs value among choices';
    return 'truth.kind must be count, number or choice';
  },
  judge(answer, truth) {
    if (truth.kind === 'choice') {
      const a = answer.trim().toLowerCase().replace(/[.!]$/, '').replace(/\s+view$/, '').trim();
      if (!truth.choices.includes(a)) return { correct: false, reason: `answer must be one of ${truth.choices.join(', ')}`, parts: { answer: 0 } };
      const ok = a === truth.value;
      return { correct: ok, reason: ok ? 'correct view' : `wrong view: ${a}`, parts: { answer: ok ? 1 : 0 }, parsed: a };
    }
    const v = readNumber(answer);
    if (typeof v === 'string') return { correct: false, reason: v, parts: { answer: 0 } };
    if (truth.kind === 'count') {
      const ok = v === truth.value;
      return { correct: ok, reason: ok ? 'correct count' : `counted ${v}`, parts: { answer: ok ? 1 : 0 }, parsed: v, partial: ok ? 1 : Math.max(0, 1 - Math.abs(v - truth.value) / Math.max(1, truth.value)) };
    }
    const rel = Math.abs(v - truth.value) / Math.max(1e-9, Math.abs(truth.value));
    const ok = rel <= truth.tolerance;
    return { correct: ok, reason: ok ? `within ${truth.tolerance * 100}%` : `off by ${(rel * 100).toFixed(1)}% (tolerance ${truth.tolerance * 100}%)`, parts: { answer: ok ? 1 : 0 }, parsed: v, partial: Math.max(0, 1 - rel) };
  },
};
