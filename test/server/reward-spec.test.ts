import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../../server/app.js';
import { VerifierPool } from '../../server/pool.js';
import { makeLabel } from '../../verifiers/label.js';
import { parseRewardSpec } from '../../verifiers/reward-spec.js';
import { post } from './helpers.js';

let pool: VerifierPool;
let app: FastifyInstance;
let url: string;
const spec = parseRewardSpec({
  weights: { accuracy: 0.9, format: 0.1, grounding: 1 },
  format: { think: 'required' },
  length: { weight: 0.5, unit: 'words', target: 20, tolerance: 5, falloff: 25 },
  difficulty: { levels: { '5': 1.5 } },
  clip: [0, 2],
});
const label = makeLabel('external', { answers: ['42'] });

beforeAll(async () => {
  pool = new VerifierPool({ workers: 1, itemTimeoutMs: 5000 });
  await pool.ready();
  app = buildServer({ pool, reward: spec });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
  await pool.close();
});

describe('reward server with a reward spec', () => {
  test('/get_reward: composed rewards, every component in extra_logs (0 where it does not apply)', async () => {
    const steps = Array(35).fill('step').join(' ');
    const query = ['<think>six times seven</think><answer>42</answer>', '<answer>42</answer>', `<think>${steps}</think><answer>42</answer>`, '<think>x</think><answer>42</answer><box>10,10,30,20</box>'];
    const withBoxes = JSON.stringify({ ...JSON.parse(label), evidence: [[10, 10, 30, 30]] });
    const { status, body } = await post(`${url}/get_reward`, { query, labels: [label, label, label, withBoxes], levels: [5, null, null, null] });
    expect(status).toBe(200);
    expect(body.rewards).toEqual([1.5, 0.9, 0.8, 0.75]);
    expect(body.scores).toEqual(body.rewards);
    expect(body.extra_logs).toEqual({
      correct: [1, 1, 1, 1],
      verifier: [1, 1, 1, 1],
      accuracy: [1, 1, 1, 1],
      format: [1, 0, 1, 1],
      length: [1, 1, 0.6, 1],
      grounding: [0, 0, 0, 0.5],
      difficulty: [1.5, 1, 1, 1],
    });
  });

  test('/verify: score is the reward, with verifierScore and components; a bad level is a zero with the reason', async () => {
    const { body } = await post(`${url}/verify`, { items: [
      { task: 'external', truth: { answers: ['42'] }, response: '<think>x</think><answer>42</answer>', level: 5 },
      { task: 'external', truth: { answers: ['42'] }, response: '<answer>42</answer>', level: 9 },
    ] });
    expect(body.results[0]).toMatchObject({ score: 1.5, verifierScore: 1, correct: true, components: { accuracy: 1, format: 1, length: 1, difficulty: 1.5 } });
    expect(body.results[1]).toMatchObject({ score: 0, correct: false });
    expect(body.results[1].reason).toMatch(/items\[1\]\.level: got 9; allowed: a level from 1 to 5/);
  });
});
