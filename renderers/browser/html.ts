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
html,body{margin:0;padding:0;background:#fff}*{box-sizing:border-box}html{overflow:hidden}
#root{position:fixed;left:0;top:0;overflow:hidden;font-family:"VF Sans";-webkit-font-smoothing:antialiased}</style><style id="vf-style"></style>
<script>${readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'html-page.js'), 'utf8')}</script></head><body><div id="root"></div><div style="height:${MAX_H + MARKS}px"></div></body></html>`;
}

/** Largest scene; the page's first viewport. */
const MAX_W = 1600;
const MAX_H = 1200;
/** Scene marks cycle through 1..MARKS-1: a frame 4,095 scenes old cannot still be on its way. */
const MARKS = 4096;

/**
 * How pixels leave Chromium. 'screenshot' (default): Page.captureScreenshot of the scene clipped from a
 * 1600×1200 viewport. 'screencast' (VERIFORGE_HTML_CAPTURE=screencast): frames of a running
 * Page.startScreencast, which reuse the compositor's capture buffers where a screenshot allocates fresh
 * bitmaps, but it needs the viewport resized to each scene, which costs more than that saves when sizes
 * change from scene to scene (BENCHMARKS.md, "Perception capture: a screencast path"). Both give the
 * same bytes (test/gui/html-capture.test.ts).
 */
export type HtmlCapture = 'screencast' | 'screenshot';
let capture: HtmlCapture = process.env.VERIFORGE_HTML_CAPTURE === 'screencast' ? 'screencast' : 'screenshot';
/** For benches and tests that compare both paths. */
export function setHtmlCapture(c: HtmlCapture): void {
  capture = c;
}
/** Screencast captures, those that fell back to a screenshot, frames received, nudges (see castScene). */
export const castStats = { frames: 0, fallbacks: 0, received: 0, nudges: 0 };

interface PageState {
  cdp: CDPSession;
  casting: boolean;
  /** Viewport now, "w×h": a screencast frame is the whole viewport, so it is sized to each scene. */
  view: string;
  mark: number;
  /** The last scene drawn: drawing it again changes no pixel, so no frame would come. */
  last: string;
  /** The scene awaited: the marks it was given on screen and its size. */
  want: { marks: number[]; size: string; early?: { png: Buffer; size: string }; resolve: (png: Buffer) => void } | null;
}
const states = new WeakMap<Page, PageState>();

/** PNG size from its header (IHDR): a second proof, next to the metadata, of the frame's size. */
const pngSize = (png: Buffer) => `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;

async function setupPage(page: Page): Promise<void> {
  const st: PageState = { cdp: await page.createCDPSession(), casting: false, view: '', mark: 0, last: '', want: null };
  states.set(page, st);
  st.cdp.on('Page.screencastFrame', (e: { data: string; sessionId: number; metadata: { scrollOffsetY: number; deviceWidth: number; deviceHeight: number } }) => {
    castStats.received++;
    void st.cdp.send('Page.screencastFrameAck', { sessionId: e.sessionId }).catch(() => {});
    const w = st.want;
    // A frame is taken only when it proves its scene: its scroll offset is one of the scene's marks (set
    // after the markup, at the scene's viewport size: vfShow, vfMark), and its viewport and image have the
    // scene's size. Any other frame shows an older screen.
    if (!w || !w.marks.includes(e.metadata.scrollOffsetY)) return;
    const png = Buffer.from(e.data, 'base64');
    const size = `${e.metadata.deviceWidth}×${e.metadata.deviceHeight}`;
    if (pngSize(png) !== size) return;
    // Before the scene's laid-out size is known, the frame is kept to be checked then.
    if (!w.size) w.early = { png, size };
    else if (size === w.size) (st.want = null), w.resolve(png);
  });
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('data:') ? r.continue() : r.abort('blockedbyclient')).catch(() => {}));
  await page.setJavaScriptEnabled(true);
  await setView(page, st, MAX_W, MAX_H);
  await page.setContent(pageHtml(), { waitUntil: 'load' });
  await page.evaluate(() => Promise.all(['VF Sans', 'VF Serif', 'VF Mono'].flatMap((f) => [document.fonts.load(`12px "${f}"`), document.fonts.load(`bold 12px "${f}"`)])).then(() => undefined));
}

async function setView(page: Page, st: PageState, width: number, height: number): Promise<void> {
  if (st.view === `${width}×${height}`) return;
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  st.view = `${width}×${height}`;
}

async function setCasting(st: PageState, on: boolean): Promise<void> {
  if (st.casting === on) return;
  st.casting = on;
  // The first frame after a start shows the screen already there: the marks tell it apart.
  await st.cdp.send(on ? 'Page.startScreencast' : 'Page.stopScreencast', on ? { format: 'png' } : undefined);
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

type Laid = { height: number; boxes: Record<string, Box> };
const sceneArg = (s: HtmlScene) => ({ width: s.width, height: s.height, css: s.css, html: s.html, fitHeight: s.fitHeight === true });
const layOut = (page: Page, s: HtmlScene) => page.evaluate((x) => (window as any).vfLayOut(x), sceneArg(s)) as Promise<Laid>;

/** Lays out without capturing: a running screencast would encode a frame nobody takes. */
async function layOutOnly(page: Page, s: HtmlScene) {
  const st = states.get(page)!;
  await setCasting(st, false);
  st.last = '';
  return layOut(page, s);
}

function checkSize(scene: HtmlScene): void {
  if (!(scene.width > 0 && scene.height > 0 && scene.width <= 1600 && scene.height <= 1200)) throw new VeriforgeError(`html scene size ${scene.width}×${scene.height}: allowed 1..1600 × 1..1200`);
}

/** The boxes `renderHtml` would report, from the same layout, without the screenshot (most of a render's cost). */
export async function layoutHtml(scene: HtmlScene): Promise<Record<string, Box>> {
  checkSize(scene);
  return htmlPool().run(async (page) => (await layOutOnly(page, scene)).boxes);
}

/** Draws an HTML scene in a pooled page; PNG from a screencast frame or a clipped screenshot, boxes from the layout. */
export async function renderHtml(scene: HtmlScene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  checkSize(scene);
  return htmlPool().run(async (page) => {
    const { png, height, boxes } = capture === 'screencast' ? await castScene(page, scene) : await shootScene(page, scene);
    const format = opts.format ?? 'png';
    const bytes = format === 'png' ? png : await reencode(png, scene.width, height, opts);
    return { bytes, format, width: scene.width, height, boxes };
  });
}

/** The screenshot path: a 1600×1200 viewport, the scene clipped from its top left corner. */
async function shootScene(page: Page, scene: HtmlScene) {
  const st = states.get(page)!;
  await setCasting(st, false);
  await setView(page, st, MAX_W, MAX_H);
  st.last = '';
  const { height, boxes } = await layOut(page, scene);
  return { png: await screenshot(st, scene.width, height, 0), height, boxes };
}

/** `top`: the document's scroll offset (a clip is in document coordinates; the screencast scrolls). */
async function screenshot(st: PageState, width: number, height: number, top: number): Promise<Buffer> {
  const { data } = await st.cdp.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: true,
    captureBeyondViewport: false,
    clip: { x: 0, y: top, width, height, scale: 1 },
  });
  return Buffer.from(data, 'base64');
}

/** Time a frame may take before the screenshot stands in (slow only under heavy load). */
const FRAME_WAIT_MS = 2000;
/**
 * After a viewport resize the screencast sometimes sends no frame at all until something else changes
 * (about one resize in five, measured; never without a resize). So after a resize, while no frame has
 * come, every NUDGE_MS the page is scrolled to a fresh mark: a change of no pixel (the scene is fixed
 * to the viewport) that makes a new frame. Each nudge may cost a frame, hence not sooner.
 */
const NUDGE_MS = 100;

const nextMark = (st: PageState) => (st.mark = (st.mark % (MARKS - 1)) + 1);

/**
 * The screencast path: the viewport is the scene's size and the frame that proves it shows this
 * scene (mark and size, see setupPage and vfMark) is the image. A scene equal to the last one on this
 * page gives no frame (nothing changed), and a frame may not come in time: both fall back to a
 * screenshot of the same pixels.
 */
async function castScene(page: Page, scene: HtmlScene) {
  const st = states.get(page)!;
  const key = JSON.stringify([scene.width, scene.height, scene.css, scene.html, scene.fitHeight === true]);
  const same = key === st.last;
  st.last = key;
  await setCasting(st, true);
  const marks = [nextMark(st)];
  let got: Buffer | null = null;
  const frame = new Promise<Buffer>((resolve) => (st.want = { marks, size: '', resolve: (png) => resolve((got = png)) }));
  try {
    const { height, boxes } = (await page.evaluate((x, m) => (window as any).vfShow(x, m), sceneArg(scene), marks[0])) as Laid;
    const w = st.want!;
    w.size = `${scene.width}×${height}`;
    if (w.early?.size === w.size) w.resolve(w.early.png);
    const resized = st.view !== w.size;
    await setView(page, st, scene.width, height);
    const deadline = performance.now() + FRAME_WAIT_MS;
    while (!same && !got && performance.now() < deadline) {
      await Promise.race([frame, new Promise((r) => setTimeout(r, resized ? NUDGE_MS : deadline - performance.now()))]);
      if (got) break;
      const m = nextMark(st);
      castStats.nudges++;
      marks.push(m);
      await page.evaluate((a) => (window as any).vfMark(...a), [m, scene.width, height]);
    }
    castStats.frames++;
    if (got) return { png: got as Buffer, height, boxes };
    castStats.fallbacks++;
    return { png: await screenshot(st, scene.width, height, await page.evaluate(() => window.scrollY)), height, boxes };
  } finally {
    st.want = null;
  }
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
    await layOutOnly(page, scene);
    return page.evaluate((list) => (window as any).vfProbe(list), ids) as Promise<Record<string, { uncovered: boolean; visible: boolean }>>;
  });
}
