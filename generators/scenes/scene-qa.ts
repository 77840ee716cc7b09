// scene-qa: CLEVR-style questions about a rendered tabletop scene (count, exist, query an
// attribute, compare attributes, compare counts, spatial relations seen from the camera). Each
// item first fixes its family and target answer, then draws scenes and programs until the
// program's answer is that target (balancing by rejection). In a dataset the family and target
// cycle with the item index, so every answer of a family is equally frequent over any run of
// items; alone (no index) they are drawn at random.
import { stableStringify } from '../../core/canonical.js';
import type { ParamSpec } from '../../core/params.js';
import type { Rng } from '../../core/rng.js';
import type { Camera3, Object3 } from '../../core/scene3d.js';
import type { GenerateContext, Instance, TaskDefinition } from '../../core/task.js';
import { IMAGE_PARAMS, type ImageParams } from './common.js';
import { describeObjects, placeObjects, randomView, retry, sceneOf, visibleEnough } from './layout.js';
import { ATTRS, touched, type Attr, type Node } from './program.js';
import { answerOf, answersOf, asksAttribute, drawQuestion, FAMILIES, type Family, type Question } from './questions.js';

export interface SceneQaTruth {
  kind: 'yesno' | 'count' | 'word';
  value: string;
  /** The attribute a word answer names (its synonyms are accepted). */
  attr?: Attr;
  /** The program that computes the answer from the scene (kept for audits and re-checks). */
  program: Node[];
}

export const FAMILY_SETS = {
  basic: ['count', 'exist', 'query'],
  compare: ['count', 'exist', 'query', 'same', 'compare-count'],
  spatial: ['relate-query', 'relate-count'],
  all: FAMILIES,
} as const satisfies Record<string, readonly Family[]>;

export interface SceneQaParams extends ImageParams {
  objects: number;
  families: keyof typeof FAMILY_SETS;
  maxCount: number;
}

const params: ParamSpec<SceneQaParams> = {
  objects: { type: 'int', default: 6, min: 3, max: 10, describe: 'objects on the table' },
  families: { type: 'enum', default: 'all', values: Object.keys(FAMILY_SETS), describe: 'question families: basic (count, exist, query), compare (+ same attribute, compare counts), spatial (relations), all' },
  maxCount: { type: 'int', default: 4, min: 1, max: 6, describe: 'largest count answer (counts are balanced over 0..maxCount)' },
  ...IMAGE_PARAMS,
};

/** The item's family, queried attribute and target answer: cycled by index, or drawn. */
export function planItem(rng: Rng, p: SceneQaParams, ctx?: GenerateContext): { family: Family; attr: Attr; target: string } {
  const fams = FAMILY_SETS[p.families];
  if (!ctx) {
    const family = rng.pick(fams);
    const attr = rng.pick(ATTRS);
    return { family, attr, target: rng.pick(answersOf(family, attr, p.maxCount)) };
  }
  const family = fams[ctx.index % fams.length];
  let j = Math.floor(ctx.index / fams.length);
  let attr: Attr = 'color';
  if (asksAttribute(family) && family !== 'same') {
    attr = ATTRS[j % ATTRS.length];
    j = Math.floor(j / ATTRS.length);
  } else if (family === 'same') {
    attr = ATTRS[Math.floor(j / 2) % ATTRS.length];
  }
  const answers = answersOf(family, attr, p.maxCount);
  return { family, attr, target: answers[j % answers.length] };
}

export function kindOf(family: Family): SceneQaTruth['kind'] {
  if (family === 'count' || family === 'relate-count') return 'count';
  return asksAttribute(family) && family !== 'same' ? 'word' : 'yesno';
}

/** A scene and a question of `family` whose answer is `target`, or null after a bounded search. */
export function findQuestion(r: Rng, p: SceneQaParams, family: Family, attr: Attr, target: string): { objects: Object3[]; camera: Camera3; scene: ReturnType<typeof sceneOf>; q: Question } | null {
  const objects = placeObjects(r, p.objects);
  if (!objects) return null;
  const scene = sceneOf(randomView(r, p), objects);
  if (!visibleEnough(scene)) return null;
  for (let t = 0; t < 120; t++) {
    const q = drawQuestion(r, family, attr, objects, scene.camera);
    if (q && answerOf(q, objects, scene.camera) === target) return { objects, camera: scene.camera, scene, q };
  }
  return null;
}

function generate(rng: Rng, p: SceneQaParams, ctx?: GenerateContext): Instance<SceneQaTruth> {
  const { family, attr, target } = planItem(rng.fork('plan'), p, ctx);
  const found = retry(`scene-qa (${family} = ${target})`, 300, (a) => findQuestion(rng.fork(`attempt/${a}`), p, family, attr, target));
  const { objects, camera, scene, q } = found;
  const kind = kindOf(family);
  // An answer resting on absence ("0", "no") needs every object: all of them are its evidence.
  const seen = touched(q.program, objects, camera);
  const evidence = seen.length ? seen : objects.map((o) => o.id);
  const format = kind === 'yesno' ? 'yes or no' : kind === 'count' ? 'a number' : `one word (a ${attr})`;
  const question = `${q.text} Answer with ${format}, inside <answer></answer>.`;
  return {
    question,
    textOnly: `A camera looks at a table; x points to the camera's right at azimuth ${camera.azimuth.toFixed(0)}° (the view direction on the table is (${Math.sin((camera.azimuth * Math.PI) / 180).toFixed(3)}, ${Math.cos((camera.azimuth * Math.PI) / 180).toFixed(3)})). Objects (JSON): ${describeObjects(objects)}\n\n${question}`,
    scene,
    answer: target,
    truth: { kind, value: target, ...(kind === 'word' ? { attr } : {}), program: q.program },
    evidence,
    features: {
      objects: objects.length,
      family: FAMILIES.indexOf(family),
      programLength: q.program.length,
      relations: q.program.filter((n) => n.fn === 'relate').length,
      evidenceObjects: evidence.length,
    },
    canonical: `scene-qa:${stableStringify({ objects, camera, q: q.text })}`,
  };
}

export const sceneQa: TaskDefinition<SceneQaParams, SceneQaTruth> = {
  name: 'scene-qa',
  domain: 'scene',
  describe: 'CLEVR-style questions on a 3D tabletop scene (count, exist, attributes, comparisons, spatial relations), answers balanced',
  params,
  levels: {
    1: { objects: 4, families: 'basic', maxCount: 2 },
    2: { objects: 5, families: 'compare', maxCount: 3 },
    3: { objects: 6, families: 'spatial', maxCount: 3 },
    4: { objects: 8, families: 'all', maxCount: 4 },
    5: { objects: 10, families: 'all', maxCount: 5 },
  },
  verifier: 'scene-qa',
  generate,
};
