import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'puppeteer-core';
import { VeriforgeError } from '../../core/errors.js';
import type { Box, RenderedImage, TextBox } from '../../core/scene.js';
import { encodeRgba, type EncodeOptions } from '../canvas.js';
import { PagePool } from './pool.js';

/** Scene of a chart: a compiled library spec. Generators build it; this module only draws it. */
export type ChartScene =
  | { kind: 'chart'; library: 'vega-lite'; spec: Record<string, unknown> }
  | { kind: 'chart'; library: 'echarts'; option: Record<string, unknown>; width: number; height: number };

const require = createRequire(import.meta.url);
const FONT_DIR = process.env.VERIFORGE_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';

let pageHtml: string | null = null;

/** Embedded faces (family, regular file, bold file): the DejaVu files of fonts-dejavu-core. */
const FACES: [string, string, string][] = [
  ['VF Sans', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
  ['VF Serif', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'],
  ['VF Mono', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf'],
];

function packageDir(pkg: string): string {
  for (const base of require.resolve.paths(pkg) ?? []) {
    const dir = join(base, pkg);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new VeriforgeError(`package ${pkg} is not installed; run npm run setup`);
}

/**
 * The page every chart is drawn in: libraries from node_modules and DejaVu faces inlined (data URLs),
 * so nothing is fetched and no system font can stand in.
 */
function html(): string {
  if (pageHtml) return pageHtml;
  // Package folders are found through node_modules; the UMD builds are not in the packages' exports maps.
  const lib = (pkg: string, file: string) => readFileSync(join(packageDir(pkg), file), 'utf8').replace(/<\/script/gi, '<\\/script');
  const face = (family: string, file: string, weight: string) => {
    const b64 = readFileSync(join(FONT_DIR, file)).toString('base64');
    return `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/ttf;base64,${b64}) format("truetype");}`;
  };
  const faces = FACES.map(([family, regular, bold]) => face(family, regular, 'normal') + face(family, bold, 'bold')).join('');
  const own = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'page.js'), 'utf8');
  pageHtml = `<!doctype html><html><head><meta charset="utf-8"><style>${faces}
html,body{margin:0;padding:0;background:transparent;font-family:"VF Sans"}#root{display:inline-block}</style>
<script>${lib('vega', 'build/vega.min.js')}</script><script>${lib('vega-lite', 'build/vega-lite.min.js')}</script><script>${lib('echarts', 'dist/echarts.min.js')}</script>
<script>${own}</script></head><body><div id="root"></div></body></html>`;
  return pageHtml;
}

const sessions = new WeakMap<Page, CDPSession>();
const cdpOf = (page: Page) => sessions.get(page)!;

async function setupPage(page: Page): Promise<void> {
  sessions.set(page, await page.createCDPSession());
  // No network at all: every request that is not inline data is refused.
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('data:') ? r.continue() : r.abort('blockedbyclient')).catch(() => {}));
  await page.setViewport({ width: 1600, height: 1200, deviceScaleFactor: 1 });
  await page.setContent(html(), { waitUntil: 'load' });
  const families = FACES.map((f) => f[0]);
  await page.evaluate((fs) => Promise.all(fs.flatMap((f) => [document.fonts.load(`12px "${f}"`), document.fonts.load(`bold 12px "${f}"`)])).then(() => undefined), families);
}

let pool: PagePool | null = null;

/** The shared page pool for charts (size: VERIFORGE_CHART_PAGES, default 2 = one per core here). */
export function chartPool(): PagePool {
  if (!pool) pool = new PagePool({ size: Math.max(1, Number(process.env.VERIFORGE_CHART_PAGES ?? 2)), setup: setupPage });
  return pool;
}

export async function closeChartPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}

interface Drawn {
  width: number;
  height: number;
  boxes: Record<string, Box>;
  texts: TextBox[];
}

/** Draws a chart scene in a pooled page; PNG from a clipped screenshot, boxes from the SVG DOM. */
export async function renderChartBrowser(scene: ChartScene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  return chartPool().run(async (page) => {
    const drawn: Drawn =
      scene.library === 'vega-lite'
        ? await page.evaluate((spec) => (window as any).vfRenderVegaLite(spec), scene.spec as any)
        : await page.evaluate((o, w, h) => (window as any).vfRenderECharts(o, w, h), scene.option as any, scene.width, scene.height);
    if (!(drawn.width > 0 && drawn.height > 0)) throw new VeriforgeError(`chart rendered with an empty size ${drawn.width}×${drawn.height}`);
    // Straight to the DevTools protocol: puppeteer's screenshot() adds a viewport query and a lock per
    // browser context. The clip lies inside the viewport, so no device-metrics override is needed.
    // The chart stays in the page until the next render clears it (one round trip less per chart).
    const { data } = await cdpOf(page).send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      captureBeyondViewport: false,
      clip: { x: 0, y: 0, width: drawn.width, height: drawn.height, scale: 1 },
    });
    const shot = Buffer.from(data, 'base64');
    const format = opts.format ?? 'png';
    // Chromium's PNG is used as is; other formats are re-encoded from its pixels.
    const bytes = format === 'png' ? Buffer.from(shot) : await reencode(Buffer.from(shot), drawn.width, drawn.height, opts);
    return { bytes, format, width: drawn.width, height: drawn.height, boxes: drawn.boxes, texts: drawn.texts };
  });
}

async function reencode(png: Buffer, width: number, height: number, opts: EncodeOptions): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const raw = await sharp(png).ensureAlpha().raw().toBuffer();
  return encodeRgba(raw, width, height, opts);
}

export interface ChartComparison {
  pixel: number;
  truthTexts: string[];
  candidateTexts: string[];
  truthSize: [number, number];
  candidateSize: [number, number];
}

/**
 * Renders a truth and a candidate Vega-Lite spec in a pooled page (canvas, no screenshot) and compares
 * them. `truthKey` identifies the truth so that its render is cached in the page.
 */
export async function compareVegaLite(truth: unknown, truthKey: string, candidate: unknown, timeoutMs: number): Promise<ChartComparison> {
  return chartPool().run((page) => page.evaluate((t, k, c) => (window as any).vfCompareVegaLite(t, k, c), truth as any, truthKey, candidate as any), timeoutMs);
}
