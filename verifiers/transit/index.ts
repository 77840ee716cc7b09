import type { VerifierDefinition } from '../registry.js';
import { transitQaVerifier } from './qa.js';
import { transitRouteVerifier } from './route.js';

export const transitVerifiers: VerifierDefinition[] = [transitRouteVerifier, transitQaVerifier];
