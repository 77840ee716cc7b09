import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Box } from '../../core/scene.js';
import { counterfactualFromCoco } from '../../datasets/external.js';
import { generateDataset } from '../../datasets/generate.js';
import { readManifest } from '../../datasets/manifest.js';
import { makeItem } from '../../datasets/part.js';
import { buildPlan } from '../../datasets/plan.js';
import { readRecords } from '../../datasets/read.js';
import type { DatasetRecord } from '../../datasets/record.js';
import { MASK_STYLES, placeAwayFrom, type MaskStyle } from '../../generators/counterfactual/variants.js';
import { Rng } from '../../core/rng.js';
import { tasks } from '../../generators/index.js';
import { closeRenderers } from '../../renderers/index.js';
import { regionScore } from '../../verifiers/counterfactual/region.js';
import { verify } from '../../verifiers/index.js';

const root = mkdtempSync(join(tmpdir(), 'vf-cf-'));
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await closeRenderers();
});

const pixels = async (png: Buffer) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width };
};
function boxPixels(img: { data: Buffer; width: number }, [x1, y1, x2, y2]: Box): number[][] {
  const out: number[][] = [];
  for (let y = y1; y < y2; y++) for (let x = x1; x < x2; x++) {
    const o = (y * img.width + x) * 4;
    out.push([img.data[o], img.data[o + 1], img.data[o + 2]]);
  }
  return out;
}
const same = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

async function variantsOf(task: string, level: number, styles: MaskStyle[] = [...MASK_STYLES], grounding = false) {
  const plain = buildPlan({ seed: 'cf', tasks: [{ task, count: 1, level }] });
  const cf = buildPlan({ seed: 'cf', tasks: [{ task, count: 1, level, counterfactual: { variants: ['positive', 'masked', 'random'], styles, grounding } }] });
  const [base] = await makeItem(plain, 0);
  const variants = await makeItem(cf, 0);
  return { base, variants };
}

/** Checks one item's variants against its base render; returns which variants were emitted. */
async function checkVariants(base: { record: DatasetRecord; images: Buffer[] }, variants: { record: DatasetRecord; images: Buffer[] }[]) {
  const baseImgs = await Promise.all(base.images.map(pixels));
  const evidence = base.record.evidence;
  for (const { record, images } of variants) {
    expect(record.group).toBe(base.record.id);
    expect(record.question).toContain('answer <answer>unknown</answer>');
    const imgs = await Promise.all(images.map(pixels));
    if (record.variant === 'positive') {
      images.forEach((b, k) => expect(Buffer.compare(b, base.images[k])).toBe(0));
      expect(record.answer).toBe(base.record.answer);
    }
    if (record.variant === 'random') {
      expect(record.answer).toBe(base.record.answer);
      for (const e of evidence) {
        const before = boxPixels(baseImgs[e.image], e.box);
        const after = boxPixels(imgs[e.image], e.box);
        expect(after.every((p, i) => same(p, before[i])), `evidence ${e.id} untouched`).toBe(true);
      }
      for (const m of record.masks!) for (const e of evidence.filter((x) => x.image === m.image)) {
        const touch = m.box[0] < e.box[2] && e.box[0] < m.box[2] && m.box[1] < e.box[3] && e.box[1] < m.box[3];
        expect(touch).toBe(false);
      }
    }
    if (record.variant === 'masked') {
      expect(record.answer).toBe('unknown');
      for (const e of evidence) {
        const before = boxPixels(baseImgs[e.image], e.box);
        const after = boxPixels(imgs[e.image], e.box);
        const style = record.masks![0].style;
        if (style === 'solid') expect(after.every((p) => same(p, [32, 32, 32]))).toBe(true);
        else if (style === 'background') {
          // flat fills: one colour per mask over this box (widened masks may overlap)
          const over = record.masks!.filter((m) => m.image === e.image && m.box[0] < e.box[2] && e.box[0] < m.box[2] && m.box[1] < e.box[3] && e.box[1] < m.box[3]);
          expect(new Set(after.map((p) => p.join())).size).toBeLessThanOrEqual(over.length);
        }
        else if (before.some((p) => !same(p, before[0]))) {
          // blur and noise: a region with any detail must change
          expect(after.some((p, i) => !same(p, before[i])), `evidence ${e.id} hidden by ${style}`).toBe(true);
        }
      }
    }
  }
  return variants.map((v) => v.record.variant ?? 'none');
}

describe('counterfactual variants', () => {
  it.each(MASK_STYLES)('sudoku with %s masks: masked hides every given, random leaves them all', async (style) => {
    const { base, variants } = await variantsOf('sudoku', 2, [style]);
    expect(await checkVariants(base, variants)).toEqual(['positive', 'masked', 'random']);
  });

  it('every registered task with evidence gets correct variants and answers', async () => {
    const seen: Record<string, string[]> = {};
    for (const task of tasks.names()) {
      const { base, variants } = await variantsOf(task, 2);
      seen[task] = await checkVariants(base, variants);
      for (const { record } of variants) {
        const truth = record.truth;
        const right = verify(record.verifier, `<answer>${base.record.answer}</answer>`, truth);
        const abstain = verify(record.verifier, '<answer>unknown</answer>', truth);
        if (record.variant === 'masked') {
          expect(right.score, `${task} masked: confident answer`).toBe(0);
          expect(abstain.score, `${task} masked: abstention`).toBe(1);
        } else {
          expect(right.score, `${task} ${record.variant}: ${right.reason}`).toBe(1);
          expect(abstain.score, `${task} ${record.variant}: abstention`).toBe(0);
        }
      }
    }
    expect(seen.sudoku).toEqual(['positive', 'masked', 'random']);
    expect(seen.maze).not.toContain('masked'); // its evidence is the path: masks would draw the answer
  });

  it('grounding: region IoU rewards the evidence boxes and costs boxes on irrelevant regions', async () => {
    const { variants } = await variantsOf('sudoku', 2, ['solid'], true);
    const positive = variants.find((v) => v.record.variant === 'positive')!.record;
    const boxes = positive.evidence.map((e) => `<bbox>[${e.box.join(', ')}]</bbox>`).join(' ');
    const exact = verify('sudoku', `<answer>${positive.answer}</answer> ${boxes}`, positive.truth);
    expect(exact).toMatchObject({ score: 1, correct: true, parts: { answer: 1, region: 1, format: 1 } });
    const noBoxes = verify('sudoku', `<answer>${positive.answer}</answer>`, positive.truth);
    expect(noBoxes.score).toBe(0.5);
    expect(noBoxes.parts!.format).toBe(0);
    const wrongAnswer = verify('sudoku', `<answer>${positive.answer.replace(/1/g, '7')}</answer> ${boxes}`, positive.truth);
    expect(wrongAnswer.score).toBe(0);
    const stuffed = Array.from({ length: 60 }, (_, i) => `<bbox>[${i},0,${i + 10},10]</bbox>`).join('');
    expect(verify('sudoku', `<answer>${positive.answer}</answer>${stuffed}`, positive.truth).reason).toMatch(/more than 50 boxes/);
    const whole = verify('sudoku', `<answer>${positive.answer}</answer><bbox>[0,0,2000,2000]</bbox>`, positive.truth);
    expect(whole.score).toBeLessThan(0.55);
  });

  it('random masks keep away from the evidence and from the context needed to read it', () => {
    const rng = new Rng('place');
    const evidence: Box[] = [[100, 100, 140, 180], [200, 40, 230, 60]];
    const keep: Box[] = [[0, 0, 300, 30], [0, 0, 30, 300]];
    for (let i = 0; i < 50; i++) {
      const placed = placeAwayFrom(rng, evidence, { width: 300, height: 300 }, keep);
      expect(placed.length).toBeGreaterThan(0);
      for (const b of placed) for (const e of [...evidence, ...keep]) expect(b[0] < e[2] + 3 && e[0] < b[2] + 3 && b[1] < e[3] + 3 && e[1] < b[3] + 3).toBe(false);
    }
  });

  it('regionScore computes exact areas', () => {
    expect(regionScore([[0, 0, 10, 10]], [[0, 0, 10, 10]], []).score).toBe(1);
    expect(regionScore([[0, 0, 10, 10]], [[5, 0, 15, 10]], []).iou).toBeCloseTo(50 / 150);
    expect(regionScore([[0, 0, 10, 10], [5, 0, 15, 10]], [[0, 0, 15, 10]], []).iou).toBe(1);
    const r = regionScore([[0, 0, 20, 10]], [[0, 0, 10, 10]], [[10, 0, 20, 10]]);
    expect(r).toMatchObject({ iou: 0.5, offEvidence: 0.5, score: 0 });
  });

  it('the manifest counts emitted and skipped variants with reasons', async () => {
    const plan = buildPlan({ seed: 4, tasks: [{ task: 'maze', count: 3, level: 1, counterfactual: 'positive,masked' }, { task: 'sudoku', count: 2, level: 1, counterfactual: { variants: ['masked'] } }] });
    await generateDataset(plan, { outDir: join(root, 'mix') });
    const m = readManifest(join(root, 'mix'));
    expect(m.counterfactual).toEqual({
      variants: { positive: 3, masked: 2 },
      skipped: { masked: { 'the evidence is the path itself: masks over its cells would draw the answer': 3 } },
      itemsWithoutVariants: 0,
    });
    expect(() => buildPlan({ tasks: [{ task: 'maze', count: 1, counterfactual: 'positive,hidden' }] })).toThrow(
      'tasks[0].counterfactual.variants: got "positive,hidden"; allowed: a non-empty list without repeats of positive, masked, random',
    );
  });
});

describe('counterfactual on external images (COCO)', () => {
  it('masks the annotated evidence of a user image and judges answers by text', async () => {
    const dir = join(root, 'ext');
    mkdirSync(join(dir, 'img'), { recursive: true });
    // A 240×160 picture: a red square (annotation 1) and a blue bar (annotation 2) on grey.
    await sharp({ create: { width: 240, height: 160, channels: 3, background: '#c0c0c0' } })
      .composite([
        { input: { create: { width: 40, height: 40, channels: 3, background: '#e02020' } }, left: 20, top: 20 },
        { input: { create: { width: 30, height: 100, channels: 3, background: '#2040e0' } }, left: 180, top: 40 },
      ])
      .png()
      .toFile(join(dir, 'img', 'shapes.png'));
    writeFileSync(join(dir, 'coco.json'), JSON.stringify({
      images: [{ id: 7, file_name: 'shapes.png', width: 240, height: 160 }],
      annotations: [{ id: 1, image_id: 7, bbox: [20, 20, 40, 40], category_id: 1 }, { id: 2, image_id: 7, bbox: [180, 40, 30, 100], category_id: 2 }],
      categories: [{ id: 1, name: 'square' }, { id: 2, name: 'bar' }],
    }));
    writeFileSync(join(dir, 'q.jsonl'), [
      JSON.stringify({ image_id: 7, question: 'What colour is the square?', answer: ['red', 'crimson'], evidence: [1] }),
      JSON.stringify({ file_name: 'shapes.png', question: 'How many bars are there?', answer: '1', evidence: [2] }),
    ].join('\n'));
    const out = join(dir, 'out');
    const m = await counterfactualFromCoco({ imagesDir: join(dir, 'img'), annotations: join(dir, 'coco.json'), questions: join(dir, 'q.jsonl'), outDir: out, spec: { variants: ['positive', 'masked', 'random'], grounding: false, styles: ['solid'] }, seed: 1 });
    expect(m.items).toBe(6);
    const recs: DatasetRecord[] = [];
    for await (const r of readRecords(out)) recs.push(r);
    const masked = recs.find((r) => r.id === 'external-0000000-masked')!;
    const img = await pixels(readFileSync(join(out, masked.images[0].path)));
    expect(boxPixels(img, [20, 20, 60, 60]).every((p) => same(p, [32, 32, 32]))).toBe(true);
    const random = recs.find((r) => r.id === 'external-0000000-random')!;
    const rimg = await pixels(readFileSync(join(out, random.images[0].path)));
    expect(boxPixels(rimg, [20, 20, 60, 60]).every((p) => same(p, [224, 32, 32]))).toBe(true);
    const positive = recs.find((r) => r.id === 'external-0000000-positive')!;
    expect(verify('text', '<answer>Crimson.</answer>', positive.truth).score).toBe(1);
    expect(verify('text', '<answer>blue</answer>', positive.truth).score).toBe(0);
    expect(verify('text', '<answer>unknown</answer>', masked.truth).score).toBe(1);
    expect(verify('text', '<answer>red</answer>', masked.truth).score).toBe(0);
    const bars = recs.find((r) => r.id === 'external-0000001-positive')!;
    expect(verify('text', '<answer>1.0</answer>', bars.truth).score).toBe(1);

    writeFileSync(join(dir, 'bad.jsonl'), JSON.stringify({ image_id: 7, question: 'Q?', answer: 'x', evidence: [9] }));
    await expect(counterfactualFromCoco({ imagesDir: join(dir, 'img'), annotations: join(dir, 'coco.json'), questions: join(dir, 'bad.jsonl'), outDir: join(dir, 'out2'), spec: { variants: ['masked'], grounding: false, styles: ['solid'] }, seed: 1 })).rejects.toThrow(
      '--questions line 1: evidence: got 9; allowed: annotation ids of image 7',
    );
  });
});
