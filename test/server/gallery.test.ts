import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatasetRecord } from '../../datasets/record.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { makeDataset, records } from '../export/fixtures.js';
import { wrongAnswer } from './helpers.js';

const CHROMIUM = process.env.VERIFORGE_CHROMIUM ?? '/usr/bin/chromium';
/** Where the test leaves its screenshots (the grid, an open item), for a person to look at. */
const SHOTS = { grid: join(tmpdir(), 'veriforge-gallery-grid.png'), item: join(tmpdir(), 'veriforge-gallery-item.png') };

let dir: string;
let recs: DatasetRecord[];
let server: RunningServer;

beforeAll(async () => {
  dir = await makeDataset(31, [
    { task: 'sudoku', count: 6, level: 1 },
    { task: 'maze', count: 4, level: 3 },
    { task: 'maze', count: 3, level: 4 },
    { task: 'scene-view', count: 1, level: 1 },
  ]);
  recs = records(dir);
  server = await startServer({ port: 0, dataset: dir, workers: 1 });
});

afterAll(async () => {
  await server?.close();
});

describe('gallery API', () => {
  test('facets, filtered pages, one item, its image bytes', async () => {
    const get = async (p: string) => {
      const res = await fetch(`${server.url}${p}`);
      return { status: res.status, body: await res.json() };
    };
    const facets = (await get('/api/facets')).body;
    expect(facets.items).toBe(14);
    expect(facets.tasks).toEqual([
      { task: 'maze', count: 7, levels: [3, 4] },
      { task: 'scene-view', count: 1, levels: [1] },
      { task: 'sudoku', count: 6, levels: [1] },
    ]);
    const page = (await get('/api/items?task=maze&level=4')).body;
    expect(page.total).toBe(3);
    expect(page.items.map((i: { id: string }) => i.id)).toEqual(recs.filter((r) => r.task === 'maze' && r.level === 4).map((r) => r.id));
    const second = (await get('/api/items?limit=5&offset=5')).body;
    expect(second.items.map((i: { id: string }) => i.id)).toEqual(recs.slice(5, 10).map((r) => r.id));
    const r = recs[2];
    const one = (await get(`/api/items/${r.id}`)).body;
    expect(one).toMatchObject({ id: r.id, answer: r.answer, truth: r.truth, evidence: r.evidence });
    const img = await fetch(`${server.url}${one.images[0].url}`);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await img.arrayBuffer()).equals(readFileSync(join(dir, r.images[0].path)))).toBe(true);
  });

  test('bad queries name the field; unknown items are 404', async () => {
    const bad = async (p: string, status: number, message: RegExp) => {
      const res = await fetch(`${server.url}${p}`);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatch(message);
    };
    await bad('/api/items?level=9', 400, /^level: got "9"; allowed: an integer from 1 to 5/);
    await bad('/api/items?task=chess', 400, /^task: got "chess"; allowed: one of maze, scene-view, sudoku/);
    await bad('/api/items?limit=0', 400, /^limit: got "0"; allowed: an integer from 1 to 200/);
    await bad('/api/items/nope-1', 404, /^id: got "nope-1"; allowed: an item id of /);
    await bad(`/api/items/${recs[0].id}/image/3`, 400, /^k: got "3"; allowed: an integer from 0 to 0/);
    const res = await fetch(`${server.url}/api/items/${recs[0].id}/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"response": 5}' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/^response: got 5; allowed: the model response as a string/);
  });
});

describe.skipIf(!existsSync(CHROMIUM))(`gallery page in headless Chromium (${CHROMIUM})`, () => {
  let browser: Browser;
  let userDir: string;

  beforeAll(async () => {
    const { launch } = await import('puppeteer-core');
    userDir = mkdtempSync(join(tmpdir(), 'vf-chrome-'));
    browser = await launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${userDir}`],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(userDir, { recursive: true, force: true });
  });

  test('load, filter by task and level, open an item with its evidence boxes, verify two responses', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="1"]');
    expect(await page.$$eval('#grid .card', (cs) => cs.length)).toBe(14);
    expect(await page.$eval('#count', (e) => e.textContent)).toBe('14 items');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#grid img')].every((i) => i.complete && i.naturalWidth > 0));
    // A multi-view item's card shows every view, in image order.
    const views = recs.find((r) => r.task === 'scene-view')!;
    expect(views.images.length).toBeGreaterThan(1);
    expect(await page.$$eval(`#grid .card[data-id="${views.id}"] img`, (is) => is.map((i) => (i as HTMLImageElement).src.replace(/^.*\/image\//, '')))).toEqual(views.images.map((_, k) => String(k)));
    await page.screenshot({ path: SHOTS.grid, fullPage: true });

    await page.select('#task', 'maze');
    await page.waitForFunction(() => document.querySelectorAll('#grid .card').length === 7);
    await page.select('#level', '4');
    await page.waitForFunction(() => document.querySelectorAll('#grid .card').length === 3);
    const ids = await page.$$eval('#grid .card', (cs) => cs.map((c) => (c as HTMLElement).dataset.id));
    const mazes = recs.filter((r) => r.task === 'maze' && r.level === 4);
    expect(ids).toEqual(mazes.map((r) => r.id));
    // Every card's image has loaded.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#grid img')].every((i) => i.complete && i.naturalWidth > 0));

    const item = mazes[1];
    await page.click(`#grid .card[data-id="${item.id}"]`);
    await page.waitForSelector('#detail[open] #stage svg');
    expect(await page.$eval('#d-answer', (e) => e.textContent)).toBe(item.answer);
    expect(await page.$$eval('#stage svg rect', (rs) => rs.map((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)))))).toEqual(
      item.evidence.filter((e) => e.image === 0).map((e) => [e.box[0], e.box[1], e.box[2] - e.box[0], e.box[3] - e.box[1]]),
    );
    expect(item.evidence.length).toBeGreaterThan(0);

    await page.type('#response', `<answer>${wrongAnswer(item)}</answer>`);
    await page.click('#verify');
    await page.waitForFunction(() => document.querySelector('#verdict-score')?.textContent?.startsWith('score'));
    expect(await page.$eval('#verdict-score', (e) => e.textContent)).toBe('score 0 · wrong');
    expect(await page.$eval('#verdict-reason', (e) => e.textContent)).toMatch(/wall|goal|moves/);

    await page.click('#fill');
    await page.click('#verify');
    await page.waitForFunction(() => document.querySelector('#verdict-score')?.textContent === 'score 1 · correct');
    expect(await page.$eval('#verdict', (e) => e.className)).toBe('ok');

    await page.screenshot({ path: SHOTS.item });
    for (const shot of Object.values(SHOTS)) expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(errors).toEqual([]);
    await page.close();
  });
});
