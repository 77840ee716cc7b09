import { FieldError } from '../core/errors.js';
import type { VerifyOptions } from '../verifiers/index.js';
import type { RewardSpec } from '../verifiers/reward-spec.js';
import { buildServer } from './app.js';
import { Catalog } from './gallery/catalog.js';
import { VerifierPool } from './pool.js';

export interface StartOptions {
  port: number;
  host?: string;
  dataset?: string;
  workers?: number;
  itemTimeoutMs?: number;
  bodyLimit?: number;
  verify?: VerifyOptions;
  reward?: RewardSpec;
}

export interface RunningServer {
  url: string;
  port: number;
  workers: number;
  close(): Promise<void>;
}

/** Starts the reward server (and the gallery with a dataset); `port: 0` picks a free port. */
export async function startServer(o: StartOptions): Promise<RunningServer> {
  const catalog = o.dataset ? new Catalog(o.dataset) : undefined;
  const pool = new VerifierPool({ workers: o.workers, itemTimeoutMs: o.itemTimeoutMs });
  const app = buildServer({ pool, catalog, bodyLimit: o.bodyLimit, verify: o.verify, reward: o.reward });
  try {
    await pool.ready();
    await app.listen({ port: o.port, host: o.host ?? '127.0.0.1' });
  } catch (e) {
    await pool.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new FieldError('--port', o.port, 'a free port (this one is in use)');
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  return {
    url: `http://${o.host === '0.0.0.0' ? '127.0.0.1' : (o.host ?? '127.0.0.1')}:${port}`,
    port,
    workers: pool.size,
    close: async () => {
      await app.close();
      await pool.close();
    },
  };
}
