import type { TaskDefinition } from '../../core/task.js';
import { maze } from './maze/index.js';
import { sudoku } from './sudoku/index.js';

export const puzzleTasks: TaskDefinition[] = [sudoku, maze];
