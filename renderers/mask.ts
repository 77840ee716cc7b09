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

/** One Gaussian blur of the whole image, as wide as the largest box: boxes copy their pixels from it. */
async function blurAll(rgba: Buffer, width: number, height: number, masks: MaskDraw[]): Promise<Buffer> {
  const span = Math.max(...masks.filter((m) => m.style === 'blur').map((m) => Math.max(m.box[2] - m.box[0], m.box[3] - m.box[1])));
  const sigma = Math.min(60, Math.max(4, span / 2));
  return sharp(rgba, { raw: { width, height, channels: 4 } }).blur(sigma).raw().toBuffer();
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
  let blurred: Buffer | undefined;
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
        fill(data, width, box, () => {
          const v = Math.floor(rng.next() * 0x1000000); // one draw gives all three channels
          return [v >> 16, (v >> 8) & 255, v & 255];
        });
        break;
      }
      case 'blur': {
        blurred ??= await blurAll(original, width, height, masks);
        fill(data, width, box, (x, y) => {
          const o = (y * width + x) * 4;
          return [blurred![o], blurred![o + 1], blurred![o + 2]];
        });
        break;
      }
    }
  }
  return encodeRgba(data, width, height, { format });
}
