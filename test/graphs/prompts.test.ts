// Shared prompt properties of every graph task: the format example inside the question is never a
// correct answer (an echoed question earns nothing), and the textOnly form lists every edge.
import { describe, expect, it } from 'vitest';
import { graphTasks } from '../../generators/graphs/index.js';
import { judge, LEVELS, make } from './helpers.js';

describe.each(graphTasks.map((t) => t.name))('%s prompts', (task) => {
  it('never rewards the echoed question or its format example, at any level', () => {
    for (const level of LEVELS) {
      for (let i = 0; i < 20; i++) {
        const inst = make(task, level, `echo-${level}-${i}`);
        const example = inst.question.match(/<answer>([\s\S]*?)<\/answer>/)?.[1];
        expect(example, inst.question).toBeDefined();
        expect(judge(task, inst.truth, inst.question, true).score).toBeLessThan(1);
        expect(judge(task, inst.truth, example!.replace(/-\.\.\.$|, \.\.\.$/, '')).score, `example ${example}`).toBeLessThan(1);
        expect(judge(task, inst.truth, inst.textOnly!, true).score).toBeLessThan(1);
      }
    }
  });

  it('describes every edge in the textOnly form', () => {
    const inst = make(task, 3, 'text');
    // graph-isomorphism carries two graphs (left, right); every other task one.
    for (const g of inst.truth.left ? [inst.truth.left, inst.truth.right] : [inst.truth]) {
      for (const [a, b] of g.edges as [string, string][]) expect(inst.textOnly).toContain(`${a}${g.directed ? '->' : '-'}${b}`);
    }
  });
});
