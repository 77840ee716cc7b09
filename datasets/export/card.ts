/**
 * The README.md dataset card of a Hub export: YAML front matter in the Hub's documented form
 * (license, task_categories, tags, size_categories, `configs` with explicit data_files per split,
 * `dataset_info` with features and split sizes per config), then what the dataset holds and how
 * to make it again (tasks, counts per task and level, seed, tool version, the generation command).
 */
import { stringify } from 'yaml';
import { stableStringify } from '../../core/canonical.js';
import type { Manifest } from '../manifest.js';
import type { Column } from './columns.js';
import { sizeCategory, yamlFeature } from './hub.js';
import type { ExportRow } from './layouts.js';
import type { Split } from './split.js';

export interface CardFile {
  /** Relative to the export folder, with forward slashes. */
  path: string;
  split: Split;
  /** The task of a per-task config; null for the whole dataset. */
  task: string | null;
  rows: number;
  bytes: number;
}

export interface CardInput {
  name: string;
  license: string;
  columns: Column<ExportRow>[];
  files: CardFile[];
  /** Rows per task, level ("none" for no level) and split. */
  counts: Map<string, Map<string, Record<Split, number>>>;
  domains: string[];
  source: Manifest;
  /** The export command that made this folder. */
  exportCommand: string;
}

const DEFAULT_CONFIG = 'default';

function configOf(name: string, files: CardFile[], isDefault: boolean) {
  const splits = [...new Set(files.map((f) => f.split))].sort((a, b) => (a === 'train' ? -1 : b === 'train' ? 1 : 0));
  return {
    config_name: name,
    ...(isDefault ? { default: true } : {}),
    data_files: splits.map((split) => ({ split, path: files.filter((f) => f.split === split).map((f) => f.path) })),
  };
}

function infoOf(name: string | null, files: CardFile[], features: Record<string, unknown>[]) {
  const splits = [...new Set(files.map((f) => f.split))].sort((a, b) => (a === 'train' ? -1 : b === 'train' ? 1 : 0));
  return {
    ...(name ? { config_name: name } : {}),
    features,
    splits: splits.map((split) => ({ name: split, num_examples: files.filter((f) => f.split === split).reduce((s, f) => s + f.rows, 0) })),
    download_size: files.reduce((s, f) => s + f.bytes, 0),
  };
}

/** The plan as the mix config that makes it again (`veriforge generate --config`). */
export function planConfig(m: Manifest): unknown {
  return {
    seed: m.plan.seed,
    partSize: m.plan.partSize,
    imageFormat: m.plan.imageFormat,
    tasks: m.plan.entries.map((e) => ({
      task: e.task,
      count: e.count,
      ...(e.level !== null ? { level: e.level } : {}),
      params: e.params,
      ...(e.counterfactual ? { counterfactual: e.counterfactual } : {}),
    })),
  };
}

export function buildCard(c: CardInput): string {
  const features = c.columns.map((col) => yamlFeature(col.name, col.kind.feature));
  const perTask = c.files.some((f) => f.task !== null);
  const tasks = [...c.counts.keys()].sort();
  const configs = [configOf(DEFAULT_CONFIG, c.files, true)];
  const info: unknown[] = [infoOf(perTask ? DEFAULT_CONFIG : null, c.files, features)];
  if (perTask) {
    for (const t of tasks) {
      const files = c.files.filter((f) => f.task === t);
      configs.push(configOf(t, files, false));
      info.push(infoOf(t, files, features));
    }
  }
  const rows = c.files.reduce((s, f) => s + f.rows, 0);
  const front = {
    license: c.license,
    task_categories: ['visual-question-answering', 'image-text-to-text'],
    language: ['en'],
    tags: ['veriforge', 'synthetic', 'rlvr', 'verifiable-rewards', ...c.domains],
    pretty_name: c.name,
    size_categories: [sizeCategory(rows)],
    configs,
    dataset_info: perTask ? info : info[0],
  };
  // Per-task files hold the same rows as the default config's list of them (no copies).
  const levelRows: string[] = [];
  for (const t of tasks) {
    for (const [level, n] of [...c.counts.get(t)!.entries()].sort()) levelRows.push(`| ${t} | ${level} | ${n.train} | ${n.test} |`);
  }
  const imageCol = c.columns.find((col) => col.name === 'image' || col.name === 'images')!.name;
  const config = stableStringify(planConfig(c.source));
  return [
    '---',
    stringify(front, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `# ${c.name}`,
    '',
    `Verifiable multimodal RL data made by veriforge ${c.source.version}: every item is an image${imageCol === 'images' ? ' list (several images per item, in order)' : ''}, a question and a`,
    'ground truth that an executable verifier checks (`truth`, JSON). Rewards for a model\'s answers come',
    'from the same verifiers: `npx veriforge serve` (OpenRLHF `/get_reward`, verl and TRL integrations).',
    '',
    '```python',
    'from datasets import load_dataset',
    `ds = load_dataset("${c.name}")${perTask ? `            # or load_dataset("${c.name}", "${tasks[0]}") for one task` : ''}`,
    `ds["train"][0]["${imageCol}"]   # ${imageCol === 'images' ? 'a list of PIL images' : 'a PIL image'}; "truth" is JSON, "features" the generator's difficulty features`,
    '```',
    '',
    '## Contents',
    '',
    `${rows} rows; seed \`${String(c.source.plan.seed)}\`; tasks: ${tasks.map((t) => `\`${t}\``).join(', ')}.`,
    '',
    '| task | level | train | test |',
    '|---|---|---|---|',
    ...levelRows,
    '',
    '## Columns',
    '',
    c.columns.map((col) => `\`${col.name}\``).join(', ') + '. Splits are decided by each problem\'s canonical hash: no problem is in both train and test.',
    '`evidence` lists the scene elements the answer depends on, each with its image index and its box `[x1, y1, x2, y2]` in image pixels (what a grounding reward compares a `<box>` answer with).',
    '',
    '## How it was made',
    '',
    `With veriforge ${c.source.version}, byte for byte reproducible from this configuration:`,
    '',
    '```sh',
    `cat > mix.json <<'JSON'`,
    config,
    'JSON',
    'npx veriforge generate --config mix.json --out dataset',
    c.exportCommand,
    '```',
    '',
  ].join('\n');
}
