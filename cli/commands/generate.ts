import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import type { Plan } from '../../datasets/layout.js';
import { intFlag } from '../flags.js';
import { progressBar } from '../progress.js';

interface GenerateFlags {
  task?: string;
  config?: string;
  count?: string;
  seed?: string;
  level?: string;
  param: string[];
  out: string;
  shard?: string;
  shards?: string;
  partSize?: string;
  imageFormat?: string;
  workers?: string;
  counterfactual?: string;
  grounding?: boolean;
}

const collect = (v: string, acc: string[]) => [...acc, v];

/** "k=v" flags → params object (values stay strings; the task's spec converts and checks them). */
function parseParamFlags(flags: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of flags) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new FieldError('--param', f, 'name=value, e.g. --param size=9');
    out[f.slice(0, eq)] = f.slice(eq + 1);
  }
  return out;
}

function counterfactualFlags(o: GenerateFlags): { counterfactual?: unknown } {
  if (o.grounding && !o.counterfactual) throw new FieldError('--grounding', true, 'only with --counterfactual');
  return o.counterfactual ? { counterfactual: { variants: o.counterfactual, grounding: !!o.grounding } } : {};
}

async function planFromFlags(o: GenerateFlags): Promise<Plan> {
  // Loaded on use: every generator and renderer comes with these, and other commands need none of them.
  const { buildPlan, readPlanFile } = await import('../../datasets/plan.js');
  if (o.config && o.task) throw new FieldError('--task', o.task, 'either --task or --config, not both');
  if (o.config) {
    for (const [flag, v] of [['--count', o.count], ['--level', o.level], ['--seed', o.seed]] as const) {
      if (v !== undefined) throw new FieldError(flag, v, 'nothing with --config: set it in the config file');
    }
    if (o.param.length) throw new FieldError('--param', o.param.join(' '), 'nothing with --config: set params in the config file');
    if (o.counterfactual || o.grounding) throw new FieldError('--counterfactual', o.counterfactual ?? '--grounding', 'nothing with --config: set "counterfactual" per task entry');
    return readPlanFile(o.config);
  }
  if (!o.task) throw new FieldError('--task', undefined, 'a task name (see `veriforge tasks`) or --config FILE');
  const seed = o.seed === undefined ? 0 : /^-?\d+$/.test(o.seed) ? Number(o.seed) : o.seed;
  return buildPlan({
    seed,
    partSize: o.partSize,
    imageFormat: o.imageFormat,
    tasks: [{ task: o.task, count: o.count ?? 100, level: o.level, params: parseParamFlags(o.param), ...counterfactualFlags(o) }],
  });
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('generate a dataset folder (manifest.json, data/part-*.jsonl, images/); rerun the same command to resume')
    .option('--task <name>', 'one task (see `veriforge tasks`)')
    .option('--config <file>', 'mix config: {"seed", "count"?, "tasks": [{"task", "count"|"weight", "level"?, "params"?}]}')
    .option('--count <n>', 'items for --task (default 100)')
    .option('--seed <seed>', 'dataset seed (integer or string, default 0)')
    .option('--level <1-5>', 'difficulty preset for --task')
    .option('--param <name=value>', 'task parameter, repeatable', collect, [])
    .option('--part-size <n>', 'items per part file (default 256)')
    .option('--image-format <fmt>', 'png (default), jpeg or webp')
    .option('--workers <n>', 'worker threads writing parts in parallel (default 1; use the core count)')
    .option('--counterfactual <variants>', 'emit counterfactual variants per item: any of positive,masked,random')
    .option('--grounding', 'with --counterfactual: also ask for evidence boxes, scored by region IoU')
    .option('--shard <k/n>', 'generate only slice k of n (k from 0)')
    .option('--shards <n>', 'shard count; the index comes from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID')
    .requiredOption('--out <dir>', 'output folder')
    .action(async (o: GenerateFlags) => {
      const plan = await planFromFlags(o);
      const { generateDataset, parseShard, shardFromEnv } = await import('../../datasets/generate.js');
      if (o.shard && o.shards) throw new FieldError('--shards', o.shards, 'either --shard k/n or --shards n, not both');
      const shardCount = o.shards === undefined ? undefined : Number(o.shards);
      if (o.shards !== undefined && (!Number.isInteger(shardCount) || shardCount! < 1)) throw new FieldError('--shards', o.shards, 'a positive integer');
      const shard = o.shard ? parseShard(o.shard) : shardFromEnv(process.env, shardCount);
      if (o.shards !== undefined && !shard) throw new FieldError('--shards', o.shards, 'only with JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID set');
      const workers = o.workers === undefined ? 1 : intFlag('--workers', o.workers, 1, 256);
      const bar = progressBar(shard ? `shard ${shard.index}/${shard.count}` : 'generate');
      process.once('SIGINT', () => {
        bar.stop();
        process.stderr.write(`\ninterrupted; run the same command again to resume (finished parts are kept)\n`);
        process.exit(130);
      });
      const s = await generateDataset(plan, { outDir: o.out, shard, workers, onProgress: bar.update });
      bar.stop();
      const rate = s.generatedNow / Math.max(s.seconds, 1e-9);
      const resumed = s.resumedParts ? `, ${s.resumedParts} parts kept from an earlier run` : '';
      process.stderr.write(`${s.items} items in ${o.out} (${s.generatedNow} generated in ${s.seconds.toFixed(1)} s, ${rate.toFixed(1)} items/s${resumed})\n`);
    });
}
