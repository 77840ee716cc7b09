// Writes the matplotlib test corpus: test/charts/corpus/scripts/*.py (22 families × 7 variants, in
// four house styles seen in public chart corpora: the matplotlib gallery's object API, ChartMimic's
// heavily customised single charts, Plot2Code's pyplot state machine, arXiv multi-panel figures)
// and test/charts/corpus/perturbed/*.py with perturbations.json (each perturbation names the score
// part it must lower). Every script is our own; data come from a seeded generator here.
//   npx tsx test/charts/corpus/make-corpus.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, type Perturbation } from './families.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const VARIANTS = 7;

/** Which score part each perturbation must lower (besides the total). */
export const PART_OF: Record<Perturbation, string> = { color: 'color', data: 'data', title: 'text', swap: 'type', drop: 'layout' };

function main() {
  for (const d of ['scripts', 'perturbed']) {
    rmSync(join(HERE, d), { recursive: true, force: true });
    mkdirSync(join(HERE, d), { recursive: true });
  }
  const perturbations: { base: string; file: string; perturbation: Perturbation; part: string }[] = [];
  for (const f of FAMILIES) {
    for (let i = 0; i < VARIANTS; i++) {
      const name = `${f.name}_${i}`;
      writeFileSync(join(HERE, 'scripts', `${name}.py`), f.make(i, {}));
      // Perturbed variants of the first two of each family.
      if (i >= 2) continue;
      const kinds: Perturbation[] = ['color', 'data', 'title', ...(f.swap ? (['swap'] as const) : []), ...(f.panels ? (['drop'] as const) : [])];
      for (const k of kinds) {
        const file = `${name}.${k}.py`;
        writeFileSync(join(HERE, 'perturbed', file), f.make(i, { [k]: true }));
        perturbations.push({ base: `${name}.py`, file, perturbation: k, part: PART_OF[k] });
      }
    }
  }
  writeFileSync(join(HERE, 'perturbations.json'), JSON.stringify(perturbations, null, 1) + '\n');
  process.stdout.write(`${FAMILIES.length * VARIANTS} scripts, ${perturbations.length} perturbed variants\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
