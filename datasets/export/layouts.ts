import { stableStringify } from '../../core/canonical.js';
import { makeLabel } from '../../verifiers/label.js';
import type { DatasetRecord } from '../record.js';
import { FLOAT64, IMAGE, INT32, listOf, STRING, structOf, type Column, type Kind } from './columns.js';
import type { Split } from './split.js';
import type { ChatMessage } from './template.js';

/** One record on its way out, with what every format needs. */
export interface ExportRow {
  record: DatasetRecord;
  /** Image bytes in record order (empty for JSONL, which references files). */
  images: Buffer[];
  split: Split;
  /** Position of the row in its output file. */
  index: number;
  messages: ChatMessage[];
  /** Image paths relative to the output file (JSONL only). */
  imagePaths: string[];
}

export { FORMATS, type ExportFormat } from './options.js';

/** What a pre-pass over the records learns: the schema must be fixed before the first row is written. */
export interface Shape {
  featureKeys: string[];
  maxImages: number;
}

const imageValue = (row: ExportRow, k: number) => (k < row.images.length ? { bytes: row.images[k], path: row.record.images[k].path } : null);
const dataSource = (r: DatasetRecord) => `veriforge/${r.task}`;

/**
 * The evidence boxes a grounding reward compares a response's <box> with: those on the item's first
 * image (a <box> names no image, so it is read in the first image's pixels, as the prompt shows it first).
 */
export const groundingBoxes = (r: DatasetRecord): number[][] => r.evidence.filter((e) => e.image === 0).map((e) => [...e.box]);

/** The label a reward server takes, with the level and evidence boxes a reward spec weighs and grounds with. */
export const exportLabel = (r: DatasetRecord) => makeLabel(r.task, r.truth, { level: r.level, evidence: groundingBoxes(r) });

/** Hugging Face: one `image` column (or an `images` list when an item has several) plus the item's fields. */
export function hfColumns(shape: Shape): Column<ExportRow>[] {
  const imageColumn: Column<ExportRow> =
    shape.maxImages <= 1
      ? { name: 'image', kind: IMAGE, get: (r) => imageValue(r, 0) }
      : { name: 'images', kind: listOf(IMAGE), get: (r) => r.images.map((_, k) => imageValue(r, k)) };
  const columns: Column<ExportRow>[] = [
    imageColumn,
    { name: 'question', kind: STRING, get: (r) => r.record.question },
    { name: 'answer', kind: STRING, get: (r) => r.record.answer },
    { name: 'task', kind: STRING, get: (r) => r.record.task },
    { name: 'domain', kind: STRING, get: (r) => r.record.domain },
    { name: 'level', kind: INT32, get: (r) => r.record.level },
    { name: 'truth', kind: STRING, get: (r) => stableStringify(r.record.truth) },
    { name: 'id', kind: STRING, get: (r) => r.record.id },
    { name: 'canonical', kind: STRING, get: (r) => r.record.canonical },
    {
      name: 'evidence',
      kind: listOf(structOf([['id', STRING], ['image', INT32], ['box', listOf(FLOAT64)]])),
      get: (r) => r.record.evidence.map((e) => ({ id: e.id, image: e.image, box: [...e.box] })),
    },
  ];
  // Features differ by task: a struct over the union of keys, null where a task lacks one.
  if (shape.featureKeys.length) {
    const kind = structOf(shape.featureKeys.map((k) => [k, FLOAT64]));
    columns.push({ name: 'features', kind, get: (r) => Object.fromEntries(shape.featureKeys.map((k) => [k, r.record.features[k] ?? null])) });
  }
  return columns;
}

/**
 * verl's multimodal RL dataset columns (RLHFDataset with `image_key=images`). With `interaction`,
 * extra_info also holds `interaction_kwargs: {name, ground_truth}`, which verl's multi-turn rollout
 * hands to the Interaction of that name (integrations/verl_interaction.py).
 */
export function verlColumns(interaction?: string): Column<ExportRow>[] {
  const message = structOf([
    ['role', STRING],
    ['content', STRING],
  ]);
  const rewardModel = structOf([
    ['style', STRING],
    ['ground_truth', STRING],
  ]);
  const extraInfo = structOf([
    ['split', STRING],
    ['index', INT32],
    ['id', STRING],
    ['task', STRING],
    ['level', INT32],
    ['answer', STRING],
    ...(interaction ? [['interaction_kwargs', structOf([['name', STRING], ['ground_truth', STRING]])] as [string, Kind]] : []),
  ]);
  return [
    { name: 'data_source', kind: STRING, get: (r) => dataSource(r.record) },
    { name: 'prompt', kind: listOf(message), get: (r) => r.messages },
    { name: 'images', kind: listOf(IMAGE), get: (r) => r.images.map((_, k) => imageValue(r, k)) },
    { name: 'ability', kind: STRING, get: (r) => r.record.domain },
    { name: 'reward_model', kind: rewardModel, get: (r) => ({ style: 'rule', ground_truth: exportLabel(r.record) }) },
    {
      name: 'extra_info',
      kind: extraInfo,
      get: (r) => ({
        split: r.split,
        index: r.index,
        id: r.record.id,
        task: r.record.task,
        level: r.record.level,
        answer: r.record.answer,
        ...(interaction ? { interaction_kwargs: { name: interaction, ground_truth: exportLabel(r.record) } } : {}),
      }),
    },
  ];
}

/** JSONL for OpenRLHF/TRL-style loaders: chat prompt, image paths, and the label the reward server takes. */
export function jsonlRow(r: ExportRow): unknown {
  return {
    id: r.record.id,
    data_source: dataSource(r.record),
    prompt: r.messages,
    images: r.imagePaths,
    label: exportLabel(r.record),
    task: r.record.task,
    level: r.record.level,
    answer: r.record.answer,
    split: r.split,
    index: r.index,
  };
}
