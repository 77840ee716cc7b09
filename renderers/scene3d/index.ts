// Tabletop 3D scenes (core/scene3d.ts) drawn with three.js in pooled headless Chromium pages.
// Why three.js in Chromium: a maintained physically based renderer (soft shadow maps, metal
// reflections from an environment map) that runs here without a GPU, since Debian's headless
// Chromium gives WebGL2 through SwiftShader; the page pool that draws charts already exists.
// Why not a Node renderer: no well-kept npm package renders shadows and PBR materials headless
// in Node without a native GL (headless-gl needs a build chain and X libraries).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { VeriforgeError } from '../../core/errors.js';
import type { Box, RenderedImage } from '../../core/scene.js';
import { cameraFrame, COLORS, dimsOf, type Scene3D } from '../../core/scene3d.js';
import { encodeRgba, type EncodeOptions } from '../canvas.js';
import { PagePool } from '../browser/pool.js';

const require = createRequire(import.meta.url);

let pageHtml: string | null = null;
/** three's build folder (its package exports do not list it, so it is found through node_modules). */
function threeBuild(): string {
  for (const base of require.resolve.paths('three') ?? []) {
    const dir = join(base, 'three', 'build');
    if (existsSync(join(dir, 'three.module.js'))) return dir;
  }
  throw new VeriforgeError('package three is not installed; run npm run setup');
}

/**
 * three's ES build as one classic script: each of its two modules becomes a function (its own
 * scope: their private names collide) that takes its imports and returns its exports, and every
 * export is published as window.THREE. (Importing the modules from data URLs works too, but
 * Chromium took 20–40 s per page to load them here.)
 */
function threeScript(): string {
  const dir = threeBuild();
  const list = (names: string) => names.split(',').map((n) => n.trim()).filter(Boolean);
  const asFunction = (file: string) => {
    let imports: string[] = [];
    const exports: string[] = [];
    const body = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => {
        const m = /^(import|export) \{([^}]*)\}( from )?/.exec(line);
        if (m?.[1] === 'import') imports = list(m[2]);
        else if (m && !m[3]) exports.push(...list(m[2])); // re-exports ("export {…} from") come from the core
        return !m;
      })
      .join('\n');
    if (!exports.length) throw new VeriforgeError(`three's ${file} in ${dir} has an unexpected layout; reinstall it with npm run setup`);
    return `(function({${imports.join(',')}}){${body}\nreturn {${exports.join(',')}};})`;
  };
  const script = `(function(){const core=${asFunction('three.core.js')}({});window.THREE=Object.assign({},core,${asFunction('three.module.js')}(core));})();`;
  return script.replace(/<\/script/gi, '<\\/script');
}

/** The page: three and our drawing code inline, so nothing is fetched. */
function html(): string {
  if (pageHtml) return pageHtml;
  const own = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'page.js'), 'utf8');
  pageHtml = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#000}</style>
<script>${threeScript()}</script><script>${own}</script></head><body></body></html>`;
  return pageHtml;
}

async function setupPage(page: Page): Promise<void> {
  // No network at all: the page and three.js are inline.
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort('blockedbyclient')).catch(() => {}));
  await page.setContent(html(), { waitUntil: 'load' });
  const gl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
  if (!gl) throw new VeriforgeError('headless Chromium offers no WebGL2 here (SwiftShader missing?); 3D scenes cannot be drawn');
  // Shaders compile on first use (seconds each on SwiftShader): one scene with every material and
  // pass compiles them now, so no item's render carries that cost or its time limit.
  await page.evaluate((p) => void (window as any).vfRenderScene3d(p, false), payloadOf(WARM_UP) as any);
}

const WARM_UP: Scene3D = {
  kind: 'scene3d',
  width: 64,
  height: 48,
  camera: { azimuth: 0, elevation: 40, distance: 10, fov: 36, target: [0, 0, 0] },
  objects: [
    { id: 'a', shape: 'cube', color: 'red', size: 'small', material: 'matte', x: -1, y: 0, rotation: 0 },
    { id: 'b', shape: 'torus', color: 'red', size: 'small', material: 'metal', x: 1, y: 0, rotation: 0 },
  ],
};

/** What the page draws: the scene with the camera's eye, colours and solid dimensions resolved. */
function payloadOf(scene: Scene3D) {
  return {
    width: scene.width,
    height: scene.height,
    camera: { eye: cameraFrame(scene.camera).eye, target: scene.camera.target, fov: scene.camera.fov },
    objects: scene.objects.map((o) => ({ ...o, rgb: COLORS[o.color], dims: dimsOf(o) })),
  };
}

let pool: PagePool | null = null;
/** Pages kept (VERIFORGE_SCENE3D_PAGES, default 2 = one per core here). */
function scenePool(): PagePool {
  if (!pool) pool = new PagePool({ size: Math.max(1, Number(process.env.VERIFORGE_SCENE3D_PAGES ?? 2)), setup: setupPage });
  return pool;
}

export async function closeScene3d(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}

export interface Rendered3D extends RenderedImage {
  /** Visible pixels of every object (0 when hidden), measured on the id pass. */
  pixels: Record<string, number>;
  /** With `ids`: one byte per pixel, row-major, the object's index in `scene.objects` + 1, 0 for none. */
  ids?: Uint8Array;
}

function checkScene(s: Scene3D): void {
  const ok = Number.isInteger(s.width) && Number.isInteger(s.height) && s.width >= 16 && s.height >= 16 && s.width <= 4096 && s.height <= 4096;
  if (!ok) throw new VeriforgeError(`scene3d: width and height must be integers from 16 to 4096 (got ${s.width}×${s.height})`);
  const seen = new Set<string>();
  for (const o of s.objects) {
    if (seen.has(o.id)) throw new VeriforgeError(`scene3d: object id "${o.id}" appears twice`);
    seen.add(o.id);
    if (!(o.color in COLORS)) throw new VeriforgeError(`scene3d: object ${o.id} has unknown colour "${o.color}"`);
  }
}

/** Draws a tabletop scene: the image, each visible object's exact pixel box, its pixel count and optionally the id map. */
export async function renderScene3d(scene: Scene3D, opts: EncodeOptions = {}, want: { ids?: boolean } = {}): Promise<Rendered3D> {
  checkScene(scene);
  const payload = payloadOf(scene);
  const drawn = await scenePool().run(
    (page) =>
      page.evaluate((p, w) => (window as any).vfRenderScene3d(p, w), payload as any, !!want.ids) as Promise<{
        png: string;
        objects: Record<string, { pixels: number; box: Box | null }>;
        ids: string | null;
        ms: Record<string, number>;
      }>,
    30_000,
  );
  const png = Buffer.from(drawn.png.slice(drawn.png.indexOf(',') + 1), 'base64');
  const format = opts.format ?? 'png';
  const bytes = format === 'png' ? png : await reencode(png, scene.width, scene.height, opts);
  const boxes: Record<string, Box> = {};
  const pixels: Record<string, number> = {};
  for (const [id, v] of Object.entries(drawn.objects)) {
    pixels[id] = v.pixels;
    if (v.box) boxes[id] = v.box;
  }
  const out: Rendered3D = { bytes, format, width: scene.width, height: scene.height, boxes, pixels };
  if (process.env.VERIFORGE_SCENE3D_TIMING) console.error('scene3d page ms', drawn.ms);
  if (drawn.ids) out.ids = new Uint8Array(Buffer.from(drawn.ids, 'base64'));
  return out;
}

async function reencode(png: Buffer, width: number, height: number, opts: EncodeOptions): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const raw = await sharp(png).ensureAlpha().raw().toBuffer();
  return encodeRgba(raw, width, height, opts);
}
