import { mazeVerifier } from './puzzles/maze.js';
import { sudokuVerifier } from './puzzles/sudoku.js';
import { verifiers } from './registry.js';

/** Every verifier, registered once. The reward server imports only this (no renderers, no generators). */
for (const v of [sudokuVerifier, mazeVerifier]) if (!verifiers.has(v.name)) verifiers.register(v);

export { verifiers };
export { verify } from './verify.js';
export type { VerifyOptions } from './registry.js';
