import type { TaskDefinition } from '../../core/task.js';
import { chartQa } from './chart-qa.js';
import { chartToCode } from './chart-to-code.js';
import { chartToTable } from './chart-to-table.js';

export const chartTasks: TaskDefinition[] = [chartQa, chartToTable, chartToCode];
