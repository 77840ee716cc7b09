import sharp from 'sharp';
import { Rng } from '../core/rng.js';
import type { Box } from '../core/scene.js';
import { encodeRgba, type ImageFormat } from './canvas.js';

export interface MaskDraw {
  box: Box;
  style: 'solid' | 'background' | 'blur' | 'noise';
}

const SOLID: [number, number, number] = [32, 32, 32];

/** Per-channel median of the one-pixel ring just outside the box: the local background colour. */
function ringMedian(px: Buffer, width: number, height: number, [x1, y1, x2, y2]: Box): [number, number, number] {
  const samples: number[][] = [[], [], []];
  const take = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const o = (y * width + x) * 4;
    for (let c = 0; c < 3; c++) samples[c].push(px[o + c]);
  };
  for (let x = x1 - 1; x <= x2; x++) {
    take(x, y1 - 1);
    take(x, y2);
  }
  for (let y = y1; y < y2; y++) {
    take(x1 - 1, y);
    take(x2, y);
  }
  return samples.map((s) => (s.length ? s.sort((a, b) => a - b)[s.length >> 1] : 255)) as [number, number, number];
}

function fill(px: Buffer, width: number, [x1, y1, x2, y2]: Box, colour: (x: number, y: number) => [number, number, number]): void {
  for (let y = y1; y < y2; y++) {
    for (let x = x1; x < x2; x++) {
      const o = (y * width + x) * 4;
      const [r, g, b] = colour(x, y);
      px[o] = r;
      px[o + 1] = g;
      px[o + 2] = b;
      px[o + 3] = 255;
    }
  }
}

/**
 * Draws masks over an encoded image and re-encodes it. Styles: `solid` dark fill, `background`
 * (the surrounding colour, so the region looks empty), `blur` (a Gaussian blur as wide as the box,
 * which flattens lines and glyphs), `noise` (seeded random pixels). Pixels outside the boxes are untouched.
 */
export async function applyMasks(bytes: Buffer, masks: MaskDraw[], seed: string, format: ImageFormat = 'png'): Promise<Buffer> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const clip = (b: Box): Box => [Math.max(0, b[0]), Math.max(0, b[1]), Math.min(width, b[2]), Math.min(height, b[3])];
  const original = Buffer.from(data); // blur and background read the unmasked picture
  for (let k = 0; k < masks.length; k++) {
    const box = clip(masks[k].box);
    const [x1, y1, x2, y2] = box;
    if (x2 <= x1 || y2 <= y1) continue;
    switch (masks[k].style) {
      case 'solid':
        fill(data, width, box, () => SOLID);
        break;
      case 'background': {
        const c = ringMedian(original, width, height, box);
        fill(data, width, box, () => c);
        break;
      }
      case 'noise': {
        const rng = new Rng(`${seed}/noise/${k}`);
        fill(data, width, box, () => [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)]);
        break;
      }
      case 'blur': {
        const w = x2 - x1;
        const h = y2 - y1;
        const region = await sharp(original, { raw: { width, height, channels: 4 } })
          .extract({ left: x1, top: y1, width: w, height: h })
          .blur(Math.max(4, Math.max(w, h) / 2))
          .raw()
          .toBuffer();
        fill(data, width, box, (x, y) => {
          const o = ((y - y1) * w + (x - x1)) * 4;
          return [region[o], region[o + 1], region[o + 2]];
        });
        break;
      }
    }
  }
  return encodeRgba(data, width, height, { format });
}
