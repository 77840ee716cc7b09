// Hedging never pays: on every registered task, a response that offers the right answer together with a
// rival of the same kind ("3 or 4", "yes/no", "A, B, C, D") scores below 1. Nothing here names a task,
// so a new task is covered by registering it. Tasks whose truth needs a render (grounded GUI/document
// regions) are left to their own suites, which test loose boxes and several regions. Answers that are
// programs, move lists or grids have no rival of this kind here; their verifiers replay them whole.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { LEVELS } from '../../core/task.js';
import { tasks } from '../../generators/index.js';
import { verify } from '../../verifiers/index.js';

/** Rivals of the same kind as the answer `a`, each offered beside it. */
function hedges(a: string): string[] {
  if (/^(yes|no)$/i.test(a)) return ['yes or no', 'no, yes', 'yes/no', 'yes\nno', 'Yes. No.'];
  if (/^-?\d+(\.\d+)?$/.test(a)) {
    const n = Number(a);
    return [`${n} or ${n + 1}`, `${n - 1}, ${n}`, `${n}\n${n + 1}`, `${n} (or ${n + 2})`, `either ${n + 1} or ${n}`];
  }
  if (/^[A-E]$/.test(a)) return ['A, B, C, D, E', 'A or B or C or D or E', `${a} or ${a === 'A' ? 'B' : 'A'}`];
  return [];
}

const HEDGED_TASKS = tasks.names().filter((name) => !tasks.get(name).ground);

describe('a hedged answer never scores 1', () => {
  it.each(HEDGED_TASKS)('%s', (name) => {
    const def = tasks.get(name);
    for (let i = 0; i < 10; i++) {
      const level = LEVELS[i % LEVELS.length];
      const inst = def.generate(new Rng(deriveSeed('hedging', name, i)), resolveParams(def.params, {}, 'params', def.levels[level]));
      const truth = JSON.parse(JSON.stringify(inst.truth));
      for (const hedge of hedges(inst.answer.trim())) {
        const v = verify(def.verifier, `<answer>${hedge}</answer>`, truth);
        expect({ hedge, truth: inst.answer, correct: v.correct, below1: v.score < 1 }, v.reason).toEqual({ hedge, truth: inst.answer, correct: false, below1: true });
      }
    }
  });
});
