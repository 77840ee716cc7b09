// CAD tasks. cad-code: from four views (and optionally a description) write the CadQuery program;
// cad-qa: questions answered from the views (hole count, outer diameter, which view shows the
// pocket, volume from annotated dimensions). Parts come from seeded families (families.ts), are
// executed on the kernel (exact volume, area, bounding box) and drawn by renderers/mesh.
import type { ParamSpec } from '../../core/params.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, Level, TaskDefinition } from '../../core/task.js';
import { FAMILY_NAMES, type FamilyName } from './families.js';
import { buildPart, CAD_STYLES, partScenes, type BuiltPart, type CadStyle } from './part.js';

interface CadParams {
  family: FamilyName | 'any';
  complexity: number;
  size: number;
  annotate: boolean;
}

const baseParams: ParamSpec<CadParams> = {
  family: { type: 'enum', default: 'any', values: ['any', ...FAMILY_NAMES], describe: 'part family (any: drawn per item)' },
  complexity: { type: 'int', default: 2, min: 1, max: 5, describe: 'solid operations: 1 → one or two, 5 → six or more' },
  size: { type: 'int', default: 384, min: 192, max: 1024, describe: 'pixel size of each of the four square views' },
  annotate: { type: 'boolean', default: true, describe: 'draw dimension annotations on the views' },
};

const levels = (extra: Partial<CadParams> = {}): Record<Level, Partial<CadParams>> => ({
  1: { complexity: 1, ...extra },
  2: { complexity: 2, ...extra },
  3: { complexity: 3, ...extra },
  4: { complexity: 4, ...extra },
  5: { complexity: 5, ...extra },
});

const VIEWS_TEXT = 'The four images show one mechanical part: an isometric view and the front (looking along +Y), top (looking down −Z) and right (looking along −X) orthographic views, all at the same scale (see the scale bar; millimetres).';

export interface CadCodeTruth {
  program: string;
  volume: number;
  area: number;
  bbox: [[number, number, number], [number, number, number]];
  faces: number;
  holes: number;
  mesh: { positions: number[]; indices: number[] };
  /** Present when not the default 'absolute': how the verifier aligns candidate and target. */
  align?: 'normalized';
}

function features(p: BuiltPart, level: number): Record<string, number> {
  return { level, ops: p.ops, holes: p.holes, faces: p.run.faces, edges: p.run.edges, triangles: p.mesh.indices.length / 3, volume: Math.round(p.run.volume) };
}

interface CadCodeParams extends CadParams {
  describe: boolean;
  style: CadStyle;
  align: 'absolute' | 'normalized';
}

/** The answer format shown in the prompt, in the style the item's program is written in. */
const EXAMPLE: Record<CadStyle, string> = {
  workplane: 'import cadquery as cq\nresult = cq.Workplane("XY").box(40, 20, 5)',
  recode: "import cadquery as cq\nw0=cq.Workplane('XY',origin=(0,0,0))\nr=w0.sketch().rect(40,20).finalize().extrude(5)",
};

export const cadCode: TaskDefinition<CadCodeParams, CadCodeTruth> = {
  name: 'cad-code',
  domain: 'cad',
  describe: 'write the CadQuery program of a part shown in four views; scored by execution, volume IoU, Chamfer distance and bounding box',
  params: {
    ...baseParams,
    describe: { type: 'boolean', default: true, describe: 'add a text description of the part to the prompt' },
    style: { type: 'enum', default: 'workplane', values: [...CAD_STYLES], describe: "how the target program is written: Workplane chains, or CAD-Recode/cadrille style (named workplanes with origins, Sketch API profiles, unions of extrusions, result in r)" },
    align: { type: 'enum', default: 'absolute', values: ['absolute', 'normalized'], describe: 'scoring frame: absolute (position and size count) or normalized into the unit cube as CAD-Recode/cadrille evaluate (docs/cad-rewards.md)' },
  },
  levels: levels(),
  verifier: 'cad-code',
  generate(rng: Rng, params): Instance<CadCodeTruth> {
    const p = buildPart(rng, params.family, params.complexity as Level, params.style);
    const desc = `The part is ${p.description}.`;
    const resultName = params.style === 'recode' ? '`r`' : '`result`';
    const question = [
      VIEWS_TEXT,
      params.describe ? desc : '',
      `Write a CadQuery (Python) program that builds this part in the same ${params.align === 'normalized' ? 'orientation and proportions (position and overall scale are not scored)' : 'position and orientation'}. Use \`import cadquery as cq\` (and \`math\` if needed), no other imports, and assign the final solid to ${resultName}.`,
      `Put only the code inside <answer></answer>, e.g. <answer>${EXAMPLE[params.style]}</answer>`,
    ]
      .filter(Boolean)
      .join('\n');
    const { run, mesh } = p;
    return {
      question,
      textOnly: `${desc} Its bounding box runs from (${run.bbox[0].join(', ')}) to (${run.bbox[1].join(', ')}) mm.\n${question.split('\n').slice(2).join('\n')}`,
      scene: partScenes(p, params.size, params.annotate) as never,
      answer: p.program,
      truth: {
        program: p.program,
        volume: run.volume,
        area: run.area,
        bbox: run.bbox,
        faces: run.faces,
        holes: p.holes,
        mesh: { positions: mesh.positions, indices: mesh.indices },
        ...(params.align === 'normalized' ? { align: 'normalized' as const } : {}),
      },
      evidence: ['part'],
      features: features(p, params.complexity),
      canonical: `cad-code\u0000${p.program}`,
    };
  },
};

export type CadQaTruth =
  | { kind: 'count'; value: number }
  | { kind: 'number'; value: number; tolerance: number; unit: string }
  | { kind: 'choice'; value: string; choices: string[] };

type QaKind = 'holes' | 'diameter' | 'pocket-view' | 'volume';

export const cadQa: TaskDefinition<CadParams, CadQaTruth> = {
  name: 'cad-qa',
  domain: 'cad',
  describe: 'questions about a part shown in four views: hole count, outer diameter, which view shows the pocket, volume from annotated dimensions',
  params: baseParams,
  levels: levels(),
  verifier: 'cad-qa',
  generate(rng: Rng, params): Instance<CadQaTruth> {
    const p = buildPart(rng, params.family, params.complexity as Level);
    const kinds: QaKind[] = ['holes'];
    if (p.outerDiameter) kinds.push('diameter');
    if (p.pocketView) kinds.push('pocket-view');
    if (p.annotatedVolume !== undefined && params.annotate) kinds.push('volume');
    // Every part can be asked for its holes; the rarer questions get two chances in three.
    const qr = rng.fork('qa');
    const kind = kinds.length > 1 && qr.chance(2 / 3) ? qr.pick(kinds.slice(1)) : 'holes';
    const holeIds = p.features.filter((f) => f.kind === 'hole').map((f) => f.id);
    let ask: string;
    let truth: CadQaTruth;
    let answer: string;
    let evidence: string[];
    // The diameter is read off the scale bar, so its annotation is left out of the views.
    let annotate = params.annotate;
    switch (kind) {
      case 'holes':
        ask = 'How many holes (through or blind, counterbored ones counted once) does the part have? Answer with an integer, e.g. <answer>3</answer>.';
        truth = { kind: 'count', value: p.holes };
        answer = String(p.holes);
        evidence = holeIds.length ? holeIds : ['part'];
        break;
      case 'diameter':
        annotate = false;
        ask = 'What is the outer diameter of the part in millimetres? Use the scale bar (10% tolerance). Answer with a number, e.g. <answer>42</answer>.';
        truth = { kind: 'number', value: p.outerDiameter!, tolerance: 0.1, unit: 'mm' };
        answer = String(p.outerDiameter);
        evidence = ['outline'];
        break;
      case 'pocket-view':
        ask = 'Which orthographic view looks straight into the rectangular pocket or opening: front, top or right? Answer with one word, e.g. <answer>front</answer>.';
        truth = { kind: 'choice', value: p.pocketView!, choices: ['front', 'top', 'right'] };
        answer = p.pocketView!;
        evidence = ['pocket'];
        break;
      case 'volume': {
        const v = Math.round(p.annotatedVolume!);
        ask = 'Using the annotated dimensions (mm; the holes go through), what is the volume of the part in cubic millimetres? Answer with a number (2% tolerance), e.g. <answer>12500</answer>.';
        truth = { kind: 'number', value: v, tolerance: 0.02, unit: 'mm³' };
        answer = String(v);
        evidence = ['dim-length@top', 'dim-width@top', 'dim-thickness@front', 'dim-hole@top'];
        break;
      }
    }
    const question = `${VIEWS_TEXT}\n${ask}`;
    return {
      question,
      textOnly: `A part: ${p.description}. ${ask}`,
      scene: partScenes(p, params.size, annotate) as never,
      answer,
      truth,
      evidence,
      features: { ...features(p, params.complexity), kind: kinds.indexOf(kind) },
      canonical: `cad-qa\u0000${kind}\u0000${p.program}`,
    };
  },
};

export const cadTasks: TaskDefinition[] = [cadCode, cadQa];
