import type { VerifierDefinition } from '../registry.js';
import { withPerceptionJudge } from './perceive.js';
import { mazeVerifier } from './maze.js';
import { sudokuVerifier } from './sudoku.js';
import { futoshikiVerifier } from './futoshiki.js';
import { hanoiVerifier } from './hanoi.js';
import { lightsOutVerifier } from './lights-out.js';
import { skyscrapersVerifier } from './skyscrapers.js';
import { nQueensVerifier } from './n-queens.js';
import { starBattleVerifier } from './star-battle.js';
import { game24Verifier } from './24-game.js';
import { kenkenVerifier } from './kenken.js';
import { hitoriVerifier } from './hitori.js';
import { killerSudokuVerifier } from './killer-sudoku.js';
import { tentsVerifier } from './tents.js';
import { lightUpVerifier } from './light-up.js';
import { binairoVerifier } from './binairo.js';
import { waterJugsVerifier } from './water-jugs.js';
import { nonogramVerifier } from './nonogram.js';
import { slidingPuzzleVerifier } from './sliding-puzzle.js';
import { kakuroVerifier } from './kakuro.js';
import { minesweeperVerifier } from './minesweeper.js';
import { sokobanVerifier } from './sokoban.js';
import { bridgesVerifier } from './bridges.js';

import { cryptoMathVerifier } from './crypto-math.js';
import { kukurasuVerifier } from './kukurasu.js';
/** Every puzzle verifier; each also judges perception items of its tasks (perceive.ts). */
export const puzzleVerifiers: VerifierDefinition[] = [sudokuVerifier, mazeVerifier, futoshikiVerifier, hanoiVerifier, lightsOutVerifier, skyscrapersVerifier, nQueensVerifier, starBattleVerifier, game24Verifier, kenkenVerifier, hitoriVerifier, killerSudokuVerifier, tentsVerifier, lightUpVerifier, binairoVerifier, waterJugsVerifier, nonogramVerifier, slidingPuzzleVerifier, kakuroVerifier, minesweeperVerifier, sokobanVerifier, bridgesVerifier, cryptoMathVerifier, kukurasuVerifier].map(withPerceptionJudge);
