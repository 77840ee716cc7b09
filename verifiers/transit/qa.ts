import type { VerifierDefinition } from '../registry.js';
import { f1, normName } from './network.js';

interface TransitQaTruth {
  kind: 'lines-at' | 'stops-between' | 'interchange' | 'line-stations';
  value: string[] | number | boolean;
  lineNames: string[];
}

function checkTruth(t: unknown): string | undefined {
  const x = t as TransitQaTruth;
  if (!x || typeof x !== 'object' || !Array.isArray(x.lineNames)) return 'truth needs kind, value and lineNames';
  if (x.kind === 'lines-at') return Array.isArray(x.value) && x.value.length ? undefined : 'lines-at needs a list of line names';
  if (x.kind === 'interchange') return typeof x.value === 'boolean' ? undefined : 'interchange needs a yes/no value';
  if (x.kind === 'stops-between' || x.kind === 'line-stations') return Number.isInteger(x.value) ? undefined : `${x.kind} needs an integer value`;
  return `unknown kind ${JSON.stringify(x.kind)}`;
}

const WORDS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * lines-at: the set of lines must be exactly right (parts.f1 gives partial credit; an unknown
 * name makes it wrong); counts by value (digits or words up to twelve, one number only); yes/no.
 */
export const transitQaVerifier: VerifierDefinition<TransitQaTruth> = {
  name: 'transit-qa',
  describe: 'metro map perception: set of line names, a count, or yes/no',
  tasks: ['transit-qa'],
  checkTruth,
  judge(answer, t) {
    const text = normName(answer);
    if (t.kind === 'lines-at') {
      const known = new Map(t.lineNames.map((n) => [normName(n), n]));
      const items = answer.split(/,|;|\band\b|&|\n/i).map((s) => normName(s)).filter(Boolean);
      const resolved = items.map((s) => known.get(s) ?? known.get(`line ${s}`) ?? null);
      const unknown = items.filter((_, i) => resolved[i] === null);
      const got = resolved.filter((x): x is string => x !== null);
      const score = f1(got, t.value as string[]);
      const ok = !unknown.length && score === 1 && new Set(got).size === got.length;
      const reason = unknown.length ? `no line called "${unknown[0].slice(0, 40)}"` : ok ? 'the right lines' : `lines ${got.join(', ') || '(none)'}; expected ${(t.value as string[]).join(', ')}`;
      return { correct: ok, reason, parts: { f1: score }, partial: score, parsed: got };
    }
    if (t.kind === 'interchange') {
      // Exactly one of the two words: "yes or no" answers nothing.
      const yes = /\b(yes|true)\b/.test(text);
      const no = /\b(no|false)\b/.test(text);
      if (yes === no) return { correct: false, reason: 'answer yes or no' };
      const ok = yes === t.value;
      return { correct: ok, reason: ok ? 'right' : `expected ${t.value ? 'yes' : 'no'}`, parsed: yes };
    }
    const nums = text.split(' ').map((w) => (/^\d+$/.test(w) ? Number(w) : WORDS[w])).filter((v) => v !== undefined);
    if (nums.length !== 1) return { correct: false, reason: nums.length ? 'several numbers given' : 'no number found' };
    const ok = nums[0] === t.value;
    return { correct: ok, reason: ok ? 'right count' : `${nums[0]} is not the count`, parsed: nums[0] };
  },
};
