import type { VerifierDefinition } from '../registry.js';
import { connectedComponentsVerifier } from './connected-components.js';
import { eulerPathVerifier } from './euler-path.js';
import { graphColoringVerifier } from './graph-coloring.js';
import { hamiltonianPathVerifier } from './hamiltonian-path.js';
import { maxFlowVerifier } from './max-flow.js';
import { shortestPathVerifier } from './shortest-path.js';
import { topologicalOrderVerifier } from './topological-order.js';
import { hamiltonianCycleVerifier } from './hamiltonian-cycle.js';
import { eulerianCycleVerifier } from './eulerian-cycle.js';
import { graphIsomorphismVerifier } from './graph-isomorphism.js';

export const graphVerifiers: VerifierDefinition[] = [
  shortestPathVerifier,
  graphColoringVerifier,
  topologicalOrderVerifier,
  eulerPathVerifier,
  hamiltonianPathVerifier,
  connectedComponentsVerifier,
  maxFlowVerifier,
  hamiltonianCycleVerifier,
  eulerianCycleVerifier,
  graphIsomorphismVerifier,
];
