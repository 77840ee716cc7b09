import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { verify } from '../../verifiers/index.js';
import { composeReward, lengthComponent, parseRewardSpec, type LengthSpec, type RewardSpec } from '../../verifiers/reward-spec.js';
import { readRewardSpec } from '../../verifiers/reward-spec-file.js';

// The worked example of docs/reward-spec.md, in YAML as a user writes it.
const SPEC_YAML = `
weights: {accuracy: 0.9, format: 0.1}
format: {think: required}
length: {weight: 0.5, unit: words, target: 20, tolerance: 5, falloff: 25, shape: linear}
clip: [0, 1]
`;
const truth = { answers: ['42'] };
const words = (n: number) => Array(n).fill('step').join(' ');

function specFile(text: string, name = 'spec.yaml'): string {
  const p = join(mkdtempSync(join(tmpdir(), 'vf-spec-')), name);
  writeFileSync(p, text);
  return p;
}

function reward(spec: RewardSpec, response: string, extra: { level?: number; evidence?: number[][] } = {}) {
  return composeReward(spec, { task: 'external', response, verdict: verify('text', response, truth), ...extra });
}

describe('reward spec: the documented numbers', () => {
  const spec = readRewardSpec(specFile(SPEC_YAML));
  test.each([
    ['<think>six times seven</think><answer>42</answer>', 1, { accuracy: 1, format: 1, length: 1 }],
    ['<answer>42</answer>', 0.9, { accuracy: 1, format: 0, length: 1 }],
    [`<think>${words(35)}</think><answer>42</answer>`, 0.8, { accuracy: 1, format: 1, length: 0.6 }],
    ['<think>guess</think><answer>41</answer>', 0.1, { accuracy: 0, format: 1, length: 1 }],
    [`<think>${words(60)}</think><answer>41</answer>`, 0, { accuracy: 0, format: 1, length: 0 }],
    ['<think>a</think><answer>41</answer><answer>42</answer>', 0.9, { accuracy: 1, format: 0, length: 1 }],
    ['<think><answer>42</answer></think>', 0, { accuracy: 0, format: 0, length: 1 }],
  ])('%s → %s', (response, want, components) => {
    const r = reward(spec, response);
    expect(r.reward).toBe(want);
    expect(r.components).toEqual(components);
  });

  test('difficulty weights, scale and clip', () => {
    const s = parseRewardSpec({ weights: { accuracy: 0.9, format: 0.1 }, format: { think: 'required' }, difficulty: { levels: { '5': 1.5 } }, clip: [0, 2] });
    expect(reward(s, '<think>six times seven</think><answer>42</answer>', { level: 5 })).toEqual({ reward: 1.5, components: { accuracy: 1, format: 1, difficulty: 1.5 } });
    expect(reward(s, '<think>x</think><answer>42</answer>', { level: 2 }).reward).toBe(1); // no multiplier for level 2
    expect(reward(s, '<think>x</think><answer>42</answer>').reward).toBe(1); // unknown level
    const scaled = parseRewardSpec({ weights: { accuracy: 1 }, scale: -2, clip: [-1, 0] });
    expect(reward(scaled, '<answer>42</answer>').reward).toBe(-1);
  });

  test('grounding: IoU with the best evidence box; absent without evidence (weights renormalised)', () => {
    const s = parseRewardSpec({ weights: { accuracy: 0.9, format: 0.1, grounding: 1 } });
    const resp = '<think>x</think><answer>42</answer><box>10,10,30,20</box>';
    expect(reward(s, resp, { evidence: [[100, 100, 120, 120], [10, 10, 30, 30]] })).toEqual({ reward: 0.75, components: { accuracy: 1, format: 1, grounding: 0.5 } });
    expect(reward(s, resp)).toEqual({ reward: 1, components: { accuracy: 1, format: 1 } });
    // A box only in the thinking is not a prediction.
    expect(reward(s, '<think><box>10,10,30,30</box></think><answer>42</answer>', { evidence: [[10, 10, 30, 30]] }).components.grounding).toBe(0);
  });

  test("the verifier's own parts: part:NAME and its IoU as grounding", () => {
    const s = parseRewardSpec({ weights: { 'part:answer': 1, grounding: 1 } });
    const verdict = { score: 0.7, correct: false, reason: '', parts: { format: 1, answer: 1, iou: 0.4 } };
    expect(composeReward(s, { task: 'scene-ground', response: '', verdict })).toEqual({ reward: 0.7, components: { 'part:answer': 1, grounding: 0.4 } });
  });

  test('length shapes at the documented points', () => {
    const base: LengthSpec = { weight: 1, unit: 'chars', of: 'response', target: 100, tolerance: 10, falloff: 40, shape: 'linear', side: 'above' };
    const at = (shape: LengthSpec['shape'], n: number, side: LengthSpec['side'] = 'above') => Number(lengthComponent({ ...base, shape, side }, n).toFixed(6));
    expect([at('linear', 110), at('linear', 130), at('linear', 150), at('linear', 10)]).toEqual([1, 0.5, 0, 1]);
    expect([at('quadratic', 130), at('cosine', 130), at('exponential', 130), at('step', 111)]).toEqual([0.75, 0.5, 0.606531, 0]);
    expect([at('linear', 70, 'below'), at('linear', 70, 'both'), at('linear', 200, 'below')]).toEqual([0.5, 0.5, 1]);
  });

  test('format: strict, boxed, forbidden thinking, prompt-opened thinking', () => {
    const f = (format: object, response: string) => reward(parseRewardSpec({ weights: { format: 1 }, format }), response).reward;
    expect(f({ strict: true }, '<answer>42</answer> and more')).toBe(0);
    expect(f({ strict: true }, '<answer>42</answer>\n')).toBe(1);
    expect(f({ answer: 'boxed' }, 'so \\boxed{42}')).toBe(1);
    expect(f({ answer: 'boxed' }, '\\boxed{41} or \\boxed{42}')).toBe(0);
    expect(f({ think: 'forbidden' }, '<think>x</think><answer>42</answer>')).toBe(0);
    expect(f({ think: 'required' }, 'reasoning the template opened</think><answer>42</answer>')).toBe(1);
    expect(f({ think: 'required' }, '<think>unclosed <answer>42</answer>')).toBe(0);
    expect(f({}, '<answer> </answer>')).toBe(0);
  });
});

describe('reward spec files', () => {
  test('per-task rules from a mix config override the top level', () => {
    const cfg = { seed: 1, reward: { weights: { accuracy: 0.9, format: 0.1 } }, tasks: [{ task: 'maze', count: 2, reward: { weights: { accuracy: 1 }, scale: 2 } }, { task: 'sudoku', count: 2 }] };
    const spec = readRewardSpec(specFile(JSON.stringify(cfg), 'mix.json'));
    expect(spec.tasks.maze).toMatchObject({ weights: { accuracy: 1 }, scale: 2 });
    expect(spec.tasks.sudoku).toBeUndefined();
    const verdict = { score: 1, correct: true, reason: '' };
    expect(composeReward(spec, { task: 'maze', response: 'x', verdict }).reward).toBe(2);
    expect(composeReward(spec, { task: 'sudoku', response: 'x', verdict }).reward).toBe(0.9);
  });

  test.each([
    [{ weights: { acuracy: 1 } }, /weights\.acuracy: got 1; allowed: a component: accuracy, correct, format, grounding or part:NAME/],
    [{ weights: { accuracy: 1 }, length: { weight: 0.5 } }, /length\.target: got nothing; allowed: a number from 1/],
    [{ weights: { accuracy: 1 }, length: { weight: 0.5, target: 10, shape: 'sigmoid' } }, /length\.shape: got "sigmoid"; allowed: linear, quadratic/],
    [{ weights: { accuracy: 1 }, clip: [1, 0] }, /clip: got \[1,0\]; allowed: null or \[low, high\]/],
    [{ weights: { accuracy: 1 }, difficulty: { levels: { '6': 2 } } }, /difficulty\.levels\.6/],
    [{ weights: { accuracy: 1 }, tasks: { maze: { wieghts: {} } } }, /tasks\.maze\.wieghts: .*known keys/],
    [[1, 2], /reward spec: got \[1,2\]/],
  ])('bad spec %j is refused naming the field', (spec, message) => {
    expect(() => parseRewardSpec(spec)).toThrow(message);
  });

  test('unreadable and malformed files name the file', () => {
    expect(() => readRewardSpec('/nonexistent/spec.yaml')).toThrow(/--reward-spec \/nonexistent\/spec.yaml: cannot read it \(ENOENT\)/);
    expect(() => readRewardSpec(specFile('weights: [unclosed'))).toThrow(/not valid JSON or YAML/);
  });
});
