import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sha256Hex, stableStringify } from '../core/canonical.js';
import { VeriforgeError } from '../core/errors.js';
import { deriveSeed } from '../core/rng.js';
import { MATPLOTLIB_QUESTION } from '../generators/charts/matplotlib/item.js';
import { writeAtomic } from './atomic.js';
import type { Plan } from './layout.js';
import { FORMAT_VERSION, manifestPath, TOOL_VERSION, writeManifest, type Manifest, type PartInfo } from './manifest.js';
import { itemId, partFile, type DatasetRecord } from './record.js';

export interface ChartImportOptions {
  dir: string;
  outDir: string;
  /** Wall-clock limit per script, ms (default 20 000: real scripts are slower than our own). */
  timeoutMs?: number;
  partSize?: number;
  /** Scripts run at once (default: the pool's zygotes, one per core). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportFailure {
  /** Path relative to the imported folder, with forward slashes. */
  path: string;
  reason: string;
}

export interface ChartImportSummary {
  scripts: number;
  imported: number;
  failed: ImportFailure[];
  manifest: Manifest;
}

/** Every *.py under `dir`, sorted by relative path (so a folder imports to the same dataset every time). */
export function listScripts(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new VeriforgeError(`chart import: ${dir} is not a folder`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === '__pycache__') continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (name.endsWith('.py')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The last line of a traceback ("NameError: name 'df' is not defined"), or the limit that stopped it. */
const why = (error: string | undefined) => (error ?? 'no figure').trim().split('\n').filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? 'no figure';

/**
 * Turns a folder of matplotlib scripts into chart-to-code items: each script runs once in the
 * sandbox (saving, showing or neither), its render is the item's image, its extraction and thumbnail
 * the truth's reference side, and the script itself the answer. Scripts that fail are listed with
 * the reason (in the summary and the manifest's `import` section), not imported.
 */
export async function importChartScripts(o: ChartImportOptions): Promise<ChartImportSummary> {
  if (existsSync(manifestPath(o.outDir))) throw new VeriforgeError(`${o.outDir} already holds a dataset; choose a new --out`);
  const files = listScripts(o.dir);
  if (!files.length) throw new VeriforgeError(`chart import: no .py files under ${o.dir}`);
  const { renderReference, matplotlibPool } = await import('../engines/matplotlib/index.js');
  const width = Math.max(1, o.concurrency ?? matplotlibPool().size);
  const timeoutMs = o.timeoutMs ?? 20_000;
  type Ran = { path: string; script: string; run: Awaited<ReturnType<typeof renderReference>> };
  const ran: Ran[] = new Array(files.length);
  let next = 0;
  let done = 0;
  o.onProgress?.(0, files.length);
  await Promise.all(
    Array.from({ length: Math.min(width, files.length) }, async () => {
      for (let i = next++; i < files.length; i = next++) {
        const script = readFileSync(join(o.dir, files[i]), 'utf8');
        ran[i] = { path: files[i], script, run: await renderReference(script, { timeoutMs }) };
        o.onProgress?.(++done, files.length);
      }
    }),
  );
  const failed: ImportFailure[] = [];
  const records: { record: DatasetRecord; png: Buffer }[] = [];
  for (const { path, script, run } of ran) {
    if (!run.ok || !run.truth || !run.png || !run.raster) {
      failed.push({ path, reason: why(run.error) });
      continue;
    }
    const index = records.length;
    const id = itemId('chart-to-code', index);
    const figure = run.truth.reference;
    records.push({
      png: run.png,
      record: {
        id,
        task: 'chart-to-code',
        domain: 'chart',
        verifier: 'chart-to-code',
        seed: deriveSeed('chart-import', 'chart-to-code', index),
        index,
        level: null,
        params: { target: 'matplotlib', source: path },
        question: MATPLOTLIB_QUESTION,
        textOnly: null,
        images: [{ path: `images/chart-to-code/${id}.png`, width: run.raster.width, height: run.raster.height, sha256: sha256Hex(run.png) }],
        answer: script,
        truth: { target: 'matplotlib', script, source: path, ...run.truth },
        evidence: [],
        features: { scriptChars: script.length, axes: figure.axes.length, texts: figure.texts.length, artists: figure.axes.reduce((s, a) => s + a.artists.length, 0) },
        canonical: sha256Hex(`chart-to-code:matplotlib:${script}`),
      },
    });
  }
  const partSize = o.partSize ?? 256;
  const plan: Plan = {
    seed: 'chart-import',
    entries: [{ task: 'chart-to-code', level: null, params: { target: 'matplotlib', import: true }, count: records.length, firstIndex: 0 }],
    total: records.length,
    partSize,
    imageFormat: 'png',
  };
  const parts: PartInfo[] = [];
  for (let p = 0; p * partSize < records.length; p++) {
    const slice = records.slice(p * partSize, (p + 1) * partSize);
    for (const { record, png } of slice) writeAtomic(join(o.outDir, record.images[0].path), png);
    const text = slice.map((r) => stableStringify(r.record)).join('\n') + '\n';
    writeAtomic(join(o.outDir, partFile(p)), text);
    parts.push({ index: p, file: partFile(p), items: slice.length, sha256: sha256Hex(text) });
  }
  const manifest: Manifest = {
    tool: 'veriforge',
    version: TOOL_VERSION,
    formatVersion: FORMAT_VERSION,
    status: 'complete',
    plan,
    shard: null,
    items: records.length,
    parts,
    import: { from: 'matplotlib scripts', scripts: files.length, imported: records.length, failed },
  };
  writeManifest(o.outDir, manifest);
  return { scripts: files.length, imported: records.length, failed, manifest };
}
