import type { VerifierDefinition } from '../registry.js';
import { chartCodeVerifier } from './code.js';
import { chartQaVerifier } from './qa.js';
import { chartTableVerifier } from './table.js';

export const chartVerifiers: VerifierDefinition[] = [chartQaVerifier, chartTableVerifier, chartCodeVerifier];
