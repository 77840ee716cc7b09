import type { Command } from 'commander';
import { VeriforgeError } from '../../core/errors.js';
import { intFlag } from '../flags.js';
import { progressBar } from '../progress.js';

interface ImportFlags {
  out: string;
  timeout?: string;
  partSize?: string;
  json?: boolean;
}

export function registerChart(program: Command): void {
  const chart = program.command('chart').description('chart tools: import matplotlib scripts as chart-to-code items');
  chart
    .command('import')
    .argument('<dir>', 'folder of matplotlib scripts (*.py, searched recursively)')
    .description('run each script in the matplotlib sandbox and write a chart-to-code dataset: the render is the image, the script the answer, its extraction the truth; failing scripts are listed with the reason')
    .requiredOption('--out <dir>', 'new dataset folder (exportable with `veriforge export`)')
    .option('--timeout <ms>', 'wall-clock limit per script in ms (default 20000)')
    .option('--part-size <n>', 'records per part file (default 256)')
    .option('--json', 'print the summary (imported, failed with reasons) as JSON on stdout')
    .action(async (dir: string, o: ImportFlags) => {
      const timeoutMs = o.timeout === undefined ? undefined : intFlag('--timeout', o.timeout, 100, 600_000);
      const partSize = o.partSize === undefined ? undefined : intFlag('--part-size', o.partSize, 1, 1_000_000);
      const { importChartScripts } = await import('../../datasets/chart-import.js');
      const { SandboxUnavailableError, closeMatplotlibPool } = await import('../../engines/matplotlib/index.js');
      const bar = progressBar('chart import');
      try {
        const s = await importChartScripts({ dir, outDir: o.out, timeoutMs, partSize, onProgress: (d, t) => bar.update(d, t) });
        bar.stop();
        if (o.json) process.stdout.write(JSON.stringify({ scripts: s.scripts, imported: s.imported, failed: s.failed }, null, 2) + '\n');
        for (const f of s.failed) process.stderr.write(`  failed  ${f.path}: ${f.reason}\n`);
        process.stderr.write(`imported ${s.imported} of ${s.scripts} scripts into ${o.out} (${s.failed.length} failed)\n`);
      } catch (e) {
        bar.stop();
        if (e instanceof SandboxUnavailableError) throw new VeriforgeError(`chart import needs the matplotlib sandbox: ${e.message}`);
        throw e;
      } finally {
        await closeMatplotlibPool();
      }
    });
}
