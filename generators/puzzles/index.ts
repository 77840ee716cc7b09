import type { TaskDefinition } from '../../core/task.js';
import { withPerception } from './perceive.js';
import { maze } from './maze/index.js';
import { sudoku } from './sudoku/index.js';
import { futoshiki } from './futoshiki/index.js';
import { hanoi } from './hanoi/index.js';
import { lightsOut } from './lights-out/index.js';
import { skyscrapers } from './skyscrapers/index.js';
import { nQueens } from './n-queens/index.js';
import { starBattle } from './star-battle/index.js';
import { game24 } from './24-game/index.js';
import { kenken } from './kenken/index.js';
import { hitori } from './hitori/index.js';
import { killerSudoku } from './killer-sudoku/index.js';
import { tents } from './tents/index.js';
import { lightUp } from './light-up/index.js';
import { binairo } from './binairo/index.js';
import { waterJugs } from './water-jugs/index.js';
import { nonogram } from './nonogram/index.js';
import { slidingPuzzle } from './sliding-puzzle/index.js';
import { kakuro } from './kakuro/index.js';
import { minesweeper } from './minesweeper/index.js';
import { sokoban } from './sokoban/index.js';
import { bridges } from './bridges/index.js';

import { cryptoMath } from './crypto-math/index.js';
import { kukurasu } from './kukurasu/index.js';
/** Every puzzle; grid puzzles gain `mode=perceive` (perceive.ts). */
export const puzzleTasks: TaskDefinition[] = [sudoku, maze, futoshiki, hanoi, lightsOut, skyscrapers, nQueens, starBattle, game24, kenken, hitori, killerSudoku, tents, lightUp, binairo, waterJugs, nonogram, slidingPuzzle, kakuro, minesweeper, sokoban, bridges, cryptoMath, kukurasu].map(withPerception);
