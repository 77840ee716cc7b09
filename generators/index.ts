import { tasks } from '../core/registry.js';
import { puzzleTasks } from './puzzles/index.js';

/** Every task, registered once; importing this module makes them reachable by name. */
for (const t of [...puzzleTasks]) if (!tasks.has(t.name)) tasks.register(t);

export { tasks };
