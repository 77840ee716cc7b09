import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import sharp from 'sharp';
import { sha256Hex, stableStringify } from '../core/canonical.js';
import { FieldError, VeriforgeError } from '../core/errors.js';
import { deriveSeed } from '../core/rng.js';
import type { Box } from '../core/scene.js';
import type { CounterfactualSpec } from '../generators/counterfactual/variants.js';
import { writeAtomic } from './atomic.js';
import { expandVariants, summarizeVariants } from './counterfactual.js';
import type { Plan } from './layout.js';
import { FORMAT_VERSION, manifestPath, TOOL_VERSION, writeManifest, type Manifest, type PartInfo } from './manifest.js';
import { partFile, type DatasetRecord } from './record.js';

/** A line of the questions file: a question about one image, its answer, and the annotations it depends on. */
interface QuestionLine {
  image_id?: number | string;
  file_name?: string;
  question: string;
  answer: string | string[];
  evidence: (number | string)[];
}

interface Coco {
  images: { id: number | string; file_name: string; width?: number; height?: number }[];
  annotations: { id: number | string; image_id: number | string; bbox: number[] }[];
}

function readJson(path: string, flag: string): unknown {
  if (!existsSync(path)) throw new VeriforgeError(`${flag} ${path}: no such file`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new VeriforgeError(`${flag} ${path}: not valid JSON (${(e as Error).message})`);
  }
}

export interface ExternalOptions {
  imagesDir: string;
  annotations: string;
  questions: string;
  outDir: string;
  spec: CounterfactualSpec;
  seed: number | string;
  partSize?: number;
}

/**
 * Counterfactual variants of a user's own images: COCO boxes give the evidence of each question,
 * and the same planner, masks and verifier as generated tasks make and judge the variants.
 */
export async function counterfactualFromCoco(o: ExternalOptions): Promise<Manifest> {
  if (existsSync(manifestPath(o.outDir))) throw new VeriforgeError(`${o.outDir} already holds a dataset; choose a new --out`);
  const coco = readJson(o.annotations, '--annotations') as Coco;
  if (!coco || !Array.isArray(coco.images) || !Array.isArray(coco.annotations)) throw new FieldError('--annotations', o.annotations, 'a COCO file with "images" and "annotations" lists');
  const images = new Map(coco.images.map((im) => [String(im.id), im]));
  const byFile = new Map(coco.images.map((im) => [im.file_name, im]));
  const anns = new Map(coco.annotations.map((a) => [String(a.id), a]));
  if (!existsSync(o.questions)) throw new VeriforgeError(`--questions ${o.questions}: no such file`);
  const lines = readFileSync(o.questions, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const items: { q: QuestionLine; line: number }[] = lines.map((l, i) => {
    try {
      return { q: JSON.parse(l) as QuestionLine, line: i + 1 };
    } catch (e) {
      throw new VeriforgeError(`--questions ${o.questions} line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
  const partSize = o.partSize ?? 256;
  const plan: Plan = {
    seed: o.seed,
    entries: [{ task: 'external', level: null, params: { annotations: basename(o.annotations), questions: basename(o.questions) }, count: items.length, firstIndex: 0, counterfactual: o.spec }],
    total: items.length,
    partSize,
    imageFormat: 'png',
  };
  const parts: PartInfo[] = [];
  let lineBuf: string[] = [];
  const flush = (p: number) => {
    const text = lineBuf.length ? lineBuf.join('\n') + '\n' : '';
    writeAtomic(join(o.outDir, partFile(p)), text);
    parts.push({ index: p, file: partFile(p), items: lineBuf.length, sha256: sha256Hex(text) });
    lineBuf = [];
  };
  for (let i = 0; i < items.length; i++) {
    const { q, line } = items[i];
    const where = `--questions line ${line}`;
    if (typeof q.question !== 'string' || !q.question.trim()) throw new FieldError(`${where}: question`, q.question, 'a non-empty string');
    const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
    if (!answers.length || answers.some((a) => typeof a !== 'string')) throw new FieldError(`${where}: answer`, q.answer, 'a string or a list of strings');
    const im = q.image_id !== undefined ? images.get(String(q.image_id)) : q.file_name !== undefined ? byFile.get(q.file_name) : undefined;
    if (!im) throw new FieldError(`${where}: image_id/file_name`, q.image_id ?? q.file_name, 'an image listed in the COCO file');
    const file = join(o.imagesDir, im.file_name);
    if (!existsSync(file)) throw new VeriforgeError(`${where}: image file ${file} is missing`);
    const bytes = readFileSync(file);
    const meta = await sharp(bytes).metadata();
    const width = meta.width!;
    const height = meta.height!;
    if ((im.width && im.width !== width) || (im.height && im.height !== height)) {
      throw new VeriforgeError(`${where}: ${im.file_name} is ${width}×${height} but the COCO file says ${im.width}×${im.height}`);
    }
    if (!Array.isArray(q.evidence)) throw new FieldError(`${where}: evidence`, q.evidence, 'a list of annotation ids');
    const evidence = q.evidence.map((aid) => {
      const a = anns.get(String(aid));
      if (!a || String(a.image_id) !== String(im.id)) throw new FieldError(`${where}: evidence`, aid, `annotation ids of image ${im.id}`);
      const [x, y, w, h] = a.bbox ?? [];
      if (![x, y, w, h].every(Number.isFinite) || w <= 0 || h <= 0) throw new FieldError(`annotation ${aid}: bbox`, a.bbox, '[x, y, width, height] with positive size');
      const box: Box = [Math.max(0, Math.floor(x)), Math.max(0, Math.floor(y)), Math.min(width, Math.ceil(x + w)), Math.min(height, Math.ceil(y + h))];
      return { id: `ann-${aid}`, image: 0, box };
    });
    const id = `external-${String(i).padStart(7, '0')}`;
    const format = meta.format === 'jpeg' ? 'jpeg' : 'png';
    const base: DatasetRecord = {
      id,
      task: 'external',
      domain: 'external',
      verifier: 'text',
      seed: deriveSeed(o.seed, 'external', i),
      index: i,
      level: null,
      params: {},
      question: q.question,
      textOnly: null,
      images: [{ path: `images/external/${id}${extname(im.file_name).toLowerCase() || '.png'}`, width, height, sha256: sha256Hex(bytes) }],
      answer: answers[0],
      truth: { answers },
      evidence,
      features: { evidenceBoxes: evidence.length },
      canonical: sha256Hex(`external:${im.file_name}:${q.question}`),
    };
    for (const { record, images: out } of await expandVariants({ record: base, images: [bytes] }, o.spec, format)) {
      writeAtomic(join(o.outDir, record.images[0].path), out[0]);
      lineBuf.push(stableStringify(record));
    }
    if ((i + 1) % partSize === 0) flush(Math.floor(i / partSize));
  }
  if (lineBuf.length || items.length % partSize !== 0) flush(Math.floor((items.length - 1) / partSize));
  const manifest: Manifest = { tool: 'veriforge', version: TOOL_VERSION, formatVersion: FORMAT_VERSION, status: 'complete', plan, shard: null, items: parts.reduce((s, p) => s + p.items, 0), parts };
  manifest.counterfactual = await summarizeVariants(o.outDir, manifest);
  writeManifest(o.outDir, manifest);
  return manifest;
}
