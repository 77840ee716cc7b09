// 3D tabletop scene tasks (CLEVR / STAR-R1 / SATORI style), drawn by renderers/scene3d.
import { sceneGround } from './scene-ground.js';
import { sceneQa } from './scene-qa.js';
import { sceneTransform } from './scene-transform.js';
import { sceneView } from './scene-view.js';

export const sceneTasks = [sceneQa, sceneTransform, sceneView, sceneGround];
