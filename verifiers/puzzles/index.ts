import type { VerifierDefinition } from '../registry.js';
import { mazeVerifier } from './maze.js';
import { sudokuVerifier } from './sudoku.js';
import { futoshikiVerifier } from './futoshiki.js';
import { hanoiVerifier } from './hanoi.js';
import { lightsOutVerifier } from './lights-out.js';
import { nQueensVerifier } from './n-queens.js';

export const puzzleVerifiers: VerifierDefinition[] = [sudokuVerifier, mazeVerifier, futoshikiVerifier, hanoiVerifier, lightsOutVerifier, nQueensVerifier];
