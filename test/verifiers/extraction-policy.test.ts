// The answer-extraction policy (docs/answers.md), checked on every registered task by one generic
// suite: nothing here names a task, so a new task is covered by registering it.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { grounded, scenesOf } from '../../core/task.js';
import { tasks } from '../../generators/index.js';
import { render } from '../../renderers/index.js';
import { extractAnswer, unwrapAnswer, visibleText } from '../../verifiers/extract.js';
import { verify } from '../../verifiers/index.js';

/** Wrappings of a right answer that must score exactly as the plain `<answer>A</answer>` does. */
const SAME_AS_PLAIN: [string, (a: string) => string][] = [
  ['fence', (a) => '<answer>```\n' + a + '\n```</answer>'],
  ['fence with language', (a) => '<answer>\n```text\n' + a + '\n```\n</answer>'],
  ['fence with CRLF', (a) => '<answer>```json\r\n' + a.replace(/\n/g, '\r\n') + '\r\n```</answer>'],
  ['surrounding whitespace', (a) => `<answer>\n\n   ${a} \t\n\n</answer>`],
  ['fence and whitespace', (a) => '<answer>  \n ```\n' + a + '\n   ```  \n</answer>'],
  ['thinking, then the answer', (a) => `<think>Let me work it out. ${a.slice(0, 3)}... no.</think>\n<answer>${a}</answer>`],
  ['prompt-opened thinking, then the answer', (a) => `Working it out ...</think>\n<answer>${a}</answer>`],
  ['an earlier draft answer in the thinking', (a) => `<think>draft: <answer>nonsense</answer></think><answer>${a}</answer>`],
  ['prose around the tag', (a) => `Here is my solution.\n<answer>${a}</answer>\nThat's it.`],
];

/** Responses whose only copy of the right answer is thinking, or that end on a wrong answer: never 1. */
const NEVER_ONE: [string, (a: string) => string][] = [
  ['answer only inside <think>, no tag', (a) => `<think>${a}</think>`],
  ['answer only inside <think>, then a non-answer', (a) => `<think>The answer is ${a}</think>\nI am not sure.`],
  ['answer tag only inside <think>', (a) => `<think><answer>${a}</answer></think>`],
  ['fenced answer tag only inside <think>', (a) => '<think><answer>```\n' + a + '\n```</answer></think>'],
  ['prompt-opened thinking holding the answer', (a) => `${a}\n</think>`],
  ['unclosed <think> holding the answer', (a) => `<think>${a}`],
  ['right answer, then a later wrong one', (a) => '<answer>```\n' + a + '\n```</answer> on second thought <answer>0</answer>'],
  ['answer in thinking, wrong one after', (a) => `<think>${a}</think><answer>I cannot tell</answer>`],
];

/** An item and its truth; tasks whose answer is a place on the picture (GUI targets, document
 *  regions) are rendered and grounded first, as the dataset pipeline does. */
async function item(name: string, level: 1 | 2 | 3 | 4 | 5, i: number) {
  const def = tasks.get(name);
  let inst = def.generate(new Rng(deriveSeed('extraction-policy', name, level * 1000 + i)), resolveParams(def.params, {}, 'params', def.levels[level]));
  if (def.ground) inst = grounded(def, inst, (await Promise.all(scenesOf(inst).map((sc) => render(sc)))).map((img) => img.boxes));
  return { verifier: def.verifier, answer: inst.answer, truth: JSON.parse(JSON.stringify(inst.truth)) as unknown };
}

describe.each(tasks.names())('extraction policy on %s', (name) => {
  let items: Awaited<ReturnType<typeof item>>[] = [];
  beforeAll(async () => {
    items = await Promise.all([item(name, 2, 0), item(name, 4, 1)]);
  });

  it('accepts the answer in a fence, with whitespace, after thinking, like the plain one', () => {
    for (const { verifier, answer, truth } of items) {
      const plain = verify(verifier, `<answer>${answer}</answer>`, truth);
      expect(plain.score, plain.reason).toBe(1);
      for (const [what, wrap] of SAME_AS_PLAIN) {
        const v = verify(verifier, wrap(answer), truth);
        expect({ what, score: v.score, format: v.parts?.format }, v.reason).toEqual({ what, score: plain.score, format: 1 });
      }
      if (!answer.includes('\n')) expect(verify(verifier, '<answer>`' + answer + '`</answer>', truth).score).toBe(plain.score);
    }
  });

  it('never reads the answer from thinking, and the last answer wins', () => {
    for (const { verifier, answer, truth } of items) {
      for (const [what, wrap] of NEVER_ONE) {
        const v = verify(verifier, wrap(answer), truth);
        expect({ what, below1: v.score < 1, correct: v.correct }, v.reason).toEqual({ what, below1: true, correct: false });
      }
      // No tag at all: the raw fallback reads the visible text only, and says the format was missing.
      const raw = verify(verifier, `<think>hmm</think>\n${answer}`, truth);
      expect(raw.parts?.format).toBe(0);
    }
  });
});

describe('extraction helpers', () => {
  it('removes closed, prompt-opened and unclosed thinking', () => {
    expect(visibleText('a<think>b</think>c<THINK>d</THINK>e')).toBe('a c e');
    expect(visibleText('b</think>c')).toBe('c');
    expect(visibleText('c<think>d')).toBe('c');
    expect(extractAnswer('<think>42</think>').text).toBeNull();
    expect(extractAnswer('<think>42</think>', 'raw').text).toBe('');
  });

  it('unwraps exactly one fence or inline span wrapping the whole answer', () => {
    expect(unwrapAnswer('```python\nx = 1\n```')).toBe('x = 1');
    expect(unwrapAnswer(' `RRDD` ')).toBe('RRDD');
    expect(unwrapAnswer('```\na\n```\n```\nb\n```')).toBe('a\n```\n```\nb');
    expect(unwrapAnswer('see `a` and `b`')).toBe('see `a` and `b`');
    expect(unwrapAnswer('```\nunclosed')).toBe('```\nunclosed');
  });
});
