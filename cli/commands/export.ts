import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import { DEFAULT_ROW_GROUP_ROWS, FORMATS, type ExportFormat } from '../../datasets/export/options.js';
import { intFlag } from '../flags.js';
import { progressBar } from '../progress.js';

interface ExportFlags {
  format: string;
  out: string;
  splitBy?: string;
  testFraction?: string;
  exclude: string[];
  template?: string;
  interaction?: string;
  rowGroupRows?: string;
  maxShardMb?: string;
  license?: string;
  name?: string;
}

const collect = (v: string, acc: string[]) => [...acc, v];

export function registerExport(program: Command): void {
  program
    .command('export')
    .argument('<dir>', 'dataset folder')
    .description('export a dataset to Parquet (Hugging Face `datasets` or verl columns, images embedded) or JSONL; hf into a folder is Hub-ready (data/ shards, README.md card)')
    .requiredOption('--format <fmt>', `output format: ${FORMATS.join(', ')}`)
    .requiredOption('--out <file|dir>', 'a .parquet/.jsonl file, or a folder (train.<ext>, test.<ext>, export-manifest.json)')
    .option('--split-by <what>', 'one file per task: task')
    .option('--test-fraction <f>', 'share of distinct problems held out as test, by canonical hash (default 0)')
    .option('--exclude <dir>', 'drop problems that appear in this dataset folder (a held-out set), repeatable', collect, [])
    .option('--template <file>', 'prompt template JSON {"system": string|null, "user": "...{images}...{question}..."} (verl, jsonl)')
    .option('--interaction <name>', 'verl: extra_info.interaction_kwargs {name, ground_truth} for a multi-turn Interaction of that name (integrations/verl_interaction.py)')
    .option('--row-group-rows <n>', `Parquet rows per row group (default ${DEFAULT_ROW_GROUP_ROWS})`)
    .option('--max-shard-mb <n>', 'hf into a folder: largest Parquet shard in MiB (default 500)')
    .option('--license <id>', 'hf into a folder: licence id for the dataset card (default cc-by-4.0)')
    .option('--name <name>', "hf into a folder: the dataset card's title and repo name (default: the folder's name)")
    .action(async (dir: string, o: ExportFlags) => {
      if (!FORMATS.includes(o.format as ExportFormat)) throw new FieldError('--format', o.format, FORMATS.join(', '));
      if (o.splitBy !== undefined && o.splitBy !== 'task') throw new FieldError('--split-by', o.splitBy, 'task');
      const testFraction = o.testFraction === undefined ? 0 : Number(o.testFraction);
      if (o.testFraction !== undefined && (o.testFraction.trim() === '' || !(testFraction >= 0 && testFraction < 1))) {
        throw new FieldError('--test-fraction', o.testFraction, 'a number from 0 up to, not including, 1 (e.g. 0.05)');
      }
      const rowGroupRows = o.rowGroupRows === undefined ? undefined : Number(o.rowGroupRows);
      if (rowGroupRows !== undefined && !(Number.isInteger(rowGroupRows) && rowGroupRows >= 1)) throw new FieldError('--row-group-rows', o.rowGroupRows, 'an integer from 1 to 1000000');
      const maxShardBytes = o.maxShardMb === undefined ? undefined : intFlag('--max-shard-mb', o.maxShardMb, 1, 1_000_000) * (1 << 20);
      if (o.template && o.format === 'hf') throw new FieldError('--template', o.template, 'only with --format verl or jsonl (hf keeps the plain question)');
      if (o.interaction !== undefined && o.format !== 'verl') throw new FieldError('--interaction', o.interaction, 'only with --format verl (verl multi-turn rollouts)');
      if (o.interaction !== undefined && !/^[\w.-]+$/.test(o.interaction)) throw new FieldError('--interaction', o.interaction, 'the name of an interaction in verl\'s interaction config (letters, digits, _ . -)');
      const { exportDataset, readTemplate } = await import('../../datasets/export/index.js');
      const bar = progressBar('export');
      const t0 = performance.now();
      const s = await exportDataset({
        dir,
        format: o.format as ExportFormat,
        out: o.out,
        splitBy: o.splitBy as 'task' | undefined,
        testFraction,
        exclude: o.exclude,
        template: o.template ? readTemplate(o.template) : undefined,
        interaction: o.interaction,
        rowGroupRows,
        maxShardBytes,
        license: o.license,
        name: o.name,
        command: `npx veriforge ${process.argv.slice(2).map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ')}`,
        onProgress: (d, t) => bar.update(d, t),
      });
      bar.stop();
      const secs = (performance.now() - t0) / 1000;
      for (const f of s.files) process.stderr.write(`  ${f.path}  ${f.rows} rows  ${(f.bytes / 1e6).toFixed(1)} MB\n`);
      const held = s.excluded ? `; ${s.excluded} held-out items left out` : '';
      if (s.card) process.stderr.write(`  ${s.card}  dataset card (upload the folder: huggingface-cli upload --repo-type dataset NAME ${o.out})\n`);
      process.stderr.write(`exported ${s.rows} rows (${(s.bytes / 1e6).toFixed(1)} MB) in ${secs.toFixed(1)} s${held}; manifest ${s.manifest}\n`);
    });
}
