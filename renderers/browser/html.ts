import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'puppeteer-core';
import { VeriforgeError } from '../../core/errors.js';
import type { Box, RenderedImage } from '../../core/scene.js';
import { encodeRgba, type EncodeOptions } from '../canvas.js';
import { PagePool } from './pool.js';

/**
 * Scene of a laid-out page (UI screens, documents): markup and style drawn by Chromium in a box of
 * `width`×`height` CSS pixels. Every element with a `data-id` attribute gets its pixel box from
 * the page layout (getBoundingClientRect), so answers that are places on the screen are exact.
 */
export interface HtmlScene {
  kind: 'html';
  width: number;
  /** The page height, or with `fitHeight` the most it may be. */
  height: number;
  css: string;
  html: string;
  /**
   * Cut the page to the laid-out height of its content (at most `height`): documents whose text ends
   * early are not captured with blank paper below. The image's height is then the laid-out one; an
   * element of the markup that spans the page (a `data-id` on the outer block) reports it in the boxes.
   */
  fitHeight?: boolean;
}

const FONT_DIR = process.env.VERIFORGE_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';

/** The DejaVu faces, embedded as data URLs: no system font can stand in, nothing is fetched. */
function pageHtml(): string {
  const face = (family: string, file: string, weight: string) =>
    `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(`${FONT_DIR}/${file}`).toString('base64')}) format("truetype");}`;
  const faces = [
    face('VF Sans', 'DejaVuSans.ttf', 'normal'),
    face('VF Sans', 'DejaVuSans-Bold.ttf', 'bold'),
    face('VF Serif', 'DejaVuSerif.ttf', 'normal'),
    face('VF Serif', 'DejaVuSerif-Bold.ttf', 'bold'),
    face('VF Mono', 'DejaVuSansMono.ttf', 'normal'),
    face('VF Mono', 'DejaVuSansMono-Bold.ttf', 'bold'),
  ].join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${faces}
html,body{margin:0;padding:0;background:#fff}*{box-sizing:border-box}
#root{position:relative;overflow:hidden;font-family:"VF Sans";-webkit-font-smoothing:antialiased}</style><style id="vf-style"></style>
<script>${readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'html-page.js'), 'utf8')}</script></head><body><div id="root"></div></body></html>`;
}

const sessions = new WeakMap<Page, CDPSession>();

async function setupPage(page: Page): Promise<void> {
  sessions.set(page, await page.createCDPSession());
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('data:') ? r.continue() : r.abort('blockedbyclient')).catch(() => {}));
  await page.setJavaScriptEnabled(true);
  await page.setViewport({ width: 1600, height: 1200, deviceScaleFactor: 1 });
  await page.setContent(pageHtml(), { waitUntil: 'load' });
  await page.evaluate(() => Promise.all(['VF Sans', 'VF Serif', 'VF Mono'].flatMap((f) => [document.fonts.load(`12px "${f}"`), document.fonts.load(`bold 12px "${f}"`)])).then(() => undefined));
}

let pool: PagePool | null = null;

/** Pages for HTML scenes (VERIFORGE_HTML_PAGES, default 2 = one per core here). */
function htmlPool(): PagePool {
  if (!pool) pool = new PagePool({ size: Math.max(1, Number(process.env.VERIFORGE_HTML_PAGES ?? 2)), setup: setupPage });
  return pool;
}

export async function closeHtmlPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}

const layOut = (page: Page, s: HtmlScene) =>
  page.evaluate((x) => (window as any).vfLayOut(x), { width: s.width, height: s.height, css: s.css, html: s.html, fitHeight: s.fitHeight === true }) as Promise<{ height: number; boxes: Record<string, Box> }>;

function checkSize(scene: HtmlScene): void {
  if (!(scene.width > 0 && scene.height > 0 && scene.width <= 1600 && scene.height <= 1200)) throw new VeriforgeError(`html scene size ${scene.width}×${scene.height}: allowed 1..1600 × 1..1200`);
}

/** The boxes `renderHtml` would report, from the same layout, without the screenshot (most of a render's cost). */
export async function layoutHtml(scene: HtmlScene): Promise<Record<string, Box>> {
  checkSize(scene);
  return htmlPool().run(async (page) => (await layOut(page, scene)).boxes);
}

/** Draws an HTML scene in a pooled page; PNG from a clipped screenshot, boxes from the layout. */
export async function renderHtml(scene: HtmlScene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  checkSize(scene);
  return htmlPool().run(async (page) => {
    const { height, boxes } = await layOut(page, scene);
    const { data } = await sessions.get(page)!.send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      captureBeyondViewport: false,
      clip: { x: 0, y: 0, width: scene.width, height, scale: 1 },
    });
    const shot = Buffer.from(data, 'base64');
    const format = opts.format ?? 'png';
    const bytes = format === 'png' ? shot : await reencode(shot, scene.width, height, opts);
    return { bytes, format, width: scene.width, height, boxes };
  });
}

async function reencode(png: Buffer, width: number, height: number, opts: EncodeOptions): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  return encodeRgba(await sharp(png).ensureAlpha().raw().toBuffer(), width, height, opts);
}

/**
 * For tests and audits: lays the scene out and, for each id, samples points inside its box
 * (centre and four inner points) and reports whether the topmost element there is the element or
 * inside it (not covered by another element), and whether it is rendered visibly.
 */
export async function probeHtml(scene: HtmlScene, ids: string[]): Promise<Record<string, { uncovered: boolean; visible: boolean }>> {
  return htmlPool().run(async (page) => {
    await layOut(page, scene);
    return page.evaluate((list) => (window as any).vfProbe(list), ids) as Promise<Record<string, { uncovered: boolean; visible: boolean }>>;
  });
}
