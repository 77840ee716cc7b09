import { join } from 'node:path';
import { stableStringify, sha256Hex } from '../core/canonical.js';
import { VeriforgeError } from '../core/errors.js';
import { tasks } from '../generators/index.js';
import { deriveSeed } from '../core/rng.js';
import type { Box } from '../core/scene.js';
import { writeAtomic } from './atomic.js';
import { expandVariants } from './counterfactual.js';
import { drawItem } from './draw.js';
import { locate, type Plan } from './layout.js';
import { itemId, partFile, type DatasetRecord, type EvidenceBox, type ImageRef } from './record.js';

/**
 * Generates, renders and describes item `g` of the plan: one record, or one per counterfactual
 * variant when the entry asks for them. Image bytes are returned, not written.
 */
export async function makeItem(plan: Plan, g: number): Promise<{ record: DatasetRecord; images: Buffer[] }[]> {
  const { entry, index } = locate(plan, g);
  const def = tasks.get(entry.task);
  const id = itemId(entry.task, index);
  const drawn = await drawItem(def, deriveSeed(plan.seed, entry.task, index), entry.params, plan.imageFormat, `task ${entry.task}, item ${id}`, { index });
  const { seed, inst } = drawn;
  const images: Buffer[] = [];
  const refs: ImageRef[] = [];
  const boxes: Record<string, Box>[] = [];
  for (const [k, img] of drawn.images.entries()) {
    const ext = img.format === 'jpeg' ? 'jpg' : img.format;
    const path = `images/${entry.task}/${drawn.images.length === 1 ? id : `${id}-${k}`}.${ext}`;
    images.push(img.bytes);
    refs.push({ path, width: img.width, height: img.height, sha256: sha256Hex(img.bytes) });
    boxes.push(img.boxes);
  }
  const evidence: EvidenceBox[] = inst.evidence.map((eid) => evidenceBox(eid, boxes, `task ${entry.task}, item ${id}`));
  const record: DatasetRecord = {
    id,
    task: entry.task,
    domain: def.domain,
    verifier: def.verifier,
    seed,
    index,
    level: entry.level,
    params: entry.params,
    question: inst.question,
    textOnly: inst.textOnly ?? null,
    images: refs,
    answer: inst.answer,
    truth: inst.truth,
    evidence,
    features: inst.features,
    canonical: sha256Hex(inst.canonical),
  };
  if (entry.counterfactual) {
    const context = contextBoxes(inst.context ?? [], boxes);
    return expandVariants({ record, images, unmaskable: inst.unmaskable, context }, entry.counterfactual, plan.imageFormat);
  }
  return [{ record, images }];
}

/**
 * Writes part `p`: every image (atomically), then the part file (atomically) last, so an existing
 * part file means the whole part is on disk. `onItem` reports progress.
 */
export async function writePart(plan: Plan, p: number, outDir: string, onItem?: () => void): Promise<{ items: number; sha256: string }> {
  const first = p * plan.partSize;
  const last = Math.min(plan.total, first + plan.partSize);
  const lines: string[] = [];
  for (let g = first; g < last; g++) {
    for (const { record, images } of await makeItem(plan, g)) {
      record.images.forEach((ref, k) => writeAtomic(join(outDir, ref.path), images[k]));
      lines.push(stableStringify(record));
    }
    onItem?.();
  }
  const text = lines.length ? lines.join('\n') + '\n' : '';
  writeAtomic(join(outDir, partFile(p)), text);
  return { items: lines.length, sha256: sha256Hex(text) };
}

/**
 * Where an evidence id lies: a plain id is the element in the first image that has it; `id@k`
 * names the element in image k (several images of one scene show the same object, and masking
 * the evidence must cover each of them).
 */
export function evidenceBox(eid: string, boxes: Record<string, Box>[], where: string): EvidenceBox {
  const k = boxes.findIndex((b) => eid in b);
  if (k >= 0) return { id: eid, image: k, box: boxes[k][eid] };
  const q = /^(.+)@(\d+)$/.exec(eid);
  const box = q ? boxes[Number(q[2])]?.[q[1]] : undefined;
  if (!q || !box) throw new VeriforgeError(`${where}: evidence id "${eid}" has no element in the rendered image${boxes.length > 1 ? 's' : ''}`);
  return { id: q[1], image: Number(q[2]), box };
}

/** Boxes of the elements named by `patterns` (a trailing `*` matches an id prefix), per image. */
function contextBoxes(patterns: string[], boxes: Record<string, Box>[]): { image: number; box: Box }[] {
  const match = (id: string) => patterns.some((p) => (p.endsWith('*') ? id.startsWith(p.slice(0, -1)) : id === p));
  return boxes.flatMap((b, image) => Object.entries(b).filter(([id]) => match(id)).map(([, box]) => ({ image, box })));
}
