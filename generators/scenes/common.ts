// What the four scene tasks share: image size parameters and how objects are named in prompts.
import type { ParamSpec } from '../../core/params.js';
import type { Object3 } from '../../core/scene3d.js';

export interface ImageParams {
  width: number;
  height: number;
}

export const IMAGE_PARAMS: ParamSpec<ImageParams> = {
  width: { type: 'int', default: 480, min: 320, max: 1280, describe: 'image width in pixels' },
  height: { type: 'int', default: 320, min: 240, max: 960, describe: 'image height in pixels' },
};

/** "large red metal cube": size, colour, material, shape, as CLEVR words it. */
export const describe = (o: Pick<Object3, 'size' | 'color' | 'material' | 'shape'>) => `${o.size} ${o.color} ${o.material} ${o.shape}`;

/** Attribute signature of an object: two objects with the same one look alike. */
export const signature = (o: Pick<Object3, 'size' | 'color' | 'material' | 'shape'>) => `${o.size}/${o.color}/${o.material}/${o.shape}`;

/** Whether no two objects of the list look alike. */
export const distinct = (objects: Object3[]) => new Set(objects.map(signature)).size === objects.length;
