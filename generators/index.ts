import { graphTasks } from './graphs/index.js';
import { algorithmTasks } from './algorithms/index.js';
import { tasks } from '../core/registry.js';
import { cadTasks } from './cad/index.js';
import { chartTasks } from './charts/index.js';
import { geometryTasks } from './geometry/index.js';
import { puzzleTasks } from './puzzles/index.js';
import { sceneTasks } from './scenes/index.js';
import { transitTasks } from './transit/index.js';
import { guiTasks } from './gui/index.js';
import { docTasks } from './docs/index.js';

/** Every task, registered once; importing this module makes them reachable by name. */
for (const t of [...puzzleTasks, ...graphTasks]) if (!tasks.has(t.name)) tasks.register(t);
for (const t of chartTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of geometryTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of cadTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of sceneTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of algorithmTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of transitTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of guiTasks) if (!tasks.has(t.name)) tasks.register(t);
for (const t of docTasks) if (!tasks.has(t.name)) tasks.register(t);

export { tasks };
