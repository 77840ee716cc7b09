import type { Command } from 'commander';
import { formatSummary, inspectDataset } from '../../datasets/inspect.js';
import { findRecord } from '../../datasets/read.js';

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('summarise a dataset (tasks, counts, levels, feature ranges, answers) or show one record with --id')
    .argument('<dir>', 'dataset folder')
    .option('--id <id>', 'show this record')
    .option('--json', 'print as JSON')
    .action(async (dir: string, o: { id?: string; json?: boolean }) => {
      if (o.id) {
        process.stdout.write(JSON.stringify(await findRecord(dir, o.id), null, 2) + '\n');
        return;
      }
      const s = await inspectDataset(dir);
      process.stdout.write(o.json ? JSON.stringify(s, null, 2) + '\n' : formatSummary(s));
    });
}
