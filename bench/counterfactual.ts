// Counterfactual variants per second on one core: plan the masks, draw them with sharp, encode PNG.
// Input: rendered sudoku 9×9 images (498×498) with their evidence boxes. Usage: npx tsx bench/counterfactual.ts
import { makeItem } from '../datasets/part.js';
import { expandVariants } from '../datasets/counterfactual.js';
import { buildPlan } from '../datasets/plan.js';
import { MASK_STYLES, type MaskStyle } from '../generators/counterfactual/variants.js';

const N = 40;
const plan = buildPlan({ seed: 'bench-cf', tasks: [{ task: 'sudoku', count: N, level: 3 }] });
const items = [];
for (let g = 0; g < N; g++) items.push((await makeItem(plan, g))[0]);
console.log(`${N} base images ${items[0].record.images[0].width}×${items[0].record.images[0].height}, ${items[0].record.evidence.length}+ evidence boxes each`);
for (const styles of [...MASK_STYLES.map((s) => [s]), [...MASK_STYLES]] as MaskStyle[][]) {
  const spec = { variants: ['masked', 'random'] as ('masked' | 'random')[], grounding: false, styles };
  await expandVariants(items[0], spec, 'png'); // warm-up
  let variants = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const it of items) variants += (await expandVariants(it, spec, 'png')).length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`${styles.join('+').padEnd(32)} ${(variants / s).toFixed(1).padStart(7)} variants/s`);
}
