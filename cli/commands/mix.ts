import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import { CURRICULA, type Curriculum } from '../../datasets/mix/select.js';

const collect = (v: string, acc: string[]) => [...acc, v];

/** "sudoku=2,maze=1" → {sudoku: 2, maze: 1}. */
function parseWeights(text: string | undefined): Record<string, number> {
  if (!text) return {};
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=');
    const w = Number(v);
    if (!k || !(w > 0)) throw new FieldError('--weights', text, 'name=weight pairs with positive weights, e.g. sudoku=2,maze=1');
    out[k.trim()] = w;
  }
  return out;
}

/** "0.1:0.9" → {min, max}. */
function parseBand(text: string | undefined): { min: number; max: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^([\d.]+):([\d.]+)$/.exec(text);
  const min = m ? Number(m[1]) : NaN;
  const max = m ? Number(m[2]) : NaN;
  if (!(min >= 0 && max <= 1 && min <= max)) throw new FieldError('--band', text, 'MIN:MAX pass rates with 0 ≤ MIN ≤ MAX ≤ 1, e.g. 0.1:0.9');
  return { min, max };
}

export function registerMix(program: Command): void {
  const mix = program.command('mix').description('build a training mixture from datasets (default), or fit mixture weights from pilot runs (mix fit)');
  mix
    .command('build', { isDefault: true })
    .description('select items from datasets by weights, pass-rate band and curriculum into a new dataset folder')
    .option('--from <dir>', 'source dataset (repeatable)', collect, [])
    .requiredOption('--out <dir>', 'new dataset folder')
    .requiredOption('--total <n>', 'items to select')
    .option('--weights <list>', 'weights per task (or domain with --by domain), e.g. sudoku=2,maze=1')
    .option('--by <key>', 'task or domain', 'task')
    .option('--policy <name>', 'policy whose predicted pass rates (difficulty score) give --band and the easy-to-hard order')
    .option('--band <min:max>', 'keep items with predicted pass rate in [min, max], e.g. 0.1:0.9')
    .option('--curriculum <order>', CURRICULA.join(' | '), 'shuffle')
    .option('--exclude <dir>', 'held-out dataset whose problems must not appear (repeatable)', collect, [])
    .option('--seed <seed>', 'selection seed', '0')
    .action(async (o: { from: string[]; out: string; total: string; weights?: string; by: string; policy?: string; band?: string; curriculum: string; exclude: string[]; seed: string }) => {
      const total = Number(o.total);
      if (!Number.isInteger(total) || total < 1) throw new FieldError('--total', o.total, 'a positive integer');
      if (o.by !== 'task' && o.by !== 'domain') throw new FieldError('--by', o.by, 'task or domain');
      if (!CURRICULA.includes(o.curriculum as Curriculum)) throw new FieldError('--curriculum', o.curriculum, CURRICULA.join(', '));
      const { buildMixture } = await import('../../datasets/mix/build.js');
      const t0 = performance.now();
      const { manifest, selection } = await buildMixture({
        sources: o.from, out: o.out, total, weights: parseWeights(o.weights), weightBy: o.by as 'task' | 'domain',
        band: parseBand(o.band), policy: o.policy, curriculum: o.curriculum as Curriculum, excludeDirs: o.exclude, seed: o.seed,
      });
      for (const g of selection.groups) process.stderr.write(`  ${g.group.padEnd(20)} weight ${g.weight}  quota ${g.quota}  available ${g.available}  chosen ${g.chosen}${g.chosen < g.quota ? '  (short)' : ''}\n`);
      process.stderr.write(`  dropped: ${JSON.stringify(selection.dropped)}\n${manifest.items} items → ${o.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    });
  mix
    .command('fit')
    .description('fit outcome ~ domain weights over pilot runs (quadratic and linear mixture models) and propose the best weights')
    .requiredOption('--pilots <csv>', 'one row per pilot: w_<domain> columns and outcome columns')
    .option('--outcome <column>', 'outcome to maximise (default: the first non-weight column)')
    .action(async (o: { pilots: string; outcome?: string }) => {
      const { fitModel, maximize, readPilots } = await import('../../datasets/mix/fit.js');
      const { domains, outcome, pilots } = readPilots(o.pilots, o.outcome);
      const lin = fitModel(pilots, false);
      const out = [`${pilots.length} pilots, domains ${domains.join(', ')}, outcome ${outcome}`, '', 'model       LOO RMSE   R²'];
      out.push(`linear      ${lin.looRmse.toFixed(4).padStart(8)}  ${lin.r2.toFixed(3)}`);
      let best = maximize(lin, domains.length);
      try {
        const quad = fitModel(pilots, true);
        out.push(`quadratic   ${quad.looRmse.toFixed(4).padStart(8)}  ${quad.r2.toFixed(3)}`);
        best = maximize(quad, domains.length);
        out.push('', 'proposed weights (quadratic model):');
      } catch (e) {
        out.push(`quadratic   not fitted: ${(e as Error).message}`, '', 'proposed weights (linear model):');
      }
      domains.forEach((d, i) => out.push(`  ${d.padEnd(16)} ${best.weights[i].toFixed(4)}`));
      out.push(`predicted ${outcome}: ${best.predicted.toFixed(4)}`);
      process.stdout.write(out.join('\n') + '\n');
    });
}
