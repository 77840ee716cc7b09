import type { TaskDefinition } from '../../core/task.js';
import { geometry } from './task.js';

export const geometryTasks: TaskDefinition[] = [geometry];
