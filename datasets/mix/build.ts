import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex, stableStringify } from '../../core/canonical.js';
import { VeriforgeError } from '../../core/errors.js';
import { writeAtomic } from '../atomic.js';
import type { Plan } from '../layout.js';
import { FORMAT_VERSION, manifestPath, readManifest, TOOL_VERSION, writeManifest, type Manifest, type PartInfo } from '../manifest.js';
import { readRecords } from '../read.js';
import { partFile, type DatasetRecord } from '../record.js';
import { selectMixture, type Candidate, type SelectOptions, type Selection } from './select.js';

export interface MixOptions extends Omit<SelectOptions, 'exclude'> {
  sources: string[];
  out: string;
  excludeDirs: string[];
  /** Policy whose predicted pass rates (difficulty/scores-<policy>.jsonl) give the band and curriculum. */
  policy?: string;
  partSize?: number;
}

const keyOf = (r: Pick<DatasetRecord, 'canonical' | 'variant'>) => `${r.canonical}${r.variant ? `:${r.variant}` : ''}`;

function readScores(dir: string, policy: string): Map<string, number> {
  const path = join(dir, 'difficulty', `scores-${policy}.jsonl`);
  if (!existsSync(path)) throw new VeriforgeError(`${dir} has no scores for policy "${policy}": run \`veriforge difficulty score --model M --dataset ${dir} --policy ${policy}\` first`);
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line) {
    const s = JSON.parse(line) as { id: string; p: number };
    out.set(s.id, s.p);
  }
  return out;
}

/**
 * Builds a training mixture from dataset folders into a new dataset folder (records renumbered,
 * images copied), with a manifest section recording how it was made.
 */
export async function buildMixture(o: MixOptions): Promise<{ manifest: Manifest; selection: Selection }> {
  if (!o.sources.length) throw new VeriforgeError('mix: give at least one --from dataset');
  if (existsSync(manifestPath(o.out))) throw new VeriforgeError(`${o.out} already holds a dataset; choose a new --out`);
  if (o.band && !o.policy) throw new VeriforgeError('--band needs --policy (whose predicted pass rates to use)');
  const exclude = new Set<string>();
  for (const d of o.excludeDirs) for await (const r of readRecords(d)) exclude.add(keyOf(r));
  const candidates: Candidate[] = [];
  const manifests = o.sources.map((d) => readManifest(d));
  for (let s = 0; s < o.sources.length; s++) {
    const scores = o.policy ? readScores(o.sources[s], o.policy) : undefined;
    for await (const r of readRecords(o.sources[s], manifests[s])) {
      candidates.push({ source: s, id: r.id, task: r.task, domain: r.domain, level: r.level, key: keyOf(r), p: scores?.get(r.id) });
    }
  }
  const selection = selectMixture(candidates, { ...o, exclude });
  // Second pass: copy the chosen records in the chosen order.
  const position = new Map(selection.chosen.map((c, i) => [`${c.source}\u0000${c.id}`, i]));
  const picked: DatasetRecord[] = new Array(selection.chosen.length);
  for (let s = 0; s < o.sources.length; s++) {
    for await (const r of readRecords(o.sources[s], manifests[s])) {
      const i = position.get(`${s}\u0000${r.id}`);
      if (i !== undefined) picked[i] = r;
    }
  }
  const partSize = o.partSize ?? 256;
  const parts: PartInfo[] = [];
  for (let p = 0; p * partSize < picked.length; p++) {
    const lines = picked.slice(p * partSize, (p + 1) * partSize).map((r, k) => {
      const i = p * partSize + k;
      const id = `mix-${String(i).padStart(7, '0')}`;
      const src = o.sources[selection.chosen[i].source];
      const images = r.images.map((img, m) => {
        const path = `images/${r.task}/${id}${r.images.length > 1 ? `-${m}` : ''}${img.path.slice(img.path.lastIndexOf('.'))}`;
        writeAtomic(join(o.out, path), readFileSync(join(src, img.path)));
        return { ...img, path };
      });
      return stableStringify({ ...r, id, images, source: { dataset: src, id: r.id } });
    });
    const text = lines.join('\n') + '\n';
    writeAtomic(join(o.out, partFile(p)), text);
    parts.push({ index: p, file: partFile(p), items: lines.length, sha256: sha256Hex(text) });
  }
  const counts = new Map<string, number>();
  for (const r of picked) counts.set(r.task, (counts.get(r.task) ?? 0) + 1);
  const plan: Plan = {
    seed: o.seed,
    entries: [...counts.entries()].sort().map(([task, count]) => ({ task, level: null, params: {}, count, firstIndex: 0 })),
    total: picked.length,
    partSize,
    imageFormat: manifests[0].plan.imageFormat,
  };
  const manifest: Manifest = {
    tool: 'veriforge',
    version: TOOL_VERSION,
    formatVersion: FORMAT_VERSION,
    status: 'complete',
    plan,
    shard: null,
    items: picked.length,
    parts,
    mix: {
      sources: o.sources,
      exclude: o.excludeDirs,
      total: o.total,
      weightBy: o.weightBy,
      weights: o.weights,
      policy: o.policy ?? null,
      band: o.band ?? null,
      curriculum: o.curriculum,
      seed: o.seed,
      groups: selection.groups,
      dropped: selection.dropped,
    },
  };
  writeManifest(o.out, manifest);
  return { manifest, selection };
}
