import type { VerifierDefinition } from '../registry.js';
import { shortestPathVerifier } from './shortest-path.js';

export const graphVerifiers: VerifierDefinition[] = [shortestPathVerifier];
