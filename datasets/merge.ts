import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableStringify, sha256Hex } from '../core/canonical.js';
import { VeriforgeError } from '../core/errors.js';
import { removeStaleTemps, writeAtomic } from './atomic.js';
import { summarizeVariants } from './counterfactual.js';
import { readManifest, writeManifest, type Manifest, type PartInfo } from './manifest.js';
import { partCount } from './layout.js';
import { readRecords } from './read.js';

/**
 * Joins complete shard folders of one plan into `outDir`. Checks that the shards share a plan,
 * cover every part exactly once, and that each part's checksum holds; the result is byte-identical
 * to a one-process run.
 */
export async function mergeShards(shardDirs: string[], outDir: string): Promise<Manifest> {
  if (shardDirs.length === 0) throw new VeriforgeError('merge: give at least one shard folder');
  const manifests = shardDirs.map((d) => readManifest(d));
  const plan = manifests[0].plan;
  manifests.forEach((m, i) => {
    if (stableStringify(m.plan) !== stableStringify(plan)) throw new VeriforgeError(`${shardDirs[i]} was made from a different plan than ${shardDirs[0]}`);
    if (m.status !== 'complete') throw new VeriforgeError(`${shardDirs[i]} is not finished (status ${m.status}); rerun its generate command to complete it`);
  });
  const owner = new Map<number, { dir: string; part: PartInfo }>();
  manifests.forEach((m, i) => {
    for (const part of m.parts) {
      if (owner.has(part.index)) throw new VeriforgeError(`part ${part.index} is in both ${owner.get(part.index)!.dir} and ${shardDirs[i]}`);
      owner.set(part.index, { dir: shardDirs[i], part });
    }
  });
  const P = partCount(plan);
  const missing = [...Array(P).keys()].filter((p) => !owner.has(p));
  if (missing.length) throw new VeriforgeError(`parts ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''} are missing; merge needs every shard`);
  if (existsSync(join(outDir, 'manifest.json'))) throw new VeriforgeError(`${outDir} already holds a dataset; merge into a new folder`);
  removeStaleTemps(outDir);

  const parts: PartInfo[] = [];
  for (let p = 0; p < P; p++) {
    const { dir, part } = owner.get(p)!;
    const text = readFileSync(join(dir, part.file));
    if (sha256Hex(text) !== part.sha256) throw new VeriforgeError(`${join(dir, part.file)} does not match its checksum in the manifest`);
    parts.push(part);
  }
  // Images first, part files after: an interrupted merge never shows a part whose images are absent.
  for (const p of parts) {
    const { dir } = owner.get(p.index)!;
    for await (const r of readRecords(dir, { ...manifests[0], parts: [p] })) {
      for (const img of r.images) writeAtomic(join(outDir, img.path), readFileSync(join(dir, img.path)));
    }
  }
  for (const p of parts) writeAtomic(join(outDir, p.file), readFileSync(join(owner.get(p.index)!.dir, p.file)));
  const manifest: Manifest = { ...manifests[0], status: 'complete', shard: null, items: parts.reduce((s, x) => s + x.items, 0), parts };
  manifest.counterfactual = await summarizeVariants(outDir, manifest);
  writeManifest(outDir, manifest);
  return manifest;
}
