import type { Command } from 'commander';
import { allowedText } from '../../core/params.js';

export function registerTasks(program: Command): void {
  program
    .command('tasks')
    .description('list the registered tasks with their parameters, defaults and bounds')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { tasks } = await import('../../generators/index.js');
      const list = tasks.list();
      if (opts.json) {
        const out = list.map((t) => ({ name: t.name, domain: t.domain, describe: t.describe, verifier: t.verifier, params: t.params, levels: t.levels }));
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      const width = Math.max(...list.map((t) => t.name.length));
      for (const t of list) {
        process.stdout.write(`${t.name.padEnd(width)}  [${t.domain}] ${t.describe}\n`);
        for (const [name, f] of Object.entries(t.params)) {
          process.stdout.write(`${' '.repeat(width)}    --param ${name}=${JSON.stringify(f.default)}  ${f.describe} (${allowedText(f)})\n`);
        }
      }
      process.stdout.write(`\n${list.length} tasks. Levels 1–5 preset the parameters of each task (--level).\n`);
    });
}
