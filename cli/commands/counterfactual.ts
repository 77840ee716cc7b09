import type { Command } from 'commander';

export function registerCounterfactual(program: Command): void {
  program
    .command('counterfactual')
    .description('counterfactual variants of your own images: COCO boxes + questions → a dataset folder')
    .requiredOption('--images <dir>', 'folder of the images named in the COCO file')
    .requiredOption('--annotations <coco.json>', 'COCO annotations (images, annotations with bbox [x, y, w, h])')
    .requiredOption('--questions <q.jsonl>', 'one JSON per line: {"image_id" | "file_name", "question", "answer", "evidence": [annotation ids]}')
    .requiredOption('--out <dir>', 'output dataset folder')
    .option('--variants <list>', 'any of positive,masked,random', 'positive,masked,random')
    .option('--grounding', 'also ask for evidence boxes, scored by region IoU')
    .option('--seed <seed>', 'seed for mask styles and placement', '0')
    .action(async (o: { images: string; annotations: string; questions: string; out: string; variants: string; grounding?: boolean; seed: string }) => {
      const { parseCounterfactual } = await import('../../datasets/counterfactual.js');
      const { counterfactualFromCoco } = await import('../../datasets/external.js');
      const spec = parseCounterfactual({ variants: o.variants, grounding: !!o.grounding }, '--variants');
      const m = await counterfactualFromCoco({ imagesDir: o.images, annotations: o.annotations, questions: o.questions, outDir: o.out, spec, seed: o.seed });
      const cf = m.counterfactual as { variants: Record<string, number>; skipped: Record<string, Record<string, number>> };
      process.stderr.write(`${m.items} variant records in ${o.out}: ${JSON.stringify(cf.variants)}; skipped ${JSON.stringify(cf.skipped)}\n`);
    });
}
