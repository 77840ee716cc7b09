import type { VerifierDefinition } from '../registry.js';
import { mazeVerifier } from './maze.js';
import { sudokuVerifier } from './sudoku.js';

export const puzzleVerifiers: VerifierDefinition[] = [sudokuVerifier, mazeVerifier];
