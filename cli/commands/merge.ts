import type { Command } from 'commander';
import { mergeShards } from '../../datasets/merge.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join the shard folders of one dataset into one folder (byte-identical to a one-process run)')
    .argument('<shards...>', 'shard folders')
    .requiredOption('--out <dir>', 'output folder (must not hold a dataset)')
    .action(async (shards: string[], o: { out: string }) => {
      const m = await mergeShards(shards, o.out);
      process.stderr.write(`merged ${shards.length} shards: ${m.items} items in ${m.parts.length} parts → ${o.out}\n`);
    });
}
