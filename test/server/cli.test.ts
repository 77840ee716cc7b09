import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { makeDataset } from '../export/fixtures.js';

const BIN = join(resolve(__dirname, '../..'), 'bin/veriforge.mjs');

test('`veriforge serve --dataset` starts, answers, and stops on SIGTERM', async () => {
  const dir = await makeDataset(41, [{ task: 'maze', count: 3, level: 1 }]);
  const child = spawn('node', [BIN, 'serve', '--port', '0', '--workers', '1', '--dataset', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise<string>((res, rej) => {
      let err = '';
      child.stderr!.on('data', (d: Buffer) => {
        err += d;
        const m = err.match(/veriforge serve: (http:\/\/127\.0\.0\.1:\d+)/);
        if (m) res(m[1]);
      });
      child.on('exit', (code) => rej(new Error(`serve exited with ${code}: ${err}`)));
    });
    const health = await (await fetch(`${url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', workers: 1, dataset: { items: 3 } });
    expect((await fetch(url)).headers.get('content-type')).toMatch(/^text\/html/);
    const exited = new Promise<number | null>((res) => child.on('exit', res));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
