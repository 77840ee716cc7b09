import type { TaskDefinition } from '../../core/task.js';
import { docQa } from './doc-qa.js';

/** Document tasks (domain 'document'): invoices, receipts, forms, reports laid out by Chromium. */
export const docTasks: TaskDefinition[] = [docQa];
