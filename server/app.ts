import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { FieldError, describeValue } from '../core/errors.js';
import { TOOL_VERSION } from '../datasets/manifest.js';
import { verifiers, type VerifyOptions } from '../verifiers/index.js';
import { useJsonParser } from './body.js';
import type { Catalog } from './gallery/catalog.js';
import { registerGallery } from './gallery/routes.js';
import type { JudgeItem, Judged } from './judge.js';
import { componentNames, type RewardSpec } from '../verifiers/reward-spec.js';
import type { VerifierPool } from './pool.js';

export interface ServerOptions {
  pool: VerifierPool;
  /** Largest request body accepted, in bytes (default 32 MiB). */
  bodyLimit?: number;
  /** Most items in one request (default 65,536). */
  maxItems?: number;
  /** How every response is judged (answer extraction, partial credit). */
  verify?: VerifyOptions;
  /** Composes every reward from the verdict's parts, format, length, grounding and level (docs/reward-spec.md). */
  reward?: RewardSpec;
  /** With a dataset: the gallery page at `/`. */
  catalog?: Catalog;
}

export const DEFAULT_BODY_LIMIT = 32 << 20;

function objectBody(body: unknown): Record<string, unknown> {
  // A string body is one sent without `content-type: application/json` (fetch's default is text/plain).
  if (typeof body === 'string') throw new FieldError('body', body, 'a JSON object sent with content-type: application/json');
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new FieldError('body', body, 'a JSON object');
  return body as Record<string, unknown>;
}

function listField(body: Record<string, unknown>, name: string, max: number, length?: number): unknown[] {
  const v = body[name];
  if (!Array.isArray(v)) throw new FieldError(name, v, 'a JSON array');
  if (v.length > max) throw new FieldError(name, `${v.length} items`, `at most ${max} items per request`);
  if (length !== undefined && v.length !== length) throw new FieldError(name, `${v.length} items`, `as many items as "query" (${length})`);
  return v;
}

/**
 * OpenRLHF logs each `extra_logs` key as a per-sample list: correct and format always, and with a
 * reward spec the verifier's score and every component the spec names, the same keys for every item
 * (0 where one does not apply, e.g. grounding on a task without boxes).
 */
export function extraLogs(verdicts: Judged[], spec?: RewardSpec): Record<string, number[]> {
  const logs: Record<string, number[]> = { correct: verdicts.map((v) => (v.correct ? 1 : 0)), format: verdicts.map((v) => v.parts?.format ?? 0) };
  if (!spec) return logs;
  logs.verifier = verdicts.map((v) => v.verifierScore ?? v.score);
  // Absent difficulty is the neutral multiplier; any other absent component logs 0.
  for (const n of componentNames(spec)) logs[n] = verdicts.map((v) => v.components?.[n] ?? (n === 'difficulty' ? 1 : 0));
  return logs;
}

/** The reward server: OpenRLHF's `/get_reward`, native `/verify`, `/health`, `/tasks`, and the gallery. */
export function buildServer(o: ServerOptions): FastifyInstance {
  const bodyLimit = o.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const maxItems = o.maxItems ?? 65_536;
  const verifyOpts = o.reward ? { ...o.verify, rewardSpec: o.reward } : (o.verify ?? {});
  const app = Fastify({ bodyLimit, logger: false });
  useJsonParser(app);

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = err.statusCode ?? (err instanceof FieldError ? 400 : 500);
    let message = err.message;
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') message = `body: larger than the ${bodyLimit} bytes allowed (the server's --body-limit-mb); send smaller batches`;
    else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') message = `content-type: got ${describeValue(_req.headers['content-type'])}; allowed: application/json`;
    else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (status === 400 && err instanceof SyntaxError)) message = `body: not valid JSON (${err.message})`;
    else if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') message = 'body: empty; allowed: a JSON object';
    else if (status >= 500) message = `internal error: ${err.message}`;
    void reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}; routes: POST /get_reward, POST /verify, GET /health, GET /tasks${o.catalog ? ', GET / (gallery)' : ''}` });
  });

  const judge = async (items: JudgeItem[]): Promise<Judged[]> => {
    try {
      return await o.pool.run(items, verifyOpts);
    } catch (e) {
      throw Object.assign(new Error(`verifiers unavailable: ${(e as Error).message}`), { statusCode: 503 });
    }
  };

  app.post('/get_reward', async (req) => {
    const body = objectBody(req.body);
    const query = listField(body, 'query', maxItems);
    const labels = listField(body, 'labels', maxItems, query.length);
    const prompts = body.prompts === undefined || body.prompts === null ? null : listField(body, 'prompts', maxItems, query.length);
    // Not part of OpenRLHF's protocol: levels per item for a difficulty-weighted spec (verl_reward.py sends them).
    const levels = body.levels === undefined || body.levels === null ? null : listField(body, 'levels', maxItems, query.length);
    const items: JudgeItem[] = query.map((response, i) => ({ where: `labels[${i}]`, responseField: `query[${i}]`, response, label: labels[i], prompt: prompts?.[i], level: levels?.[i] ?? undefined }));
    const verdicts = await judge(items);
    const rewards = verdicts.map((v) => v.score);
    return { rewards, scores: rewards, extra_logs: extraLogs(verdicts, o.reward), reasons: verdicts.map((v) => v.reason) };
  });

  app.post('/verify', async (req) => {
    const body = objectBody(req.body);
    const list = listField(body, 'items', maxItems);
    const items: JudgeItem[] = list.map((it, i) => {
      const x = it && typeof it === 'object' && !Array.isArray(it) ? (it as Record<string, unknown>) : {};
      return { where: `items[${i}]`, responseField: `items[${i}].response`, task: x.task, truth: x.truth, response: x.response, level: x.level, evidence: x.evidence };
    });
    return { results: await judge(items) };
  });

  app.get('/health', async () => ({
    status: o.pool.error ? 'degraded' : 'ok',
    error: o.pool.error,
    version: TOOL_VERSION,
    workers: o.pool.size,
    itemTimeoutMs: o.pool.itemTimeoutMs,
    judged: o.pool.stats,
    dataset: o.catalog ? { dir: o.catalog.dir, items: o.catalog.size } : null,
  }));

  app.get('/tasks', async () => ({
    tasks: verifiers.list().flatMap((v) => v.tasks.map((task) => ({ task, verifier: v.name, describe: v.describe }))),
  }));

  if (o.catalog) registerGallery(app, o.catalog, judge);
  return app;
}
