import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableStringify, sha256Hex } from '../core/canonical.js';
import { FieldError, VeriforgeError } from '../core/errors.js';
import { startTsWorker } from '../core/ts-worker.js';
import { closeRenderers } from '../renderers/index.js';
import { removeStaleTemps } from './atomic.js';
import { summarizeVariants } from './counterfactual.js';
import { FORMAT_VERSION, readManifest, TOOL_VERSION, writeManifest, manifestPath, type Manifest, type PartInfo, type Shard } from './manifest.js';
import { writePart } from './part.js';
import { partCount, type Plan } from './layout.js';
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
  /** Worker threads writing parts in parallel (default 1: this thread). */
  workers?: number;
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
  const onItem = () => {
    done++;
    generatedNow++;
    opts.onProgress?.(done, sliceTotal);
  };
  const workers = Math.min(opts.workers ?? 1, todo.length);
  if (workers > 1) parts.push(...(await writePartsInWorkers(plan, todo, out, workers, onItem)));
  else {
    try {
      for (const p of todo) parts.push({ index: p, file: partFile(p), ...(await writePart(plan, p, out, onItem)) });
    } finally {
      await closeRenderers();
    }
  }
  parts.sort((a, b) => a.index - b.index);
  const manifest: Manifest = { ...fresh, status: 'complete', items: parts.reduce((s, x) => s + x.items, 0), parts };
  if (!shard) manifest.counterfactual = await summarizeVariants(out, manifest);
  writeManifest(out, manifest);
  return { items: manifest.items, generatedNow, resumedParts, seconds: (performance.now() - t0) / 1000, manifest };
}

/** Hands parts to `n` worker threads, one part at a time each, until all are written. */
async function writePartsInWorkers(plan: Plan, todo: number[], outDir: string, n: number, onItem: () => void): Promise<PartInfo[]> {
  const queue = [...todo];
  const done: PartInfo[] = [];
  const pool = Array.from({ length: n }, () => startTsWorker(new URL('./part-worker.ts', import.meta.url), { plan, outDir }));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const part = queue.shift();
              if (part === undefined) {
                w.postMessage({ close: true });
                return;
              }
              w.postMessage({ part });
            };
            w.on('message', (m: { item?: true; closed?: true; part?: number; items?: number; sha256?: string; error?: string }) => {
              if (m.item) onItem();
              else if (m.closed) resolve();
              else if (m.error) reject(new VeriforgeError(`part ${m.part}: ${m.error}`));
              else {
                done.push({ index: m.part!, file: partFile(m.part!), items: m.items!, sha256: m.sha256! });
                next();
              }
            });
            w.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return done;
}
