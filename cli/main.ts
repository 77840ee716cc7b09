import { Command, CommanderError } from 'commander';
import { VeriforgeError } from '../core/errors.js';
import { TOOL_VERSION } from '../datasets/manifest.js';
import { registerCad } from './commands/cad.js';
import { registerExport } from './commands/export.js';
import { registerChart } from './commands/chart.js';
import { registerCounterfactual } from './commands/counterfactual.js';
import { registerDifficulty } from './commands/difficulty.js';
import { registerGenerate } from './commands/generate.js';
import { registerInspect } from './commands/inspect.js';
import { registerMerge } from './commands/merge.js';
import { registerMix } from './commands/mix.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerTasks } from './commands/tasks.js';
import { registerVerify } from './commands/verify.js';

const program = new Command('veriforge')
  .description('Verifiable multimodal training data for RL of vision-language models')
  .version(TOOL_VERSION)
  .showHelpAfterError()
  .exitOverride();

for (const register of [registerTasks, registerGenerate, registerMerge, registerVerify, registerInspect, registerExport, registerServe, registerCounterfactual, registerDifficulty, registerMix, registerReport, registerCad, registerChart]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  if (e instanceof VeriforgeError) {
    process.stderr.write(`veriforge: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
