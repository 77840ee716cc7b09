import type { TaskDefinition } from '../../core/task.js';
import { shortestPath } from './shortest-path.js';

export const graphTasks: TaskDefinition[] = [shortestPath];
