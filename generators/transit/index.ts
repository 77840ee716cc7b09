import type { TaskDefinition } from '../../core/task.js';
import { transitQa } from './transit-qa.js';
import { transitRoute } from './transit-route.js';

/** Transit tasks (domain 'transit'): seeded schematic metro maps drawn on the canvas renderer. */
export const transitTasks: TaskDefinition[] = [transitRoute, transitQa];
