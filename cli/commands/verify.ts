import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import { findRecord } from '../../datasets/read.js';
import { EXTRACT_MODES, type ExtractMode } from '../../verifiers/extract.js';

interface VerifyFlags {
  dataset?: string;
  id?: string;
  task?: string;
  truth?: string;
  response: string;
  extract: string;
  partial?: boolean;
}

/** '-' reads stdin, an existing file path reads the file, anything else is the response text itself. */
function readResponse(v: string): string {
  if (v === '-') return readFileSync(0, 'utf8');
  if (v.length < 4096 && existsSync(v)) return readFileSync(v, 'utf8');
  return v;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("judge a response: against a dataset item (--dataset --id) or a task's truth (--task --truth); prints the verdict as JSON")
    .option('--dataset <dir>', 'dataset folder')
    .option('--id <id>', 'item id in the dataset')
    .option('--task <name>', 'task name (with --truth)')
    .option('--truth <json>', "the item's truth as JSON (with --task)")
    .requiredOption('--response <file|-|text>', 'response: a file, - for stdin, or the text itself')
    .option('--extract <mode>', `answer extraction: ${EXTRACT_MODES.join(', ')}`, 'auto')
    .option('--partial', 'give wrong answers a share of their partial credit (always < 1)')
    .action(async (o: VerifyFlags) => {
      if (!EXTRACT_MODES.includes(o.extract as ExtractMode)) throw new FieldError('--extract', o.extract, EXTRACT_MODES.join(', '));
      let task: string;
      let truth: unknown;
      if (o.dataset) {
        if (!o.id) throw new FieldError('--id', undefined, 'an item id with --dataset (see `veriforge inspect DIR`)');
        const r = await findRecord(o.dataset, o.id);
        task = r.task;
        truth = r.truth;
      } else {
        if (!o.task || o.truth === undefined) throw new FieldError('--task/--truth', undefined, 'either --dataset DIR --id ID, or --task NAME --truth JSON');
        task = o.task;
        try {
          truth = JSON.parse(o.truth);
        } catch (e) {
          throw new FieldError('--truth', o.truth, `valid JSON (${(e as Error).message})`);
        }
      }
      const { verifierForTask, verifyAsync } = await import('../../verifiers/index.js');
      const v = verifierForTask(task, '--task');
      // The async path adds checks that render (chart-to-code compares pixels of both charts).
      const verdict = await verifyAsync(v.name, readResponse(o.response), truth, { extract: o.extract as ExtractMode, partialCredit: !!o.partial });
      if (v.judgeAsync) await (await import('../../renderers/index.js')).closeRenderers();
      process.stdout.write(JSON.stringify(verdict, null, 2) + '\n');
    });
}
