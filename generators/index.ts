import { tasks } from '../core/registry.js';
import { maze } from './puzzles/maze/index.js';
import { sudoku } from './puzzles/sudoku/index.js';

/** Every task, registered once; importing this module makes them reachable by name. */
for (const t of [sudoku, maze]) if (!tasks.has(t.name)) tasks.register(t);

export { tasks };
