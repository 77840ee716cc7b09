import type { VerifierDefinition } from '../registry.js';
import { docQaVerifier } from './qa.js';

export const docVerifiers: VerifierDefinition[] = [docQaVerifier];
