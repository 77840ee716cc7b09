import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import { EXTRACT_MODES, type ExtractMode } from '../../verifiers/extract.js';
import { intFlag } from '../flags.js';

interface ServeFlags {
  port: string;
  host: string;
  dataset?: string;
  workers?: string;
  itemTimeoutMs: string;
  bodyLimitMb: string;
  extract: string;
  partial?: boolean;
  rewardSpec?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('reward server: POST /get_reward (OpenRLHF), POST /verify, GET /health, GET /tasks; with --dataset, a gallery at /')
    .option('--port <n>', 'TCP port', '8000')
    .option('--host <addr>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--dataset <dir>', 'dataset folder to browse in the gallery')
    .option('--workers <n>', 'verifier worker threads (default: one per core)')
    .option('--item-timeout-ms <n>', 'time limit per verified item', '2000')
    .option('--body-limit-mb <n>', 'largest request body', '32')
    .option('--extract <mode>', `answer extraction: ${EXTRACT_MODES.join(', ')}`, 'auto')
    .option('--partial', 'give wrong answers a share of their partial credit (always < 1)')
    .option('--reward-spec <file>', 'compose rewards from a spec (JSON or YAML, or a mix config with "reward" entries; docs/reward-spec.md)')
    .action(async (o: ServeFlags) => {
      const port = intFlag('--port', o.port, 0, 65535);
      const workers = o.workers === undefined ? undefined : intFlag('--workers', o.workers, 1, 256);
      const itemTimeoutMs = intFlag('--item-timeout-ms', o.itemTimeoutMs, 10, 600_000);
      const bodyLimit = intFlag('--body-limit-mb', o.bodyLimitMb, 1, 4096) << 20;
      if (!EXTRACT_MODES.includes(o.extract as ExtractMode)) throw new FieldError('--extract', o.extract, EXTRACT_MODES.join(', '));
      // Loaded here, not at the top: other commands should not pay for the server's imports.
      const { startServer } = await import('../../server/start.js');
      const reward = o.rewardSpec ? (await import('../../verifiers/reward-spec-file.js')).readRewardSpec(o.rewardSpec) : undefined;
      const s = await startServer({
        port,
        host: o.host,
        dataset: o.dataset,
        workers,
        itemTimeoutMs,
        bodyLimit,
        verify: { extract: o.extract as ExtractMode, partialCredit: !!o.partial },
        reward,
      });
      process.stderr.write(`veriforge serve: ${s.url}  (${s.workers} verifier workers${o.dataset ? `; gallery of ${o.dataset} at ${s.url}/` : ''}${o.rewardSpec ? `; rewards composed by ${o.rewardSpec}` : ''})\n`);
      for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void s.close().then(() => process.exit(0)));
    });
}
