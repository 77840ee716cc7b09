import type { Annotation } from '../diagram.js';
import type { Fact } from '../family.js';

/** Givens and the unknown, written the same way by every family. */

/** Right triangles with integer sides [leg, leg, hypotenuse]. */
export const TRIPLES: readonly [number, number, number][] = [[3, 4, 5], [6, 8, 10], [5, 12, 13], [8, 15, 17], [9, 12, 15], [7, 24, 25], [12, 16, 20], [20, 21, 29]];

export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

export function lengthFact(a: string, b: string, value: number): Fact {
  return { text: `${a}${b} = ${num(value)} cm`, note: { kind: 'length', a, b, text: num(value), id: `len-${a}${b}` } };
}

export function angleFact(a: string, b: string, c: string, deg: number): Fact {
  return { text: `∠${a}${b}${c} = ${num(deg)}°`, note: { kind: 'angle', a, b, c, text: `${num(deg)}°`, id: `ang-${a}${b}${c}` } };
}

export function askLength(a: string, b: string): Annotation & { text: string } {
  return { kind: 'length', a, b, text: '?', id: `ask-${a}${b}` };
}

export function askAngle(a: string, b: string, c: string): Annotation & { text: string } {
  return { kind: 'angle', a, b, c, text: '?', id: `ask-${a}${b}${c}` };
}

export function right(a: string, b: string, c: string): Annotation {
  return { kind: 'right', a, b, c, id: `right-${a}${b}${c}` };
}

export function ticks(a: string, b: string, count: number): Annotation {
  return { kind: 'ticks', a, b, count, id: `ticks-${a}${b}` };
}
