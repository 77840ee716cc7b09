import type { VerifierDefinition } from '../registry.js';
import { cadCodeVerifier } from './code.js';
import { cadQaVerifier } from './qa.js';

export const cadVerifiers: VerifierDefinition[] = [cadCodeVerifier, cadQaVerifier];
