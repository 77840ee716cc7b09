// scene-ground: SATORI-style grounded answers. The question is about one object of the scene
// (named by a unique description, possibly through a spatial relation); the reply gives the
// answer in <answer> and the object's box in <box>x1,y1,x2,y2</box> (image pixels). The target box
// is the object's visible pixel box, measured by rasterising the scene at full resolution
// (generators/scenes/visibility.ts, within about a pixel of the renderer's id pass).
import { stableStringify } from '../../core/canonical.js';
import type { ParamSpec } from '../../core/params.js';
import type { Rng } from '../../core/rng.js';
import type { Box } from '../../core/scene.js';
import type { GenerateContext, Instance, TaskDefinition } from '../../core/task.js';
import { IMAGE_PARAMS, type ImageParams } from './common.js';
import { describeObjects, retry } from './layout.js';
import { ATTRS, type Attr } from './program.js';
import { VALUES } from './questions.js';
import { findQuestion, type SceneQaParams } from './scene-qa.js';
import { visibility } from './visibility.js';

export interface GroundTruth {
  attr: Attr;
  value: string;
  /** Visible pixel box of the object asked about, [x1, y1, x2, y2], x2/y2 exclusive. */
  box: Box;
  /** IoU at which the box counts as found. */
  iou: number;
}

interface GroundParams extends ImageParams {
  objects: number;
  relations: boolean;
}

const params: ParamSpec<GroundParams> = {
  objects: { type: 'int', default: 6, min: 3, max: 10, describe: 'objects on the table' },
  relations: { type: 'boolean', default: true, describe: 'name the object through a spatial relation to another (else by its attributes only)' },
  ...IMAGE_PARAMS,
};

function generate(rng: Rng, p: GroundParams, ctx?: GenerateContext): Instance<GroundTruth> {
  // The attribute and its value cycle with the index (balanced answers), or are drawn alone.
  const i = ctx?.index;
  const attr: Attr = i === undefined ? rng.fork('plan').pick(ATTRS) : ATTRS[i % ATTRS.length];
  const values = VALUES[attr];
  const target = i === undefined ? rng.fork('plan/value').pick(values) : values[Math.floor(i / ATTRS.length) % values.length];
  const family = p.relations ? 'relate-query' : 'query';
  const qaParams: SceneQaParams = { objects: p.objects, families: 'all', maxCount: 1, width: p.width, height: p.height };
  const found = retry(`scene-ground (${attr} = ${target})`, 300, (a) => findQuestion(rng.fork(`attempt/${a}`), qaParams, family, attr, target));
  const { objects, camera, scene, q } = found;
  const box = visibility(scene, 1).boxes[q.target!];
  const question =
    `${q.text} Give the answer in <answer></answer> and the box of that object in image pixels ` +
    `(${p.width}×${p.height}, origin top left) as <box>x1,y1,x2,y2</box>. Format: <answer>value</answer><box>x1,y1,x2,y2</box>`;
  return {
    question,
    textOnly: `Objects (JSON): ${describeObjects(objects)}; camera azimuth ${camera.azimuth.toFixed(0)}°, elevation ${camera.elevation.toFixed(0)}°.\n\n${question}`,
    scene,
    answer: `${target} <box>${box.join(',')}</box>`,
    truth: { attr, value: target, box, iou: 0.5 },
    evidence: [q.target!],
    features: {
      objects: objects.length,
      relations: q.program.filter((n) => n.fn === 'relate').length,
      boxArea: (box[2] - box[0]) * (box[3] - box[1]),
      programLength: q.program.length,
    },
    canonical: `scene-ground:${stableStringify({ objects, camera, q: q.text })}`,
  };
}

export const sceneGround: TaskDefinition<GroundParams, GroundTruth> = {
  name: 'scene-ground',
  domain: 'scene',
  describe: 'answer about one object of a 3D scene and box it (<answer> + <box>x1,y1,x2,y2</box>); parts for answer, box IoU and format',
  params,
  levels: {
    1: { objects: 4, relations: false },
    2: { objects: 6, relations: false },
    3: { objects: 5, relations: true },
    4: { objects: 7, relations: true },
    5: { objects: 10, relations: true },
  },
  verifier: 'scene-ground',
  generate,
};
