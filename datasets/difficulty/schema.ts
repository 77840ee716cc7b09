import type { ItemInfo } from './items.js';

/**
 * How an item becomes a vector: task one-hot, level, question length, the generator's features
 * (keyed by task, since "size" means different things in different tasks; signed log1p so solver
 * counts spread evenly) and image features, all standardised with the training items' statistics.
 */
export interface FeatureSchema {
  tasks: string[];
  numeric: string[];
  imageDims: number;
  mean: number[];
  std: number[];
}

const slog = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x));

function rawNumeric(schema: Pick<FeatureSchema, 'numeric'>, it: ItemInfo, img: Float32Array | undefined, imageDims: number): number[] {
  const vals = schema.numeric.map((key) => {
    if (key === 'level') return it.level ?? NaN;
    if (key === 'questionChars') return slog(it.questionChars);
    const [task, name] = key.split('\u0000');
    return task === it.task && name in it.features ? slog(it.features[name]) : NaN;
  });
  for (let d = 0; d < imageDims; d++) vals.push(img ? img[d] : NaN);
  return vals;
}

export function buildSchema(items: ItemInfo[], images: Map<string, Float32Array>, imageDims: number): FeatureSchema {
  const tasks = [...new Set(items.map((i) => i.task))].sort();
  const keys = new Set<string>();
  for (const it of items) for (const k of Object.keys(it.features)) keys.add(`${it.task}\u0000${k}`);
  const schema = { tasks, numeric: ['level', 'questionChars', ...[...keys].sort()], imageDims, mean: [] as number[], std: [] as number[] };
  const cols = schema.numeric.length + imageDims;
  const sum = new Float64Array(cols), sq = new Float64Array(cols), n = new Float64Array(cols);
  for (const it of items) {
    rawNumeric(schema, it, images.get(it.id), imageDims).forEach((v, c) => {
      if (Number.isNaN(v)) return;
      sum[c] += v;
      sq[c] += v * v;
      n[c]++;
    });
  }
  for (let c = 0; c < cols; c++) {
    const m = n[c] ? sum[c] / n[c] : 0;
    schema.mean.push(m);
    schema.std.push(n[c] ? Math.sqrt(Math.max(sq[c] / n[c] - m * m, 0)) || 1 : 1);
  }
  return schema;
}

export const schemaWidth = (s: FeatureSchema) => s.tasks.length + s.numeric.length + s.imageDims;

/** The vector of one item; a missing value (another task's feature, no image) is the mean: 0. */
export function vectorize(s: FeatureSchema, it: ItemInfo, img: Float32Array | undefined): Float32Array {
  const v = new Float32Array(schemaWidth(s));
  const t = s.tasks.indexOf(it.task);
  if (t >= 0) v[t] = 1;
  rawNumeric(s, it, img, s.imageDims).forEach((x, c) => {
    v[s.tasks.length + c] = Number.isNaN(x) ? 0 : (x - s.mean[c]) / s.std[c];
  });
  return v;
}
