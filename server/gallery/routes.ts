import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { FieldError } from '../../core/errors.js';
import type { Verdict } from '../../core/task.js';
import type { DatasetRecord } from '../../datasets/record.js';
import type { JudgeItem } from '../judge.js';
import type { Catalog } from './catalog.js';

/** The page is three plain files: nothing to build, loaded once at start. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'page.html', type: 'text/html; charset=utf-8' },
  '/gallery.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' },
  '/gallery.css': { file: 'page.css', type: 'text/css; charset=utf-8' },
};

const PAGE_MAX = 200;

function intParam(name: string, v: unknown, min: number, max: number, fallback: number | null): number | null {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new FieldError(name, v, `an integer from ${min} to ${max}`);
  return n;
}

/** What the grid shows of a record (truth and evidence boxes come with the item itself). */
function summary(r: DatasetRecord) {
  return {
    id: r.id,
    task: r.task,
    level: r.level,
    question: r.question,
    answer: r.answer,
    features: r.features,
    images: r.images.map((im, k) => ({ url: `/api/items/${encodeURIComponent(r.id)}/image/${k}`, width: im.width, height: im.height })),
  };
}

export function registerGallery(app: FastifyInstance, catalog: Catalog, judge: (items: JudgeItem[]) => Promise<Verdict[]>): void {
  const files = Object.entries(STATIC).map(([route, s]) => [route, s.type, readFileSync(new URL(s.file, import.meta.url))] as const);
  for (const [route, type, bytes] of files) app.get(route, async (_req, reply) => reply.type(type).send(bytes));

  const facets = catalog.facets();
  const taskNames = facets.tasks.map((t) => t.task);
  app.get('/api/facets', async () => ({ dir: catalog.dir, items: catalog.size, ...facets }));

  app.get('/api/items', async (req) => {
    const q = req.query as Record<string, unknown>;
    const task = q.task === undefined || q.task === '' ? null : String(q.task);
    if (task !== null && !taskNames.includes(task)) throw new FieldError('task', task, `one of ${taskNames.join(', ')}`);
    const level = intParam('level', q.level, 1, 5, null);
    const offset = intParam('offset', q.offset, 0, Number.MAX_SAFE_INTEGER, 0)!;
    const limit = intParam('limit', q.limit, 1, PAGE_MAX, 48)!;
    const { total, records } = catalog.page(task, level, offset, limit);
    return { total, offset, items: records.map(summary) };
  });

  const record = (id: string) => {
    const r = catalog.get(id);
    if (!r) throw Object.assign(new FieldError('id', id, `an item id of ${catalog.dir}`), { statusCode: 404 });
    return r;
  };

  app.get('/api/items/:id', async (req) => {
    const r = record((req.params as { id: string }).id);
    return { ...summary(r), evidence: r.evidence, truth: r.truth, domain: r.domain, verifier: r.verifier };
  });

  app.get('/api/items/:id/image/:k', async (req, reply) => {
    const p = req.params as { id: string; k: string };
    const r = record(p.id);
    const k = intParam('k', p.k, 0, Math.max(0, r.images.length - 1), 0)!;
    const img = catalog.image(r, k);
    if (!img) return reply.code(404).send({ error: `image ${k} of ${r.id}: file missing from ${catalog.dir}` });
    return reply.type(img.type).header('cache-control', 'max-age=3600').send(img.bytes);
  });

  app.post('/api/items/:id/verify', async (req) => {
    const r = record((req.params as { id: string }).id);
    const body = req.body as Record<string, unknown> | null;
    const response = body && typeof body === 'object' ? body.response : undefined;
    if (typeof response !== 'string') throw new FieldError('response', response, 'the model response as a string');
    const [verdict] = await judge([{ where: 'item', responseField: 'response', task: r.task, truth: r.truth, response }]);
    return verdict;
  });
}
