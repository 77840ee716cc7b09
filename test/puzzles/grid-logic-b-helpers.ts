// Shared by the grid-logic puzzle tests (kakuro, hitori, star-battle, light-up, tents, bridges).
import { expect } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { Instance, Level, TaskDefinition } from '../../core/task.js';
import { verify } from '../../verifiers/index.js';

export function make<P, T>(def: TaskDefinition<P, T>, level: Level, index: number, params: Record<string, unknown> = {}): Instance<T> {
  return def.generate(new Rng(deriveSeed('test', def.name, index)), resolveParams(def.params, params, 'params', def.levels[level]));
}

export const score = (verifier: string, response: string, truth: unknown) => verify(verifier, response, JSON.parse(JSON.stringify(truth)));

/** Replaces the character at `(r, c)` of a grid answer (lines of characters). */
export function setCell(answer: string, r: number, c: number, ch: string): string {
  const lines = answer.split('\n');
  lines[r] = lines[r].slice(0, c) + ch + lines[r].slice(c + 1);
  return lines.join('\n');
}

/** The adversarial responses every grid task must refuse, built from a correct answer. */
export function expectRejectsAdversarial(verifier: string, inst: Instance<unknown>, wrong: string[]): void {
  const bad = [
    ...wrong.map((w) => `<answer>${w}</answer>`),
    // several grids stuffed into one answer, the right one among them
    `<answer>${wrong[0]}\n${inst.answer}</answer>`,
    `<answer>${inst.answer}\n${inst.answer}</answer>`,
    inst.question,
    inst.textOnly ?? '',
    `<answer>${inst.textOnly ?? ''}</answer>`,
    // partial: the first half of the answer only
    `<answer>${inst.answer.slice(0, Math.floor(inst.answer.length / 2))}</answer>`,
  ];
  for (const b of bad) {
    const v = score(verifier, b, inst.truth);
    expect(v.score, `${JSON.stringify(b.slice(0, 80))}: ${v.reason}`).toBeLessThan(1);
  }
  expect(score(verifier, `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
}
