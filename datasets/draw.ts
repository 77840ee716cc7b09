import { VeriforgeError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import type { RenderedImage } from '../core/scene.js';
import { grounded, scenesOf, type GenerateContext, type Instance, type TaskDefinition } from '../core/task.js';
import type { ImageFormat } from '../renderers/canvas.js';
import { render } from '../renderers/index.js';
import { describeProblems, legibilityProblems } from '../renderers/legibility.js';

/** Draws of one item before generation gives up on an illegible chart. */
export const LEGIBLE_TRIES = 4;

/**
 * Generates an item and renders its scenes. What a renderer measured for the truth (a matplotlib
 * reference's extraction) is merged into the instance's truth, so verifiers never re-render the
 * reference. Generators lay charts out from measured text widths,
 * so collisions should not happen; when a renderer's own text boxes still show two texts overlapping
 * or one below the minimum size, the item is drawn again from a seed derived from its own (so the
 * dataset stays deterministic) and, after LEGIBLE_TRIES draws, generation fails naming the texts.
 * The record's seed is the one that produced it.
 */
export async function drawItem(def: TaskDefinition, seed: string, params: unknown, format: ImageFormat | undefined, where: string, ctx?: GenerateContext): Promise<{ seed: string; inst: Instance<unknown>; images: RenderedImage[] }> {
  let last = '';
  for (let attempt = 0; attempt < LEGIBLE_TRIES; attempt++) {
    const s = attempt === 0 ? seed : `${seed}/legible-${attempt}`;
    const inst = def.generate(new Rng(s), params as never, ctx) as Instance<unknown>;
    const images: RenderedImage[] = [];
    for (const scene of scenesOf(inst)) images.push(await render(scene, { format }));
    const problems = images.flatMap((img) => (img.texts ? legibilityProblems(img.texts) : []));
    if (problems.length) {
      last = describeProblems(problems);
      continue;
    }
    const extra = Object.assign({}, ...images.map((img) => img.truth ?? {}));
    if (Object.keys(extra).length) inst.truth = { ...(inst.truth as Record<string, unknown>), ...extra };
    // Tasks whose answer is a place on the rendered picture complete it from the layout's boxes.
    return { seed: s, inst: grounded(def, inst, images.map((img) => img.boxes)), images };
  }
  throw new VeriforgeError(`${where}: chart stays illegible after ${LEGIBLE_TRIES} draws (${last})`);
}
