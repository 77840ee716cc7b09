// Nothing a client sends makes the reward server answer 5xx: too deep, too large, wrong content
// type, wrong JSON types and prototype keys all get a 4xx naming the problem, and it keeps serving.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../../server/app.js';
import { jsonDepth } from '../../server/body.js';
import { VerifierPool } from '../../server/pool.js';
import { makeLabel } from '../../verifiers/label.js';
import { post } from './helpers.js';

let pool: VerifierPool;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  pool = new VerifierPool({ workers: 1, itemTimeoutMs: 2000 });
  await pool.ready();
  app = buildServer({ pool, bodyLimit: 1 << 20 });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
  await pool.close();
});

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const NESTED = /^body: nested more than 64 levels deep; allowed: at most 64 levels/;

describe('bodies that are too deep, too large or of the wrong type get a 4xx', () => {
  test.each([
    ['"[" 100,000 times', '['.repeat(100_000), 400, NESTED],
    ['100,000 nested arrays, closed', deep(100_000), 400, NESTED],
    ['100,000 nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 400, NESTED],
    ['deep nesting inside a response', `{"query": [${deep(100_000)}], "labels": ["x"]}`, 400, NESTED],
    ['deep nesting inside a truth', `{"items": [{"task": "maze", "truth": ${deep(65)}, "response": "R"}]}`, 400, NESTED],
    ['a __proto__ key', '{"__proto__": {"polluted": 1}, "query": [], "labels": []}', 400, /^body: has a "__proto__" or "constructor.prototype" key/],
    ['a constructor.prototype key', '{"query": [], "labels": [], "constructor": {"prototype": {"x": 1}}}', 400, /^body: has a "__proto__"/],
    ['null', 'null', 400, /^body: got null; allowed: a JSON object/],
    ['a number', '42', 400, /^body: got 42; allowed: a JSON object/],
    ['a string', '"query"', 400, /^body: got "query"; allowed: a JSON object/],
    ['query an object', '{"query": {"0": "a"}, "labels": ["x"]}', 400, /^query: got \{"0":"a"\}; allowed: a JSON array/],
    ['truncated JSON', '{"query": ["a"], "labels": ["', 400, /^body: not valid JSON \(/],
    ['a body over the limit', JSON.stringify({ query: ['x'.repeat(2 << 20)], labels: ['y'] }), 413, /^body: larger than the 1048576 bytes allowed/],
  ])('%s', async (_name, body, status, message) => {
    const res = await post(`${url}/get_reward`, body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  test('JSON sent as text/plain is refused with the content type to use; other types are 415', async () => {
    const text = await post(`${url}/get_reward`, '{"query": [], "labels": []}', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect(text.body.error).toMatch(/allowed: a JSON object sent with content-type: application\/json$/);
    for (const type of ['application/octet-stream', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']) {
      const res = await post(`${url}/get_reward`, 'a=1', { 'content-type': type });
      expect(res.status).toBe(415);
      expect(res.body.error).toBe(`content-type: got "${type}"; allowed: application/json`);
    }
  });

  test('items of the wrong type score 0 with a reason, the rest of the batch is judged', async () => {
    const label = makeLabel('maze', { nonsense: true });
    const res = await post(`${url}/get_reward`, { query: [42, null, { a: 1 }, ['x'], 'ok'], labels: [label, label, 7, null, label] });
    expect(res.status).toBe(200);
    expect(res.body.rewards).toEqual([0, 0, 0, 0, 0]);
    expect(res.body.reasons[0]).toMatch(/^query\[0\]: got 42; allowed: the model response as a string/);
    expect(res.body.reasons[2]).toMatch(/^labels\[2\]: got 7; allowed: a JSON string/);
    expect(res.body.reasons[4]).toMatch(/truth does not match verifier "maze"/);
  });

  test('64 levels are accepted, and after every refusal the server is healthy', async () => {
    const ok = await post(`${url}/verify`, `{"items": [{"task": "maze", "truth": ${deep(61)}, "response": "R"}]}`); // 3 + 61 = 64 levels
    expect(ok.status).toBe(200);
    expect(ok.body.results[0].score).toBe(0);
    const health = await (await fetch(`${url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', judged: { crashes: 0 } });
  });
});

describe('jsonDepth', () => {
  test('counts nesting outside strings only, in one pass', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[[{{{"}]}', 10)).toBe(3);
    expect(jsonDepth('"\\"[[["', 1)).toBe(0);
    expect(jsonDepth('[[[', 2)).toBe(-1);
    expect(jsonDepth('1', 0)).toBe(0);
  });
});
