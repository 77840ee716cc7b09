// The task contract for the odd-numbered registered tasks (the suite is in contract-suite.ts).
import { contractSuite } from './contract-suite.js';

contractSuite(1);
