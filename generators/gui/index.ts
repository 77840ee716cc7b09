import type { TaskDefinition } from '../../core/task.js';
import { guiGround } from './gui-ground.js';

/** GUI tasks (domain 'gui'): synthetic app screens laid out and drawn by Chromium. */
export const guiTasks: TaskDefinition[] = [guiGround];
