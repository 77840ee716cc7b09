import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableStringify, sha256Hex } from '../core/canonical.js';
import { FieldError, VeriforgeError } from '../core/errors.js';
import { closeRenderers } from '../renderers/index.js';
import { removeStaleTemps } from './atomic.js';
import { FORMAT_VERSION, readManifest, TOOL_VERSION, writeManifest, manifestPath, type Manifest, type PartInfo, type Shard } from './manifest.js';
import { writePart } from './part.js';
import { partCount, type Plan } from './plan.js';
import { partFile } from './record.js';

/** Parts [from, to) that shard k of n generates: contiguous, and together exactly all parts. */
export function shardParts(plan: Plan, shard: Shard | null): [number, number] {
  const P = partCount(plan);
  if (!shard) return [0, P];
  return [Math.floor((shard.index * P) / shard.count), Math.floor(((shard.index + 1) * P) / shard.count)];
}

/** "k/n" (k from 0) → shard. */
export function parseShard(text: string, field = '--shard'): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) throw new FieldError(field, text, '"k/n" with 0 ≤ k < n, e.g. 0/4 (k counts from 0)');
  return { index, count };
}

/**
 * The shard index from the cluster's array-job variables when a count is given: Kubernetes
 * Indexed Jobs set JOB_COMPLETION_INDEX, Slurm arrays SLURM_ARRAY_TASK_ID (made 0-based with
 * SLURM_ARRAY_TASK_MIN). The count comes from `count`, else SLURM_ARRAY_TASK_COUNT.
 */
export function shardFromEnv(env: NodeJS.ProcessEnv, count?: number): Shard | null {
  const k8s = env.JOB_COMPLETION_INDEX;
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (k8s === undefined && slurm === undefined) return null;
  const n = count ?? (env.SLURM_ARRAY_TASK_COUNT ? Number(env.SLURM_ARRAY_TASK_COUNT) : NaN);
  if (!Number.isInteger(n) || n < 1) throw new FieldError('--shards', count, `the number of shards (needed with ${k8s !== undefined ? 'JOB_COMPLETION_INDEX' : 'SLURM_ARRAY_TASK_ID'} set)`);
  const index = k8s !== undefined ? Number(k8s) : Number(slurm) - Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
  return parseShard(`${index}/${n}`, k8s !== undefined ? 'JOB_COMPLETION_INDEX' : 'SLURM_ARRAY_TASK_ID');
}

export interface GenerateOptions {
  outDir: string;
  shard?: Shard | null;
  /** Called after each item: (done, total) for this run's slice. */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateSummary {
  items: number;
  generatedNow: number;
  resumedParts: number;
  seconds: number;
  manifest: Manifest;
}

function baseManifest(plan: Plan, shard: Shard | null): Manifest {
  return { tool: 'veriforge', version: TOOL_VERSION, formatVersion: FORMAT_VERSION, status: 'running', plan, shard, items: 0, parts: [] };
}

/**
 * Generates the plan (or one shard of it) into `outDir`. Resumable: parts already on disk are kept,
 * temp files of a killed run are removed, and the finished folder is byte-identical to one made
 * without interruption.
 */
export async function generateDataset(plan: Plan, opts: GenerateOptions): Promise<GenerateSummary> {
  const t0 = performance.now();
  const shard = opts.shard ?? null;
  const out = opts.outDir;
  const fresh = baseManifest(plan, shard);
  if (existsSync(manifestPath(out))) {
    const old = readManifest(out);
    if (stableStringify(old.plan) !== stableStringify(plan) || stableStringify(old.shard) !== stableStringify(shard)) {
      throw new VeriforgeError(`${out} already holds a different dataset (its seed, tasks, params or shard differ); choose another --out or delete it`);
    }
  } else if (existsSync(out) && existsSync(join(out, 'data'))) {
    throw new VeriforgeError(`${out} has data but no manifest.json; choose another --out or delete it`);
  }
  removeStaleTemps(out);
  writeManifest(out, { ...fresh, status: 'running' });

  const [from, to] = shardParts(plan, shard);
  const parts: PartInfo[] = [];
  const todo: number[] = [];
  let resumedParts = 0;
  for (let p = from; p < to; p++) {
    const file = join(out, partFile(p));
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      parts.push({ index: p, file: partFile(p), items: text.split('\n').length - 1, sha256: sha256Hex(text) });
      resumedParts++;
    } else todo.push(p);
  }
  const sliceTotal = Math.max(0, Math.min(plan.total, to * plan.partSize) - from * plan.partSize);
  let done = parts.reduce((s, x) => s + x.items, 0);
  opts.onProgress?.(done, sliceTotal);
  let generatedNow = 0;
  try {
    for (const p of todo) {
      const r = await writePart(plan, p, out, () => {
        done++;
        generatedNow++;
        opts.onProgress?.(done, sliceTotal);
      });
      parts.push({ index: p, file: partFile(p), ...r });
    }
  } finally {
    await closeRenderers();
  }
  parts.sort((a, b) => a.index - b.index);
  const manifest: Manifest = { ...fresh, status: 'complete', items: parts.reduce((s, x) => s + x.items, 0), parts };
  writeManifest(out, manifest);
  return { items: manifest.items, generatedNow, resumedParts, seconds: (performance.now() - t0) / 1000, manifest };
}
