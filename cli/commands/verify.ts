import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import { findRecord } from '../../datasets/read.js';
import type { Verdict } from '../../core/task.js';
import { EXTRACT_MODES, type ExtractMode } from '../../verifiers/extract.js';
import { composeReward, type RewardSpec } from '../../verifiers/reward-spec.js';
import { intFlag } from '../flags.js';

interface VerifyFlags {
  dataset?: string;
  id?: string;
  task?: string;
  truth?: string;
  response: string;
  extract: string;
  partial?: boolean;
  rewardSpec?: string;
  level?: string;
}

/** '-' reads stdin, an existing file path reads the file, anything else is the response text itself. */
function readResponse(v: string): string {
  if (v === '-') return readFileSync(0, 'utf8');
  if (v.length < 4096 && existsSync(v)) return readFileSync(v, 'utf8');
  return v;
}

function composeOut(spec: RewardSpec, task: string, response: string, verdict: Verdict, level: number | null, evidence?: number[][]) {
  const r = composeReward(spec, { task, response, verdict, level, evidence });
  return { reward: r.reward, components: r.components };
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
    .option('--reward-spec <file>', 'also compose the reward by a spec (JSON or YAML; docs/reward-spec.md): adds "reward" and "components"')
    .option('--level <n>', "the item's level for a spec's difficulty weights (with --task; --dataset items know theirs)")
    .action(async (o: VerifyFlags) => {
      if (!EXTRACT_MODES.includes(o.extract as ExtractMode)) throw new FieldError('--extract', o.extract, EXTRACT_MODES.join(', '));
      let task: string;
      let truth: unknown;
      let level: number | null = o.level === undefined ? null : intFlag('--level', o.level, 1, 5);
      let evidence: number[][] | undefined;
      if (o.dataset) {
        if (!o.id) throw new FieldError('--id', undefined, 'an item id with --dataset (see `veriforge inspect DIR`)');
        const r = await findRecord(o.dataset, o.id);
        task = r.task;
        truth = r.truth;
        level ??= r.level;
        evidence = r.evidence.map((e) => e.box);
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
      const spec = o.rewardSpec ? (await import('../../verifiers/reward-spec-file.js')).readRewardSpec(o.rewardSpec) : null;
      const response = readResponse(o.response);
      const verdict = await verifyAsync(v.name, response, truth, { extract: o.extract as ExtractMode, partialCredit: !!o.partial });
      if (v.judgeAsync) await (await import('../../renderers/index.js')).closeRenderers();
      const out = spec ? { ...verdict, ...composeOut(spec, task, response, verdict, level, evidence) } : verdict;
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    });
}
