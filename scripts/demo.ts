// `npm run demo`: a small mixed dataset with a sample of every registered task at every level.
import { rmSync } from 'node:fs';
import { LEVELS } from '../core/task.js';
import { exportDataset } from '../datasets/export/index.js';
import { generateDataset } from '../datasets/generate.js';
import { formatSummary, inspectDataset } from '../datasets/inspect.js';
import { buildPlan } from '../datasets/plan.js';
import { tasks } from '../generators/index.js';

const out = process.argv[2] ?? 'out/demo';
const perLevel = 2;
rmSync(out, { recursive: true, force: true });
const plan = buildPlan({
  seed: 2026,
  partSize: 64,
  tasks: tasks.list().flatMap((t) => LEVELS.map((level) => ({ task: t.name, level, count: perLevel }))),
});
process.stderr.write(`demo: ${plan.total} items from ${tasks.names().length} tasks → ${out}\n`);
const s = await generateDataset(plan, { outDir: out });
process.stderr.write(`demo: ${s.items} items in ${s.seconds.toFixed(1)} s\n\n`);
process.stdout.write(formatSummary(await inspectDataset(out)));
// Parquet exports, as Hugging Face `datasets` and verl load them.
const exported = `${out}-export`;
rmSync(exported, { recursive: true, force: true });
const hf = await exportDataset({ dir: out, format: 'hf', out: `${exported}/hf.parquet` });
const verl = await exportDataset({ dir: out, format: 'verl', out: `${exported}/verl`, testFraction: 0.1 });
process.stderr.write(`demo: exported ${hf.rows} rows to ${exported}/hf.parquet and ${verl.files.map((f) => `${f.path} (${f.rows})`).join(', ')}\n`);
process.stdout.write(`
Look at it:
  images:        ${out}/images/<task>/*.png
  records:       ${out}/data/part-*.jsonl
  one record:    npx veriforge inspect ${out} --id ${plan.entries[0].task}-0000000
  check answer:  npx veriforge verify --dataset ${out} --id ${plan.entries[0].task}-0000000 --response "<answer>...</answer>"
  parquet:       ${exported}/hf.parquet (Hugging Face), ${exported}/verl/{train,test}.parquet (verl)
  gallery:       npx veriforge serve --dataset ${out}   then open http://127.0.0.1:8000/
`);
