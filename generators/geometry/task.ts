import { stableStringify } from '../../core/canonical.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { drawFigure, IllegibleError, type Annotation } from './diagram.js';
import { ex, type Exact } from './exact.js';
import { checkInvariant, sameValue, type Family, type Setup } from './family.js';
import { FAMILIES, FAMILY_NAMES, familyByName, TIERS } from './families/index.js';

export interface GeometryParams {
  /** Difficulty tier 1–5 (construction steps and deduction depth) when `family` is "any". */
  tier: number;
  family: string;
  /** Where the given numbers appear. */
  givens: 'mixed' | 'text' | 'diagram' | 'both';
  format: 'mixed' | 'open' | 'choice';
}

/** The verifier's truth (a MathTruth of verifiers/math): self-contained JSON. */
export interface GeometryTruth {
  value: number | boolean;
  symbolic?: string;
  unit?: string;
  choices?: string[];
  /** Construction steps then deduction steps: the solution trace (ignored by the verifier). */
  solution: string[];
}

const MAX_ATTEMPTS = 80;
const KINDS = ['length', 'angle', 'area', 'perimeter', 'ratio', 'relation'];

function withUnit(x: Exact, fam: Family): string {
  return x.toText() + (fam.unit === 'deg' ? '°' : '');
}

/** Three wrong options, distinct from the answer and from each other. */
function distractors(fam: Family, g: unknown, answer: Exact, rng: Rng): Exact[] {
  const pool = [...(fam.distractors?.(g) ?? []), answer.mul(ex.int(2)), answer.mul(ex.rat(1, 2)), answer.mul(ex.rat(3, 2)), answer.add(ex.int(1))];
  const out: Exact[] = [];
  const taken = [answer.toNumber()];
  for (const d of pool) {
    const x = d.toNumber();
    if (x > 0 && !taken.some((t) => sameValue(t, x))) {
      out.push(d);
      taken.push(x);
    }
    if (out.length === 3) break;
  }
  return rng.shuffle(out);
}

function hint(fam: Family, choice: boolean): string {
  if (fam.kind === 'relation') return 'Answer yes or no inside <answer></answer>.';
  if (choice) return 'Answer with the letter of the correct option inside <answer></answer>, for example <answer>B</answer>.';
  if (fam.unit === 'deg') return 'Give the angle in degrees inside <answer></answer>, for example <answer>35</answer>.';
  if (fam.kind === 'ratio' || fam.unit === undefined) return 'Give an exact number inside <answer></answer>, for example <answer>3/2</answer>.';
  return 'Give the exact value inside <answer></answer>, for example <answer>3√2</answer>, <answer>7/2</answer> or <answer>25π - 50</answer>.';
}

function generate(rng: Rng, p: GeometryParams): Instance<GeometryTruth> {
  const pool = p.family === 'any' ? TIERS[p.tier as 1 | 2 | 3 | 4 | 5] : [familyByName(p.family)!];
  let rejectedInvariance = 0;
  let rejectedIllegible = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const r = rng.fork(`attempt-${attempt}`);
    const fam = r.pick(pool);
    const g = fam.sample(r.fork('givens'));
    const inv = checkInvariant(fam, g, r.fork('invariance'));
    if (!inv.ok) {
      rejectedInvariance++;
      continue;
    }
    const free = r.fork('draw');
    let setup: Setup;
    try {
      setup = fam.setup(g, free);
    } catch {
      rejectedInvariance++;
      continue;
    }
    // The drawn figure is one more sample: it must show the same answer as the checked ones.
    const exact = fam.exact(g);
    if (typeof exact === 'boolean' ? setup.measured !== exact : typeof setup.measured !== 'number' || !sameValue(setup.measured, exact.toNumber())) {
      rejectedInvariance++;
      continue;
    }
    setup.fig.transform(fam.upright ? 0 : free.float(0, 2 * Math.PI), free.chance(0.5));
    const mode = p.givens === 'mixed' ? r.pick(['text', 'diagram', 'both'] as const) : p.givens;
    const choice = fam.kind !== 'relation' && (p.format === 'choice' || (p.format === 'mixed' && r.chance(0.25)));
    const numbersOnDiagram = mode !== 'text';
    // In text mode the marks stay (they define the figure) but the numbers move to the question.
    const notes: Annotation[] = [...setup.marks, ...setup.facts.map((f) => (numbersOnDiagram && !f.textOnly ? f.note : { ...f.note, text: '' })), ...(setup.unknown ? [setup.unknown] : [])];
    let diagram;
    try {
      diagram = drawFigure(setup.fig, notes);
    } catch (e) {
      if (!(e instanceof IllegibleError)) throw e;
      rejectedIllegible++;
      continue;
    }
    return build(fam, g, setup, diagram.scene, { mode, choice, rng: r.fork('choices'), rejectedInvariance, rejectedIllegible, tier: p.tier });
  }
  throw new Error(`geometry: no legible, well-determined figure after ${MAX_ATTEMPTS} attempts (family ${p.family}, tier ${p.tier})`);
}

interface BuildOpts {
  mode: 'text' | 'diagram' | 'both';
  choice: boolean;
  rng: Rng;
  rejectedInvariance: number;
  rejectedIllegible: number;
  tier: number;
}

function build(fam: Family, g: unknown, setup: Setup, scene: Instance<GeometryTruth>['scene'], o: BuildOpts): Instance<GeometryTruth> {
  const exact = fam.exact(g);
  const factsText = setup.facts.map((f) => f.text).join(', ');
  const inText = setup.facts.filter((f) => f.textOnly).map((f) => f.text);
  const cm = setup.facts.some((f) => f.note.kind === 'length') ? ' (lengths in cm)' : '';
  const given = o.mode === 'diagram' ? `The given measurements are marked in the figure${cm}${inText.length ? `; also ${inText.join(', ')}` : ''}.` : `Given: ${factsText}.`;
  const ask = fam.kind === 'relation' ? `Decide ${fam.ask(g)}.` : `Find ${fam.ask(g)}.`;
  let truth: GeometryTruth;
  let answer: string;
  let options = '';
  if (typeof exact === 'boolean') {
    truth = { value: exact, solution: [] };
    answer = exact ? 'yes' : 'no';
  } else {
    truth = { value: exact.toNumber(), symbolic: exact.toMath(), ...(fam.unit ? { unit: fam.unit } : {}), solution: [] };
    answer = withUnit(exact, fam);
    if (o.choice) {
      const opts = o.rng.shuffle([exact, ...distractors(fam, g, exact, o.rng)]);
      truth.choices = opts.map((x) => x.toMath());
      options = ` Options: ${opts.map((x, i) => `(${String.fromCharCode(65 + i)}) ${withUnit(x, fam)}`).join('  ')}.`;
      answer = String.fromCharCode(65 + opts.indexOf(exact));
    }
  }
  truth.solution = solutionTrace(fam, g, setup);
  const tail = `${ask}${options} ${hint(fam, o.choice)}`;
  const evidence = [
    ...(o.mode === 'text' ? [] : setup.facts.filter((f) => !f.textOnly).map((f) => `given-${f.note.id}`)),
    ...setup.marks.map((m) => `mark-${m.id}`),
    ...(setup.unknown ? [`given-${setup.unknown.id}`] : []),
    ...setup.evidence,
  ];
  const steps = setup.fig.steps;
  return {
    question: `${fam.describe(g)} ${given} ${tail}`,
    textOnly: `${fam.describe(g)} Given: ${factsText}. ${tail}`,
    scene,
    answer,
    truth,
    evidence: [...new Set(evidence)],
    features: {
      tier: o.tier,
      constructionSteps: steps.length,
      deductionDepth: fam.depth,
      givens: setup.facts.length,
      numbersInText: o.mode === 'diagram' ? 0 : 1,
      numbersInDiagram: o.mode === 'text' ? 0 : 1,
      multipleChoice: o.choice ? 1 : 0,
      kind: KINDS.indexOf(fam.kind),
      rejectedInvariance: o.rejectedInvariance,
      rejectedIllegible: o.rejectedIllegible,
    },
    canonical: `geometry:${fam.name}:${stableStringify(g)}:${o.choice ? stableStringify(truth.choices) : 'open'}`,
    // Givens written in the question: hiding the figure's numbers would not hide the answer.
    ...(o.mode === 'diagram' ? {} : { unmaskable: 'the givens are stated in the question text' }),
  };
}

/** Construction steps and deduction for an item's givens: the solution trace. */
export function solutionTrace(fam: Family, g: unknown, setup: Setup): string[] {
  return [...setup.fig.steps, ...fam.reasoning(g)];
}

export const geometry: TaskDefinition<GeometryParams, GeometryTruth> = {
  name: 'geometry',
  domain: 'geometry',
  describe: 'Construction-based geometry (lengths, angles, areas, ratios, relations) with exact answers and labelled diagrams',
  params: {
    tier: { type: 'int', min: 1, max: 5, default: 3, describe: 'difficulty tier: construction steps and deduction depth (used when family is "any")' },
    family: { type: 'enum', values: ['any', ...FAMILY_NAMES], default: 'any', describe: 'question family, or "any" for the tier\'s mix' },
    givens: { type: 'enum', values: ['mixed', 'text', 'diagram', 'both'], default: 'mixed', describe: 'where the given numbers appear: only in the text, only in the figure, both, or a seeded mix' },
    format: { type: 'enum', values: ['mixed', 'open', 'choice'], default: 'mixed', describe: 'open answers, multiple choice, or a seeded mix (25 % choice)' },
  },
  levels: { 1: { tier: 1 }, 2: { tier: 2 }, 3: { tier: 3 }, 4: { tier: 4 }, 5: { tier: 5 } },
  generate,
  verifier: 'math',
};

export { FAMILIES };
