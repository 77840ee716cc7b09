import { sceneGroundVerifier } from './scene-ground.js';
import { sceneQaVerifier } from './scene-qa.js';
import { sceneTransformVerifier } from './scene-transform.js';
import { sceneViewVerifier } from './scene-view.js';

export const sceneVerifiers = [sceneQaVerifier, sceneTransformVerifier, sceneViewVerifier, sceneGroundVerifier];
