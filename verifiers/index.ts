import { cadVerifiers } from './cad/index.js';
import { algorithmVerifiers } from './algorithms/index.js';
import { chartVerifiers } from './charts/index.js';
import { graphVerifiers } from './graphs/index.js';
import { mathVerifiers } from './math/index.js';
import { puzzleVerifiers } from './puzzles/index.js';
import { sceneVerifiers } from './scenes/index.js';
import { verifiers } from './registry.js';
import { textVerifier } from './text.js';
import { transitVerifiers } from './transit/index.js';
import { guiVerifiers } from './gui/index.js';
import { docVerifiers } from './docs/index.js';

/** Every verifier, registered once. The reward server imports only this (no renderers, no generators). */
for (const v of [...puzzleVerifiers, ...graphVerifiers]) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of mathVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of chartVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
if (!verifiers.has(textVerifier.name)) verifiers.register(textVerifier);
for (const v of cadVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of sceneVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of algorithmVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of transitVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of guiVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
for (const v of docVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);

export { verifiers };
export { verify, verifyAsync } from './verify.js';
export { verifierForTask, type VerifyOptions } from './registry.js';
