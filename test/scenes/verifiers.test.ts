// Scene verifiers: the exact truth scores 1, every wrong or padded answer less; the documented
// scene-transform formula on known cases; scene-ground's three parts; nothing throws.
import { describe, expect, it } from 'vitest';
import { verify } from '../../verifiers/index.js';

const tvr = { pairs: ['new added', 'o2 color', 'o5 removed'], objects: ['o1', 'o2', 'o3', 'o4', 'o5'] };
const ans = (s: string) => `<think>o1 looks the same</think><answer>${s}</answer>`;

describe('scene-transform: score = clamp((c − 0.5·w) / |T|, 0, 1)', () => {
  it.each([
    ['o2 color, o5 removed, new added', 1, true],
    ['(o5, removed); (o2, colour)\nnew: added', 1, true],
    ['o2 color', 1 / 3, false],
    ['o2 color, o5 removed, new added, o1 size', (3 - 0.5) / 3, false],
    ['o2 color, o3 shape', (1 - 0.5) / 3, false],
    ['o1 color, o3 shape', 0, false],
    ['o2 color, o2 color, o2 color', 1 / 3, false], // repeats count once
    ['o2 color, o5 removed, new added, banana', (3 - 0.5) / 3, false], // a non-pair fragment is a wrong pair
  ])('%s → %d', (answer, score, correct) => {
    const v = verify('scene-transform', ans(answer as string), tvr);
    expect(v.correct).toBe(correct);
    expect(v.score).toBeCloseTo(correct ? 1 : Math.min(0.99, score as number), 6);
  });

  it('inaction and over-enumeration earn nothing; the echoed question earns nothing', () => {
    expect(verify('scene-transform', ans(''), tvr).score).toBe(0);
    expect(verify('scene-transform', ans('none'), tvr).score).toBe(0);
    const everything = tvr.objects.flatMap((o) => ['color', 'size', 'material', 'shape', 'position', 'removed'].map((c) => `${o} ${c}`)).join(', ') + ', new added';
    expect(verify('scene-transform', ans(everything), tvr).score).toBe(0);
    const echo = 'the change is one of color, size, material, shape, position, removed, added. Example: o2 color, o5 removed, new added';
    expect(verify('scene-transform', echo, tvr).score).toBeLessThan(1);
    expect(verify('scene-transform', 12 as unknown as string, tvr).score).toBe(0);
    expect(verify('scene-transform', ans('o2 color'), { pairs: [] }).score).toBe(0);
  });
});

describe('scene-qa', () => {
  it('accepts the value and its synonyms, refuses hedges and other values', () => {
    const colour = { kind: 'word', value: 'gray', attr: 'color', program: [] };
    expect(verify('scene-qa', ans('grey'), colour).score).toBe(1);
    expect(verify('scene-qa', ans('It is gray.'), colour).score).toBe(1);
    expect(verify('scene-qa', ans('gray or red'), colour).score).toBe(0);
    expect(verify('scene-qa', ans('red'), colour).score).toBe(0);
    const count = { kind: 'count', value: '3', program: [] };
    expect(verify('scene-qa', ans('three'), count).score).toBe(1);
    expect(verify('scene-qa', ans('3'), count).score).toBe(1);
    expect(verify('scene-qa', ans('2 or 3'), count).score).toBe(0);
    const yn = { kind: 'yesno', value: 'no', program: [] };
    expect(verify('scene-qa', ans('No'), yn).score).toBe(1);
    expect(verify('scene-qa', ans('yes no'), yn).score).toBe(0);
    const shape = { kind: 'word', value: 'torus', attr: 'shape', program: [] };
    expect(verify('scene-qa', ans('a ring (torus)'), shape).score).toBe(1);
    expect(verify('scene-qa', ans('sphere'), shape).score).toBe(0);
    expect(verify('scene-qa', ans('x'), { kind: 'word', value: 'pink', attr: 'color' }).score).toBe(0);
    // An echoed question names values without asserting one: long answers are refused.
    expect(verify('scene-qa', ans('What is the color of the gray cube that is left of the red sphere'), colour).score).toBe(0);
  });
});

describe('scene-view', () => {
  it('one choice only', () => {
    const t = { choices: ['2', '3', '4'], value: '3' };
    expect(verify('scene-view', ans('Image 3'), t).score).toBe(1);
    expect(verify('scene-view', ans('3'), t).score).toBe(1);
    expect(verify('scene-view', ans('2 or 3'), t).score).toBe(0);
    expect(verify('scene-view', ans('4'), t).score).toBe(0);
    const l = { choices: ['A', 'B', 'C', 'D'], value: 'B' };
    expect(verify('scene-view', ans('(B)'), l).score).toBe(1);
    expect(verify('scene-view', ans('b'), l).score).toBe(1);
    expect(verify('scene-view', ans('A B C D'), l).score).toBe(0);
  });
});

describe('scene-ground: parts format, answer, iou', () => {
  const truth = { attr: 'color', value: 'red', box: [100, 50, 140, 90], iou: 0.5 };
  it('right answer and box → 1; each part on its own', () => {
    const ok = verify('scene-ground', '<answer>red</answer><box>101,50,140,91</box>', truth);
    expect(ok.score).toBe(1);
    expect(ok.parts).toMatchObject({ format: 1, answer: 1 });
    const wrongBox = verify('scene-ground', '<answer>red</answer><box>0,0,20,20</box>', truth);
    expect(wrongBox.correct).toBe(false);
    expect(wrongBox.score).toBeCloseTo(0.5, 6);
    expect(wrongBox.parts).toMatchObject({ format: 1, answer: 1, iou: 0 });
    const wrongAnswer = verify('scene-ground', '<answer>blue</answer><box>100,50,140,90</box>', truth);
    expect(wrongAnswer.score).toBeCloseTo(0.5, 6);
    expect(wrongAnswer.parts).toMatchObject({ answer: 0, iou: 1 });
    // The box may sit inside the answer tag (the task's canonical answer does); corners in any order, brackets allowed.
    expect(verify('scene-ground', '<answer>red <box>100,50,140,90</box></answer>', truth).score).toBe(1);
    expect(verify('scene-ground', '<answer>red</answer><box>[140,90,100,50]</box>', truth).score).toBe(1);
  });
  it('broken format scores 0: missing box, two boxes, box stuffing, thinking only', () => {
    for (const r of ['<answer>red</answer>', '<answer>red</answer><box>1,2,3,4</box><box>100,50,140,90</box>', 'red 100,50,140,90', '<think><answer>red</answer><box>100,50,140,90</box></think>', '<answer>red</answer><box>100,50,140</box>']) {
      const v = verify('scene-ground', r, truth);
      expect(v.score, r).toBe(0);
      expect(v.parts?.format ?? 0).toBe(0);
    }
    expect(verify('scene-ground', '<answer>red</answer><box>100,50,140,90</box>', { ...truth, box: [1, 1, 0, 0] }).score).toBe(0);
  });
});
