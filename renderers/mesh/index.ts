// Renders one view of a CAD part: the rasterised shaded mesh with visible edges, then a title,
// a scale bar and optional dimension annotations drawn with canvas text. Boxes are reported for
// every feature (projected points), every dimension label and the part itself (`part`).
import { createCanvas, type ImageData } from '@napi-rs/canvas';
import type { MeshScene } from '../../core/mesh-scene.js';
import type { Box, RenderedImage } from '../../core/scene.js';
import { encodeRgba, type EncodeOptions } from '../canvas.js';
import { ensureFonts, fontFor } from '../fonts.js';
import { cameraFor, project, rasterise, type Camera } from './raster.js';

function clampBox(x1: number, y1: number, x2: number, y2: number, W: number, H: number): Box | null {
  const b: Box = [Math.max(0, Math.floor(x1)), Math.max(0, Math.floor(y1)), Math.min(W, Math.ceil(x2)), Math.min(H, Math.ceil(y2))];
  return b[2] > b[0] && b[3] > b[1] ? b : null;
}

function projectedBox(cam: Camera, pts: number[], pad: number): Box | null {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (let i = 0; i < pts.length; i += 3) {
    const [x, y] = project(cam, pts[i], pts[i + 1], pts[i + 2]);
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  return Number.isFinite(x1) ? clampBox(x1 - pad, y1 - pad, x2 + pad, y2 + pad, cam.width, cam.height) : null;
}

/** A "nice" scale-bar length (1, 2, 5 × 10^k mm) near a quarter of the view. */
function scaleBarMm(span: number): number {
  const target = span / 4;
  const p = 10 ** Math.floor(Math.log10(target));
  return [1, 2, 5, 10].map((m) => m * p).reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best));
}

/** One ImageData per size, reused view after view (putImageData copies it into the canvas). */
let lastImage: ImageData | undefined;
function imageData(ctx: Ctx, W: number, H: number): ImageData {
  if (lastImage?.width !== W || lastImage.height !== H) lastImage = ctx.createImageData(W, H);
  return lastImage;
}

export async function renderMesh(scene: MeshScene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  ensureFonts();
  const { width: W, height: H } = scene;
  const cam = cameraFor(scene);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const img = imageData(ctx, W, H);
  rasterise(scene, cam, img.data);
  ctx.putImageData(img, 0, 0);
  const boxes: Record<string, Box> = {};

  const part = projectedBox(cam, scene.mesh.positions, 1);
  if (part) boxes.part = part;
  for (const f of scene.features) {
    const b = projectedBox(cam, f.points, 2);
    if (b) boxes[f.id] = b;
  }

  ctx.fillStyle = '#1a2330';
  ctx.font = fontFor(Math.round(H / 26), 'sans', 'bold');
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  if (scene.title) ctx.fillText(scene.title, 8, 6);

  // Scale bar, bottom left: the same length in mm on every view of every part.
  const mm = scaleBarMm(scene.frame.span);
  const len = mm * cam.scale;
  const y = H - 14;
  ctx.strokeStyle = '#1a2330';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(10, y);
  ctx.lineTo(10 + len, y);
  ctx.moveTo(10, y - 4);
  ctx.lineTo(10, y + 4);
  ctx.moveTo(10 + len, y - 4);
  ctx.lineTo(10 + len, y + 4);
  ctx.stroke();
  ctx.font = fontFor(Math.round(H / 34));
  ctx.textBaseline = 'bottom';
  ctx.fillText(`${mm} mm`, 14 + len, y + 6);

  for (const d of scene.dims ?? []) drawDim(ctx, cam, d, boxes);

  // The canvas's own pixels (RGBA; every pixel is opaque, so premultiplied = straight): the same
  // bytes as getImageData without its copy into an ImageData.
  const bytes = await encodeRgba(canvas.data(), W, H, opts);
  return { bytes, format: opts.format ?? 'png', width: W, height: H, boxes };
}

type Ctx = ReturnType<ReturnType<typeof createCanvas>['getContext']>;

/** A dimension line offset away from the image centre, with end ticks and a boxed label. */
function drawDim(ctx: Ctx, cam: Camera, d: NonNullable<MeshScene['dims']>[number], boxes: Record<string, Box>): void {
  const [ax, ay] = project(cam, ...d.from);
  const [bx, by] = project(cam, ...d.to);
  const len = Math.hypot(bx - ax, by - ay);
  if (len < 4) return;
  let nx = -(by - ay) / len;
  let ny = (bx - ax) / len;
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  if (nx * (mx - cam.width / 2) + ny * (my - cam.height / 2) < 0) {
    nx = -nx;
    ny = -ny;
  }
  const off = 16;
  const [px, py, qx, qy] = [ax + nx * off, ay + ny * off, bx + nx * off, by + ny * off];
  ctx.strokeStyle = '#b0301c';
  ctx.fillStyle = '#b0301c';
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  ctx.moveTo(ax + nx * 3, ay + ny * 3);
  ctx.lineTo(px + nx * 4, py + ny * 4);
  ctx.moveTo(bx + nx * 3, by + ny * 3);
  ctx.lineTo(qx + nx * 4, qy + ny * 4);
  ctx.moveTo(px, py);
  ctx.lineTo(qx, qy);
  ctx.stroke();
  for (const [x, y, s] of [[px, py, 1], [qx, qy, -1]] as const) {
    const ux = ((qx - px) / len) * s;
    const uy = ((qy - py) / len) * s;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + ux * 7 + uy * 3, y + uy * 7 - ux * 3);
    ctx.lineTo(x + ux * 7 - uy * 3, y + uy * 7 + ux * 3);
    ctx.closePath();
    ctx.fill();
  }
  const size = Math.round(cam.height / 30);
  ctx.font = fontFor(size, 'sans', 'bold');
  const tw = ctx.measureText(d.text).width;
  const cx = (px + qx) / 2 + nx * (size * 0.7);
  const cy = (py + qy) / 2 + ny * (size * 0.7);
  const box = clampBox(cx - tw / 2 - 2, cy - size / 2 - 2, cx + tw / 2 + 2, cy + size / 2 + 2, cam.width, cam.height);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(cx - tw / 2 - 2, cy - size / 2 - 2, tw + 4, size + 4);
  ctx.fillStyle = '#b0301c';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(d.text, cx, cy);
  if (d.id && box) boxes[d.id] = box;
}
