import type { TaskDefinition } from '../../core/task.js';
import { connectedComponents } from './connected-components.js';
import { eulerPath } from './euler-path.js';
import { graphColoring } from './graph-coloring.js';
import { hamiltonianPath } from './hamiltonian-path.js';
import { maxFlowTask } from './max-flow.js';
import { shortestPath } from './shortest-path.js';
import { topologicalOrderTask } from './topological-order.js';
import { hamiltonianCycle } from './hamiltonian-cycle.js';
import { eulerianCycle } from './eulerian-cycle.js';
import { graphIsomorphism } from './graph-isomorphism.js';

/** Graph tasks (domain 'graph'): node-link diagrams drawn by the shared layout in layout.ts/draw.ts. */
export const graphTasks: TaskDefinition[] = [shortestPath, graphColoring, topologicalOrderTask, eulerPath, hamiltonianPath, connectedComponents, maxFlowTask, hamiltonianCycle, eulerianCycle, graphIsomorphism];
