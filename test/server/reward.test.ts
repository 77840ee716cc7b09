import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatasetRecord } from '../../datasets/record.js';
import { makeLabel } from '../../verifiers/label.js';
import { verifierForTask, verify } from '../../verifiers/index.js';
import { buildServer } from '../../server/app.js';
import { VerifierPool } from '../../server/pool.js';
import { makeDataset, records } from '../export/fixtures.js';
import { label, post, wrongAnswer } from './helpers.js';

let recs: DatasetRecord[];
let pool: VerifierPool;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  recs = records(await makeDataset(21, [
    { task: 'sudoku', count: 8, level: 2 },
    { task: 'maze', count: 8, level: 2 },
  ]));
  pool = new VerifierPool({ workers: 2, itemTimeoutMs: 1000 });
  await pool.ready(); // loading the verifiers takes seconds on a busy machine: not part of any test's time
  app = buildServer({ pool, maxItems: 5000 });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
  await pool.close();
});

describe('POST /get_reward (OpenRLHF protocol)', () => {
  test('a batch of 1,024 mixed items is judged in one round trip, exactly as the verifiers judge them', async () => {
    const forms = [(a: string) => `<answer>${a}</answer>`, (a: string) => `Reasoning...\n\\boxed{${a}}`, (a: string) => a];
    const query: string[] = [];
    const prompts: string[] = [];
    const labels: string[] = [];
    const expected: number[] = [];
    for (let i = 0; i < 1024; i++) {
      const r = recs[i % recs.length];
      const answer = i % 3 === 0 ? wrongAnswer(r) : r.answer;
      const response = forms[i % forms.length](answer);
      const prompt = `<|user|>${r.question}<|assistant|>`;
      query.push(prompt + response);
      prompts.push(prompt);
      labels.push(label(r));
      expected.push(verify(verifierForTask(r.task).name, response, r.truth).score);
    }
    const { status, body } = await post(`${url}/get_reward`, { query, prompts, labels });
    expect(status).toBe(200);
    expect(body.rewards).toEqual(expected);
    expect(body.scores).toEqual(expected);
    expect(body.extra_logs.correct).toEqual(expected);
    expect(body.extra_logs.format).toHaveLength(1024);
    expect(body.reasons).toHaveLength(1024);
    // Right answers score 1 and wrong ones 0 (no partial credit unless the server is asked for it).
    expect(expected.filter((s, i) => (i % 3 === 0 ? s !== 0 : s !== 1))).toEqual([]);
  });

  test('the query up to its prompt is removed before judging, so an answer example in the prompt is not taken', async () => {
    const r = recs.find((x) => x.task === 'maze')!;
    const prompt = `${r.question} For example <answer>RRDLD</answer>.`;
    const response = `The path is \\boxed{${r.answer}}`;
    const padded = '<|endoftext|>'.repeat(3) + prompt + response; // OpenRLHF left-pads its queries
    const { body } = await post(`${url}/get_reward`, {
      query: [prompt + response, padded, prompt + response],
      prompts: [prompt, prompt, 'not in the query'],
      labels: [label(r), label(r), label(r)],
    });
    expect(body.rewards.slice(0, 2)).toEqual([1, 1]);
    // Prompt not found: the whole query is the response, and its last <answer> is the prompt's example.
    expect(body.rewards[2]).toBe(0);
  });

  test('per-item problems are verdicts with score 0 and a reason naming the field', async () => {
    const sudoku = recs.find((x) => x.task === 'sudoku')!;
    const maze = recs.find((x) => x.task === 'maze')!;
    const junk = randomBytes(4096).toString('latin1');
    const { status, body } = await post(`${url}/get_reward`, {
      query: ['<answer>1</answer>', 'x', 'x', junk, 5, 'a'.repeat(300_000), `<answer>${sudoku.answer}</answer>`],
      labels: [makeLabel('nope', {}), '{not json', makeLabel('sudoku', maze.truth), label(sudoku), label(sudoku), label(sudoku), label(sudoku)],
    });
    expect(status).toBe(200);
    expect(body.rewards).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(body.reasons[0]).toMatch(/^labels\[0\]\.task: got "nope"; allowed: one of .*\bmaze\b.*\bsudoku\b/);
    expect(body.reasons[1]).toMatch(/^labels\[1\]: got "\{not json"; allowed: valid JSON/);
    expect(body.reasons[2]).toMatch(/truth does not match verifier "sudoku"/);
    expect(body.reasons[4]).toMatch(/^query\[4\]: got 5; allowed: the model response as a string/);
    expect(body.reasons[5]).toMatch(/300000 characters; at most 200000/);
  });
});

describe('POST /verify', () => {
  test('native batch: one verdict per item, in order', async () => {
    const items = recs.map((r, i) => ({ task: r.task, truth: r.truth, response: `<answer>${i % 2 ? r.answer : wrongAnswer(r)}</answer>` }));
    const { status, body } = await post(`${url}/verify`, { items: [...items, { task: 'maze' }, 7] });
    expect(status).toBe(200);
    expect(body.results.slice(0, items.length).map((v: { score: number }) => v.score)).toEqual(items.map((_, i) => (i % 2 ? 1 : 0)));
    expect(body.results[1]).toMatchObject({ correct: true, parts: { format: 1 } });
    expect(body.results[items.length].reason).toMatch(/^items\[16\]\.response: got nothing/);
    expect(body.results[items.length + 1].reason).toMatch(/^items\[17\]\.task: got nothing; allowed: a task name/);
  });
});

describe('bad requests get a 4xx naming the problem, and the server keeps serving', () => {
  test.each([
    ['malformed JSON', '/get_reward', '{"query": [', 400, /^body: not valid JSON/],
    ['a JSON array body', '/get_reward', '[1, 2]', 400, /^body: got \[1,2\]; allowed: a JSON object/],
    ['no labels', '/get_reward', '{"query": ["a"]}', 400, /^labels: got nothing; allowed: a JSON array/],
    ['labels of another length', '/get_reward', '{"query": ["a", "b", "c"], "labels": ["x", "y"]}', 400, /^labels: got "2 items"; allowed: as many items as "query" \(3\)/],
    ['prompts not a list', '/get_reward', '{"query": ["a"], "labels": ["x"], "prompts": "p"}', 400, /^prompts: got "p"; allowed: a JSON array/],
    ['items not a list', '/verify', '{"items": {"task": "maze"}}', 400, /^items: got \{"task":"maze"\}; allowed: a JSON array/],
    ['too many items', '/verify', JSON.stringify({ items: new Array(5001).fill(0) }), 400, /^items: got "5001 items"; allowed: at most 5000 items per request/],
    ['an empty body', '/verify', '', 400, /^body: empty/],
  ])('%s', async (_name, path, body, status, message) => {
    const res = await post(`${url}${path}`, body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  test('a body of another type, a 50 MB body and an unknown route', async () => {
    const text = await post(`${url}/verify`, 'items', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect(text.body.error).toBe('body: got "items"; allowed: a JSON object sent with content-type: application/json');
    const xml = await post(`${url}/verify`, '<items/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    expect(xml.body.error).toBe('content-type: got "application/xml"; allowed: application/json');
    const big = await post(`${url}/get_reward`, JSON.stringify({ query: ['x'.repeat(50 << 20)], labels: ['y'] }));
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/^body: larger than the 33554432 bytes allowed/);
    const nowhere = await fetch(`${url}/reward`);
    expect(nowhere.status).toBe(404);
    expect((await nowhere.json()).error).toMatch(/no route GET \/reward; routes: POST \/get_reward/);
  });

  test('after all that, /health is ok and a valid batch is still judged', async () => {
    const health = await (await fetch(`${url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', workers: 2, judged: { timeouts: 0, crashes: 0 } });
    const r = recs[0];
    const { body } = await post(`${url}/get_reward`, { query: [`<answer>${r.answer}</answer>`], labels: [label(r)] });
    expect(body.rewards).toEqual([1]);
  });

  test('GET /tasks lists every task a verifier judges', async () => {
    const { tasks } = await (await fetch(`${url}/tasks`)).json();
    expect(tasks).toEqual(expect.arrayContaining([expect.objectContaining({ task: 'sudoku', verifier: 'sudoku' }), expect.objectContaining({ task: 'maze', verifier: 'maze' })]));
  });
});

describe('integrations/verl_reward.py (verl custom_reward_function)', () => {
  const python = (code: string, env: Record<string, string>) =>
    promisify(execFile)('python3', ['-c', code], { env: { ...process.env, PYTHONPATH: join(__dirname, '../../integrations'), ...env } });

  test('compute_score and compute_score_batch post to the server and return its rewards as verl dicts', async () => {
    const items = recs.slice(0, 6).map((r, i) => ({ response: `<answer>${i % 2 ? r.answer : wrongAnswer(r)}</answer>`, label: label(r) }));
    const code = [
      'import json, os, verl_reward as v',
      'items = json.loads(os.environ["ITEMS"])',
      'one = [v.compute_score("veriforge/x", it["response"], it["label"], {"index": i}) for i, it in enumerate(items)]',
      'batch = v.compute_score_batch(["veriforge/x"] * len(items), [it["response"] for it in items], [it["label"] for it in items])',
      'print(json.dumps({"one": one, "batch": batch}))',
    ].join('\n');
    const { stdout } = await python(code, { VERIFORGE_REWARD_URL: url, ITEMS: JSON.stringify(items) });
    const expected = items.map((_, i) => ({ score: i % 2 ? 1 : 0, correct: i % 2 ? 1 : 0, format: 1 }));
    expect(JSON.parse(stdout)).toEqual({ one: expected, batch: expected });
  });

  test('a server that is not there is a clear error, not a silent 0', async () => {
    const err = await python('import verl_reward as v; v.compute_score("d", "x", "{}")', { VERIFORGE_REWARD_URL: 'http://127.0.0.1:9' }).catch((e) => e);
    expect(err.stderr).toMatch(/veriforge reward server http:\/\/127\.0\.0\.1:9: .*is `npx veriforge serve` running\?/);
  });
});
