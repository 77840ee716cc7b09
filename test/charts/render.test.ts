// The Chromium chart renderer: every chart type in both libraries, exact mark boxes, byte-identical
// renders, and a page pool that survives crashed, closed and hung pages. One pool for the whole file.
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { buildChart, chartScene } from '../../generators/charts/build.js';
import { ECHARTS_TYPES } from '../../generators/charts/echarts.js';
import { CHART_TYPES, markId } from '../../generators/charts/spec.js';
import { chartPool, closeChartPool, renderChartBrowser, type ChartScene } from '../../renderers/browser/charts.js';
import { PagePool } from '../../renderers/browser/pool.js';
import { renderVegaLiteNode } from '../../renderers/chart-node.js';

afterAll(() => closeChartPool());

const scenes = CHART_TYPES.flatMap((type) =>
  (['never', 'always'] as const)
    .filter((lib) => lib === 'never' || ECHARTS_TYPES.includes(type))
    .map((lib) => {
      const spec = buildChart(new Rng(`render-${type}`), { type, categories: 5, series: 2 });
      return { type, lib: lib === 'never' ? 'vega-lite' : 'echarts', spec, scene: chartScene(new Rng('lib'), spec, lib) as ChartScene };
    }),
);

/** Share of the pixels inside a box that differ from the background (the top-left pixel). */
async function inkIn(png: Buffer, box: [number, number, number, number]): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  let n = 0;
  for (let y = box[1]; y < box[3]; y++) {
    for (let x = box[0]; x < box[2]; x++) {
      const i = (y * info.width + x) * 3;
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 10) ink++;
      n++;
    }
  }
  return n ? ink / n : 0;
}

describe('chart renderer', () => {
  it.each(scenes.map((s) => [`${s.type} (${s.lib})`, s] as const))('%s: PNG of the reported size, a box on ink for every mark, identical bytes twice', async (_, s) => {
    const a = await renderChartBrowser(s.scene);
    const meta = await sharp(a.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', a.width, a.height]);
    const ids = s.spec.data.kind === 'table' ? s.spec.data.series.flatMap((_, si) => (s.spec.data as { categories: string[] }).categories.map((__, ci) => markId(si, ci))) : [markId(0, 0), markId(0, 1)];
    for (const id of ids) {
      const b = a.boxes[id];
      expect(b, `box of ${id}`).toBeDefined();
      expect(b[0] >= 0 && b[1] >= 0 && b[2] <= a.width && b[3] <= a.height && b[2] > b[0] && b[3] > b[1], `${id} ${b}`).toBe(true);
      // The mark is drawn where its box says: a good share of the box is not background.
      expect(await inkIn(a.bytes, b), `ink in ${id} ${b}`).toBeGreaterThan(0.15);
    }
    expect(a.boxes.title).toBeDefined();
    const again = await renderChartBrowser(s.scene);
    expect(Buffer.compare(again.bytes, a.bytes)).toBe(0);
  });

  it('draws charts concurrently on several pages', async () => {
    const all = await Promise.all(scenes.slice(0, 6).map((s) => renderChartBrowser(s.scene)));
    expect(all.every((r) => r.bytes.length > 1000)).toBe(true);
  });
});

describe('Node fast path (Vega-Lite)', () => {
  it('draws the same layout as the browser: same size, mark boxes within 2 px, identical bytes twice', async () => {
    for (const s of scenes.filter((x) => x.lib === 'vega-lite')) {
      const scene = s.scene as Extract<ChartScene, { library: 'vega-lite' }>;
      const node = await renderVegaLiteNode(scene.spec);
      const web = await renderChartBrowser(scene);
      expect([node.width, node.height], s.type).toEqual([web.width, web.height]);
      for (const [id, b] of Object.entries(web.boxes)) {
        if (!id.startsWith('mark-')) continue;
        expect(node.boxes[id], `${s.type} ${id}`).toBeDefined();
        node.boxes[id].forEach((v, k) => expect(Math.abs(v - b[k]), `${s.type} ${id} ${node.boxes[id]} vs ${b}`).toBeLessThanOrEqual(2));
      }
      expect(Buffer.compare((await renderVegaLiteNode(scene.spec)).bytes, node.bytes)).toBe(0);
    }
  });
});

describe('page pool', () => {
  it('replaces a crashed page, a closed page and a hung page, and keeps rendering', async () => {
    const pool = chartPool();
    const before = pool.replaced;
    const crash = pool.run(async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('Page.crash').catch(() => {});
      return page.evaluate(() => 1);
    }, 5_000);
    await expect(crash).rejects.toThrow();
    // A job that closes its page succeeds; the pool notices and replaces the page.
    expect(await pool.run(async (page) => { await page.close(); return 1; })).toBe(1);
    await expect(pool.run((page) => page.evaluate(() => { for (;;); }), 500)).rejects.toThrow(/more than 500 ms/);
    expect(pool.replaced - before).toBeGreaterThanOrEqual(2);
    const r = await renderChartBrowser(scenes[0].scene);
    expect(r.bytes.length).toBeGreaterThan(1000);
  });

  it('relaunches Chromium after the whole browser is killed', async () => {
    const pool = chartPool();
    await renderChartBrowser(scenes[0].scene);
    const browser = await (pool as unknown as { browser: Promise<{ process(): { kill(sig: string): boolean } | null }> }).browser;
    browser.process()!.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const r = await renderChartBrowser(scenes[1].scene);
    expect(r.bytes.length).toBeGreaterThan(1000);
  });

  it('refuses network requests from the page', async () => {
    const status = await chartPool().run((page) => page.evaluate(() => fetch('http://example.com/').then(() => 'fetched', () => 'blocked')));
    expect(status).toBe('blocked');
  });

  it('shuts down cleanly and refuses work afterwards', async () => {
    const pool = new PagePool({ size: 1, setup: async () => {} });
    expect(await pool.run(async (page) => page.evaluate(() => 1 + 1))).toBe(2);
    await pool.close();
    await expect(pool.run(async () => 1)).rejects.toThrow(/closed/);
  });
});
