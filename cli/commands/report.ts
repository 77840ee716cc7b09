import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write DIR/report/index.html with plots (PNG): composition, pass-rate and difficulty per task, calibration, mixture')
    .argument('<dir>', 'dataset folder')
    .option('--model <dir>', 'difficulty model folder, for the calibration plot')
    .option('--band <min:max>', 'pass-rate band drawn on the histogram', '0.1:0.9')
    .action(async (dir: string, o: { model?: string; band: string }) => {
      const [min, max] = o.band.split(':').map(Number);
      if (!(min >= 0 && max <= 1 && min <= max)) throw new FieldError('--band', o.band, 'MIN:MAX with 0 ≤ MIN ≤ MAX ≤ 1');
      const { writeReport } = await import('../../datasets/report.js');
      const { html, pngs } = await writeReport(dir, { model: o.model, band: { min, max } });
      process.stderr.write(`${pngs.length} plots → ${html}\n`);
    });
}
