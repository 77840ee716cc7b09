import { beforeAll, describe, expect, test } from 'vitest';
import type { DatasetRecord } from '../../datasets/record.js';
import { VerifierPool } from '../../server/pool.js';
import { makeDataset, records } from '../export/fixtures.js';

let recs: DatasetRecord[];

beforeAll(async () => {
  recs = records(await makeDataset(22, [{ task: 'maze', count: 2, level: 1 }]));
});

describe('worker pool limits', () => {
  test('an item over the time limit and a crashing verifier score 0; the rest of the batch and later batches are judged', async () => {
    const slow = new VerifierPool({ workers: 2, itemTimeoutMs: 1500, workerModule: new URL('./fixtures/hang-worker.ts', import.meta.url) });
    try {
      const r = recs.find((x) => x.task === 'maze')!;
      const items = Array.from({ length: 80 }, (_, i) => ({
        where: `items[${i}]`,
        responseField: 'response',
        task: r.task,
        truth: r.truth,
        response: i === 5 ? 'HANG' : i === 60 ? 'CRASH' : `<answer>${r.answer}</answer>`,
      }));
      const verdicts = await slow.run(items, {});
      expect(verdicts[5]).toMatchObject({ score: 0, reason: 'verification took longer than 1500 ms and was stopped' });
      expect(verdicts[60]).toMatchObject({ score: 0, reason: 'the verifier worker exited' });
      expect(verdicts.filter((_, i) => i !== 5 && i !== 60).every((v) => v.score === 1)).toBe(true);
      expect(slow.stats).toMatchObject({ timeouts: 1, crashes: 1 });
      const again = await slow.run(items.slice(10, 20), {});
      expect(again.map((v) => v.score)).toEqual(new Array(10).fill(1));
    } finally {
      await slow.close();
    }
  });
});

describe('workers that cannot start', () => {
  test('pending items get a verdict naming the failure, and the pool refuses more work', async () => {
    const pool = new VerifierPool({ workers: 2, workerModule: new URL('./fixtures/broken-worker.ts', import.meta.url) });
    try {
      // Handed to workers that are still loading: must be answered, not left waiting.
      const verdicts = await pool.run(Array.from({ length: 70 }, (_, i) => ({ where: `items[${i}]`, responseField: 'response', task: 'maze', truth: {}, response: 'R' })), {});
      expect(verdicts).toHaveLength(70);
      expect(verdicts.every((v) => v.score === 0 && /^verifier workers cannot start: the verifier failed: cannot load the verifiers/.test(v.reason))).toBe(true);
      await expect(pool.ready()).rejects.toThrow(/verifier workers cannot start/);
      await expect(pool.run([{ where: 'x', responseField: 'r', response: 'R' }], {})).rejects.toThrow(/verifier workers cannot start/);
      expect(pool.error).toMatch(/cannot load the verifiers/);
    } finally {
      await pool.close();
    }
  });
});
