import type { VerifierDefinition } from '../registry.js';
import { guiGroundVerifier } from './ground.js';

export const guiVerifiers: VerifierDefinition[] = [guiGroundVerifier];
