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

/**
 * Random 1–3 cell changes of a correct grid answer never score 1 unless they mean the same answer:
 * `same(parsed)` says whether the verifier's parsed grid is equivalent to the truth.
 */
export function expectRandomCorruptionsFail(verifier: string, inst: Instance<unknown>, alphabet: string, same: (parsed: string) => boolean, tries = 150): void {
  const rng = new Rng(`corrupt-${verifier}`);
  let changed = 0;
  for (let m = 0; m < tries; m++) {
    const chars = inst.answer.split('');
    for (let f = rng.int(1, 3); f > 0; f--) {
      let i: number;
      do i = rng.int(0, chars.length - 1);
      while (chars[i] === '\n');
      chars[i] = rng.pick(alphabet.split(''));
    }
    const v = score(verifier, `<answer>${chars.join('')}</answer>`, inst.truth);
    if (v.score === 1) expect(same(String(v.parsed)), `${JSON.stringify(chars.join(''))} scored 1`).toBe(true);
    else changed++;
  }
  expect(changed).toBeGreaterThan(tries / 2);
}
